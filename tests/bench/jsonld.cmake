# JSON-LD canonicalization throughput (issue 3). Run: bench_jsonld [seconds-per-input]
# Compare with the JavaScript reference: node tests/bench/reference-canon.mjs /tmp/refvc
satchel_add_bench(jsonld SOURCES ${CMAKE_CURRENT_LIST_DIR}/BenchJsonLd.cpp LIBS satchel_jsonld)
