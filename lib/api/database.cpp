// The database: runs statements through the pipeline
// text -> parser -> (bind + plan) -> exec -> result, each statement all-or-nothing.
#include "annals/database.hpp"

#include "annals/csv_loader.hpp"
#include "annals/error.hpp"
#include "exec/cursor.hpp"
#include "parser/parser.hpp"
#include "plan/planner.hpp"

#include <chrono>

namespace annals {

namespace {

// A derived relationship type: its defining query, planned on use.
struct derived_type {
  std::string name;
  ast::parsed_query query;
  std::string script;    // the text its AST positions refer to
  std::string statement; // the CREATE DERIVED REL TABLE statement itself
  std::uint64_t computed_at = ~std::uint64_t{0};
};

struct compiled {
  ast::parsed_statement statement;
  plan::logical_plan plan;
  std::string script;
};

// Relationship types named anywhere in a query's patterns.
void collect_types(const ast::parsed_query& q, std::vector<std::string>& out) {
  auto from_parts = [&](const std::vector<ast::parsed_pattern_part>& parts) {
    for (const auto& p : parts)
      for (const auto& r : p.rels) out.insert(out.end(), r.types.begin(), r.types.end());
  };
  for (const auto& part : q.parts)
    for (const auto& c : part.clauses) {
      if (c.kind == ast::clause_kind::match) from_parts(c.match.pattern);
      if (c.kind == ast::clause_kind::create) from_parts(c.create.pattern);
      if (c.kind == ast::clause_kind::merge) from_parts({c.merge->pattern});
    }
}

} // namespace

struct database::engine {
  std::vector<derived_type> derived;
};

struct prepared_statement::impl {
  database* db;
  std::shared_ptr<compiled> statement;
};

database::database() : engine_(std::make_unique<engine>()) {}
database::~database() = default;

namespace {

result run_plan(database& db, const plan::logical_plan& p, ast::statement_mode mode, const value_map& params,
                const query_limits& limits) {
  result out(p.columns, {});
  if (mode == ast::statement_mode::explain) {
    out.set_plan(plan::explain(*p.root, false));
    return out;
  }
  graph& g = db.graph();
  exec::eval_context ctx(g, params, limits);
  ctx.slot_count = p.slot_count;
  if (limits.timeout.count() > 0) ctx.deadline = std::chrono::steady_clock::now() + limits.timeout;
  exec::profiling = mode == ast::statement_mode::profile;
  struct reset_profiling {
    ~reset_profiling() { exec::profiling = false; }
  } reset;
  auto root = exec::build_cursor(*p.root, ctx);
  root->reset(exec::row(p.slot_count));
  exec::row r;
  auto& rows = out.mutable_rows();
  while (root->next(r)) {
    if (!p.columns.empty()) rows.push_back(r);
    if (rows.size() > limits.max_result_rows)
      throw runtime_error("RuntimeError", "ResultRowsLimit",
                          "the query returns more than max_result_rows (" + std::to_string(limits.max_result_rows) +
                              ") rows; add a LIMIT or raise database::limits().max_result_rows");
    ctx.check_interrupt();
  }
  out.mutable_changes() = ctx.changes;
  if (mode == ast::statement_mode::profile) out.set_plan(plan::explain(*p.root, true));
  return out;
}

// Runs `f` as one transaction of the graph: all or nothing.
template <class F> result atomically(graph& g, F&& f) {
  g.begin();
  try {
    result r = f();
    g.commit();
    return r;
  } catch (...) {
    g.rollback();
    throw;
  }
}

} // namespace

std::vector<std::pair<std::string, std::string>> database::derived_definitions() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : engine_->derived) out.emplace_back(d.name, d.statement);
  return out;
}

