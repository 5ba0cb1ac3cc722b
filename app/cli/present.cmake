# Presenting credentials to verifiers (issue 15): satchel-cli present URL. Consent is ConsentPrompt
# (receive.cmake); the holder key comes from the share module as for receive.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PresentCommand.cpp)
target_link_libraries(satchel-cli PRIVATE satchel_present satchel_keychain)
