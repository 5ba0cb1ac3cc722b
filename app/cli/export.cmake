# Share and export (issue 6): satchel-cli export links|page|raw|baked|qr|certificate.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ExportCommand.cpp)
