// The database: runs statements through the pipeline
// text -> parser -> (bind + plan) -> exec -> result, each statement all-or-nothing.
//
// Concurrency (the model is documented in include/annals/database.hpp): one
// readers-writer lock per database (api/statement_lock.hpp). Parsing needs no lock; planning and read
// statements hold it shared; write statements, DDL, derived-type refreshes
// and planning that must add a new name to the symbol table hold it
// exclusively. Reads never touch the graph's undo journal, and everything a
// run changes (counters, caches, PROFILE times) lives in its eval_context.
#include "annals/database.hpp"

#include "annals/csv_loader.hpp"
#include "annals/error.hpp"
#include "api/error_boundary.hpp"
#include "values/footprint.hpp"
#include "api/result_access.hpp"
#include "api/statement_lock.hpp"
#include "derive/derived_catalog.hpp"
#include "exec/cursor.hpp"
#include "parser/parser.hpp"
#include "plan/planner.hpp"
#include "export/ddl.hpp"
#include "storage/change_log.hpp"
#include "storage/script_file.hpp"
#include "storage/snapshot_io.hpp"
#include "storage/write_ahead_log.hpp"
#include "values/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <shared_mutex> // std::shared_lock

namespace annals {

namespace {

using clock = std::chrono::steady_clock;

// A parsed statement and, for queries, its plan. Immutable once made, so
// threads share it; `schema_epoch` says which schema the plan was made for.
struct compiled {
  std::string script;
  ast::parsed_statement statement;
  plan::logical_plan plan;
  std::uint64_t schema_epoch = 0;
};
using compiled_ptr = std::shared_ptr<const compiled>;

clock::time_point deadline_of(const query_limits& limits) {
  return limits.timeout.count() > 0 ? clock::now() + limits.timeout : clock::time_point::max();
}

// Throws when a statement waiting for its turn was cancelled or ran out of time.
void check_waiting(const query_limits& limits, clock::time_point deadline) {
  if (limits.cancel && limits.cancel->load()) throw runtime_error("RuntimeError", "Cancelled", "query cancelled");
  if (clock::now() >= deadline)
    throw runtime_error("RuntimeError", "Timeout",
                        "query waited longer than the time limit of " + std::to_string(limits.timeout.count()) +
                            " ms for another statement to finish; raise database::limits().timeout");
}

} // namespace

struct detail::database_engine {
  explicit database_engine(database& db) : owner(&db) {}

  database* owner;                 // null once the database is destroyed
  detail::statement_lock lock;     // readers shared, writers exclusive
  derive::derived_catalog derived; // the derived relationship types (lib/derive/)
  std::uint64_t schema_epoch = 0;  // bumped by every schema change: prepared plans compare it

  // A durable database: its snapshot, its log, and the running writer's changes.
  std::filesystem::path snapshot;
  std::unique_ptr<storage::write_ahead_log> log;
  durability_options durability;
  std::string changes;
  std::vector<std::string> notes; // recovery_notes()

  annals::graph& g() { return owner->graph_; }

  // Runs one write as a transaction: all or nothing in memory and, in a
  // durable database, logged and on disk before it returns. The caller holds
  // the lock exclusively. `statement` is the DDL text to log, if any.
  template <class F> auto write(F&& f, std::string_view statement = {}) {
    annals::graph& gr = g();
    if (log) {
      changes.clear();
      storage::record_changes(gr, &changes);
    }
    struct stop_recording {
      annals::graph& gr;
      ~stop_recording() { storage::record_changes(gr, nullptr); }
    } stop{gr};
    gr.begin();
    try {
      auto r = f();
      if (log) {
        if (!statement.empty()) storage::log_statement(changes, statement);
        if (!changes.empty()) log->append(changes); // acknowledged once this returns
      }
      gr.commit();
      if (log && log->size() > durability.checkpoint_bytes) checkpoint_after_commit();
      return r;
    } catch (...) {
      gr.rollback();
      throw;
    }
  }

