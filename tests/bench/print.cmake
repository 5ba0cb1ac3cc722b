# Certificates (issue 6): one certificate cold and warm, and a batch of 100, rendered by QtWebEngine.
if(SATCHEL_BUILD_UI)
    satchel_add_bench(print SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchCertificate.cpp LIBS satchel_ui)
endif()
