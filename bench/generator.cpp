// A seeded, deterministic social-network generator for the benchmarks.
//
//   bench_generator --nodes 10000 --edges 100000 --seed 42 --out build-bench/data/small
//
// Writes, in the layout both annals' csv_loader and Kùzu's COPY FROM read:
//   person.csv   id,name,age,city           (id: INT64 primary key)
//   knows.csv    from,to,since              (KNOWS FROM Person TO Person)
//   params.txt   key=value lines: the sizes, the nodes the queries start from,
//                and `param.NAME=…`, the value of $NAME in bench/queries
//
// Degrees follow a power law, like LDBC SNB's Person-KNOWS-Person: a directed
// Chung-Lu graph, where each edge picks its source and its target with
// probability proportional to a weight w(r) = (r + 1)^(-1 / (gamma - 1)) of
// the node's rank r (ranks are a seeded permutation of the ids, so hubs are
// not the smallest ids). No self-loops, no duplicate edges.
//
// Same arguments, same bytes, on every machine: the random numbers come from
// our own splitmix64 / xoshiro256** and our own range reduction, not from
// <random>'s distributions (whose algorithms differ between standard libraries).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <queue>
#include <string>
#include <string_view>
#include <vector>

namespace {

class xoshiro256 {
public:
  explicit xoshiro256(std::uint64_t seed) {
    for (auto& s : state_) s = splitmix(seed);
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }
  // Uniform in [0, n), by Lemire's multiply-shift (the tiny bias is irrelevant here).
  std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>((static_cast<__uint128_t>(next()) * n) >> 64); }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::array<std::uint64_t, 4> state_{};
};

struct options {
  std::uint64_t nodes = 10'000;
  std::uint64_t edges = 100'000;
  std::uint64_t seed = 42;
  double gamma = 2.5; // degree exponent
  std::filesystem::path out = "data";
};

[[noreturn]] void usage(const char* why) {
  std::cerr << "bench_generator: " << why
            << "\nusage: bench_generator --nodes N --edges E [--seed S] [--gamma G] --out DIR\n";
  std::exit(2);
}

std::uint64_t parse_count(std::string_view text) {
  std::uint64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size()) usage("expected a number");
  return v;
}

options parse(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) usage("missing value");
    const std::string_view value = argv[++i];
    if (arg == "--nodes") o.nodes = parse_count(value);
    else if (arg == "--edges") o.edges = parse_count(value);
    else if (arg == "--seed") o.seed = parse_count(value);
    else if (arg == "--gamma") o.gamma = std::stod(std::string(value));
    else if (arg == "--out") o.out = value;
    else usage("unknown option");
  }
  if (o.nodes < 2 || o.nodes > (1ULL << 31)) usage("--nodes must be in [2, 2^31]");
  if (o.edges > o.nodes * (o.nodes - 1) / 4) usage("too many edges for that many nodes");
  if (o.gamma <= 2.0) usage("--gamma must be above 2");
  return o;
}

// Edges as (from << 32 | to), so that sorting finds duplicates.
std::uint64_t edge_key(std::uint64_t from, std::uint64_t to) { return from << 32 | to; }

