# Verifying 10,000 eddsa-rdfc-2022 credentials, beside the reference verifier (run by hand:
# ./bench_verify [COUNT] [/tmp/refvc]).
satchel_add_bench(verify SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchVerify.cpp LIBS satchel_verify)