namespace {

// Recomputes the stale derived types that `reader` reads (every one when it
// is null), and the derived types those read in turn. A query that reads no
// derived type never runs one, so a derived type that fails (a runaway
// definition) fails only the queries that read it.
void refresh_derived_types(database& db, const plan::logical_plan* reader, const query_limits& limits) {
  auto& derived = db.internals().derived;
  graph& g = db.graph();
  if (derived.empty()) return;
  auto reads = [&](const plan::logical_plan& p, const std::string& type) {
    const auto s = g.find_symbol(type);
    return p.reads_any_type || (s && std::find(p.reads_types.begin(), p.reads_types.end(), *s) != p.reads_types.end());
  };
  std::vector<bool> needed(derived.size(), reader == nullptr);
  if (reader)
    for (std::size_t i = 0; i < derived.size(); ++i) needed[i] = reads(*reader, derived[i].name);
  // Definition order is dependency order: a derived type reads only types defined before it.
  std::vector<plan::logical_plan> plans(derived.size());
  for (std::size_t i = derived.size(); i-- > 0;) {
    if (!needed[i] || derived[i].computed_at == g.version()) continue; // fresh: so are the types it read
    plans[i] = plan::plan_query(g, derived[i].query, derived[i].script, limits);
    for (std::size_t j = 0; j < i; ++j) needed[j] = needed[j] || reads(plans[i], derived[j].name);
  }
  for (std::size_t i = 0; i < derived.size(); ++i) {
    auto& d = derived[i];
    if (!needed[i] || d.computed_at == g.version()) continue;
    const auto& p = plans[i]; // planned above: every needed stale type is
    const symbol type = g.intern(d.name);
    g.clear_derived(type);
    value_map none;
    exec::eval_context ctx(g, none, limits);
    ctx.slot_count = p.slot_count;
    if (limits.timeout.count() > 0) ctx.deadline = std::chrono::steady_clock::now() + limits.timeout;
    auto root = exec::build_cursor(*p.root, ctx);
    root->reset(exec::row(p.slot_count));
    exec::row r;
    std::vector<std::pair<node_id, node_id>> pairs;
    std::vector<value_map> props;
    while (root->next(r)) {
      if (r.size() < 2 || !r[0].is<node_ref>() || !r[1].is<node_ref>()) continue;
      value_map m;
      for (std::size_t k = 2; k < r.size(); ++k)
        if (!r[k].is_null()) m.emplace(p.columns[k], r[k]);
      pairs.emplace_back(r[0].as<node_ref>().id, r[1].as<node_ref>().id);
      props.push_back(std::move(m));
    }
    for (std::size_t k = 0; k < pairs.size(); ++k) g.add_derived_relationship(pairs[k].first, pairs[k].second, type, props[k]);
    d.computed_at = g.version(); // adding derived relationships does not move the version
  }
}

} // namespace

void database::refresh_derived() { refresh_derived_types(*this, nullptr, limits_); }

namespace {

std::shared_ptr<compiled> compile(database& db, const std::string& script, parser::statement_span span,
                                  const query_limits& limits) {
  auto c = std::make_shared<compiled>();
  c->script = script;
  const auto depth = std::min<std::size_t>(limits.max_expression_depth, parser::hard_max_nesting_depth);
  c->statement = parser::parse_statement(c->script, span, static_cast<int>(depth));
  if (c->statement.kind == ast::statement_kind::query)
    c->plan = plan::plan_query(db.graph(), c->statement.query, c->script, limits);
  return c;
}

result run_ddl(database& db, database::engine& eng, const compiled& c) {
  const auto& s = c.statement;
  graph& g = db.graph();
  result out({"result"}, {});
  auto done = [&](std::string message) {
    out.mutable_rows().push_back({value(std::move(message))});
    return out;
  };
  switch (s.kind) {
  case ast::statement_kind::create_node_table:
    g.declare(s.node_table_def);
    return done("table " + s.node_table_def.name + " created");
  case ast::statement_kind::create_rel_table:
    g.declare(s.rel_table_def);
    return done("table " + s.rel_table_def.name + " created");
  case ast::statement_kind::create_derived_rel_table: {
    std::vector<std::string> types;
    collect_types(s.query, types);
    for (const auto& t : types)
      if (t == s.rel_table_def.name)
        throw semantic_error("SemanticError", "DerivedTypeCycle",
                             "derived type " + t + " cannot be defined in terms of itself");
    for (const auto& part : s.query.parts)
      for (const auto& cl : part.clauses)
        if (cl.kind != ast::clause_kind::match && cl.kind != ast::clause_kind::with &&
            cl.kind != ast::clause_kind::unwind && cl.kind != ast::clause_kind::return_)
          throw semantic_error("SemanticError", "DerivedTypeWrites", "the query of a derived type may only read");
    auto p = plan::plan_query(g, s.query, c.script, db.limits()); // checks names now, not at first use
    if (p.columns.size() < 2)
      throw semantic_error("SemanticError", "DerivedTypeColumns",
                           "the query of a derived type must return the from node and the to node first");
    rel_table t = s.rel_table_def;
    if (t.columns.empty())
      for (std::size_t i = 2; i < p.columns.size(); ++i) t.columns.push_back({p.columns[i], data_type{}});
    g.declare(t);
    eng.derived.push_back({t.name, s.query, c.script, s.text});
    return done("derived table " + t.name + " created");
  }
  case ast::statement_kind::drop_table: {
    auto& d = eng.derived;
    for (const auto& other : d) {
      std::vector<std::string> types;
      collect_types(other.query, types);
      if (other.name != s.table_name && std::find(types.begin(), types.end(), s.table_name) != types.end())
        throw schema_error("SchemaError", "TableInUse",
                           "cannot drop " + s.table_name + ": derived table " + other.name + " reads it");
    }
    g.drop_table(s.table_name);
    d.erase(std::remove_if(d.begin(), d.end(), [&](const derived_type& x) { return x.name == s.table_name; }), d.end());
    return done("table " + s.table_name + " dropped");
  }
  case ast::statement_kind::copy_from: {
    csv_load_stats stats;
    if (g.schema().find_rel_table(s.table_name)) stats = load_csv_relationships(g, s.table_name, s.file);
    else stats = load_csv_nodes(g, s.table_name, s.file);
    return done(std::to_string(stats.rows) + " rows loaded into " + s.table_name);
  }
  case ast::statement_kind::query: break;
  }
  return out;
}

result run_compiled(database& db, database::engine& eng, const compiled& c, const value_map& params,
                    const query_limits& limits) {
  if (c.statement.kind != ast::statement_kind::query)
    return atomically(db.graph(), [&] { return run_ddl(db, eng, c); });
  refresh_derived_types(db, &c.plan, limits);
  return atomically(db.graph(), [&] { return run_plan(db, c.plan, c.statement.mode, params, limits); });
}

} // namespace

