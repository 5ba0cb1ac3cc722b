# Verifying 10,000 eddsa-rdfc-2022 credentials, beside the reference verifier (run by hand:
# ./bench_verify [COUNT] [--no-reference]); and "Verify all" on a 10,000-badge wallet with 1 worker
# and with one per core (./bench_verify_wallet [COUNT]).
satchel_add_bench(verify SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchVerify.cpp ${CMAKE_CURRENT_LIST_DIR}/BenchCredentials.h
    LIBS satchel_verify)
if(SATCHEL_BUILD_UI)
    satchel_add_bench(verify_wallet SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchVerifyWallet.cpp
        ${CMAKE_CURRENT_LIST_DIR}/BenchCredentials.h LIBS satchel_ui)
endif()
