# Encrypted full-wallet backup (issue 7): satchel-cli backup create|restore.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/BackupCommand.cpp)
