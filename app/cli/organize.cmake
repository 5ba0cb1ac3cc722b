# Organising commands, as the GUI's Tags and collections dialog: tag, collection.
target_sources(satchel-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OrganizeArguments.cpp ${CMAKE_CURRENT_LIST_DIR}/OrganizeArguments.h
    ${CMAKE_CURRENT_LIST_DIR}/TagCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CollectionCommand.cpp)