std::vector<std::uint64_t> chung_lu_edges(const options& o, xoshiro256& rng) {
  // rank -> node id: a seeded permutation (Fisher-Yates).
  std::vector<std::uint32_t> node_of_rank(o.nodes);
  for (std::uint64_t i = 0; i < o.nodes; ++i) node_of_rank[i] = static_cast<std::uint32_t>(i);
  for (std::uint64_t i = o.nodes - 1; i > 0; --i) std::swap(node_of_rank[i], node_of_rank[rng.below(i + 1)]);

  // Cumulative weights by rank; a draw is a binary search.
  const double exponent = -1.0 / (o.gamma - 1.0);
  std::vector<double> cumulative(o.nodes);
  double total = 0;
  for (std::uint64_t r = 0; r < o.nodes; ++r) cumulative[r] = total += std::pow(static_cast<double>(r + 1), exponent);
  auto draw = [&] {
    const double x = rng.unit() * total;
    const auto r = static_cast<std::uint64_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
    return node_of_rank[std::min(r, o.nodes - 1)];
  };

  std::vector<std::uint64_t> edges;
  edges.reserve(o.edges + o.edges / 8);
  while (edges.size() < o.edges) {
    while (edges.size() < o.edges + o.edges / 16) {
      const std::uint64_t from = draw(), to = draw();
      if (from != to) edges.push_back(edge_key(from, to));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  }
  // Drop the surplus at random (not the largest keys), then shuffle the file order.
  for (std::uint64_t i = edges.size() - 1; i > 0; --i) std::swap(edges[i], edges[rng.below(i + 1)]);
  edges.resize(o.edges);
  return edges;
}

constexpr std::array first_names{"Ana",    "Benito", "Carmen", "Diego",  "Elena", "Felipe", "Gloria", "Hugo",
                                 "Inés",   "Jorge",  "Karla",  "Luis",   "María", "Nicolás", "Olga",  "Pablo",
                                 "Quique", "Rosa",   "Sergio", "Teresa", "Ulises", "Vera",  "Wendy",  "Ximena"};
constexpr std::array last_names{"Álvarez", "Bravo",  "Castro", "Díaz",    "Escobedo", "Flores", "García",
                                "Hidalgo", "Iglesias", "Juárez", "López",  "Mejía",   "Núñez",  "Ortega",
                                "Pérez",   "Quintero", "Ramírez", "Sánchez", "Torres", "Uribe",  "Vargas", "Zaragoza"};
constexpr std::array cities{"Mexico City", "Puebla",     "Veracruz", "Oaxaca",   "Monterrey", "Querétaro", "Guadalajara",
                            "Morelia",     "Zacatecas",  "Durango",  "Chihuahua", "Saltillo", "Mérida",    "Tampico",
                            "Orizaba",     "Cuernavaca", "Toluca",   "Pachuca",  "Tlaxcala",  "Acapulco",  "Colima",
                            "Tepic",       "Mazatlán",   "Culiacán", "Hermosillo", "Matamoros", "Campeche", "Córdoba",
                            "Jalapa",      "San Luis Potosí"};

void write_people(const options& o, xoshiro256& rng) {
  std::ofstream out(o.out / "person.csv", std::ios::binary);
  out << "id,name,age,city\n";
  std::string line;
  for (std::uint64_t id = 0; id < o.nodes; ++id) {
    const auto* first = first_names[rng.below(first_names.size())];
    const auto* last = last_names[rng.below(last_names.size())];
    // Cities are skewed: the first few are much larger (a square of a uniform draw).
    const double u = rng.unit();
    const auto* city = cities[static_cast<std::size_t>(u * u * cities.size())];
    const auto age = 18 + rng.below(63);
    line = std::to_string(id) + ',' + first + ' ' + last + ' ' + std::to_string(id) + ',' + std::to_string(age) + ',' +
           city + '\n';
    out << line;
  }
  if (!out) usage("cannot write person.csv");
}

void write_knows(const options& o, const std::vector<std::uint64_t>& edges, xoshiro256& rng) {
  std::ofstream out(o.out / "knows.csv", std::ios::binary);
  out << "from,to,since\n";
  std::string line;
  for (auto e : edges) {
    line = std::to_string(e >> 32) + ',' + std::to_string(e & 0xffffffffu) + ',' + std::to_string(2000 + rng.below(26)) + '\n';
    out << line;
  }
  if (!out) usage("cannot write knows.csv");
}

// The nodes the queries start from: `start` has the typical (average) out-degree;
// `target` is the first node (by id) at directed distance 4 from it (or the
// farthest reachable, if nothing is that far), for the shortest-path query.
void write_params(const options& o, const std::vector<std::uint64_t>& edges) {
  std::vector<std::uint32_t> degree(o.nodes), offset(o.nodes + 1), adjacency(edges.size());
  for (auto e : edges) ++degree[e >> 32];
  for (std::uint64_t i = 0; i < o.nodes; ++i) offset[i + 1] = offset[i] + degree[i];
  std::vector<std::uint32_t> fill(offset.begin(), offset.end() - 1);
  for (auto e : edges) adjacency[fill[e >> 32]++] = static_cast<std::uint32_t>(e & 0xffffffffu);

  const auto average = static_cast<std::uint32_t>(std::llround(static_cast<double>(o.edges) / static_cast<double>(o.nodes)));
  std::uint64_t start = 0;
  for (std::uint64_t i = 0; i < o.nodes; ++i)
    if (std::abs(static_cast<long>(degree[i]) - static_cast<long>(average)) <
        std::abs(static_cast<long>(degree[start]) - static_cast<long>(average)))
      start = i;

  std::vector<int> distance(o.nodes, -1);
  std::queue<std::uint32_t> frontier;
  distance[start] = 0;
  frontier.push(static_cast<std::uint32_t>(start));
  while (!frontier.empty()) {
    const auto n = frontier.front();
    frontier.pop();
    for (auto k = offset[n]; k < offset[n + 1]; ++k)
      if (distance[adjacency[k]] < 0) {
        distance[adjacency[k]] = distance[n] + 1;
        frontier.push(adjacency[k]);
      }
  }
  const int farthest = *std::max_element(distance.begin(), distance.end());
  const int wanted = std::min(4, farthest);
  std::uint64_t target = start;
  for (std::uint64_t i = 0; i < o.nodes; ++i)
    if (distance[i] == wanted) {
      target = i;
      break;
    }

  std::ofstream out(o.out / "params.txt", std::ios::binary);
  out << "nodes=" << o.nodes << "\nedges=" << o.edges << "\nseed=" << o.seed << "\ngamma=" << o.gamma
      << "\nstart=" << start << "\nstart_degree=" << degree[start] << "\ntarget=" << target
      << "\ntarget_distance=" << wanted << "\nmax_out_degree=" << *std::max_element(degree.begin(), degree.end())
      << '\n';
  // The queries' parameters ($id, $from, $to, $min_age), the same for every engine.
  out << "param.id=" << start << "\nparam.from=" << start << "\nparam.to=" << target << "\nparam.min_age=50\n";
  if (!out) usage("cannot write params.txt");
}

} // namespace

int main(int argc, char** argv) {
  const options o = parse(argc, argv);
  std::filesystem::create_directories(o.out);
  xoshiro256 rng(o.seed);
  const auto edges = chung_lu_edges(o, rng);
  write_people(o, rng);
  write_knows(o, edges, rng);
  write_params(o, edges);
  std::cout << "wrote " << o.nodes << " persons and " << edges.size() << " KNOWS edges to " << o.out.string() << '\n';
}
