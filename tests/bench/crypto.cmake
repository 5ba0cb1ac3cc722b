# Crypto and verification throughput (run by hand: ./bench_crypto).
satchel_add_bench(crypto SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchCrypto.cpp LIBS satchel_verify)
