#!/usr/bin/env bash
# Runs the fuzz targets, each for a set time, and prints the executions and crashes.
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]      # default: 600 s each, every target
#   JOBS=2 bash fuzz/run.sh 600                 # two targets at a time
#
# Needs the nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`). Targets: scenario_load, fluent_load, results_import,
# session (see fuzz/fuzz_targets/). The committed seeds (fuzz/seeds/TARGET: the
# shipped scenarios, Fluent files, result files, move sequences) are read, never
# written; what the fuzzer finds goes to fuzz/corpus/TARGET (not committed) and any
# crash to fuzz/artifacts/TARGET/. Once fixed, a crash input is committed to
# fuzz/regressions/TARGET/: tests/fuzz_seeds.rs runs the targets' checks
# (fuzz/checks/) on every seed and regression input in each `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario_load fluent_load results_import session)
jobs="${JOBS:-1}"
mkdir -p fuzz/logs

# AddressSanitizer (cargo fuzz's default): a stack overflow or a crash in C code is
# caught and its input saved, which a build without a sanitizer does not do.
cargo +nightly fuzz build >/dev/null

run() {
  local t="$1"
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  # libFuzzer: the first folder receives new inputs; the seeds are only read.
  local start status=ok
  start=$(date +%s)
  nice -n 10 cargo +nightly fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1 || status=CRASHED
  local execs crashes
  # The final stats, or (after a crash) the last progress line's count.
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "fuzz/logs/$t.log" | grep -o '[0-9]*$' || true)"
  [ -n "$execs" ] || execs="$(grep -o '^#[0-9]*' "fuzz/logs/$t.log" | tail -n 1 | tr -d '#')"
  crashes="$(find "fuzz/artifacts/$t" -type f | wc -l)"
  printf '%-16s %-7s %10s executions in %ss, %s crash file(s) in fuzz/artifacts/%s (log: fuzz/logs/%s.log)\n' \
    "$t" "$status" "${execs:-0}" "$(( $(date +%s) - start ))" "$crashes" "$t" "$t"
}

running=0
for t in "${targets[@]}"; do
  run "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
