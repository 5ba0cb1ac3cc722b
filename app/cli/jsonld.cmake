# satchel-cli canon (issue 3): canonical N-Quads of a JSON-LD or N-Quads file.
target_sources(satchel-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CanonCommand.cpp)
