// The graph an algorithm runs on, projected from the annals graph by the
// map a CALL gives: which nodes (`labels`), which relationships (`types`,
// derived ones included), `direction` ('out', 'in' or 'undirected'), an
// optional numeric `weight` property, and `as_of`, a date on which the
// relationships must hold: facts with since/until as MATCH … AS OF decides
// (valid_at), events with a `date` when it falls within `as_of`'s days (so
// date('1864') keeps the engagements of 1864). Built through the
// public graph API only, into compact vertex numbers 0..n-1, so the storage
// behind it may change freely.
//
// Parallel relationships between the same two nodes become one edge whose
// weight `aggregate` decides ('min' by default, 'max', 'sum', or 'count' the
// relationships); self-loops are left out.
#pragma once

#include "annals/graph.hpp"
#include "annals/procedure.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <set>

namespace annals::procedures::algo {

struct projected_edge {
  std::uint32_t from = 0, to = 0; // vertex numbers; for an undirected projection from < to
  rel_id rel = 0;                 // a relationship it stands for (for min/max: the one whose weight it has)
  double weight = 1.0;
};

struct projection {
  std::vector<node_id> nodes;        // vertex -> node id, ascending
  std::vector<projected_edge> edges; // sorted by (from, to), one per pair
  bool directed = true;
  bool weighted = false;
  std::size_t vertex_count() const { return nodes.size(); }
};

// The options of a call: the projection keys and the algorithm's own.
class call_options {
public:
  // Refuses keys outside `allowed` (with the projection keys) so a typo is an error, not a silent default.
  call_options(const value& map, const std::string& procedure, const std::set<std::string>& allowed);
  const value* find(const std::string& key) const;
  double number(const std::string& key, double fallback) const;
  std::int64_t integer(const std::string& key, std::int64_t fallback) const;
  std::string text(const std::string& key, const std::string& fallback) const;
  std::optional<node_id> node(const std::string& key) const;
  [[noreturn]] void fail(const std::string& detail, const std::string& message) const;
  const std::string& procedure() const { return procedure_; }

private:
  value_map map_;
  std::string procedure_;
};

// `force_undirected`: algorithms defined on undirected graphs (triangles,
// communities, k-core, …) ignore `direction`.
projection project(const procedure_context& ctx, const call_options& options, bool force_undirected = false);

// Vertex of a node in the projection; nullopt when the projection leaves it out.
std::optional<std::uint32_t> vertex_of(const projection& p, node_id n);

// The projection as a Boost compressed_sparse_row_graph: out-edges as
// projected (both ways when undirected), or reversed.
struct csr_edge {
  double weight = 1.0;
  std::uint32_t index = 0; // into projection::edges
};
using csr_graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, csr_edge>;
csr_graph out_graph(const projection& p);
csr_graph reversed_graph(const projection& p);

// Each vertex's neighbours, ascending, direction ignored (one entry per neighbour).
std::vector<std::vector<std::uint32_t>> undirected_neighbours(const projection& p);

// A node for error messages: its `name` property, else its id.
std::string describe_node(const graph& g, node_id n);

} // namespace annals::procedures::algo
