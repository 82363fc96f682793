// annals::database: a typed property graph and the query language over it.
//
//   annals::database db;
//   db.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
//   db.execute("CREATE (:Person {name: 'Benito Juárez'})");
//   for (const auto& row : db.query("MATCH (p:Person) RETURN p.name"))
//     std::cout << row[0].as<std::string>() << '\n';
#pragma once

#include "annals/error.hpp"
#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "annals/result.hpp"
#include "annals/schema.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace annals {

class prepared_statement;

class database {
public:
  database();
  ~database();
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
  // Parses and binds every statement of a script without running it (later
  // statements see the tables that earlier DDL statements declare). Returns
  // every error found, with positions in `text`.
  std::vector<error> check(std::string_view text);
  // Parses, binds and plans once; run it many times with different parameters.
  prepared_statement prepare(std::string_view text);

  // ---- the graph, through the C++ API ---------------------------------------
  void declare(node_table t) { graph_.declare(std::move(t)); }
  void declare(rel_table t) { graph_.declare(std::move(t)); }
  const annals::schema& schema() const { return graph_.schema(); }
  node_id add_node(const std::vector<std::string>& labels, const value_map& properties = {}) {
    return graph_.add_node(labels, properties);
  }
  rel_id add_relationship(node_id from, node_id to, std::string_view type, const value_map& properties = {}) {
    return graph_.add_relationship(from, to, type, properties);
  }
  std::optional<node_id> find_node(std::string_view label, const value& key) const {
    return graph_.find_node(label, key);
  }
  annals::graph& graph() { return graph_; }
  const annals::graph& graph() const { return graph_; }

  // Limits that protect the process from runaway queries (include/annals/limits.hpp);
  // query() and prepared_statement::run() also take limits for one query.
  query_limits& limits() { return limits_; }
  const query_limits& limits() const { return limits_; }

  // ---- snapshots (lib/storage/snapshot.cpp) -----------------------------------
  // Writes the whole database (schema, nodes, relationships, derived-type
  // definitions) atomically: a crash leaves the old file or the new one.
  void save(const std::filesystem::path& file) const;
  // Replaces this database's content with the snapshot; on any error
  // (truncated, corrupted, wrong version, not a snapshot) throws load_error
  // and leaves the database untouched.
  void open(const std::filesystem::path& file);

  // Derived relationship types, in definition order: (name, defining statement text).
  std::vector<std::pair<std::string, std::string>> derived_definitions() const;

  // Brings derived relationship types up to date (done lazily by queries).
  void refresh_derived();

  struct engine; // the query pipeline's state (lib/api)
  engine& internals() { return *engine_; }

private:
  annals::graph graph_;
  query_limits limits_;
  std::unique_ptr<engine> engine_;
};

class prepared_statement {
public:
  prepared_statement(prepared_statement&&) noexcept;
  prepared_statement& operator=(prepared_statement&&) noexcept;
  ~prepared_statement();
  result run(const value_map& parameters = {});
  result run(const value_map& parameters, const query_limits& limits);
  const std::vector<std::string>& columns() const;

  struct impl;
  explicit prepared_statement(std::unique_ptr<impl> p);

private:
  std::unique_ptr<impl> impl_;
};

} // namespace annals
