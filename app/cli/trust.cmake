# satchel-cli trust (issue 16): the trust registries the wallet uses, their refresh, known issuers.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/TrustCommand.cpp)
