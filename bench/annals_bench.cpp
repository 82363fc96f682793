// annals' side of the benchmarks (Google Benchmark).
//
//   annals_bench --data build-bench/data/small --size small --queries bench/queries --schema bench/schema.cypher
//   annals_bench --intervention examples/intervention [--export-kuzu DIR]
//   (plus any --benchmark_* flag; --only REGEX prepares only the matching
//   queries and --snapshot off skips the snapshot, for profiling;
//   --snapshot-runs N opens the snapshot N times, 3 by default)
//
// With --data: declares bench/schema.cypher, bulk-loads person.csv and
// knows.csv with the CSV loader (timed once: loading 10 M edges per
// repetition would take the whole run), measures resident memory before and
// after, saves a snapshot and opens it again (the CSV load time over the
// median open time is the snapshot's speed-up), and benchmarks each query of
// bench/queries as a prepared statement run with the params.txt values, on the
// graph opened from the snapshot (the same data; with --snapshot off, on the
// CSV-loaded one). With --intervention: runs the example dataset's scripts
// and benchmarks each of its example queries, prepared; --export-kuzu writes
// that graph as CSV + DDL for Kùzu (annals::write_csv).
//
// One-off measurements and each query's first result go into the JSON
// output's "context", so bench/report.py can check that annals, Kùzu and the
// floor agree.
#include "bench_support.hpp"

#include <annals/csv_loader.hpp>
#include <annals/database.hpp>
#include <annals/export.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <regex>
#include <iostream>
#include <memory>

#include <malloc.h>

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A result as one line: rows separated by ';', values by ','; cut after 2000
// characters (kuzu_bench.mjs writes the same, so answers compare as strings).
std::string summary(const annals::result& r) {
  std::string text;
  for (const auto& row : r) {
    if (!text.empty()) text += ';';
    for (std::size_t i = 0; i < row.size(); ++i) text += (i ? "," : "") + annals::to_cypher(row[i]);
  }
  return text.size() > 2000 ? text.substr(0, 2000) + "..." : text;
}

// Everything the benchmarks refer to lives as long as the run.
struct prepared_query {
  std::string label;
  annals::prepared_statement statement;
  annals::value_map parameters;
};
std::vector<std::unique_ptr<annals::database>> databases;
std::vector<std::unique_ptr<prepared_query>> queries;
// --only REGEX: prepare (and run once) only the matching queries, e.g. under a profiler.
std::regex only(".*");
bool snapshots = true;
int snapshot_runs = 3;

void no_limits(annals::database& db) {
  db.limits().max_result_rows = std::numeric_limits<std::size_t>::max();
  db.limits().max_intermediate_rows = std::numeric_limits<std::size_t>::max();
}

// Prepares, runs once (checking it works and recording its answer), registers.
void register_query(annals::database& db, const std::string& label, const std::string& text,
                    annals::value_map parameters) {
  if (!std::regex_search(label, only)) return;
  try {
    auto q = std::make_unique<prepared_query>(prepared_query{label, db.prepare(text), std::move(parameters)});
    benchmark::AddCustomContext("result/" + label, summary(q->statement.run(q->parameters)));
    auto* raw = q.get();
    benchmark::RegisterBenchmark(label.c_str(), [raw](benchmark::State& state) {
      for (auto _ : state) {
        auto r = raw->statement.run(raw->parameters);
        benchmark::DoNotOptimize(r);
      }
    })->Unit(benchmark::kMicrosecond);
    queries.push_back(std::move(q));
  } catch (const std::exception& e) {
    std::cerr << label << ": " << e.what() << '\n';
    benchmark::AddCustomContext("error/" + label, e.what());
  }
}

// Saves the CSV-loaded graph, then opens the snapshot `snapshot_runs` times,
// each time into an empty database that replaces `db`: only one graph is in
// memory at a time (a 10 M-edge graph takes gigabytes), and the queries then
// run on the graph read from the snapshot.
void snapshot_round_trip(std::unique_ptr<annals::database>& db, const std::string& size,
                         const std::filesystem::path& folder, double csv_seconds) {
#ifdef ANNALS_BENCH_HAVE_SNAPSHOT
  const auto file = folder / "annals.snapshot";
  const std::string at = "snapshot/" + size + "/";
  try {
    const auto rels = db->graph().relationship_count();
    auto start = clock_type::now();
    db->save(file);
    const double save_seconds = seconds_since(start);
    benchmark::AddCustomContext(at + "save_seconds", std::to_string(save_seconds));
    benchmark::AddCustomContext(at + "bytes", std::to_string(std::filesystem::file_size(file)));
    std::vector<double> opens;
    std::string runs;
    for (int i = 0; i < std::max(snapshot_runs, 1); ++i) {
      db = std::make_unique<annals::database>(); // frees the previous graph before the next is built
      // ... and gives its pages back, so the open pays for fresh memory as in a new process.
      ::malloc_trim(0);
      no_limits(*db);
      start = clock_type::now();
      db->open(file);
      opens.push_back(seconds_since(start));
      runs += (runs.empty() ? "" : ",") + std::to_string(opens.back());
      if (db->graph().relationship_count() != rels)
        throw std::runtime_error("the reopened snapshot has a different number of relationships");
    }
    std::sort(opens.begin(), opens.end());
    const std::size_t mid = opens.size() / 2;
    const double open_seconds = opens.size() % 2 ? opens[mid] : (opens[mid - 1] + opens[mid]) / 2;
    benchmark::AddCustomContext(at + "open_seconds", std::to_string(open_seconds));
    benchmark::AddCustomContext(at + "open_runs_seconds", runs);
    benchmark::AddCustomContext(at + "csv_load_over_open", std::to_string(csv_seconds / open_seconds));
    std::cerr << "annals: snapshot saved in " << save_seconds << " s, opened in " << open_seconds << " s (median of "
              << opens.size() << ": " << runs << "); the CSV load took " << csv_seconds / open_seconds << "x as long\n";
  } catch (const std::exception& e) {
    std::cerr << "annals: snapshot: " << e.what() << '\n';
    benchmark::AddCustomContext(at + "error", e.what());
  }
  std::filesystem::remove(file);
#else
  (void)db;
  (void)folder;
  (void)csv_seconds;
  benchmark::AddCustomContext("snapshot/" + size + "/error", "database::save/open are not implemented in this build");
#endif
}

