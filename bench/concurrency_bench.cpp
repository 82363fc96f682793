// Concurrency and durability (issue 13), Google Benchmark:
//   - read throughput of q1-q3 (bench/queries) as prepared statements shared
//     by 1, 2 and 4 threads, each call with a random start person, on the graph
//     bench_generator wrote to --data DIR (the one Kùzu loads in
//     bench/peer/kuzu_concurrency.mjs), or without --data on a generated graph
//     of --persons persons with --degree KNOWS each (uniform random, fixed seed);
//   - the median cost of a durable commit: one CREATE, and one statement
//     creating 1,000 nodes, each appended to the write-ahead log and fdatasync'd.
//
//   concurrency_bench [--data DIR | --persons 100000 --degree 10] [--dir /tmp] [--benchmark_*]
//
// bench/concurrency.sh runs it next to Kùzu on the medium graph.
//
// Items per second of the read benchmarks are queries per second summed over
// the threads. On a 2-core machine, 4 threads can at most match 2.
#include "bench_support.hpp"

#include <annals/csv_loader.hpp>
#include <annals/database.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return {std::istreambuf_iterator<char>(in), {}};
}

std::int64_t persons = 100'000;
std::int64_t degree = 10;
std::filesystem::path scratch = std::filesystem::temp_directory_path();
std::filesystem::path data;       // bench_generator's output, when given
std::filesystem::path query_dir;  // bench/queries

annals::database& graph() {
  static annals::database d;
  static const bool built = [] {
    if (!data.empty()) {
      d.execute(read_text(query_dir.parent_path() / "schema.cypher"));
      annals::csv_options quiet;
      quiet.progress = false;
      persons = static_cast<std::int64_t>(annals::load_csv_nodes(d.graph(), "Person", data / "person.csv", quiet).rows);
      annals::load_csv_relationships(d.graph(), "KNOWS", data / "knows.csv", quiet);
      return true;
    }
    d.execute("CREATE NODE TABLE Person(id INT64, name STRING, age INT64, city STRING, PRIMARY KEY(id));"
              "CREATE REL TABLE KNOWS(FROM Person TO Person, since INT64)");
    d.query("UNWIND range(0, $n - 1) AS i CREATE (:Person {id: i, name: 'p' + toString(i), age: i % 90, city: 'c'})",
            {{"n", annals::value(persons)}});
    // Each person knows `degree` others, drawn with a fixed seed.
    std::mt19937_64 random(13);
    annals::value_list pairs;
    for (std::int64_t i = 0; i < persons; ++i)
      for (std::int64_t k = 0; k < degree; ++k)
        pairs.push_back(annals::value(annals::value_list{
            annals::value(i), annals::value(static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(persons)))}));
    d.query("UNWIND $pairs AS p MATCH (a:Person {id: p[0]}), (b:Person {id: p[1]}) CREATE (a)-[:KNOWS {since: 2000}]->(b)",
            {{"pairs", annals::value(std::move(pairs))}});
    return true;
  }();
  (void)built;
  return d;
}

// q1-q3 of bench/queries, the files Kùzu's side reads too.
const char* query_files[] = {"q1-point-lookup.cypher", "q2-one-hop-count.cypher", "q3-two-hop-distinct.cypher"};

void read_throughput(benchmark::State& state) {
  static std::vector<annals::prepared_statement> prepared = [] {
    std::vector<annals::prepared_statement> p;
    for (const char* f : query_files) p.push_back(graph().prepare(bench::read_query(query_dir / f).text));
    return p;
  }();
  auto& statement = prepared[static_cast<std::size_t>(state.range(0))];
  std::mt19937_64 random(static_cast<std::uint64_t>(state.thread_index()) + 1);
  for (auto _ : state) {
    const auto id = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(persons));
    benchmark::DoNotOptimize(statement.run({{"id", annals::value(id)}}));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(read_throughput)->DenseRange(0, 2)->ArgName("q")->Threads(1)->Threads(2)->Threads(4)->UseRealTime();

void durable_commit(benchmark::State& state) {
  const auto file = scratch / ("annals-commit-bench-" + std::to_string(::getpid()) + ".annals");
  {
    annals::durability_options never; // measure appends, not checkpoints
    never.checkpoint_bytes = ~std::uint64_t{0};
    annals::database db(file, never);
    db.execute("CREATE NODE TABLE T(i INT64, PRIMARY KEY(i))");
    auto one = db.prepare("CREATE (:T {i: $i})");
    auto batch = db.prepare("UNWIND range($i, $i + 999) AS i CREATE (:T {i: i})");
    std::int64_t next = 0;
    for (auto _ : state) {
      if (state.range(0) == 1) one.run({{"i", annals::value(next++)}});
      else {
        batch.run({{"i", annals::value(next)}});
        next += 1000;
      }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
  }
  std::filesystem::remove(file);
  std::filesystem::remove(file.string() + ".wal");
}
BENCHMARK(durable_commit)->Arg(1)->Arg(1000)->ArgName("nodes")->UseRealTime();

} // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--persons" && i + 1 < argc) persons = std::stoll(argv[++i]);
    else if (a == "--degree" && i + 1 < argc) degree = std::stoll(argv[++i]);
    else if (a == "--dir" && i + 1 < argc) scratch = argv[++i];
    else if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--queries" && i + 1 < argc) query_dir = argv[++i];
    else rest.push_back(argv[i]);
  }
  if (query_dir.empty()) query_dir = std::filesystem::path(ANNALS_BENCH_DIR) / "queries";
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  graph(); // built before the clock starts
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