  // Writes the graph into the snapshot and empties the log. The caller holds the lock.
  void checkpoint() {
    storage::save_snapshot(g(), derived.definitions(), snapshot);
    log->reset(storage::identify_snapshot(snapshot));
  }
  // The statement is committed and in the log: a checkpoint that fails now
  // loses nothing, so it is noted and tried again after the next commit.
  void checkpoint_after_commit() noexcept {
    try {
      checkpoint();
    } catch (const std::exception& e) {
      notes.push_back(std::string("checkpoint failed (the log keeps every statement): ") + e.what());
    }
  }

  // The lock, honouring `limits`; throws DatabaseClosed once the database is gone.
  std::shared_lock<detail::statement_lock> read_lock(const query_limits& limits, clock::time_point deadline) {
    lock.lock_shared([&] { check_waiting(limits, deadline); });
    std::shared_lock lk(lock, std::adopt_lock);
    check_open();
    return lk;
  }
  std::unique_lock<detail::statement_lock> write_lock(const query_limits& limits, clock::time_point deadline) {
    lock.lock([&] { check_waiting(limits, deadline); });
    std::unique_lock lk(lock, std::adopt_lock);
    check_open();
    return lk;
  }
  void check_open() const {
    if (!owner)
      throw runtime_error("RuntimeError", "DatabaseClosed",
                          "the database of this prepared statement was destroyed; prepare it again on an open database");
  }
};

struct prepared_statement::impl {
  std::shared_ptr<detail::database_engine> eng;
  std::mutex replan; // guards `statement` when a run plans it again
  compiled_ptr statement;
};

database::database() : engine_(std::make_shared<detail::database_engine>(*this)) {}

database::~database() {
  // Prepared statements that outlive the database find it closed. A run in
  // progress on another thread holds the lock: this waits for it.
  std::unique_lock lk(engine_->lock);
  // Like SQLite's last connection closing: the next open need not replay.
  if (engine_->log && !engine_->log->empty()) engine_->checkpoint_after_commit();
  engine_->owner = nullptr;
}

namespace {

// `derived`, for a write statement: patterns over derived types bring them up to date as they go.
result run_plan(graph& g, const plan::logical_plan& p, ast::statement_mode mode, const value_map& params,
                const query_limits& limits, clock::time_point deadline, exec::derived_refresher* derived = nullptr) {
  result out(p.columns, {});
  if (mode == ast::statement_mode::explain) {
    detail::result_access::set_explained(out, plan::explain(*p.root));
    return out;
  }
  exec::eval_context ctx(g, params, limits);
  ctx.slot_count = p.slot_count;
  ctx.deadline = deadline;
  ctx.profile = mode == ast::statement_mode::profile;
  ctx.derived = derived;
  auto root = exec::build_cursor(*p.root, ctx);
  root->reset(exec::row(p.slot_count));
  exec::row r;
  auto& rows = detail::result_access::rows(out);
  while (root->next(r)) {
    if (!p.columns.empty()) {
      ctx.charge(footprint(r), "the result");
      rows.push_back(r);
    }
    if (rows.size() > limits.max_result_rows)
      throw runtime_error("RuntimeError", "ResultRowsLimit",
                          "the query returns more than max_result_rows (" + std::to_string(limits.max_result_rows) +
                              ") rows; add a LIMIT or raise database::limits().max_result_rows");
    ctx.check_interrupt();
  }
  detail::result_access::changes(out) = ctx.changes;
  if (ctx.profile) detail::result_access::set_plan(out, plan::explain(*p.root, &ctx.counters));
  return out;
}

bool is_ddl(const ast::parsed_statement& s) {
  return s.kind != ast::statement_kind::query && s.kind != ast::statement_kind::copy_from;
}

// Parses one statement; no lock needed.
std::shared_ptr<compiled> parse(const std::string& script, parser::statement_span span, const query_limits& limits) {
  auto c = std::make_shared<compiled>();
  c->script = script;
  const auto depth = std::min<std::size_t>(limits.max_expression_depth, parser::hard_max_nesting_depth);
  c->statement = parser::parse_statement(c->script, span, static_cast<int>(depth));
  return c;
}

// `c` planned (again) for the current schema. Under a shared lock, pass
// name_policy::existing_only: a query naming a label or type never seen
// throws plan::needs_new_names, and the caller plans it as a writer.
compiled_ptr plan_for(graph& g, std::uint64_t epoch, const compiled_ptr& c, const query_limits& limits,
                      plan::name_policy names, const procedure_registry* procedures) {
  if (c->schema_epoch == epoch && (c->statement.kind != ast::statement_kind::query || c->plan.root)) return c;
  auto fresh = std::make_shared<compiled>(*c);
  if (fresh->statement.kind == ast::statement_kind::query)
    fresh->plan = plan::plan_query(g, fresh->statement.query, fresh->script, limits, names, procedures);
  fresh->schema_epoch = epoch;
  return fresh;
}

result run_ddl(detail::database_engine& eng, const compiled& c, const query_limits& limits, clock::time_point deadline) {
  const auto& s = c.statement;
  graph& g = eng.g();
  result out({"result"}, {});
  auto done = [&](std::string message) {
    detail::result_access::rows(out).push_back({value(std::move(message))});
    return out;
  };
  switch (s.kind) {
  case ast::statement_kind::create_node_table:
    g.declare(s.node_table_def);
    return done("table " + s.node_table_def.name + " created");
  case ast::statement_kind::create_rel_table:
    g.declare(s.rel_table_def);
    return done("table " + s.rel_table_def.name + " created");
  case ast::statement_kind::create_derived_rel_table:
    return done("derived table " + eng.derived.define(g, s, c.script, eng.owner->limits()) + " created");
  case ast::statement_kind::drop_table:
    eng.derived.check_drop(s.table_name);
    g.drop_table(s.table_name);
    eng.derived.forget(s.table_name);
    return done("table " + s.table_name + " dropped");
  case ast::statement_kind::copy_from: {
    auto options = s.copy_options;
    options.import = eng.owner->imports();
    options.interrupt = [&] {
      if (limits.cancel && limits.cancel->load()) throw runtime_error("RuntimeError", "Cancelled", "query cancelled");
      if (clock::now() > deadline)
        throw runtime_error("RuntimeError", "Timeout",
                            "COPY ran longer than the time limit of " + std::to_string(limits.timeout.count()) +
                                " ms; raise database::limits().timeout");
    };
    const auto stats = copy_csv(g, s.table_name, s.files, options);
    for (auto& line : copy_report(s.table_name, stats)) detail::result_access::rows(out).push_back({value(std::move(line))});
    return out;
  }
  case ast::statement_kind::query: break;
  }
  return out;
}

// Runs one parsed statement under the concurrency model. `c` is replaced by
// its plan for the current schema (prepared statements keep that one).
result run_statement(detail::database_engine& eng, compiled_ptr& c, const value_map& params, const query_limits& limits) {
  const auto deadline = deadline_of(limits);
  const compiled_ptr parsed = c; // keeps `s` alive while `c` is replaced by a newer plan
  const auto& s = parsed->statement;
  const bool query = s.kind == ast::statement_kind::query;
  if (query) {
    // Optimistically a reader: most statements are, and readers run side by side.
    auto lk = eng.read_lock(limits, deadline);
    graph& g = eng.g();
    try {
      c = plan_for(g, eng.schema_epoch, c, limits, plan::name_policy::existing_only,
                   eng.owner ? &eng.owner->procedures() : nullptr);
      const bool reads_only = !c->plan.writes || s.mode == ast::statement_mode::explain;
      if (reads_only && !eng.derived.stale(g, &c->plan))
        return run_plan(g, c->plan, s.mode, params, limits, deadline);
    } catch (const plan::needs_new_names&) {
      // planned below, as a writer
    }
  }
  // A writer: write statements, DDL, COPY, and readers that must first add a
  // name to the symbol table or refresh a derived type.
  auto lk = eng.write_lock(limits, deadline);
  graph& g = eng.g();
  if (!query) {
    result r = eng.write([&] { return run_ddl(eng, *c, limits, deadline); }, is_ddl(s) ? std::string_view(s.text) : std::string_view{});
    if (is_ddl(s)) {
      ++eng.schema_epoch;
      eng.derived.invalidate();
    }
    return r;
  }
  c = plan_for(g, eng.schema_epoch, c, limits, plan::name_policy::intern,
               eng.owner ? &eng.owner->procedures() : nullptr);
  eng.derived.refresh(g, &c->plan, limits, deadline);
  if (!c->plan.writes || s.mode == ast::statement_mode::explain)
    return run_plan(g, c->plan, s.mode, params, limits, deadline);
  // A write statement's later patterns see its earlier writes in derived types too.
  exec::derived_refresher* refresher = eng.derived.empty() ? nullptr : &eng.derived;
  const auto before = g.version();
  try {
    return eng.write([&] { return run_plan(g, c->plan, s.mode, params, limits, deadline, refresher); });
  } catch (...) {
    eng.derived.forget_refreshed_since(g, before);
    throw;
  }
}

} // namespace

std::vector<std::pair<std::string, std::string>> database::derived_definitions() const {
  std::shared_lock lk(engine_->lock);
  return engine_->derived.definitions();
}

void database::refresh_derived() {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  engine_->derived.refresh(graph_, nullptr, limits_, deadline_of(limits_));
}

void database::refresh_derived(std::initializer_list<std::string_view> types) {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  engine_->derived.refresh(graph_, std::vector<std::string_view>(types), limits_, deadline_of(limits_));
}

result database::load_script(const std::filesystem::path& file) {
  const std::string text = storage::read_script_file(file);
  try {
    return execute(text);
  } catch (error& e) {
    if (e.file().empty()) e.set_file(file.string());
    throw;
  }
}

std::vector<std::filesystem::path> database::load_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw load_error("LoadError", "CannotRead", "cannot read " + dir.string() + ": not a folder");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".cypher" && entry.is_regular_file()) files.push_back(entry.path());
  if (ec) throw load_error("LoadError", "CannotRead", "cannot read " + dir.string() + ": " + ec.message());
  if (files.empty()) throw load_error("LoadError", "NoScripts", "no .cypher scripts in " + dir.string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) load_script(f);
  return files;
}

