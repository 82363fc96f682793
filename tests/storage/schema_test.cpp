// Declared tables: type names, what a column admits, and the malformed
// declarations the schema refuses.
#define BOOST_TEST_MODULE schema
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "annals/schema.hpp"
#include "tests/support/printing.hpp"

using namespace annals;

namespace {

data_type type(std::string_view text) {
  auto t = data_type::parse(text);
  BOOST_TEST_REQUIRE(t.has_value(), "cannot parse " << text);
  return *t;
}

// The message of the schema_error `declare` throws, with its detail code in front.
template <class F> std::string refusal(F&& declare) {
  try {
    declare();
  } catch (const schema_error& e) {
    return e.detail() + ": " + e.message();
  }
  return "accepted";
}

node_table person() { return {"Person", {{"name", type("STRING")}, {"born", type("DATE")}}, "name"}; }

} // namespace

BOOST_AUTO_TEST_CASE(type_names) {
  BOOST_TEST(type("STRING").to_string() == "STRING");
  BOOST_TEST(type("int64").to_string() == "INT64");
  BOOST_TEST(type("INT").to_string() == "INT64");
  BOOST_TEST(type("Integer").to_string() == "INT64");
  BOOST_TEST(type("FLOAT").to_string() == "FLOAT");
  BOOST_TEST(type("BOOLEAN").to_string() == "BOOL");
  BOOST_TEST(type("DATE").to_string() == "DATE");
  BOOST_TEST(type("STRING[]").to_string() == "STRING[]");
  BOOST_TEST(type("int64[]").is_list);
  BOOST_TEST(!data_type::parse("DECIMAL").has_value());
  BOOST_TEST(!data_type::parse("[]").has_value());
  BOOST_TEST(!data_type::parse("").has_value());
  BOOST_TEST(data_type{}.to_string() == "ANY");
}

BOOST_AUTO_TEST_CASE(what_columns_admit) {
  const value day(*partial_date::parse("1864-09-26"));
  BOOST_TEST(type("INT64").admits(7));
  BOOST_TEST(!type("INT64").admits(7.0));
  BOOST_TEST(type("DOUBLE").admits(7.5));
  BOOST_TEST(type("DOUBLE").admits(7)); // integers widen
  BOOST_TEST(!type("STRING").admits(7));
  BOOST_TEST(type("BOOL").admits(false));
  BOOST_TEST(!type("BOOL").admits("false"));
  BOOST_TEST(type("DATE").admits(day));
  BOOST_TEST(!type("DATE").admits("1864-09-26"));
  BOOST_TEST(type("DATE").admits(value()));
  BOOST_TEST(type("STRING[]").admits(value_list{"a", "b"}));
  BOOST_TEST(type("STRING[]").admits(value_list{}));
  BOOST_TEST(!type("STRING[]").admits("a"));
  BOOST_TEST(!type("STRING[]").admits(value_list{"a", 1}));
  BOOST_TEST(!type("INT64[]").admits(value_list{1, value()})); // no null elements
  BOOST_TEST(!type("STRING").admits(value_list{"a"}));
  BOOST_TEST(data_type{}.admits(value_map{}));
}

BOOST_AUTO_TEST_CASE(finds_tables_and_columns) {
  schema s;
  s.add_node_table(person());
  s.add_rel_table({"KNOWS", {{"Person", "Person"}}, {{"since", type("DATE")}}, {}});
  BOOST_TEST_REQUIRE(s.find_node_table("Person") != nullptr);
  BOOST_TEST(s.find_node_table("Person")->find("born")->type.to_string() == "DATE");
  BOOST_TEST(s.find_node_table("Person")->find("title") == nullptr);
  BOOST_TEST(s.find_node_table("KNOWS") == nullptr);
  BOOST_TEST(s.find_rel_table("KNOWS")->find("since") != nullptr);
  BOOST_TEST(!s.find_rel_table("KNOWS")->is_derived());
  BOOST_TEST(s.node_tables().size() == 1);
  BOOST_TEST(s.rel_tables().size() == 1);
}

BOOST_AUTO_TEST_CASE(refuses_malformed_tables) {
  schema s;
  s.add_node_table(person());
  BOOST_TEST(refusal([&] { s.add_node_table(person()); }) == "TableExists: table Person already exists");
  BOOST_TEST(refusal([&] {
               s.add_rel_table({"Person", {{"Person", "Person"}}, {}, {}});
             }) == "TableExists: table Person already exists");
  BOOST_TEST(refusal([&] {
               s.add_node_table({"Battle", {{"name", type("STRING")}, {"name", type("DATE")}}, "name"});
             }) == "DuplicateColumn: table Battle declares property name twice");
  BOOST_TEST(refusal([&] {
               s.add_node_table({"Battle", {{"name", type("STRING")}}, ""});
             }) == "MissingPrimaryKey: node table Battle needs a PRIMARY KEY");
  BOOST_TEST(refusal([&] {
               s.add_node_table({"Battle", {{"name", type("STRING")}}, "id"});
             }) == "UnknownPrimaryKey: primary key id of table Battle is not one of its properties");
  BOOST_TEST(refusal([&] {
               s.add_node_table({"Battle", {{"names", type("STRING[]")}}, "names"});
             }) == "InvalidPrimaryKey: primary key Battle.names cannot be a list");
  BOOST_TEST(refusal([&] {
               s.add_rel_table({"FOUGHT", {}, {}, {}});
             }) == "MissingEndpoints: relationship table FOUGHT needs FROM … TO …");
  BOOST_TEST(refusal([&] {
               s.add_rel_table({"FOUGHT", {{"Person", "Battle"}}, {}, {}});
             }) == "UnknownTable: relationship table FOUGHT refers to node table Battle, which is not declared");
  BOOST_TEST(refusal([&] {
               s.add_rel_table({"KNOWS", {{"Person", "Person"}}, {{"a", type("INT64")}, {"a", type("INT64")}}, {}});
             }) == "DuplicateColumn: table KNOWS declares property a twice");
  // None of the refused tables was half-declared.
  BOOST_TEST(s.node_tables().size() == 1);
  BOOST_TEST(s.rel_tables().empty());
}

BOOST_AUTO_TEST_CASE(drops_tables) {
  schema s;
  s.add_node_table(person());
  s.add_rel_table({"KNOWS", {{"Person", "Person"}}, {}, {}});
  BOOST_TEST(refusal([&] { s.drop_table("Person"); }) ==
             "TableInUse: cannot drop node table Person: relationship table KNOWS refers to it");
  BOOST_TEST(refusal([&] { s.drop_table("Battle"); }) == "UnknownTable: no table named Battle");
  s.drop_table("KNOWS");
  s.drop_table("Person");
  BOOST_TEST(s.find_node_table("Person") == nullptr);
  BOOST_TEST(s.find_rel_table("KNOWS") == nullptr);
}
