# One pre-authorized OpenID4VCI receive on loopback against tests/interop/oid4vci-issuer.mjs
# (started once): prepare (offer + metadata) and complete (token, nonce, proof, credential, import).
satchel_add_bench(receive SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchReceive.cpp LIBS satchel_receive)
target_include_directories(bench_receive PRIVATE ${PROJECT_SOURCE_DIR}/tests/receive ${PROJECT_SOURCE_DIR}/tests/common)
