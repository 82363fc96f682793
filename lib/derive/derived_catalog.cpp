#include "derive/derived_catalog.hpp"

#include "annals/error.hpp"
#include "derive/column_types.hpp"
#include "derive/dependency_order.hpp"
#include "derive/evaluate_derived.hpp"
#include "derive/provenance.hpp"
#include "exec/cursor.hpp"
#include "parser/parser.hpp"
#include "values/utf8.hpp"

#include <algorithm>

namespace annals::derive {

namespace {

bool reads_only(const ast::parsed_query& q) {
  for (const auto& part : q.parts)
    for (const auto& c : part.clauses)
      if (c.kind != ast::clause_kind::match && c.kind != ast::clause_kind::with &&
          c.kind != ast::clause_kind::unwind && c.kind != ast::clause_kind::return_)
        return false;
  return true;
}

[[noreturn]] void bad_columns(const std::string& message) {
  throw semantic_error("SemanticError", "DerivedTypeColumns", message);
}

} // namespace

std::string derived_catalog::define(graph& g, const ast::parsed_statement& s, const std::string& script,
                                    const query_limits& limits) {
  const std::string& name = s.rel_table_def.name;
  derived_type d;
  d.name = name;
  d.query = s.query;
  d.script = script;
  d.statement = s.text;
  d.inputs = inputs_of(s.query);
  std::vector<dependency_node> defined;
  for (const auto& t : types_) defined.push_back({t.name, t.inputs.types});
  check_dependencies(defined, {name, d.inputs.types});
  if (!reads_only(s.query))
    throw semantic_error("SemanticError", "DerivedTypeWrites", "the query of a derived type may only read");
  add_provenance_column(d.query);
  // Planned now so that its names are checked at once, not at first use.
  const auto p = plan::plan_query(g, d.query, script, limits, plan::name_policy::intern, nullptr,
                                  plan::untyped_patterns::read_stored_types);
  if (p.columns.size() < 3) // from, to, and the provenance column
    bad_columns("the query of a derived type must return the from node and the to node first");

  // Its columns: declared ones keep their type, the others get the one their RETURN tells.
  rel_table t = s.rel_table_def;
  t.columns.clear();
  for (std::size_t i = 2; i + 1 < p.columns.size(); ++i) {
    const std::string& column_name = p.columns[i];
    if (column_name == citations_key)
      bad_columns("derived table " + name + " cannot return a column named " + citations_key +
                  ": its relationships keep there the citations of the facts they come from");
    const column* declared = s.rel_table_def.find(column_name);
    t.columns.push_back({column_name, declared ? declared->type : column_type(g, s.query, column_name)});
  }
  for (const auto& c : s.rel_table_def.columns)
    if (std::none_of(t.columns.begin(), t.columns.end(), [&](const column& x) { return x.name == c.name; }))
      bad_columns("derived table " + name + " declares the column " + c.name + ", which its query does not return");
  t.columns.push_back({citations_key, data_type{data_type::base::string, true}});
  g.declare(t);

  d.type = g.intern(name);
  for (const auto& l : d.inputs.labels) d.input_symbols.push_back(g.intern(l));
  for (const auto& ty : d.inputs.types)
    if (std::none_of(types_.begin(), types_.end(), [&](const derived_type& x) { return x.name == ty; }))
      d.input_symbols.push_back(g.intern(ty));
  types_.push_back(std::move(d));
  link();
  return name;
}

void derived_catalog::restore(graph& g, const std::vector<storage::stored_definition>& stored,
                              const std::string& file) {
  for (const auto& def : stored) {
    auto refuse = [&](const std::string& what) {
      throw load_error("LoadError", "BadDerivedType",
                       file + ": derived type " + def.name + " does not load: " + what + " (at byte " +
                           std::to_string(def.at) + ")",
                       source_position{0, 0, def.at});
    };
    // Only a definition of this very type may run: the file is data, not a script.
    try {
      values::require_utf8_query_text(def.statement, 0, def.statement.size());
      const auto spans = parser::split_script(def.statement);
      if (spans.size() != 1) refuse("its definition is not one statement");
      const auto parsed = parser::parse_statement(def.statement, spans[0]);
      if (parsed.kind != ast::statement_kind::create_derived_rel_table || parsed.rel_table_def.name != def.name)
        refuse("its definition is not CREATE DERIVED REL TABLE " + def.name);
      define(g, parsed, def.statement, query_limits{});
    } catch (const load_error&) {
      throw;
    } catch (const error& e) {
      refuse(e.category() + ": " + e.message());
    }
  }
}

void derived_catalog::check_drop(std::string_view table) const {
  for (const auto& d : types_)
    if (d.name != table && std::find(d.inputs.types.begin(), d.inputs.types.end(), table) != d.inputs.types.end())
      throw schema_error("SchemaError", "TableInUse",
                         "cannot drop " + std::string(table) + ": derived table " + d.name + " reads it");
}

void derived_catalog::forget(std::string_view table) {
  std::erase_if(types_, [&](const derived_type& d) { return d.name == table; });
  link();
}

std::vector<std::pair<std::string, std::string>> derived_catalog::definitions() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : types_) out.emplace_back(d.name, d.statement);
  return out;
}

