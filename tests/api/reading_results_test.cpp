// Reading what annals returns from C++ (include/annals/value.hpp, result.hpp,
// graph.hpp, bgl_view.hpp) and loading scripts (database::load_script,
// load_directory): errors that name what was wanted and what was there.
#define BOOST_TEST_MODULE reading_results
#include <boost/test/unit_test.hpp>

#include "annals/annals.hpp"
#include "tests/support/printing.hpp"

#include <filesystem>
#include <fstream>
#include <functional>

using namespace annals;
namespace fs = std::filesystem;

namespace {

// "Category.Detail: message" of the annals::error `run` throws, or "accepted".
std::string refusal(const std::function<void()>& run) {
  try {
    run();
  } catch (const error& e) {
    return e.category() + "." + e.detail() + ": " + e.message();
  }
  return "accepted";
}

// A fresh folder under the build tree, removed at the end of the test.
struct scratch_dir {
  fs::path path;
  explicit scratch_dir(const std::string& name) : path(fs::path(ANNALS_BINARY_DIR) / "tests/api" / name) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~scratch_dir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

constexpr const char* people_and_battles = "CREATE NODE TABLE Person(name STRING, born INT64, height DOUBLE, PRIMARY KEY(name));"
                               "CREATE NODE TABLE Battle(name STRING, PRIMARY KEY(name));"
                               "CREATE REL TABLE FOUGHT_AT(FROM Person TO Battle, side STRING);";

} // namespace

BOOST_AUTO_TEST_CASE(as_names_the_wanted_and_the_actual_kind) {
  const value text("Puebla"), year(1862), none;
  BOOST_TEST(text.as<std::string>() == "Puebla");
  BOOST_TEST(refusal([&] { (void)text.as<std::int64_t>(); }) ==
             "TypeError.WrongValueKind: value::as<std::int64_t>(): wanted an INT64, got a STRING");
  BOOST_TEST(refusal([&] { (void)year.as<std::string>(); }) ==
             "TypeError.WrongValueKind: value::as<std::string>(): wanted a STRING, got an INT64");
  BOOST_TEST(refusal([&] { (void)none.as<double>(); }) ==
             "TypeError.WrongValueKind: value::as<double>(): wanted a DOUBLE, got null (value_or() and try_as() accept null)");
  value list(value_list{1, 2});
  BOOST_TEST(refusal([&] { (void)list.as<value_map>(); }) ==
             "TypeError.WrongValueKind: value::as<annals::value_map>(): wanted a MAP, got a LIST");
  list.as<value_list>().push_back(3); // in place
  BOOST_TEST(list.as<value_list>().size() == 3u);
}

BOOST_AUTO_TEST_CASE(an_integer_reads_as_a_double_but_not_the_other_way) {
  const value year(1862), half(0.5);
  BOOST_TEST(year.as<double>() == 1862.0);
  BOOST_TEST(year.try_as<double>().value() == 1862.0);
  BOOST_TEST(refusal([&] { (void)half.as<std::int64_t>(); }) ==
             "TypeError.WrongValueKind: value::as<std::int64_t>(): wanted an INT64, got a DOUBLE");
  value mutable_year(7); // a non-const value reads numbers through the const as<>, promotion included
  BOOST_TEST(mutable_year.as<double>() == 7.0);
}

BOOST_AUTO_TEST_CASE(try_as_and_value_or_accept_null) {
  const value none, text("Juárez"), year(1806);
  BOOST_TEST(!none.try_as<std::string>().has_value());
  BOOST_TEST(!year.try_as<std::string>().has_value());
  BOOST_TEST(text.try_as<std::string>().value() == "Juárez");
  BOOST_TEST(none.value_or("unknown") == "unknown");
  BOOST_TEST(text.value_or("unknown") == "Juárez");
  BOOST_TEST(none.value_or(0) == 0);
  BOOST_TEST(year.value_or(0) == 1806);
  BOOST_TEST(none.value_or(2.5) == 2.5);
  BOOST_TEST(year.value_or(2.5) == 1806.0);
  // A value of another kind is no fallback case: it is an error.
  BOOST_TEST(refusal([&] { (void)text.value_or(0); }) ==
             "TypeError.WrongValueKind: value::as<std::int64_t>(): wanted an INT64, got a STRING");
  static_assert(value::kind_of<std::string>() == value_kind::string);
  static_assert(value::kind_of<path_value>() == value_kind::path);
}

// A pointer is not a value: `value v = g.property(n, key)` once compiled and held a bool.
static_assert(!std::is_constructible_v<value, const value*>);
static_assert(!std::is_constructible_v<value, int*>);
static_assert(std::is_constructible_v<value, const char*>);
static_assert(std::is_convertible_v<const char (&)[3], value>);

BOOST_AUTO_TEST_CASE(result_columns_by_name) {
  database db;
  db.execute(people_and_battles);
  db.execute("CREATE (:Person {name: 'Juárez', born: 1806})");
  const auto r = db.query("MATCH (p:Person) RETURN p.name AS name, p.born AS born");
  BOOST_TEST(r.column("born") == 1u);
  BOOST_TEST(r[0][r.column("name")].as<std::string>() == "Juárez");
  try {
    (void)r.column("died");
    BOOST_FAIL("no error");
  } catch (const std::out_of_range& e) {
    BOOST_TEST(std::string(e.what()) == "result::column: no column 'died' (the columns are name, born)");
  }
}

BOOST_AUTO_TEST_CASE(properties_by_name_are_null_when_missing) {
  database db;
  db.execute(people_and_battles);
  db.execute("CREATE (:Person {name: 'Zaragoza', born: 1829})-[:FOUGHT_AT {side: 'Republic'}]->(:Battle {name: 'Puebla'})");
  const auto& g = db.graph();
  const node_id zaragoza = *db.find_node("Person", "Zaragoza");
  BOOST_TEST(g.property(zaragoza, "name").as<std::string>() == "Zaragoza");
  BOOST_TEST(g.property(zaragoza, "born").as<double>() == 1829.0);
  BOOST_TEST(g.property(zaragoza, "height").is_null());       // declared, not set
  BOOST_TEST(g.property(zaragoza, "never used").is_null());   // no record has the key
  BOOST_TEST(g.property(zaragoza, "height").value_or(1.7) == 1.7);
  const rel_id fought = g.out(zaragoza)[0].rel;
  BOOST_TEST(g.rel_property(fought, "side").as<std::string>() == "Republic");
  BOOST_TEST(g.rel_property(fought, "date").is_null());
  BOOST_TEST(refusal([&] { (void)g.property(99, "name"); }) ==
             "RuntimeError.NoSuchNode: graph::property: 99 is not a live node");
  BOOST_TEST(refusal([&] { (void)g.rel_property(7, "side"); }) ==
             "RuntimeError.NoSuchRelationship: graph::rel_property: 7 is not a live relationship");
}

BOOST_AUTO_TEST_CASE(load_script_names_the_file_of_an_error) {
  scratch_dir dir("load_script");
  database db;
  const auto good = dir.write("people_and_battles.cypher", people_and_battles);
  BOOST_TEST(db.load_script(good).rows().size() == 1u);
  const auto bad = dir.write("people.cypher", "CREATE (:Person {name: 'Díaz'});\nMATCH (p:Person) RETURN q;\n");
  try {
    db.load_script(bad);
    BOOST_FAIL("no error");
  } catch (const error& e) {
    BOOST_TEST(e.file() == bad.string());
    BOOST_TEST(e.where().line == 2u);
    BOOST_TEST(e.describe().starts_with(bad.string() + ":2:"));
  }
  // The statement before the failing one stays done.
  BOOST_TEST(db.query("MATCH (p:Person) RETURN count(*)")[0][0].as<std::int64_t>() == 1);
  BOOST_TEST(refusal([&] { db.load_script(dir.path / "missing.cypher"); }) ==
             "LoadError.CannotRead: cannot read " + (dir.path / "missing.cypher").string() + ": No such file or directory");
  BOOST_TEST(refusal([&] { db.load_script("/dev/zero"); }) ==
             "LoadError.CannotRead: cannot read /dev/zero: not a regular file");
  BOOST_TEST(refusal([&] { db.load_script(dir.path); }) ==
             "LoadError.CannotRead: cannot read " + dir.path.string() +
                 ": it is a folder (database::load_directory runs one)");
}

BOOST_AUTO_TEST_CASE(load_directory_runs_scripts_in_name_order) {
  scratch_dir dir("load_directory");
  database db;
  BOOST_TEST(refusal([&] { db.load_directory(dir.path); }) == "LoadError.NoScripts: no .cypher scripts in " + dir.path.string());
  BOOST_TEST(refusal([&] { db.load_directory(dir.path / "none"); }) ==
             "LoadError.CannotRead: cannot read " + (dir.path / "none").string() + ": not a folder");
  // Out of order on disk and in creation: 10 needs the table 00 declares.
  dir.write("10-people.cypher", "CREATE (:Person {name: 'Mejía'});");
  dir.write("notes.txt", "not a script");
  dir.write("00-people_and_battles.cypher", people_and_battles);
  const auto files = db.load_directory(dir.path);
  BOOST_REQUIRE(files.size() == 2u);
  BOOST_TEST(files[0].filename() == "00-people_and_battles.cypher");
  BOOST_TEST(files[1].filename() == "10-people.cypher");
  BOOST_TEST(db.query("MATCH (p:Person) RETURN p.name")[0][0].as<std::string>() == "Mejía");
}

BOOST_AUTO_TEST_CASE(bgl_view_of_a_fresh_database_sees_derived_edges_and_counts_its_own) {
  database db;
  db.execute(people_and_battles);
  db.execute("CREATE REL TABLE KNEW(FROM Person TO Person)");
  db.execute("CREATE DERIVED REL TABLE MET(FROM Person TO Person) AS "
             "MATCH (a:Person)-[:FOUGHT_AT]->(:Battle)<-[:FOUGHT_AT]-(b:Person) WHERE a <> b RETURN a, b");
  db.execute("CREATE (a:Person {name: 'A'}), (b:Person {name: 'B'}), (c:Person {name: 'C'}), (x:Battle {name: 'X'}),"
             " (a)-[:FOUGHT_AT]->(x), (b)-[:FOUGHT_AT]->(x), (a)-[:KNEW]->(c)");
  // No refresh_derived(): the view of the database brings MET up to date (A-B both ways).
  BOOST_TEST(num_edges(bgl_view(db.graph(), {"MET"})) == 0u); // the graph as it is: MET never computed
  const auto met = bgl_view(db, {"MET"});
  BOOST_TEST(num_edges(met) == 2u);
  BOOST_TEST(num_edges(bgl_view(db, {"KNEW"})) == 1u);
  BOOST_TEST(num_edges(bgl_view(db, {"FOUGHT_AT", "KNEW"})) == 3u);
  BOOST_TEST(num_edges(bgl_view(db, {"NO_SUCH_TYPE"})) == 0u);
  BOOST_TEST(num_edges(bgl_view(db)) == 5u);
  // A change after the view: the next view computes MET again.
  db.execute("CREATE (c:Person {name: 'D'}) WITH c MATCH (x:Battle) CREATE (c)-[:FOUGHT_AT]->(x)");
  BOOST_TEST(num_edges(bgl_view(db, {"MET"})) == 6u);
}

BOOST_AUTO_TEST_CASE(a_view_refreshes_only_the_derived_types_it_shows) {
  database db;
  db.execute(people_and_battles);
  db.limits().max_path_length = 4;
  db.execute("CREATE REL TABLE KNEW(FROM Person TO Person)");
  db.execute("CREATE DERIVED REL TABLE RUNAWAY(FROM Person TO Person) AS MATCH (a:Person)-[*]->(b:Person) RETURN a, b");
  db.execute("CREATE DERIVED REL TABLE MET(FROM Person TO Person) AS "
             "MATCH (a:Person)-[:FOUGHT_AT]->(:Battle)<-[:FOUGHT_AT]-(b:Person) WHERE a <> b RETURN a, b");
  db.execute("CREATE (a:Person {name: 'A'}), (b:Person {name: 'B'}), (x:Battle {name: 'X'}),"
             " (a)-[:FOUGHT_AT]->(x), (b)-[:FOUGHT_AT]->(x)");
  db.execute("UNWIND range(1, 6) AS i CREATE (:Person {name: 'P' + toString(i)})");
  db.execute("MATCH (a:Person), (b:Person) WHERE a.name STARTS WITH 'P' AND b.name STARTS WITH 'P' AND a <> b "
             "CREATE (a)-[:KNEW]->(b)");
  BOOST_TEST(num_edges(bgl_view(db, {"MET"})) == 2u); // RUNAWAY is not run
  BOOST_TEST(refusal([&] { bgl_view(db, {"RUNAWAY"}); }).starts_with("RuntimeError.PathLengthLimit: "));
}
