// The cost floor for queries 2-5: hand-written loops over a
// boost::compressed_sparse_row_graph of the same KNOWS edges, with 32-bit
// ids, a flat visited bitmap and no allocation per call. Nothing a query
// engine does can be cheaper than this; bench/results.md divides annals'
// times by these.
//
//   floor_bench --data build-bench/data/small --size small [--benchmark_* flags]
//
// Like the engines, each query starts from the person's primary key ($id,
// $from, $to), looked up in a hash index, and ends with the same number the
// Cypher query returns (recorded in the JSON context under result/).
#include "bench_support.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <benchmark/benchmark.h>

#include <charconv>
#include <iostream>
#include <unordered_map>

namespace {

using csr_graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, std::uint32_t, std::uint32_t>;
using vertex = boost::graph_traits<csr_graph>::vertex_descriptor;

struct floor_data {
  csr_graph graph;
  std::unordered_map<std::int64_t, vertex> by_key; // Person.id -> vertex
  std::vector<vertex> adjacency;                  // CSR targets, indexed by edge position
  std::vector<std::uint32_t> offsets;             // out-edges of v: [offsets[v], offsets[v+1])
};

std::int64_t field(std::string_view& line) {
  const auto comma = line.find(',');
  std::int64_t v = 0;
  std::from_chars(line.data(), line.data() + (comma == std::string_view::npos ? line.size() : comma), v);
  line.remove_prefix(comma == std::string_view::npos ? line.size() : comma + 1);
  return v;
}

floor_data load(const std::filesystem::path& data) {
  floor_data d;
  std::ifstream people(data / "person.csv");
  std::string line;
  std::getline(people, line); // header
  vertex next = 0;
  while (std::getline(people, line)) {
    std::string_view rest = line;
    d.by_key.emplace(field(rest), next++);
  }
  std::ifstream knows(data / "knows.csv");
  std::getline(knows, line);
  std::vector<std::pair<vertex, vertex>> edges;
  while (std::getline(knows, line)) {
    std::string_view rest = line;
    const auto from = d.by_key.at(field(rest));
    const auto to = d.by_key.at(field(rest));
    edges.emplace_back(from, to);
  }
  d.graph = csr_graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), next);
  // Flat views of the CSR arrays, which the loops below walk directly.
  d.offsets.assign(d.graph.m_forward.m_rowstart.begin(), d.graph.m_forward.m_rowstart.end());
  d.adjacency.assign(d.graph.m_forward.m_column.begin(), d.graph.m_forward.m_column.end());
  return d;
}

