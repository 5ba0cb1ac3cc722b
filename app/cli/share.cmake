# Public links on a VerifierPlus server (issue 11): satchel-cli share create|list|stop. The holder
# key's private part goes to the platform keychain (satchel_keychain) when there is one.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ShareCommand.cpp)
target_link_libraries(satchel-cli PRIVATE satchel_keychain)
