#!/usr/bin/env bash
# Runs each fuzz target for SECONDS on its seed corpus and prints, per target,
# the executions run and the crashes found (inputs saved under BIN/artifacts/).
# The corpus each run grows is kept in BIN/corpus-work/, so runs add up.
#
#   tests/fuzz/run_fuzz.sh BIN_DIR [SECONDS per target, default 12] [TARGET…]
#
# Exit status 1 when a target found a crash, a hang (over 10 s), a leak or a
# sanitizer report. Reproduce one with: BIN/TARGET BIN/artifacts/TARGET/crash-…
set -uo pipefail

bin="$(cd "$1" && pwd)"
seconds="${2:-12}"
shift $(($# >= 2 ? 2 : 1))
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
targets=("$@")
((${#targets[@]} == 0)) && targets=(fuzz_query_parser fuzz_query_pipeline fuzz_csv_loader fuzz_snapshot_reader fuzz_tck_feature)

seeds() {
  case "$1" in
    fuzz_query_parser | fuzz_query_pipeline) echo query ;;
    fuzz_csv_loader) echo csv ;;
    fuzz_snapshot_reader) echo snapshot ;;
    fuzz_tck_feature) echo feature ;;
  esac
}

failed=0
for t in "${targets[@]}"; do
  work="$bin/corpus-work/$t"
  artifacts="$bin/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$bin/$t.log"
  # -timeout: an input running over 10 s is a hang; -rss_limit_mb: a runaway allocation is a bug.
  # -entropic=0: the default scheduler spends most of its time on bookkeeping with this many features.
  "$bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -entropic=0 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$src/corpus/$(seeds "$t")" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  found=$(find "$artifacts" -type f | wc -l)
  printf '%-22s %9s executions in %ss, exit %d, %d saved crash/hang/leak inputs\n' "$t" "${execs:-0}" "$seconds" "$rc" "$found"
  if ((rc != 0)); then
    failed=1
    grep -m1 -E 'ERROR: |SUMMARY: |==[0-9]+== ' "$log" | sed 's/^/    /'
    echo "    log: $log"
  fi
done
exit "$failed"
