// Procedures: what `CALL name(args) YIELD columns` runs.
//
// A procedure has a signature (typed inputs, some with defaults, and typed
// output columns) and a `call` that reads the graph and appends rows. The
// built-in ones — introspection (db.*, dbms.*) and graph algorithms (algo.*)
// — are registered in every database; programs add their own:
//
//   struct answer final : annals::procedure {
//     answer() : procedure({"my.answer", {}, {{"value", {annals::procedure_type::base::integer}}}, "42"}) {}
//     void call(const annals::procedure_context&, std::span<const annals::value>, annals::procedure_rows& out) const
//     override {
//       out.push_back({annals::value(42)});
//     }
//   };
//   db.procedures().add(std::make_shared<answer>());
//   db.query("CALL my.answer() YIELD value RETURN value");
//
// Thread-safety: a procedure's `call` is const and must only read, so one
// procedure may run on several threads at once. A registry may be read from
// several threads at once; `add` must not overlap with queries on the same
// database.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/limits.hpp"
#include "annals/value.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

class graph;
class procedure_registry;

// The types of a signature, as openCypher writes them: INTEGER?, STRING, MAP?, NODE?, ANY?.
struct procedure_type {
  enum class base : std::uint8_t {
    any,
    boolean,
    integer,
    float_,
    number,
    string,
    date,
    list,
    map,
    node,
    relationship,
    path
  };
  base kind = base::any;
  bool nullable = true; // `?`: null is accepted

  // "INTEGER?", "FLOAT", "NUMBER?", "LIST? OF STRING?" (the element type is not checked), …
  static std::optional<procedure_type> parse(std::string_view text);
  std::string to_string() const;
  // Whether `v` may be passed for (or returned in) a field of this type. An
  // INTEGER passed for a FLOAT is admitted (and converted by the caller).
  bool admits(const value& v) const;
  bool admits_kind(value_kind k) const;
};

struct procedure_field {
  std::string name;
  procedure_type type;
  std::optional<value> default_value; // inputs only: may be left out when every later input may too
};

struct procedure_signature {
  std::string name; // qualified: "algo.pagerank"
  std::vector<procedure_field> inputs;
  std::vector<procedure_field> outputs; // empty: a void procedure (rows pass through it unchanged)
  std::string description;

  // "algo.pagerank(projection :: MAP? = {}) :: (node :: NODE?, score :: FLOAT?)"
  std::string to_string() const;
  std::size_t required_inputs() const;
};

using procedure_rows = std::vector<std::vector<value>>;

// What a procedure may use while it runs. Everything here is read-only.
struct procedure_context {
  const graph& g;
  const procedure_registry& procedures;
  const query_limits& limits;
  // Raises when the query was cancelled or ran out of time; call it in long loops.
  std::function<void()> check_interrupt;
  // Raises IntermediateRowsLimit when `held` exceeds the query's limit; `what` names the holder.
  std::function<void(std::size_t held, const char* what)> check_held;
};

class procedure {
public:
  explicit procedure(procedure_signature s) : signature_(std::move(s)) {}
  virtual ~procedure() = default;
  const procedure_signature& signature() const { return signature_; }

  // Whether it reads relationships: derived relationship types are brought
  // up to date before it runs.
  virtual bool reads_relationships() const { return false; }

  // `args` follow the signature's inputs, defaults filled in, each admitted
  // by its type (INTEGER converted to FLOAT where FLOAT is declared). Appends
  // rows with one value per output, in signature order. Errors are
  // annals::error (runtime_error with category "ProcedureError" for bad
  // arguments the types cannot catch).
  virtual void call(const procedure_context& ctx, std::span<const value> args, procedure_rows& out) const = 0;

private:
  procedure_signature signature_;
};

class procedure_registry {
public:
  // With the built-in procedures (db.*, dbms.*, algo.*).
  procedure_registry();
  // Registers `p`, replacing a procedure of the same name.
  void add(std::shared_ptr<const procedure> p);
  // By exact name (procedure names are case-sensitive, as in Neo4j); null when absent.
  std::shared_ptr<const procedure> find(std::string_view name) const;
  // Every procedure, sorted by name.
  std::vector<std::shared_ptr<const procedure>> all() const;

private:
  std::map<std::string, std::shared_ptr<const procedure>, std::less<>> by_name_;
};

} // namespace annals
