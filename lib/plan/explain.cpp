#include "plan/logical_operator.hpp"

namespace annals::plan {
namespace {

const char* name_of(op_kind k) {
  switch (k) {
  case op_kind::argument: return "Argument";
  case op_kind::node_scan: return "NodeScan";
  case op_kind::node_seek: return "NodeIndexSeek";
  case op_kind::expand: return "Expand";
  case op_kind::var_expand: return "VarLengthExpand";
  case op_kind::shortest_path: return "ShortestPath";
  case op_kind::filter: return "Filter";
  case op_kind::optional: return "Optional";
  case op_kind::hash_join: return "HashJoin";
  case op_kind::semi_apply: return "SemiApply";
  case op_kind::unwind: return "Unwind";
  case op_kind::project: return "Project";
  case op_kind::aggregate: return "Aggregate";
  case op_kind::distinct: return "Distinct";
  case op_kind::sort: return "Sort";
  case op_kind::skip_limit: return "SkipLimit";
  case op_kind::create: return "Create";
  case op_kind::merge: return "Merge";
  case op_kind::set: return "Set";
  case op_kind::remove: return "Remove";
  case op_kind::delete_: return "Delete";
  case op_kind::eager: return "Eager";
  case op_kind::union_: return "Union";
  case op_kind::produce: return "Produce";
  case op_kind::path_build: return "PathBuild";
  case op_kind::derived_scan: return "DerivedScan";
  case op_kind::procedure_call: return "ProcedureCall";
  }
  return "?";
}

void print(const logical_operator& op, int depth, const profile_counters* profile, std::string& out) {
  out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
  std::string name = name_of(op.kind);
  if (op.kind == op_kind::sort && op.limit) name = "TopK";
  out += name;
  if (!op.detail.empty()) out += " " + op.detail;
  if (op.kind == op_kind::produce && !op.columns.empty()) {
    std::string cols;
    for (const auto& c : op.columns) cols += (cols.empty() ? "" : ", ") + c;
    out += " [" + cols + "]";
  }
  if (profile) {
    const auto it = profile->find(&op);
    const op_counters c = it == profile->end() ? op_counters{} : it->second;
    out += "  (rows: " + std::to_string(c.rows) + ", time: " + std::to_string(c.nanos / 1000) + " us)";
  }
  out += "\n";
  for (const auto& c : op.children) print(*c, depth + 1, profile, out);
}

} // namespace

std::string explain(const logical_operator& root, const profile_counters* profile) {
  std::string out;
  print(root, 0, profile, out);
  return out;
}

} // namespace annals::plan
