# Wallet commands: import, list, show, search, identity.
target_sources(satchel-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CredentialJson.cpp ${CMAKE_CURRENT_LIST_DIR}/CredentialJson.h
    ${CMAKE_CURRENT_LIST_DIR}/WalletCommandSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/WalletCommandSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ListCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShowCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IdentityCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HolderIdentityActions.cpp ${CMAKE_CURRENT_LIST_DIR}/HolderIdentityActions.h)