result database::execute(std::string_view text) {
  const std::string script(text);
  result last;
  for (const auto& span : parser::split_script(script)) {
    auto c = compile(*this, script, span, limits_);
    last = run_compiled(*this, *engine_, *c, {}, limits_);
  }
  return last;
}

result database::query(std::string_view text, const value_map& parameters) { return query(text, parameters, limits_); }

result database::query(std::string_view text, const value_map& parameters, const query_limits& limits) {
  const std::string script(text);
  const auto spans = parser::split_script(script);
  if (spans.empty())
    throw syntax_error("SyntaxError", "UnexpectedSyntax", "unexpected end of input, expected a statement",
                       source_position{1, 1, 0}, line_at(script, 0));
  result last;
  for (const auto& span : spans) {
    auto c = compile(*this, script, span, limits);
    last = run_compiled(*this, *engine_, *c, parameters, limits);
  }
  return last;
}

std::vector<error> database::check(std::string_view text) {
  const std::string script(text);
  std::vector<error> errors;
  // A scratch database with the same tables, so DDL in the script applies
  // to the statements after it without touching this one.
  database scratch;
  for (const auto& [name, t] : graph_.schema().node_tables()) scratch.declare(t);
  for (const auto& [name, t] : graph_.schema().rel_tables())
    if (!t.is_derived()) scratch.declare(t);
  for (const auto& span : parser::split_script(script)) {
    try {
      auto c = compile(scratch, script, span, limits_);
      if (c->statement.kind != ast::statement_kind::query && c->statement.kind != ast::statement_kind::copy_from)
        run_ddl(scratch, *scratch.engine_, *c);
    } catch (const error& e) {
      errors.push_back(e);
    }
  }
  return errors;
}

prepared_statement database::prepare(std::string_view text) {
  const std::string script(text);
  const auto spans = parser::split_script(script);
  if (spans.size() != 1)
    throw syntax_error("SyntaxError", "UnexpectedSyntax", "prepare() takes exactly one statement");
  auto p = std::make_unique<prepared_statement::impl>();
  p->db = this;
  p->statement = compile(*this, script, spans[0], limits_);
  return prepared_statement(std::move(p));
}

prepared_statement::prepared_statement(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
prepared_statement::prepared_statement(prepared_statement&&) noexcept = default;
prepared_statement& prepared_statement::operator=(prepared_statement&&) noexcept = default;
prepared_statement::~prepared_statement() = default;

result prepared_statement::run(const value_map& parameters) { return run(parameters, impl_->db->limits()); }

result prepared_statement::run(const value_map& parameters, const query_limits& limits) {
  return run_compiled(*impl_->db, impl_->db->internals(), *impl_->statement, parameters, limits);
}

const std::vector<std::string>& prepared_statement::columns() const { return impl_->statement->plan.columns; }

} // namespace annals