result database::execute(std::string_view text) {
  const std::string script(text);
  values::require_utf8_query_text(script, 0, script.size()); // comments between statements too: none of it runs
  result last;
  for (const auto& span : parser::split_script(script)) {
    compiled_ptr c = parse(script, span, limits_);
    last = detail::at_api_boundary([&] { return run_statement(*engine_, c, {}, limits_); });
  }
  return last;
}

result database::query(std::string_view text, const value_map& parameters) { return query(text, parameters, limits_); }

result database::query(std::string_view text, const value_map& parameters, const query_limits& limits) {
  const std::string script(text);
  values::require_utf8_query_text(script, 0, script.size()); // comments between statements too: none of it runs
  const auto spans = parser::split_script(script);
  if (spans.empty())
    throw syntax_error("SyntaxError", "UnexpectedSyntax", "unexpected end of input, expected a statement",
                       source_position{1, 1, 0}, line_at(script, 0));
  result last;
  for (const auto& span : spans) {
    compiled_ptr c = parse(script, span, limits);
    last = detail::at_api_boundary([&] { return run_statement(*engine_, c, parameters, limits); });
  }
  return last;
}

std::vector<error> database::check(std::string_view text) {
  const std::string script(text);
  std::vector<error> errors;
  // As in execute(): text that is not UTF-8 runs none of its statements, so that is the one error.
  try {
    values::require_utf8_query_text(script, 0, script.size());
  } catch (const error& e) {
    return {e};
  }
  // A scratch database with the same tables, so DDL in the script applies
  // to the statements after it without touching this one.
  database scratch;
  {
    std::shared_lock lk(engine_->lock);
    for (const auto& [name, t] : graph_.schema().node_tables()) scratch.graph_.declare(t);
    for (const auto& [name, t] : graph_.schema().rel_tables())
      if (!t.is_derived()) scratch.graph_.declare(t);
  }
  for (const auto& span : parser::split_script(script)) {
    try {
      auto c = parse(script, span, limits_);
      if (c->statement.kind == ast::statement_kind::query)
        plan::plan_query(scratch.graph_, c->statement.query, c->script, limits_);
      else if (is_ddl(c->statement))
        run_ddl(*scratch.engine_, *c, limits_, deadline_of(limits_));
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
  p->eng = engine_;
  auto c = parse(script, spans[0], limits_);
  c->schema_epoch = ~std::uint64_t{0}; // never planned yet
  compiled_ptr planned = c;
  if (c->statement.kind == ast::statement_kind::query) {
    // Planned now, so errors in the query show here rather than at the first run.
    auto lk = engine_->write_lock(limits_, deadline_of(limits_));
    planned = plan_for(graph_, engine_->schema_epoch, planned, limits_, plan::name_policy::intern, &procedures_);
  }
  p->statement = planned;
  return prepared_statement(std::move(p));
}

void database::declare(node_table t) {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  const std::string ddl = detail::node_table_ddl(t);
  engine_->write([&] { return (graph_.declare(std::move(t)), 0); }, ddl);
  ++engine_->schema_epoch;
}

void database::declare(rel_table t) {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  const std::string ddl = detail::rel_table_ddl(t);
  engine_->write([&] { return (graph_.declare(std::move(t)), 0); }, ddl);
  ++engine_->schema_epoch;
}

node_id database::add_node(const std::vector<std::string>& labels, const value_map& properties) {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  return engine_->write([&] { return graph_.add_node(labels, properties); });
}

rel_id database::add_relationship(node_id from, node_id to, std::string_view type, const value_map& properties) {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  return engine_->write([&] { return graph_.add_relationship(from, to, type, properties); });
}

std::optional<node_id> database::find_node(std::string_view label, const value& key) const {
  std::shared_lock lk(engine_->lock);
  return graph_.find_node(label, key);
}

void database::save(const std::filesystem::path& file) const {
  std::error_code ec;
  if (engine_->log && std::filesystem::equivalent(file, engine_->snapshot, ec)) {
    // Its own snapshot: written as a checkpoint, so that the log follows it.
    std::unique_lock lk(engine_->lock);
    engine_->checkpoint();
    return;
  }
  // Shared while the bytes are written: readers go on, writers wait, so the file
  // holds one state. The fsync and the rename wait for the disk, not for the
  // graph: writers go on meanwhile.
  std::unique_ptr<storage::atomic_file> written;
  {
    std::shared_lock lk(engine_->lock);
    written = storage::write_snapshot_file(graph_, engine_->derived.definitions(), file);
  }
  storage::publish_snapshot(*written);
}

void database::open(const std::filesystem::path& file) {
  database fresh;
  std::vector<storage::stored_definition> definitions;
  {
    std::shared_lock lk(engine_->lock);
    definitions = storage::load_snapshot(fresh.graph_, graph_.symbols(), file);
  }
  // Storage hands back the definitions as text: defined again here, over the loaded data,
  // with the dependency checks every definition gets.
  fresh.engine_->derived.restore(fresh.graph_, definitions, file.string());
  std::unique_lock lk(engine_->lock);
  storage::swap_graphs(graph_, fresh.graph_);
  engine_->derived.swap(fresh.engine_->derived);
  engine_->derived.invalidate();
  ++engine_->schema_epoch;
  // A durable database now holds what the file held: make that its state on disk.
  if (engine_->log) engine_->checkpoint();
}

database::database(const std::filesystem::path& file, const durability_options& options)
    : engine_(std::make_shared<detail::database_engine>(*this)) {
  auto& eng = *engine_;
  eng.snapshot = file;
  eng.durability = options;
  // A directory, device or FIFO is no snapshot: refused before a log is made beside it.
  if (std::error_code ec; std::filesystem::exists(file, ec) && !std::filesystem::is_regular_file(file, ec))
    throw load_error("LoadError", "CannotRead",
                     file.string() + ": cannot read: " +
                         (std::filesystem::is_directory(file, ec) ? "it is a directory" : "not a regular file"));
  const std::filesystem::path log_file = file.string() + ".wal";
  std::error_code ec;
  const bool log_was_there = std::filesystem::exists(log_file, ec);
  // The log first: it is the lock that keeps a second process out.
  auto log = std::make_unique<storage::write_ahead_log>(log_file);
  const bool exists = std::filesystem::exists(file, ec);
  if (!exists) {
    if (log->size() > 0)
      throw load_error("LoadError", "SnapshotMissing",
                       file.string() + ": the snapshot is missing but its log " + log->path().string() +
                           " is not empty; restore the snapshot, or remove the log to start an empty database");
    storage::save_snapshot(graph_, {}, file);
  } else {
    try {
      open(file);
    } catch (...) {
      // Not a snapshot after all: leave no log of ours beside it.
      if (!log_was_there && log->size() == 0) std::filesystem::remove(log_file, ec);
      throw;
    }
  }
  auto recovered = log->recover(storage::identify_snapshot(file));
  eng.notes = std::move(recovered.notes);
  // Each record is one statement, replayed as one transaction of its own.
  for (const auto& r : recovered.records) {
    std::unique_lock lk(eng.lock);
    graph_.begin();
    try {
      storage::replay_changes(graph_, r.payload, log->path().string(), r.offset, [&](const std::string& text) {
        compiled_ptr c = parse(text, parser::statement_span{0, text.size()}, limits_);
        run_ddl(eng, *c, limits_, clock::time_point::max()); // recovery runs to the end
        ++eng.schema_epoch;
      });
      graph_.commit();
    } catch (...) {
      graph_.rollback();
      throw;
    }
  }
  eng.log = std::move(log);
}

bool database::durable() const { return engine_->log != nullptr; }

void database::checkpoint() {
  auto lk = engine_->write_lock(limits_, deadline_of(limits_));
  if (!engine_->log)
    throw runtime_error("RuntimeError", "NotDurable",
                        "checkpoint() needs a durable database: open it with annals::database db(\"file\")");
  engine_->checkpoint();
}

std::vector<std::string> database::recovery_notes() const {
  std::shared_lock lk(engine_->lock);
  return engine_->notes;
}

prepared_statement::prepared_statement(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
prepared_statement::prepared_statement(prepared_statement&&) noexcept = default;
prepared_statement& prepared_statement::operator=(prepared_statement&&) noexcept = default;
prepared_statement::~prepared_statement() = default;

result prepared_statement::run(const value_map& parameters) {
  query_limits limits;
  {
    std::shared_lock lk(impl_->eng->lock);
    impl_->eng->check_open();
    limits = impl_->eng->owner->limits();
  }
  return run(parameters, limits);
}

result prepared_statement::run(const value_map& parameters, const query_limits& limits) {
  compiled_ptr c;
  {
    std::lock_guard g(impl_->replan);
    c = impl_->statement;
  }
  // run_statement plans `c` again when the schema changed; the new plan serves the next runs.
  const compiled_ptr before = c;
  result r = detail::at_api_boundary([&] { return run_statement(*impl_->eng, c, parameters, limits); });
  if (c != before) {
    std::lock_guard g(impl_->replan);
    impl_->statement = c;
  }
  return r;
}

const std::vector<std::string>& prepared_statement::columns() const { return impl_->statement->plan.columns; }

} // namespace annals
