# Importing 10,000 OB 3.0 JSON credentials from disk; opening, listing and searching that wallet.
satchel_add_bench(importer SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchImporter.cpp LIBS satchel_importer satchel_pathways)
