// Kùzu's DDL type names: INT8 … UINT64, SERIAL, FLOAT, fixed lists T[n]. Each
// is a range over the values annals holds (64-bit integers, doubles), checked
// on every write and every COPY row; what annals cannot hold is refused at
// CREATE, naming the column; snapshots keep the declared type.
#define BOOST_TEST_MODULE kuzu_types
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "annals/error.hpp"
#include "annals/schema.hpp"

#include <fstream>
#include <unistd.h>

using namespace annals;
namespace fs = std::filesystem;

namespace {

data_type type(std::string_view text) {
  auto t = data_type::parse(text);
  BOOST_TEST_REQUIRE(t.has_value(), "cannot parse " << text);
  return *t;
}

// The error `run` ends with, as describe() writes it; "accepted" when none.
template <class F> std::string refusal(F&& run) {
  try {
    run();
  } catch (const error& e) {
    return e.describe();
  }
  return "accepted";
}

struct fixture {
  fs::path dir;
  database db;
  fixture() {
    dir = fs::temp_directory_path() / ("annals_kuzu_types_" + std::to_string(::getpid()) + "_" +
                                       boost::unit_test::framework::current_test_case().p_name.get());
    fs::remove_all(dir);
    fs::create_directories(dir);
    db.imports().directory = dir;
    db.execute("CREATE NODE TABLE Item(id SERIAL, small INT8, port UINT16, count UINT32, big UINT64, ratio FLOAT, "
               "xyz DOUBLE[3], tags STRING[], PRIMARY KEY(id));");
  }
  ~fixture() { fs::remove_all(dir); }
  std::string file(const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  }
  std::string shorten(std::string m) const {
    for (auto at = m.find(dir.string()); at != std::string::npos; at = m.find(dir.string()))
      m.replace(at, dir.string().size(), "$DIR");
    return m;
  }
  std::string count() { return to_cypher(db.query("MATCH (i:Item) RETURN count(i)").begin()->at(0)); }
};

} // namespace

BOOST_AUTO_TEST_CASE(names_and_ranges) {
  BOOST_TEST(type("int8").to_string() == "INT8");
  BOOST_TEST(type("UINT64[]").to_string() == "UINT64[]");
  BOOST_TEST(type("double[3]").to_string() == "DOUBLE[3]");
  BOOST_TEST(type("DOUBLE[3]").fixed_length == 3u);
  BOOST_TEST(type("FLOAT").to_string() == "FLOAT");
  BOOST_TEST(type("BOOLEAN").to_string() == "BOOL");
  BOOST_TEST(!data_type::parse("SERIAL[]").has_value());
  BOOST_TEST(!data_type::parse("INT64[0]").has_value());
  BOOST_TEST(!data_type::parse("INT64[x]").has_value());
  BOOST_TEST(type("INT8").admits(127));
  BOOST_TEST(type("INT8").admits(-128));
  BOOST_TEST(!type("INT8").admits(128));
  BOOST_TEST(!type("INT8").admits(-129));
  BOOST_TEST(!type("UINT8").admits(-1));
  BOOST_TEST(type("UINT32").admits(std::int64_t{4294967295}));
  BOOST_TEST(!type("UINT32").admits(std::int64_t{4294967296}));
  BOOST_TEST(type("UINT64").admits(std::numeric_limits<std::int64_t>::max()));
  BOOST_TEST(!type("UINT64").admits(-1));
  BOOST_TEST(!type("SERIAL").admits(-1));
  BOOST_TEST(type("FLOAT").admits(3.0e38));
  BOOST_TEST(!type("FLOAT").admits(3.5e38));
  BOOST_TEST(type("INT16[]").admits(value_list{1, -32768}));
  BOOST_TEST(!type("INT16[]").admits(value_list{1, 32768}));
  BOOST_TEST(type("DOUBLE[3]").admits(value_list{1.0, 2, 3.5}));
  BOOST_TEST(!type("DOUBLE[3]").admits(value_list{1.0, 2.0}));
  BOOST_TEST(type("INT8").describe() == "INT8 (-128 to 127)");
  BOOST_TEST(type("UINT64").describe() == "UINT64 (0 to 9223372036854775807)");
  BOOST_TEST(type("INT32[2]").describe() == "INT32[2] (-2147483648 to 2147483647, 2 elements)");
  BOOST_TEST(type("STRING").describe() == "STRING");
}

