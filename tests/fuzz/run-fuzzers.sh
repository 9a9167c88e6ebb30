#!/bin/bash
# run-fuzzers.sh BUILD_DIR SECONDS [JOBS] [HARNESS...] - runs the libFuzzer binaries of a
# WELKIN_FUZZ build (`make fuzz`), each for SECONDS, JOBS at a time (default: one per CPU).
# Each works on BUILD_DIR/fuzz/NAME/corpus: a writable copy, seeded from tests/fuzz/corpus/NAME
# and tests/fuzz/regressions/NAME, that keeps what earlier runs found. Prints executions, exec/s,
# coverage (cov) and features (ft) per harness; exits 1 when any harness found a crash, a leak,
# a timeout or ran out of memory, naming the input file (to be fixed, then kept in regressions/).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:?usage: $0 BUILD_DIR SECONDS [JOBS] [HARNESS...]}" && pwd)
SECONDS_EACH=${2:?seconds per harness}
JOBS=${3:-$(nproc)}
shift $(( $# >= 3 ? 3 : $# ))
HARNESSES=("$@")
if [ ${#HARNESSES[@]} = 0 ]; then
  for f in "$HERE"/fuzz_*.cpp; do n=$(basename "$f" .cpp); HARNESSES+=("${n#fuzz_}"); done
fi

# One harness: seed, run, and leave the verdict in $work/result.
run_one() {
  set +e # runs in the background: always leave a result
  local name=$1 work=$BUILD/fuzz/$1 bin=$BUILD/tests/fuzz_$1
  mkdir -p "$work/corpus" "$work/artifacts"
  rm -f "$work/artifacts"/* "$work/result"
  cp -n "$HERE/corpus/$name"/* "$work/corpus/" 2>/dev/null || true
  [ -d "$HERE/regressions/$name" ] && cp -n "$HERE/regressions/$name"/* "$work/corpus/" 2>/dev/null || true
  local dict=() rc=0
  [ -f "$HERE/dict/$name.dict" ] && dict=(-dict="$HERE/dict/$name.dict")
  "$bin" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "${dict[@]}" "$work/corpus" >"$work/log" 2>&1 || rc=$?
  local execs rate cov ft found
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$work/log" | tail -n 1 | cut -d' ' -f2)
  found=$(find "$work/artifacts" -type f | sort | tr '\n' ' ')
  printf '%-16s execs %9s  exec/s %6s  cov %5s  ft %6s  corpus %5s files%s\n' "$name" "${execs:-?}" \
    "${rate:-?}" "${cov:-?}" "${ft:-?}" "$(find "$work/corpus" -type f | wc -l)" \
    "$([ "$rc" = 0 ] && [ -z "$found" ] && echo "" || echo "  FAILED (exit $rc)")" >"$work/result"
  if [ "$rc" != 0 ] || [ -n "$found" ]; then
    {
      echo "  found: ${found:-nothing saved, see the log}"
      echo "  log: $work/log (last lines below)"
      tail -n 40 "$work/log" | sed 's/^/    /'
    } >>"$work/result"
  fi
}

for name in "${HARNESSES[@]}"; do
  [ -x "$BUILD/tests/fuzz_$name" ] || { echo "no fuzzer $BUILD/tests/fuzz_$name (configure with -DWELKIN_FUZZ=ON)" >&2; exit 2; }
done
echo "fuzzing ${#HARNESSES[@]} harnesses for ${SECONDS_EACH} s each, $JOBS at a time"
running=0
for name in "${HARNESSES[@]}"; do
  if [ "$running" -ge "$JOBS" ]; then wait -n || true; running=$((running - 1)); fi
  run_one "$name" &
  running=$((running + 1))
done
wait

failed=0
for name in "${HARNESSES[@]}"; do
  cat "$BUILD/fuzz/$name/result"
  grep -q FAILED "$BUILD/fuzz/$name/result" && failed=1
done
[ "$failed" = 0 ] && echo "fuzz: no crash, leak or timeout" || echo "fuzz: FAILED, inputs above" >&2
exit $failed
