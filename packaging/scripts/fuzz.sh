#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, clang, ASan + UBSan, in the tree sanitize-tests.sh
# builds: configure-sanitize.sh) and runs each for SECONDS
# (default 30) over a corpus seeded from tests/data and tests/fuzz/seeds. Exits non-zero on any
# finding (crash, leak, timeout over 10 s per input, or more than 1 GB of memory); the input that
# caused it is left in build-sanitize/findings/HARNESS/.
#
#   packaging/scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_EACH=${1:-30}
shift || true
BUILD_DIR=${SATCHEL_SANITIZE_BUILD_DIR:-$ROOT/build-sanitize}
ALL=(json credential jsonld nquads keys statuslist pathway reviewpacket backup presentationrequest)
HARNESSES=("${@:-${ALL[@]}}")
[[ $# -gt 0 ]] || HARNESSES=("${ALL[@]}")

"$ROOT/packaging/scripts/configure-sanitize.sh" "$BUILD_DIR"
targets=()
for h in "${HARNESSES[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$BUILD_DIR" -j"${SATCHEL_JOBS:-$(nproc)}" --target "${targets[@]}"

DATA=$ROOT/tests/data/fixtures
SEEDS=$ROOT/tests/fuzz/seeds
# seed HARNESS FILE...: copies the files into the harness's corpus (names made unique by hash).
seed() {
  local h=$1; shift
  local f
  [[ -d $BUILD_DIR/corpus/$h ]] || return 0 # a harness not run this time
  for f in "$@"; do
    [[ -f $f ]] || continue
    cp "$f" "$BUILD_DIR/corpus/$h/$(sha1sum "$f" | cut -c1-16)"
  done
}
for h in "${HARNESSES[@]}"; do mkdir -p "$BUILD_DIR/corpus/$h" "$BUILD_DIR/findings/$h"; done
seed json "$DATA"/refvc/ob3/*.json "$DATA"/refvc/ob2/*.json "$DATA"/refvc/clr/*.json "$ROOT"/tests/data/pathways/*.json
seed credential "$DATA"/refvc/ob3/* "$DATA"/refvc/ob2/* "$DATA"/refvc/clr/* "$DATA"/refvc/baked/* \
  "$DATA"/external/mozilla-openbadges-bakery/test/*.png "$DATA"/external/mozilla-openbadges-bakery/test/*.svg \
  "$SEEDS"/credential/*
seed jsonld "$DATA"/refvc/ob3/di-*.json "$DATA"/refvc/clr/*.json "$DATA"/external/w3c-json-ld-api/tests/toRdf/000*-in.jsonld
seed nquads "$DATA"/external/w3c-rdf-canon/tests/rdfc10/test0[0-7]*-in.nq "$SEEDS"/nquads/*
seed keys "$SEEDS"/keys/*
if [[ -d $BUILD_DIR/corpus/keys ]]; then
  { printf '\003'; cat "$DATA"/external/mozilla-openbadges-bakery/test/rsa-public.pem; } > "$BUILD_DIR/corpus/keys/pem"
fi
seed statuslist "$SEEDS"/statuslist/*
seed pathway "$ROOT"/tests/data/pathways/*.json "$ROOT"/resources/demo/*pathway*.json
seed reviewpacket "$SEEDS"/reviewpacket/*
seed backup "$SEEDS"/backup/*
seed presentationrequest "$SEEDS"/presentationrequest/*

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
# read_children_cpu: sets CHILDREN_CPU to the user + system CPU seconds of every child this shell has
# waited for (bash's `times`, which must run in this shell, not in a pipeline or $(…)), so the report
# says how much fuzzing each harness really got on a busy machine.
read_children_cpu() {
  times >"$BUILD_DIR/times.$$"
  CHILDREN_CPU=$(awk 'END { t = 0; for (i = 1; i <= 2; ++i) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] }
                            printf "%d", t }' "$BUILD_DIR/times.$$")
}
status=0
# SATCHEL_FUZZ_CPU=1: SECONDS is CPU time, not wall time: on a busy machine a harness is run again
# (resuming from its corpus) until it has had that much CPU.
for h in "${HARNESSES[@]}"; do
  read_children_cpu
  cpu_before=$CHILDREN_CPU
  log=$BUILD_DIR/findings/$h/run.log
  runs=0
  found=0
  remaining=$SECONDS_EACH
  while :; do
    # A fixed seed (SATCHEL_FUZZ_SEED; 0 = a new one each run) makes a short CI run replay the same
    # mutations; longer runs by hand should change it.
    if ! "$BUILD_DIR/tests/fuzz/fuzz_$h" "$BUILD_DIR/corpus/$h" -max_total_time="$remaining" -timeout=10 \
         -seed="${SATCHEL_FUZZ_SEED:-1}" \
         -rss_limit_mb=1024 -max_len=262144 -artifact_prefix="$BUILD_DIR/findings/$h/" -print_final_stats=1 \
         >"$log" 2>&1; then
      found=1
      break
    fi
    runs=$((runs + $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')))
    read_children_cpu
    used=$((CHILDREN_CPU - cpu_before))
    [[ ${SATCHEL_FUZZ_CPU:-0} == 1 && $used -lt $((SECONDS_EACH - 5)) ]] || break
    remaining=$((SECONDS_EACH - used))
  done
  if [[ $found == 0 ]]; then
    echo "fuzz_$h: $runs runs ($used s CPU, corpus $(ls "$BUILD_DIR/corpus/$h" | wc -l) inputs," \
      "peak $(grep -E '^stat::peak_rss_mb' "$log" | awk '{print $2}') MB), no finding"
  else
    echo "fuzz_$h: FINDING (see $log and $BUILD_DIR/findings/$h/)"
    grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 || true
    status=1
  fi
done
rm -f "$BUILD_DIR/times.$$"
exit $status
