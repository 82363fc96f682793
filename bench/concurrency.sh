#!/usr/bin/env bash
# Issue 13's benchmark: annals (bench/concurrency_bench.cpp) and Kùzu
# (bench/peer/kuzu_concurrency.mjs) one after the other on the same generated
# graph: read throughput of q1-q3 with 1, 2 and 4 threads, and the cost of a
# durable commit. Prints the table bench/results.md holds.
#
#   bench/concurrency.sh [--size small|medium] [--repetitions 5] [--seconds 2]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNALS_BENCH_BUILD:-$root/build-bench}
size=medium
repetitions=5
seconds=2
while [[ $# -gt 0 ]]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --repetitions) repetitions=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) echo "concurrency.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
case $size in small) nodes=10000 ;; medium) nodes=100000 ;; *) echo "concurrency.sh: unknown size $size" >&2; exit 2 ;; esac

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DANNALS_BUILD_BENCH=ON \
  -DANNALS_BUILD_TESTS=OFF -DANNALS_BUILD_CLI=OFF -DANNALS_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j2 --target bench_generator concurrency_bench
if [[ ! -d $root/bench/peer/node_modules/kuzu ]]; then
  (cd "$root/bench/peer" && npm ci --no-fund --no-audit)
fi

data=$build/data/$size
out=$build/results/concurrency-$size
mkdir -p "$out"
[[ -f $data/params.txt ]] || "$build/bench/bench_generator" --nodes "$nodes" --edges $((nodes * 10)) --seed 42 --out "$data"
uptime > "$out/load.txt"
"$build/bench/concurrency_bench" --data "$data" --queries "$root/bench/queries" --dir "$build" \
  --benchmark_repetitions="$repetitions" --benchmark_min_time="$seconds" --benchmark_report_aggregates_only=true \
  --benchmark_out="$out/annals.json" --benchmark_out_format=json
rm -rf "$build/kuzu-concurrency"
node "$root/bench/peer/kuzu_concurrency.mjs" --data "$data" --schema "$root/bench/schema.cypher" \
  --queries "$root/bench/queries" --db "$build/kuzu-concurrency" --seconds "$seconds" \
  --repetitions "$repetitions" > "$out/kuzu.json"
rm -rf "$build/kuzu-concurrency"
uptime >> "$out/load.txt"
python3 "$root/bench/report_concurrency.py" "$out"
