#!/usr/bin/env bash
# Runs each fuzz target for SECONDS on its seed corpus, JOBS targets at a time
# (default: every core; each libFuzzer process uses one), and prints, per
# target, the executions run and the crashes found (inputs saved under
# BIN/artifacts/). The corpus each run grows is kept in BIN/corpus-work/, so
# runs add up.
#
#   tests/fuzz/run_fuzz.sh BIN_DIR [SECONDS per target, default 12] [TARGET…]
#
# Exit status 1 when a target found a crash, a hang (over 10 s), a leak or a
# sanitizer report. Reproduce one with: BIN/TARGET BIN/artifacts/TARGET/crash-…
# and keep it as a regression: copy it to tests/fuzz/regressions/TARGET/.
set -uo pipefail

bin="$(cd "$1" && pwd)"
seconds="${2:-12}"
shift $(($# >= 2 ? 2 : 1))
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jobs="${JOBS:-$(nproc)}"
targets=("$@")
((${#targets[@]} == 0)) && targets=(fuzz_query_parser fuzz_query_pipeline fuzz_csv_loader fuzz_snapshot_reader fuzz_tck_feature fuzz_json_parameter fuzz_export_writers)

seeds() {
  case "$1" in
    fuzz_query_parser | fuzz_query_pipeline) echo query ;;
    fuzz_csv_loader) echo csv ;;
    fuzz_snapshot_reader) echo snapshot ;;
    fuzz_tck_feature) echo feature ;;
    fuzz_json_parameter) echo json ;;
    fuzz_export_writers) echo export ;;
  esac
}

# run_one TARGET: fuzzes it, then writes its summary line to BIN/TARGET.summary
# and its exit status to BIN/TARGET.status.
run_one() {
  local t="$1" work="$bin/corpus-work/$1" artifacts="$bin/artifacts/$1" log="$bin/$1.log" rc execs found
  mkdir -p "$work" "$artifacts"
  # -timeout: an input running over 10 s is a hang; -rss_limit_mb: a runaway allocation is a bug.
  # -entropic=0: the default scheduler spends most of its time on bookkeeping with this many features.
  "$bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -entropic=0 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$src/corpus/$(seeds "$t")" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  # slow-unit-* files are only inputs that ran long without failing: reported, not counted.
  found=$(find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l)
  {
    printf '%-22s %9s executions in %ss, exit %d, %d saved crash/hang/leak inputs\n' "$t" "${execs:-0}" "$seconds" "$rc" "$found"
    if ((rc != 0)); then
      grep -m1 -E 'ERROR: |SUMMARY: |==[0-9]+== ' "$log" | sed 's/^/    /'
      echo "    log: $log"
    fi
  } >"$bin/$t.summary"
  echo "$rc" >"$bin/$t.status"
}

# The targets are built with ASan, whose stack frames are several times larger.
ulimit -s 262144 2>/dev/null || true

running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  if ((++running >= jobs)); then
    wait -n
    ((running--))
  fi
done
wait

failed=0
for t in "${targets[@]}"; do
  cat "$bin/$t.summary"
  [[ "$(cat "$bin/$t.status")" == 0 ]] || failed=1
done
exit "$failed"
