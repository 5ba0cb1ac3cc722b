# Wallet storage: 10,000 stores (one transaction each, as the importer does), listing, search.
satchel_add_bench(storage SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchStorage.cpp LIBS satchel_storage)
