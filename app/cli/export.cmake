# Share and export (issue 6): satchel-cli export links|page|raw|baked|qr|certificate.
# PDF certificates are rendered by satchel-print-helper (app/print-helper), built with the GUI.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ExportCommand.cpp)