// Each type's derived inputs by position; all of them come before it (dependency_order.hpp).
void derived_catalog::link() {
  for (std::size_t i = 0; i < types_.size(); ++i) {
    auto& d = types_[i];
    d.reads_derived.clear();
    for (std::size_t j = 0; j < i; ++j)
      if (std::find(d.inputs.types.begin(), d.inputs.types.end(), types_[j].name) != d.inputs.types.end())
        d.reads_derived.push_back(j);
  }
}

bool derived_catalog::is_stale(const graph& g, std::size_t i) const {
  const auto& d = types_[i];
  if (d.computed_at == never_computed) return true;
  if ((d.inputs.any_node || d.inputs.any_type) && g.version() != d.computed_at) return true;
  for (symbol s : d.input_symbols)
    if (g.changed_at(s) > d.computed_at) return true;
  for (std::size_t j : d.reads_derived)
    if (is_stale(g, j) || types_[j].content_at > d.computed_at) return true;
  return false;
}

namespace {

bool plan_reads(const plan::logical_plan& p, symbol type) {
  return p.reads_any_type || std::find(p.reads_types.begin(), p.reads_types.end(), type) != p.reads_types.end();
}

} // namespace

bool derived_catalog::stale(const graph& g, const plan::logical_plan* reader) const {
  for (std::size_t i = 0; i < types_.size(); ++i)
    if ((!reader || plan_reads(*reader, types_[i].type)) && is_stale(g, i)) return true;
  return false;
}

void derived_catalog::refresh(graph& g, const plan::logical_plan* reader, const query_limits& limits,
                              clock::time_point deadline) {
  std::vector<bool> needed(types_.size());
  for (std::size_t i = 0; i < types_.size(); ++i) needed[i] = !reader || plan_reads(*reader, types_[i].type);
  refresh_marked(g, std::move(needed), limits, deadline);
}

void derived_catalog::refresh(graph& g, const std::vector<std::string_view>& names, const query_limits& limits,
                              clock::time_point deadline) {
  std::vector<bool> needed(types_.size());
  for (std::size_t i = 0; i < types_.size(); ++i)
    needed[i] = names.empty() || std::find(names.begin(), names.end(), types_[i].name) != names.end();
  refresh_marked(g, std::move(needed), limits, deadline);
}

void derived_catalog::bring_up_to_date(std::span<const symbol> types, exec::eval_context& ctx) {
  std::vector<bool> needed(types_.size());
  bool any = false;
  for (std::size_t i = 0; i < types_.size(); ++i) {
    needed[i] = types.empty() || std::find(types.begin(), types.end(), types_[i].type) != types.end();
    any = any || (needed[i] && is_stale(ctx.g, i));
  }
  if (any) refresh_marked(ctx.g, std::move(needed), ctx.limits, ctx.deadline);
}

// Marks what the needed types read, then computes the stale ones in definition order.
void derived_catalog::refresh_marked(graph& g, std::vector<bool> needed, const query_limits& limits,
                                     clock::time_point deadline) {
  for (std::size_t i = types_.size(); i-- > 0;)
    if (needed[i])
      for (std::size_t j : types_[i].reads_derived) needed[j] = true;
  for (std::size_t i = 0; i < types_.size(); ++i) {
    if (!needed[i] || !is_stale(g, i)) continue;
    auto& d = types_[i];
    evaluate_derived(g, d, limits, deadline);
    d.computed_at = d.content_at = g.version(); // adding derived relationships does not move the version
  }
}

void derived_catalog::invalidate() {
  for (auto& d : types_) d.computed_at = never_computed;
}

void derived_catalog::forget_refreshed_since(graph& g, std::uint64_t version) {
  for (auto& d : types_)
    if (d.computed_at != never_computed && d.computed_at > version) {
      clear_derived(g, d.type);
      d.computed_at = never_computed;
    }
}

} // namespace annals::derive
