// Procedures through the C++ API: registering one of a program's own,
// standalone and in-query calls, parameters as implicit arguments, the
// thread-safety of the built-in procedures, and the errors of bad calls.
#define BOOST_TEST_MODULE procedures
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"

#include <thread>

using namespace annals;

namespace {

// my.repeat(text :: STRING, times :: INTEGER = 2) :: (copy :: STRING, n :: INTEGER)
struct repeat final : procedure {
  repeat()
      : procedure(
            {"my.repeat",
             {{"text", {procedure_type::base::string, false}, {}},
              {"times", {procedure_type::base::integer, false}, value(2)}},
             {{"copy", {procedure_type::base::string, false}, {}}, {"n", {procedure_type::base::integer, false}, {}}},
             "repeats a text"}) {}
  void call(const procedure_context&, std::span<const value> args, procedure_rows& out) const override {
    for (std::int64_t i = 1; i <= args[1].as<std::int64_t>(); ++i) out.push_back({args[0], value(i)});
  }
};

std::vector<std::string> values_of(const result& r, std::size_t i) {
  std::vector<std::string> out;
  for (const auto& row : r) out.push_back(to_cypher(row[i]));
  return out;
}

void expect_error(database& db, const std::string& query, const std::string& category, const std::string& detail,
                  const value_map& params = {}) {
  try {
    db.query(query, params);
    BOOST_ERROR("no error for " << query);
  } catch (const error& e) {
    BOOST_TEST(e.category() == category, query << ": " << e.what());
    BOOST_TEST(e.detail() == detail, query << ": " << e.what());
  }
}

} // namespace

BOOST_AUTO_TEST_CASE(a_program_registers_its_own_procedure) {
  database db;
  db.procedures().add(std::make_shared<repeat>());
  auto r = db.query("CALL my.repeat('x')");
  BOOST_TEST(r.columns() == (std::vector<std::string>{"copy", "n"}));
  BOOST_TEST(values_of(r, 1) == (std::vector<std::string>{"1", "2"}));
  r = db.query("UNWIND ['a', 'b'] AS t CALL my.repeat(t, 3) YIELD n WHERE n > 1 RETURN t, n");
  BOOST_TEST(values_of(r, 0) == (std::vector<std::string>{"'a'", "'a'", "'b'", "'b'"}));
  BOOST_TEST(values_of(r, 1) == (std::vector<std::string>{"2", "3", "2", "3"}));
  // Without parentheses, a standalone CALL takes its arguments from the parameters.
  r = db.query("CALL my.repeat", {{"text", value("p")}, {"times", value(1)}});
  BOOST_TEST(values_of(r, 0) == (std::vector<std::string>{"'p'"}));
  expect_error(db, "CALL my.repeat", "ParameterMissing", "MissingParameter");
  expect_error(db, "CALL my.repeat($t)", "TypeError", "InvalidArgumentType", {{"t", value(1)}});
  expect_error(db, "CALL my.repeat(1)", "SyntaxError", "InvalidArgumentType");
  expect_error(db, "CALL my.repeat()", "SyntaxError", "InvalidNumberOfArguments");
  expect_error(db, "MATCH (n) CALL my.repeat YIELD n RETURN n", "SyntaxError", "InvalidArgumentPassingMode");
  expect_error(db, "CALL my.repeat('x') YIELD * RETURN copy", "SyntaxError", "UnexpectedSyntax");
  BOOST_TEST(db.procedures().find("my.repeat")->signature().to_string() ==
             "my.repeat(text :: STRING, times :: INTEGER = 2) :: (copy :: STRING, n :: INTEGER)");
}

BOOST_AUTO_TEST_CASE(unknown_procedures_are_procedure_errors_with_a_position) {
  database db;
  try {
    db.query("MATCH (n)\nCALL algo.pagernak() YIELD node RETURN node");
    BOOST_ERROR("no error");
  } catch (const error& e) {
    BOOST_TEST(e.category() == "ProcedureError");
    BOOST_TEST(e.detail() == "ProcedureNotFound");
    BOOST_TEST(e.where().line == 2u);
    BOOST_TEST(e.where().column == 1u);
  }
}

BOOST_AUTO_TEST_CASE(every_algorithm_is_listed_with_one_map_argument) {
  database db;
  std::vector<std::string> algos;
  for (const auto& row : db.query("CALL dbms.procedures() YIELD name WHERE name STARTS WITH 'algo.' RETURN name"))
    algos.push_back(row[0].as<std::string>());
  BOOST_TEST(algos == (std::vector<std::string>{"algo.betweenness", "algo.closeness", "algo.communities", "algo.degree",
                                                "algo.dijkstra", "algo.kcore", "algo.mst", "algo.pagerank", "algo.scc",
                                                "algo.triangles", "algo.two_camps", "algo.wcc"}));
  for (const auto& name : algos) {
    const auto& sig = db.procedures().find(name)->signature();
    BOOST_TEST(sig.inputs.size() == 1u);
    BOOST_TEST(sig.inputs[0].name == "projection");
  }
}

// Procedures keep no state of their own: the same call on several threads at once gives the same rows.
BOOST_AUTO_TEST_CASE(procedures_run_on_several_threads_at_once) {
  database db;
  db.execute("UNWIND range(1, 300) AS i CREATE (:N {i: i})");
  db.execute("MATCH (a:N), (b:N) WHERE b.i = (a.i * 7) % 300 + 1 OR b.i = a.i % 300 + 1 CREATE (a)-[:E]->(b)");
  const auto& g = db.graph();
  const value_map projection{{"types", value(value_list{value("E")})}};
  for (const char* name : {"algo.pagerank", "algo.betweenness", "algo.communities", "algo.kcore", "algo.scc"}) {
    const auto proc = db.procedures().find(name);
    auto run = [&] {
      procedure_rows rows;
      const procedure_context ctx{g, db.procedures(), db.limits(), [] {}, [](std::size_t, const char*) {}};
      const value arg(projection);
      proc->call(ctx, std::span<const value>(&arg, 1), rows);
      return rows;
    };
    const auto expected = run();
    BOOST_TEST(expected.size() == 300u);
    std::vector<procedure_rows> got(4);
    std::vector<std::thread> threads;
    for (auto& r : got) threads.emplace_back([&r, &run] { r = run(); });
    for (auto& t : threads) t.join();
    for (const auto& r : got) BOOST_TEST((r == expected), name);
  }
}

BOOST_AUTO_TEST_CASE(a_call_within_the_limits_of_the_query) {
  database db;
  db.execute("UNWIND range(1, 50) AS i CREATE (:N {i: i})");
  query_limits limits;
  limits.max_intermediate_rows = 10;
  try {
    db.query("CALL algo.degree() YIELD node, score RETURN count(*)", {}, limits);
    BOOST_ERROR("no error");
  } catch (const error& e) {
    BOOST_TEST(e.detail() == "IntermediateRowsLimit", e.what());
  }
}