// A visited set that clears only what it marked.
class visited_set {
public:
  explicit visited_set(std::size_t n) : bits_((n + 63) / 64) {}
  bool insert(vertex v) {
    auto& word = bits_[v >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (v & 63);
    if (word & bit) return false;
    if (!word) touched_.push_back(v >> 6);
    word |= bit;
    return true;
  }
  void clear() {
    for (auto w : touched_) bits_[w] = 0;
    touched_.clear();
  }

private:
  std::vector<std::uint64_t> bits_;
  std::vector<std::uint32_t> touched_;
};

// 2. out-degree, through the BGL interface.
std::int64_t one_hop(const floor_data& d, std::int64_t key) { return boost::out_degree(d.by_key.at(key), d.graph); }

// 3. distinct nodes two hops away.
std::int64_t two_hop_distinct(const floor_data& d, visited_set& seen, std::int64_t key) {
  const vertex a = d.by_key.at(key);
  std::int64_t count = 0;
  for (auto i = d.offsets[a]; i < d.offsets[a + 1]; ++i) {
    const vertex b = d.adjacency[i];
    for (auto j = d.offsets[b]; j < d.offsets[b + 1]; ++j) count += seen.insert(d.adjacency[j]);
  }
  seen.clear();
  return count;
}

// 4. trails of 1..3 edges: paths that use no edge twice (edges are CSR positions).
// The third hop is counted from the degree, not walked: a factorised count.
std::int64_t three_hop_trails(const floor_data& d, std::int64_t key) {
  const vertex a = d.by_key.at(key);
  std::int64_t count = 0;
  for (auto i = d.offsets[a]; i < d.offsets[a + 1]; ++i) {
    const vertex b = d.adjacency[i];
    ++count;
    for (auto j = d.offsets[b]; j < d.offsets[b + 1]; ++j) {
      if (j == i) continue;
      const vertex c = d.adjacency[j];
      ++count;
      const auto first = d.offsets[c], last = d.offsets[c + 1];
      count += last - first;
      if (i >= first && i < last) --count;
      if (j >= first && j < last) --count;
    }
  }
  return count;
}

// 4, the way a row-at-a-time engine does it: every trail enumerated, none counted by degree.
std::int64_t three_hop_trails_enumerated(const floor_data& d, std::int64_t key) {
  const vertex a = d.by_key.at(key);
  std::int64_t count = 0;
  for (auto i = d.offsets[a]; i < d.offsets[a + 1]; ++i) {
    ++count;
    const vertex b = d.adjacency[i];
    for (auto j = d.offsets[b]; j < d.offsets[b + 1]; ++j) {
      if (j == i) continue;
      ++count;
      const vertex c = d.adjacency[j];
      for (auto k = d.offsets[c]; k < d.offsets[c + 1]; ++k) {
        if (k == i || k == j) continue;
        benchmark::DoNotOptimize(d.adjacency[k]);
        ++count;
      }
    }
  }
  return count;
}

// 5. BFS from $from until $to is reached; the length of a shortest path, or -1.
std::int64_t shortest_path(const floor_data& d, visited_set& seen, std::vector<vertex>& layer,
                           std::vector<vertex>& next, std::int64_t from_key, std::int64_t to_key) {
  const vertex from = d.by_key.at(from_key), to = d.by_key.at(to_key);
  layer.assign(1, from);
  seen.insert(from);
  std::int64_t found = -1;
  for (std::int64_t depth = 1; depth <= 30 && !layer.empty() && found < 0; ++depth) {
    next.clear();
    for (vertex v : layer)
      for (auto k = d.offsets[v]; k < d.offsets[v + 1]; ++k) {
        const vertex w = d.adjacency[k];
        if (w == to) found = depth;
        if (seen.insert(w)) next.push_back(w);
      }
    layer.swap(next);
  }
  seen.clear();
  return found;
}

std::unique_ptr<floor_data> graph_data;

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  const std::string data = bench::take_option(argc, argv, "--data");
  const std::string size = bench::take_option(argc, argv, "--size", "small");
  if (benchmark::ReportUnrecognizedArguments(argc, argv) || data.empty()) {
    std::cerr << "floor_bench: give --data DIR [--size NAME]\n";
    return 2;
  }
  const auto params = bench::read_params(std::filesystem::path(data) / "params.txt");
  const auto id = bench::param_int(params, "param.id"), from = bench::param_int(params, "param.from"),
             to = bench::param_int(params, "param.to");
  graph_data = std::make_unique<floor_data>(load(data));
  const floor_data& d = *graph_data;
  auto seen = std::make_shared<visited_set>(boost::num_vertices(d.graph));
  auto layer = std::make_shared<std::vector<vertex>>(), next = std::make_shared<std::vector<vertex>>();

  auto add = [&](const std::string& name, auto query) {
    benchmark::AddCustomContext("result/" + size + "/" + name, std::to_string(query()));
    benchmark::RegisterBenchmark((size + "/" + name).c_str(), [query](benchmark::State& state) {
      for (auto _ : state) benchmark::DoNotOptimize(query());
    })->Unit(benchmark::kMicrosecond);
  };
  add("q2-one-hop-count", [&d, id] { return one_hop(d, id); });
  add("q3-two-hop-distinct", [&d, seen, id] { return two_hop_distinct(d, *seen, id); });
  add("q4-three-hop-trails", [&d, id] { return three_hop_trails(d, id); });
  add("q4-three-hop-trails-enumerated", [&d, id] { return three_hop_trails_enumerated(d, id); });
  add("q5-shortest-path", [&d, seen, layer, next, from, to] { return shortest_path(d, *seen, *layer, *next, from, to); });

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
