# satchel-cli verify (issue 4): verify stored credentials online or offline, with saved reports.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/VerifyCommand.cpp)