BOOST_FIXTURE_TEST_CASE(every_write_is_range_checked, fixture) {
  db.execute("CREATE (:Item {id: 1, small: -128, port: 65535, big: 9223372036854775807, ratio: 1.5, xyz: [1.0, 2, 3]})");
  BOOST_TEST(refusal([&] { db.execute("CREATE (:Item {id: 2, small: 200})"); }) ==
             "SchemaError: property Item.small expects INT8 (-128 to 127), was given INT64 200");
  BOOST_TEST(refusal([&] { db.execute("MATCH (i:Item) SET i.port = 65536"); }) ==
             "SchemaError: property Item.port expects UINT16 (0 to 65535), was given INT64 65536");
  BOOST_TEST(refusal([&] { db.execute("MATCH (i:Item) SET i.big = -1"); }) ==
             "SchemaError: property Item.big expects UINT64 (0 to 9223372036854775807), was given INT64 -1");
  BOOST_TEST(refusal([&] { db.execute("MATCH (i:Item) SET i.xyz = [1.0, 2.0]"); }) ==
             "SchemaError: property Item.xyz expects DOUBLE[3] (3 elements), was given LIST [1.0, 2.0]");
  BOOST_TEST(refusal([&] { db.execute("MATCH (i:Item) SET i.ratio = 1e39"); }) ==
             "SchemaError: property Item.ratio expects FLOAT (at most 3.4028235e+38 in size), was given DOUBLE 1e+39");
  BOOST_TEST(refusal([&] { db.execute("CREATE (:Item {id: -1})"); }) ==
             "SchemaError: property Item.id expects SERIAL (0 to 9223372036854775807), was given INT64 -1");
  BOOST_TEST(count() == "1");
}

BOOST_FIXTURE_TEST_CASE(copy_rows_are_range_checked_all_or_nothing, fixture) {
  file("items.csv", "id,small,port\n1,5,80\n2,-7,443\n3,200,8080\n");
  BOOST_TEST(shorten(refusal([&] { db.execute("COPY Item FROM '" + (dir / "items.csv").string() + "'"); })) ==
             "4:3: LoadError: $DIR/items.csv:4:3: '200' is out of range for INT8 (-128 to 127) for column small");
  BOOST_TEST(count() == "0");
  file("big.csv", "id,big\n1,18446744073709551615\n");
  BOOST_TEST(shorten(refusal([&] { db.execute("COPY Item FROM '" + (dir / "big.csv").string() + "'"); })) ==
             "2:3: LoadError: $DIR/big.csv:2:3: '18446744073709551615' is out of range for UINT64 (0 to "
             "9223372036854775807) for column big");
  file("xyz.csv", "id,xyz\n1,\"[1,2]\"\n");
  BOOST_TEST(shorten(refusal([&] { db.execute("COPY Item FROM '" + (dir / "xyz.csv").string() + "'"); })) ==
             "2:3: LoadError: $DIR/xyz.csv:2:3: '[1,2]' does not fit DOUBLE[3] (3 elements) for column xyz");
  file("good.csv", "id,small,port,xyz\n1,127,0,\"[1,2,3]\"\n2,-128,65535,\n");
  db.execute("COPY Item FROM '" + (dir / "good.csv").string() + "'");
  BOOST_TEST(count() == "2");
}

BOOST_AUTO_TEST_CASE(what_annals_cannot_hold_is_refused_at_create) {
  database db;
  BOOST_TEST(refusal([&] { db.execute("CREATE NODE TABLE Post(id INT64, at TIMESTAMP, PRIMARY KEY(id))"); }) ==
             "1:37: SyntaxError: column at: TIMESTAMP cannot be held: annals has dates but no time of day "
             "(declare DATE or STRING)\n"
             "CREATE NODE TABLE Post(id INT64, at TIMESTAMP, PRIMARY KEY(id))\n"
             "                                    ^");
  BOOST_TEST(refusal([&] { db.execute("CREATE NODE TABLE Post(id INT128, PRIMARY KEY(id))"); }).find(
                 "column id: INT128 cannot be held: annals integers are 64-bit signed") != std::string::npos);
  BOOST_TEST(refusal([&] { db.execute("CREATE NODE TABLE Post(id TEXT, PRIMARY KEY(id))"); }).find(
                 "unknown type TEXT for column id") != std::string::npos);
  BOOST_TEST(db.schema().node_tables().empty());
}

BOOST_FIXTURE_TEST_CASE(snapshots_keep_declared_types, fixture) {
  db.execute("CREATE (:Item {id: 1, small: 3, xyz: [1.0, 2.0, 3.0]})");
  db.save(dir / "items.annals");
  database reopened;
  reopened.open(dir / "items.annals");
  const auto* t = reopened.schema().find_node_table("Item");
  BOOST_TEST_REQUIRE(t != nullptr);
  std::string types;
  for (const auto& c : t->columns) types += c.name + " " + c.type.to_string() + ";";
  BOOST_TEST(types == "id SERIAL;small INT8;port UINT16;count UINT32;big UINT64;ratio FLOAT;xyz DOUBLE[3];tags STRING[];");
  BOOST_TEST(refusal([&] { reopened.execute("MATCH (i:Item) SET i.small = 300"); }) ==
             "SchemaError: property Item.small expects INT8 (-128 to 127), was given INT64 300");
}
