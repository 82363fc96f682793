// Derived types after a write (issue 16, item "maintenance"), Google Benchmark
// on the bundled intervention graph (examples/intervention):
//   - derived_after_commanded: one CREATE of a COMMANDED relationship (an
//     input of FOUGHT_AGAINST), then a query reading FOUGHT_AGAINST, which
//     computes it again;
//   - derived_after_unrelated: one CREATE of a node no definition reads, then
//     the same query; a database that refreshes only the types whose inputs
//     changed answers it without computing;
//   - derived_fresh: the query alone, FOUGHT_AGAINST up to date.
//
//   derived_bench [--dataset examples/intervention] [--benchmark_*]
//
// It uses only the public API, so the same source builds against an older
// libannals for the "before" figures (bench/README.md).
#include <annals/database.hpp>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

namespace {

std::filesystem::path dataset = "examples/intervention";

const char* const fought_against = "MATCH (:Person)-[f:FOUGHT_AGAINST]->(:Person) RETURN count(f)";

void load(annals::database& db) {
  db.load_directory(dataset);
  db.query(fought_against); // computed once before timing
}

void derived_after_commanded(benchmark::State& state) {
  annals::database db;
  load(db);
  std::int64_t i = 0;
  for (auto _ : state) {
    db.execute("MATCH (p:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Siege of Puebla'}) "
               "CREATE (p)-[:COMMANDED {side: 'Mexican Republic', source: 'bench', lines: [" +
               std::to_string(++i) + "]}]->(b)");
    benchmark::DoNotOptimize(db.query(fought_against));
  }
}
BENCHMARK(derived_after_commanded)->Unit(benchmark::kMillisecond);

void derived_after_unrelated(benchmark::State& state) {
  annals::database db;
  load(db);
  for (auto _ : state) {
    db.execute("CREATE (:BenchNote {text: 'unrelated'})");
    benchmark::DoNotOptimize(db.query(fought_against));
  }
}
BENCHMARK(derived_after_unrelated)->Unit(benchmark::kMillisecond);

void derived_fresh(benchmark::State& state) {
  annals::database db;
  load(db);
  for (auto _ : state) benchmark::DoNotOptimize(db.query(fought_against));
}
BENCHMARK(derived_fresh)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--dataset" && i + 1 < argc) {
      dataset = argv[i + 1];
      for (int j = i; j + 2 <= argc; ++j) argv[j] = argv[j + 2];
      argc -= 2;
      break;
    }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
