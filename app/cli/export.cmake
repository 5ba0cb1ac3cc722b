# Share and export (issue 6): satchel-cli export links|page|raw|baked|qr|certificate.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ExportCommand.cpp)

# Certificates (issue 6, "Print"): QtWebEngine needs a QGuiApplication, satchel-cli is a
# QCoreApplication without WebEngine. satchel-cli fills the page and finishes the PDF itself and
# runs this helper, installed beside it, only for the HTML -> PDF step.
if(TARGET satchel_ui)
    qt_add_executable(satchel-print-helper ${PROJECT_SOURCE_DIR}/ui/print/PrintHelperMain.cpp)
    target_link_libraries(satchel-print-helper PRIVATE satchel_ui)
    install(TARGETS satchel-print-helper RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
