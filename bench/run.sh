#!/usr/bin/env bash
# Builds the benchmarks in Release, generates the graphs once, runs annals,
# the CSR floor and Kùzu on them in turn, and writes bench/results.md.
#
#   bench/run.sh                          # sizes small and medium
#   bench/run.sh --sizes small,medium,large --repetitions 10
#
# Sizes: small = 10 k persons / 100 k KNOWS, medium = 100 k / 1 M, large = 1 M / 10 M.
# Data is cached under build-bench/data/<size> (delete it to regenerate);
# raw results (Google Benchmark JSON, Kùzu JSON) go to build-bench/results/.
# Needs: cmake, g++, Google Benchmark (libbenchmark-dev), Boost.Graph, Node.js
# and npm (for Kùzu), python3 (for the report). Builds with at most 2 jobs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNALS_BENCH_BUILD:-$root/build-bench}
sizes=small,medium
repetitions=10
kuzu_runs=15
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --repetitions) repetitions=$2; shift 2 ;;
    --kuzu-runs) kuzu_runs=$2; shift 2 ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

nodes_of() { case $1 in small) echo 10000 ;; medium) echo 100000 ;; large) echo 1000000 ;; *) return 1 ;; esac; }
for size in ${sizes//,/ }; do
  nodes_of "$size" >/dev/null || { echo "run.sh: unknown size $size (small, medium, large)" >&2; exit 2; }
done

echo "== build (Release, $build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DANNALS_BUILD_BENCH=ON \
  -DANNALS_BUILD_TESTS=OFF -DANNALS_BUILD_CLI=OFF -DANNALS_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j2 --target bench_generator annals_bench floor_bench

echo "== Kùzu (npm)"
if [[ ! -d $root/bench/peer/node_modules/kuzu ]]; then
  (cd "$root/bench/peer" && npm ci --no-fund --no-audit)
fi

results=$build/results
mkdir -p "$results"
uptime > "$results/load-before.txt"
gbench_flags=(--benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true
              --benchmark_min_time=0.1 --benchmark_format=console --benchmark_out_format=json)

for size in ${sizes//,/ }; do
  nodes=$(nodes_of "$size")
  data=$build/data/$size
  out=$results/$size
  mkdir -p "$out"
  if [[ ! -f $data/params.txt ]]; then
    echo "== generate $size"
    "$build/bench/bench_generator" --nodes "$nodes" --edges $((nodes * 10)) --seed 42 --out "$data"
  fi
  echo "== annals $size"
  "$build/bench/annals_bench" --data "$data" --size "$size" --queries "$root/bench/queries" \
    --schema "$root/bench/schema.cypher" "${gbench_flags[@]}" --benchmark_out="$out/annals.json"
  echo "== floor $size"
  "$build/bench/floor_bench" --data "$data" --size "$size" "${gbench_flags[@]}" --benchmark_out="$out/floor.json"
  echo "== Kùzu $size"
  rm -rf "$build/kuzu-db" && mkdir -p "$build/kuzu-db"
  node "$root/bench/peer/kuzu_bench.mjs" --data "$data" --size "$size" --queries "$root/bench/queries" \
    --schema "$root/bench/schema.cypher" --db "$build/kuzu-db/$size" --runs "$kuzu_runs" > "$out/kuzu.json"
  rm -rf "$build/kuzu-db"
done

echo "== annals intervention"
mkdir -p "$results/intervention"
"$build/bench/annals_bench" --intervention "$root/examples/intervention" --export-kuzu "$results/intervention/export" \
  "${gbench_flags[@]}" --benchmark_out="$results/intervention/annals.json"
echo "== Kùzu intervention"
rm -rf "$build/kuzu-db" && mkdir -p "$build/kuzu-db"
node "$root/bench/peer/kuzu_bench.mjs" --intervention "$results/intervention/export" \
  --queries "$root/examples/intervention/queries" --db "$build/kuzu-db/intervention" --runs "$kuzu_runs" \
  > "$results/intervention/kuzu.json"
rm -rf "$build/kuzu-db"
uptime > "$results/load-after.txt"

python3 "$root/bench/report.py" --results "$results" --sizes "$sizes" --root "$root" > "$root/bench/results.md"
echo "== wrote bench/results.md"