void load_generated(const std::filesystem::path& data, const std::string& size, const std::filesystem::path& schema,
                    const std::filesystem::path& query_folder) {
  const auto params = bench::read_params(data / "params.txt");
  auto& slot = databases.emplace_back(std::make_unique<annals::database>());
  annals::database& loaded = *slot;
  no_limits(loaded);
  loaded.execute(read_text(schema));

  annals::csv_options quiet;
  quiet.progress = false;
  const std::size_t before = bench::resident_bytes();
  const auto nodes = annals::load_csv_nodes(loaded.graph(), "Person", data / "person.csv", quiet);
  const auto rels = annals::load_csv_relationships(loaded.graph(), "KNOWS", data / "knows.csv", quiet);
  const std::size_t after = bench::resident_bytes();

  const std::string at = "load/" + size + "/";
  benchmark::AddCustomContext(at + "nodes", std::to_string(nodes.rows));
  benchmark::AddCustomContext(at + "edges", std::to_string(rels.rows));
  benchmark::AddCustomContext(at + "node_seconds", std::to_string(nodes.seconds));
  benchmark::AddCustomContext(at + "edge_seconds", std::to_string(rels.seconds));
  benchmark::AddCustomContext(at + "seconds", std::to_string(nodes.seconds + rels.seconds));
  benchmark::AddCustomContext(at + "resident_bytes", std::to_string(after - before));
  benchmark::AddCustomContext(at + "bytes_per_edge",
                              std::to_string(static_cast<double>(after - before) / static_cast<double>(rels.rows)));
  std::cerr << "annals: loaded " << nodes.rows << " nodes in " << nodes.seconds << " s, " << rels.rows
            << " relationships in " << rels.seconds << " s; " << (after - before) / (1 << 20) << " MiB resident\n";

  if (snapshots) snapshot_round_trip(slot, size, data, nodes.seconds + rels.seconds);
  annals::database& db = *slot; // the graph opened from the snapshot, or the CSV-loaded one

  for (const auto& q : bench::read_queries(query_folder)) {
    if (!q.runs_on(size)) continue;
    annals::value_map parameters;
    for (const auto& name : q.parameters) parameters[name] = annals::value(bench::param_int(params, "param." + name));
    register_query(db, size + "/" + q.name, q.text, std::move(parameters));
  }
}

void load_intervention(const std::filesystem::path& folder, const std::string& export_folder) {
  auto& db = *databases.emplace_back(std::make_unique<annals::database>());
  no_limits(db);
  std::vector<std::filesystem::path> scripts;
  for (const auto& e : std::filesystem::directory_iterator(folder))
    if (e.path().extension() == ".cypher") scripts.push_back(e.path());
  std::sort(scripts.begin(), scripts.end());
  const auto start = clock_type::now();
  for (const auto& s : scripts) db.execute(read_text(s));
  benchmark::AddCustomContext("load/intervention/seconds", std::to_string(seconds_since(start)));
  benchmark::AddCustomContext("load/intervention/nodes", std::to_string(db.graph().node_count()));
  benchmark::AddCustomContext("load/intervention/edges", std::to_string(db.graph().relationship_count()));
  // The same graph for Kùzu (kuzu_bench.mjs --intervention), derived types written as data.
  if (!export_folder.empty()) {
    db.refresh_derived(); // derived types are computed lazily, on first use
    annals::write_csv(export_folder, db.graph(), annals::whole_graph(db.graph()), annals::csv_dialect::kuzu);
  }
  for (const auto& q : bench::read_queries(folder / "queries")) register_query(db, "intervention/" + q.name, q.text, {});
}

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const std::string data = bench::take_option(argc, argv, "--data");
  const std::string size = bench::take_option(argc, argv, "--size", "small");
  const std::string query_folder = bench::take_option(argc, argv, "--queries", "bench/queries");
  const std::string schema = bench::take_option(argc, argv, "--schema", "bench/schema.cypher");
  const std::string intervention = bench::take_option(argc, argv, "--intervention");
  const std::string export_folder = bench::take_option(argc, argv, "--export-kuzu");
  only = std::regex(bench::take_option(argc, argv, "--only", "."));
  snapshots = bench::take_option(argc, argv, "--snapshot", "on") != "off";
  snapshot_runs = std::stoi(bench::take_option(argc, argv, "--snapshot-runs", "3"));
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  if (data.empty() && intervention.empty()) {
    std::cerr << "annals_bench: give --data DIR [--size NAME] and/or --intervention DIR\n";
    return 2;
  }
  try {
    if (!data.empty()) load_generated(data, size, schema, query_folder);
    if (!intervention.empty()) load_intervention(intervention, export_folder);
  } catch (const std::exception& e) {
    std::cerr << "annals_bench: " << e.what() << '\n';
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
