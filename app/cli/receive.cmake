# Receiving credentials from issuers (issue 14): satchel-cli receive URL | --pending. The holder key
# is the share module's (keychain through satchel_keychain, or sealed in the wallet).
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ReceiveCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsentPrompt.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentPrompt.h)
target_link_libraries(satchel-cli PRIVATE satchel_receive satchel_keychain)
