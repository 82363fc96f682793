// annals::database: a typed property graph and the query language over it.
//
//   annals::database db;
//   db.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
//   db.execute("CREATE (:Person {name: 'Benito Juárez'})");
//   for (const auto& row : db.query("MATCH (p:Person) RETURN p.name"))
//     std::cout << row[0].as<std::string>() << '\n';
//
// Threads. Any number of threads may call execute(), query(), check(),
// prepare(), save(), load_script(), load_directory(), derived_definitions() and the locked graph calls
// (declare, add_node, add_relationship, find_node, refresh_derived) on one
// database at once, and run prepared statements, one prepared statement from
// several threads too. The model is SQLite's WAL mode and Kùzu's:
//   - read statements run concurrently, each on one consistent state: a
//     reader never sees part of a write statement;
//   - write statements (CREATE, MERGE, SET, REMOVE, DELETE, DDL, COPY) run one
//     at a time, each all-or-nothing whatever other threads do; a statement
//     waiting for the writer's turn (or for readers to finish) honours its
//     timeout and its cancel flag;
//   - save() writes one consistent state; writers wait while it writes,
//     readers go on.
// A statement is a write when its plan writes (EXPLAIN of a write is a read).
// The first read that needs a stale derived type brings it up to date as a
// writer would, once for everyone.
// Not synchronised: graph() (the graph API and its BGL adaptors read the
// graph directly; use them while no thread writes, or in a single-threaded
// program), limits() (set them before sharing the database), open(), and
// destroying the database while other threads still use it.
//
// Stack. Parsing, binding and evaluating recurse once per level of nesting,
// on the calling thread. A thread that runs queries needs about 64 KB plus
// 4 KB per level of limits().max_expression_depth: 864 KB at the default of
// 200 (a program's main thread on Linux has 8 MB; give pool threads 1 MB).
// On a thread with less, a query nested too deep for it ends with a
// StackExhausted error (checked against the thread's real stack), never a
// crash; tests/parser/stack_test.cpp measures the figures. (Under
// AddressSanitizer frames are about ten times larger, and so are the figures.)
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/error.hpp"
#include "annals/graph.hpp"
#include "annals/import_policy.hpp"
#include "annals/limits.hpp"
#include "annals/procedure.hpp"
#include "annals/result.hpp"
#include "annals/schema.hpp"

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace annals {

class prepared_statement;
namespace detail {
struct database_engine; // the query pipeline's state and the lock (lib/api/database.cpp)
}

// How a durable database keeps its log short (database(path, options)).
struct durability_options {
  // After a commit that leaves the log larger than this, the log is
  // checkpointed: written into the snapshot and emptied.
  std::uint64_t checkpoint_bytes = std::uint64_t{64} << 20;
};

class database {
public:
  // An in-memory database: nothing is kept unless save() writes a snapshot.
  database();
  // A durable database kept in the snapshot `file` and its write-ahead log
  // `file.wal` (created when missing). Every write statement that returns has
  // been appended to the log and flushed to disk; opening replays the log on
  // the snapshot, so a crash at any moment loses no acknowledged statement and
  // shows no unacknowledged one. A torn log tail is cut off (recovery_notes()
  // says where). One process at a time: a second opener gets runtime_error
  // DatabaseLocked. Throws load_error for a damaged snapshot or log.
  explicit database(const std::filesystem::path& file, const durability_options& options = {});
  ~database(); // a durable database checkpoints its log first (best effort)
  database(const database&) = delete;
  database& operator=(const database&) = delete;

  // ---- the query language ----------------------------------------------------
  // Runs a script: one or more statements separated by ';' (`//` comments
  // allowed). Returns the result of the last statement. Each statement is
  // all-or-nothing.
  result execute(std::string_view text);
  // Runs one statement with parameters ($name).
  result query(std::string_view text, const value_map& parameters = {});
  // The same under limits of its own instead of the database's.
  result query(std::string_view text, const value_map& parameters, const query_limits& limits);
  // Runs the script in `file` as execute() does and returns its last result.
  // A file that cannot be read throws load_error, so does one that is not a
  // regular file (a FIFO or /dev/zero, refused at once) or is over 256 MiB
  // (ScriptTooBig: load bulk data with COPY); an error in a statement is
  // thrown with error::file() naming the file (its position is in the file).
  // Statements before the failing one stay done, as with execute().
  // Thread-safe like execute(): each statement is one transaction.
  result load_script(const std::filesystem::path& file);
  // Runs every `*.cypher` file directly in `dir`, in name order (number
  // them: 00-schema.cypher, 10-people.cypher, …), and returns the files run.
  // A folder that is missing or holds no .cypher file throws load_error; the
  // first failing file ends the load, as load_script() does. Thread-safe like execute().
  std::vector<std::filesystem::path> load_directory(const std::filesystem::path& dir);

  // Parses and binds every statement of a script without running it (later
  // statements see the tables that earlier DDL statements declare). Returns
  // every error found, with positions in `text`.
  std::vector<error> check(std::string_view text);
  // Parses, binds and plans once; run it many times with different parameters.
  prepared_statement prepare(std::string_view text);

  // ---- the graph, through the C++ API ---------------------------------------
  // Each of these is one write (or read) statement's worth: locked as one,
  // all-or-nothing, and (in a durable database) logged as one.
  void declare(node_table t);
  void declare(rel_table t);
  // Not synchronised: the schema changes only under DDL, so read it while no thread declares.
  const annals::schema& schema() const { return graph_.schema(); }
  node_id add_node(const std::vector<std::string>& labels, const value_map& properties = {});
  rel_id add_relationship(node_id from, node_id to, std::string_view type, const value_map& properties = {});
  std::optional<node_id> find_node(std::string_view label, const value& key) const;
  // The graph itself, unlocked (see "Threads" above); changes made through it
  // are neither serialised with statements nor logged. Derived relationship
  // types hold what they held when last computed: bgl_view(db, {types})
  // (bgl_view.hpp) and refresh_derived() bring them up to date first.
  annals::graph& graph() { return graph_; }
  const annals::graph& graph() const { return graph_; }

  // Limits that protect the process from runaway queries (include/annals/limits.hpp);
  // query() and prepared_statement::run() also take limits for one query.
  query_limits& limits() { return limits_; }
  const query_limits& limits() const { return limits_; }

  // Which files COPY may read (include/annals/import_policy.hpp): by default
  // those under the current directory. Not synchronised, like limits(): set
  // it before sharing the database.
  import_policy& imports() { return imports_; }
  const import_policy& imports() const { return imports_; }

  // The procedures CALL runs (include/annals/procedure.hpp): the built-in
  // db.*, dbms.* and algo.* ones, and any a program adds. Add them before
  // queries run; statements prepared earlier keep the procedures they found.
  procedure_registry& procedures() { return procedures_; }
  const procedure_registry& procedures() const { return procedures_; }

  // ---- snapshots (lib/storage/snapshot.cpp) -----------------------------------
  // Writes the whole database (schema, nodes, relationships, derived-type
  // definitions) atomically: a crash leaves the old file or the new one.
  // Thread-safe: writes one consistent state; writers wait until it is written.
  void save(const std::filesystem::path& file) const;
  // Replaces this database's content with the snapshot; on any error
  // (truncated, corrupted, wrong version, not a snapshot) throws load_error
  // and leaves the database untouched. Prepared statements plan again on
  // their next run. Thread-safe (a writer).
  void open(const std::filesystem::path& file);

  // ---- durability ----------------------------------------------------------------
  bool durable() const;
  // Writes the log into the snapshot and empties it. Thread-safe (a writer);
  // only for durable databases (runtime_error otherwise).
  void checkpoint();
  // What opening recovered or discarded (a torn log tail, an interrupted
  // checkpoint), and checkpoints that failed after their statement committed.
  std::vector<std::string> recovery_notes() const;

  // Derived relationship types, in definition order: (name, defining statement text).
  std::vector<std::pair<std::string, std::string>> derived_definitions() const;

  // Brings derived relationship types up to date (done lazily by queries):
  // every one, or those named in `types` and the derived types they read (a
  // name that is no derived type is skipped). A definition that fails throws
  // its error. Thread-safe (a writer).
  void refresh_derived();
  void refresh_derived(std::initializer_list<std::string_view> types);

private:
  friend struct detail::database_engine;

  annals::graph graph_;
  query_limits limits_;
  import_policy imports_;
  procedure_registry procedures_;
  // Shared with prepared statements, which so learn that the database is gone.
  std::shared_ptr<detail::database_engine> engine_;
};

// A statement parsed and planned once. Thread-safe: run() may be called from
// several threads at once. It plans again by itself when the schema changed
// since (DDL, open()); run after its database is destroyed, it throws
// runtime_error (DatabaseClosed) instead of touching freed memory.
class prepared_statement {
public:
  prepared_statement(prepared_statement&&) noexcept;
  prepared_statement& operator=(prepared_statement&&) noexcept;
  ~prepared_statement();
  result run(const value_map& parameters = {});
  result run(const value_map& parameters, const query_limits& limits);
  const std::vector<std::string>& columns() const;

private:
  friend class database;
  struct impl;
  explicit prepared_statement(std::unique_ptr<impl> p);
  std::unique_ptr<impl> impl_;
};

} // namespace annals
