# Stackable pathways: satchel-cli pathways import|list|show|remove.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PathwaysCommand.cpp)
