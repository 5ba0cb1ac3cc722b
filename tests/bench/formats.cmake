satchel_add_bench(formats SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchFormats.cpp LIBS satchel_formats)
