# Pathways: 100 pathways evaluated against a 10,000-credential wallet (issue 5 target: < 50 ms).
satchel_add_bench(pathways SOURCES ${CMAKE_CURRENT_LIST_DIR}/../pathways/BenchPathways.cpp LIBS satchel_pathways)
