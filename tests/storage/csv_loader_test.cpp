// Bulk load from CSV: good files of each layout, and each kind of bad file,
// with the exact file:line:column in the message and the graph unchanged.
#define BOOST_TEST_MODULE csv_loader
#include <boost/test/unit_test.hpp>

#include "annals/csv_loader.hpp"
#include "annals/error.hpp"
#include "tests/support/graph_dump.hpp"
#include "tests/support/printing.hpp"

#include <functional>

using namespace annals;
using annals::testing::dump;

namespace {

std::string data(const std::string& name) { return ANNALS_SOURCE_DIR "/tests/storage/data/" + name; }
value date(std::string_view text) { return value(*partial_date::parse(text)); }
data_type type(std::string_view text) { return *data_type::parse(text); }

// The message of the load_error `load` throws.
std::string failure(const std::function<void()>& load) {
  try {
    load();
  } catch (const load_error& e) {
    return e.message();
  }
  return "loaded";
}

struct loaded {
  graph g;
  loaded() {
    g.declare(node_table{"Person",
                         {{"name", type("STRING")},
                          {"born", type("DATE")},
                          {"rank", type("INT64")},
                          {"height", type("DOUBLE")},
                          {"alive", type("BOOL")},
                          {"aliases", type("STRING[]")},
                          {"wounds", type("INT64[]")}},
                         "name"});
    g.declare(node_table{"Battle", {{"name", type("STRING")}, {"fought", type("DATE")}}, "name"});
    g.declare(node_table{"Regiment", {{"number", type("INT64")}, {"name", type("STRING")}}, "number"});
    g.declare(rel_table{"COMMANDED", {{"Person", "Battle"}}, {{"side", type("STRING")}}, {}});
    g.declare(rel_table{"LED", {{"Person", "Regiment"}}, {}, {}});
    g.declare(rel_table{"FOUGHT_AT", {{"Person", "Battle"}, {"Regiment", "Battle"}}, {}, {}});
    load_csv_nodes(g, "Person", data("person.csv"));
    load_csv_nodes(g, "Battle", data("battle.csv"));
    load_csv_nodes(g, "Regiment", data("regiment_neo4j.csv"));
  }
  node_id node(std::string_view label, const value& key) {
    auto n = g.find_node(label, key);
    BOOST_TEST_REQUIRE(n.has_value(), label << " " << to_cypher(key) << " not found");
    return *n;
  }
  // A property of a node, null when absent.
  value prop(node_id n, std::string_view key) {
    auto k = g.find_symbol(key);
    const value* v = k ? g.property(n, *k) : nullptr;
    return v ? *v : value();
  }
  // The primary key of a node, as Cypher text.
  std::string key(node_id n) {
    const auto* table = g.schema().find_node_table(g.name(g.node(n).labels.front()));
    return to_cypher(prop(n, table->primary_key));
  }
  // "from -> to {properties}" of every relationship of a type, in load order.
  std::vector<std::string> rels(std::string_view type) {
    std::vector<std::string> out;
    for (rel_id r = 0; r < g.rel_capacity(); ++r) {
      if (!g.rel_alive(r) || g.name(g.rel(r).type) != type) continue;
      out.push_back(key(g.source(r)) + " -> " + key(g.target(r)) +
                    annals::testing::properties_text(g, g.rel(r).properties));
    }
    return out;
  }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(good_files, loaded)

BOOST_AUTO_TEST_CASE(node_values_by_declared_type) {
  BOOST_TEST(g.node_count() == 4u + 3u + 2u);
  const node_id zaragoza = node("Person", "Ignacio Zaragoza");
  BOOST_TEST(prop(zaragoza, "born") == date("1829-03-24"));
  BOOST_TEST(prop(zaragoza, "rank") == value(1));
  BOOST_TEST(prop(zaragoza, "height") == value(1.78));
  BOOST_TEST(prop(zaragoza, "alive") == value(false));
  BOOST_TEST(prop(zaragoza, "aliases") == value(value_list{"Zaragoza", "El General"}));
  BOOST_TEST(prop(zaragoza, "wounds") == value(value_list{1, 2}));

  const node_id diaz = node("Person", "Díaz, Porfirio");
  BOOST_TEST(prop(diaz, "born") == date("1830-09"));
  BOOST_TEST(prop(diaz, "height").is_null());
  BOOST_TEST(prop(diaz, "alive") == value(true));
  BOOST_TEST(prop(diaz, "aliases") == value(value_list{"Don Porfirio", "El Llorón"}));
  BOOST_TEST(prop(diaz, "wounds").is_null());

  const node_id lorencez = node("Person", "Charles \"Lorencez\" de Latrille");
  BOOST_TEST(prop(lorencez, "born") == date("1814"));
  BOOST_TEST(prop(lorencez, "rank").is_null());
  BOOST_TEST(prop(lorencez, "alive") == value(false));
  BOOST_TEST(prop(lorencez, "wounds") == value(value_list{}));

  const node_id bazaine = node("Person", "Achille Bazaine"); // after a blank line
  BOOST_TEST(prop(bazaine, "height") == value(1.7));
  BOOST_TEST(prop(bazaine, "aliases").is_null()); // "" in a list column
  BOOST_TEST(prop(bazaine, "wounds") == value(value_list{3, 4}));
  BOOST_TEST(g.node(bazaine).properties.size() == 5u);
}

BOOST_AUTO_TEST_CASE(neo4j_node_header) {
  BOOST_TEST(prop(node("Regiment", 2), "name") == value("Chasseurs d'Afrique"));
  BOOST_TEST(prop(node("Battle", "Siege of Puebla"), "fought") == date("1863"));
}

BOOST_AUTO_TEST_CASE(reports_what_it_loaded) {
  graph fresh;
  const auto stats = load_csv_nodes(fresh, "Battle", data("battle.csv"));
  BOOST_TEST(stats.rows == 3u);
  BOOST_TEST(stats.bytes == std::filesystem::file_size(data("battle.csv")));
  BOOST_TEST(stats.seconds >= 0.0);
  BOOST_TEST(load_csv_nodes(fresh, "Person", data("person_header_only.csv")).rows == 0u);
}

BOOST_AUTO_TEST_CASE(relationships_by_primary_key) {
  const auto stats = load_csv_relationships(g, "COMMANDED", data("commanded.csv"));
  BOOST_TEST(stats.rows == 3u);
  BOOST_TEST(rels("COMMANDED") ==
                 (std::vector<std::string>{"'Ignacio Zaragoza' -> 'Battle of Puebla' {side: 'Mexico'}",
                                           "'Charles \"Lorencez\" de Latrille' -> 'Battle of Puebla' {side: 'France'}",
                                           "'Díaz, Porfirio' -> 'Battle of Puebla'"}),
             boost::test_tools::per_element());
  const node_id puebla = node("Battle", "Battle of Puebla");
  BOOST_TEST(g.in(puebla, *g.find_symbol("COMMANDED")).size() == 3u);
}

BOOST_AUTO_TEST_CASE(neo4j_relationship_header_in_any_order) {
  load_csv_relationships(g, "LED", data("led_neo4j.csv"));
  BOOST_TEST(rels("LED") == (std::vector<std::string>{"'Achille Bazaine' -> 1", "'Achille Bazaine' -> 2"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(keys_looked_up_in_every_endpoint_table) {
  load_csv_relationships(g, "FOUGHT_AT", data("fought_at.csv"));
  BOOST_TEST(rels("FOUGHT_AT") == (std::vector<std::string>{"'Achille Bazaine' -> 'Siege of Puebla'",
                                                            "1 -> 'Siege of Puebla'", "2 -> 'Battle of Camarón'"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(undeclared_relationship_type) {
  load_csv_relationships(g, "MET", data("met.csv"));
  BOOST_TEST(rels("MET") ==
                 std::vector<std::string>{"'Ignacio Zaragoza' -> 'Díaz, Porfirio' {place: 'Puebla', year: 1862}"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(undeclared_label_guesses_only_numbers) {
  load_csv_nodes(g, "Note", data("notes.csv"));
  const auto notes = g.nodes_with_label(*g.find_symbol("Note"));
  BOOST_TEST_REQUIRE(notes.size() == 2u);
  const node_id n1 = notes[0], n2 = notes[1];
  BOOST_TEST(prop(n1, "id") == value("n1"));
  BOOST_TEST(prop(n1, "text") == value("line one\nline two"));
  BOOST_TEST(prop(n1, "count") == value(12));
  BOOST_TEST(prop(n1, "ratio") == value(1.5));
  BOOST_TEST(prop(n1, "code") == value("007"));
  BOOST_TEST(prop(n1, "year") == value(1864)); // dates are not guessed
  BOOST_TEST(prop(n1, "flag") == value("true"));
  BOOST_TEST(prop(n1, "when") == date("1864-09"));
  BOOST_TEST(prop(n1, "tags") == value(value_list{"a", "b"}));
  BOOST_TEST(prop(n2, "text") == value(""));
  BOOST_TEST(prop(n2, "count") == value(-3));
  BOOST_TEST(prop(n2, "ratio") == value(-2000.0));
  BOOST_TEST(prop(n2, "code") == value("12")); // quoted: stays text
  BOOST_TEST(prop(n2, "year").is_null());
  BOOST_TEST(prop(n2, "when").is_null());
  BOOST_TEST(g.node(n2).properties.size() == 6u);
}

BOOST_AUTO_TEST_CASE(crlf_and_byte_order_mark) {
  const auto stats = load_csv_nodes(g, "Person", data("person_crlf_bom.csv"));
  BOOST_TEST(stats.rows == 2u);
  BOOST_TEST(prop(node("Person", "Benito\r\nJuárez"), "born") == date("1806-03-21"));
  BOOST_TEST(prop(node("Person", "Juan Almonte"), "born") == date("1803"));
}

BOOST_AUTO_TEST_CASE(other_delimiter_without_quoting) {
  csv_options options;
  options.delimiter = '|';
  options.quote = '\0';
  load_csv_nodes(g, "Monarch", data("pipes_no_quotes.csv"), options);
  const node_id max = g.nodes_with_label(*g.find_symbol("Monarch"))[0];
  BOOST_TEST(prop(max, "height") == value("6'2\""));
  BOOST_TEST(prop(max, "remark") == value("\"Emperor\""));
}

BOOST_AUTO_TEST_CASE(several_files_as_one_unit) {
  const auto before = dump(g);
  g.begin();
  load_csv_relationships(g, "COMMANDED", data("commanded.csv"));
  load_csv_relationships(g, "LED", data("led_neo4j.csv"));
  BOOST_TEST(g.relationship_count() == 5u);
  BOOST_TEST(g.in_transaction()); // the loads joined the caller's transaction
  g.rollback();
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(bad_files, loaded)

// Each bad file, the table it is loaded into, and the message after "file:".
BOOST_AUTO_TEST_CASE(each_kind_of_bad_file) {
  struct bad_file {
    std::string file, table;
    bool relationships;
    std::string message;
  };
  const std::vector<bad_file> cases{
      {"bad_unterminated.csv", "Person", false,
       "3:1: unterminated quoted field: the quote opened here is never closed"},
      {"bad_stray_quote.csv", "Person", false,
       "3:6: quote inside an unquoted field (quote the whole field and double the quote)"},
      {"bad_after_quote.csv", "Person", false,
       "2:7: expected ',' or the end of the line after the closing quote, found ' '"},
      {"bad_too_few.csv", "Person", false, "3:18: expected 3 fields (as in the header), found 2"},
      {"bad_too_many.csv", "Person", false, "3:21: expected 3 fields (as in the header), found 4"},
      {"bad_int.csv", "Person", false, "3:19: bad INT64 'x1' for column rank"},
      {"bad_date.csv", "Person", false, "2:15: bad DATE '1864-13' for column born"},
      {"bad_bool.csv", "Person", false, "2:15: bad BOOL 'yes' for column alive"},
      {"bad_double.csv", "Person", false, "2:15: bad DOUBLE '1,37' for column height"},
      {"bad_list.csv", "Person", false, "2:15: bad INT64 element 'x' in list '[1,x]' for column wounds"},
      {"bad_column.csv", "Person", false,
       "1:11: column title is not a property of table Person (it has: name, born, rank, height, alive, aliases, "
       "wounds)"},
      {"bad_no_key.csv", "Person", false, "1:1: no column for the primary key name of table Person"},
      {"bad_duplicate_key.csv", "Person", false,
       "4:1: duplicate primary key 'Benito Juarez' of table Person (also on line 2)"},
      {"bad_existing_key.csv", "Person", false,
       "3:1: primary key 'Ignacio Zaragoza' of table Person is already in the database"},
      {"bad_empty_key.csv", "Person", false, "3:1: empty primary key name of table Person"},
      {"bad_header_type.csv", "Person", false, "1:6: column born is DATE in table Person, but the header says INT64"},
      {"bad_header_unknown_type.csv", "Person", false,
       "1:6: unknown column type 'DATETIME' in header cell 'born:DATETIME'"},
      {"bad_duplicate_column.csv", "Person", false, "1:11: column name appears twice in the header (also column 1)"},
      {"bad_multiline.csv", "Person", false, "4:14: bad DATE '18O3' for column born"},
      {"bad_crlf.csv", "Person", false, "3:14: bad DATE '18O3' for column born"},
      {"bad_unknown_from.csv", "COMMANDED", true, "3:1: unknown FROM key 'Benito Juarez' of table Person"},
      {"bad_unknown_to.csv", "COMMANDED", true, "4:17: unknown TO key 'Battle of Queretaro' of table Battle"},
      {"bad_unknown_to.csv", "FOUGHT_AT", true,
       "1:9: column side is not a property of table FOUGHT_AT (it has: no properties)"},
      {"bad_one_column.csv", "COMMANDED", true,
       "1:1: a relationship file needs at least two columns: the FROM and TO keys"},
      {"bad_rel_property.csv", "COMMANDED", true,
       "1:14: column losses is not a property of table COMMANDED (it has: side)"},
  };
  for (const auto& c : cases) {
    const auto before = dump(g);
    const auto message = failure([&] {
      if (c.relationships) load_csv_relationships(g, c.table, data(c.file));
      else load_csv_nodes(g, c.table, data(c.file));
    });
    BOOST_TEST(message == data(c.file) + ":" + c.message, c.file << ": " << message);
    BOOST_TEST(dump(g) == before, c.file << " changed the graph");
    BOOST_TEST(!g.in_transaction());
  }
}

BOOST_AUTO_TEST_CASE(error_positions_and_kind) {
  try {
    load_csv_nodes(g, "Person", data("bad_int.csv"));
    BOOST_FAIL("loaded a bad file");
  } catch (const load_error& e) {
    BOOST_TEST(e.category() == "LoadError");
    BOOST_TEST(e.detail() == "BadValue");
    BOOST_TEST(e.where().line == 3u);
    BOOST_TEST(e.where().column == 19u);
    BOOST_TEST(e.where().offset == 60u); // "name,born,rank\n" + "Benito Juarez,1806-03-21,1\n" + "Juan Almonte,1803,"
  }
}

BOOST_AUTO_TEST_CASE(refusals_of_the_graph_name_the_row) {
  const auto before = dump(g);
  csv_options to_people;
  to_people.to_label = "Person";
  BOOST_TEST(failure([&] { load_csv_relationships(g, "COMMANDED", data("bad_endpoints.csv"), to_people); }) ==
             data("bad_endpoints.csv") +
                 ":2:1: relationship COMMANDED expects FROM Person TO Battle, was given FROM Person TO Person");
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(ambiguous_keys) {
  g.add_node({"Person"}, {{"name", "2"}});
  const auto before = dump(g);
  BOOST_TEST(failure([&] { load_csv_relationships(g, "FOUGHT_AT", data("bad_ambiguous.csv")); }) ==
             data("bad_ambiguous.csv") +
                 ":3:1: FROM key '2' is in tables Person and Regiment; name one with csv_options or :START_ID(Label)");
  BOOST_TEST(dump(g) == before);
  csv_options regiments;
  regiments.from_label = "Regiment";
  BOOST_TEST(failure([&] { load_csv_relationships(g, "FOUGHT_AT", data("bad_ambiguous.csv"), regiments); }) ==
             data("bad_ambiguous.csv") + ":2:1: unknown FROM key 'Achille Bazaine' of table Regiment");
}

BOOST_AUTO_TEST_CASE(files_and_tables_that_cannot_be_loaded) {
  const auto before = dump(g);
  BOOST_TEST(failure([&] { load_csv_nodes(g, "Person", data("missing.csv")); }) ==
             data("missing.csv") + ": cannot open (No such file or directory)");
  BOOST_TEST(failure([&] { load_csv_nodes(g, "Person", data("")); }) == data("") + ": cannot read: it is a directory");
  BOOST_TEST(failure([&] { load_csv_nodes(g, "COMMANDED", data("commanded.csv")); }) ==
             data("commanded.csv") + ": COMMANDED is a relationship table; load it with load_csv_relationships");
  BOOST_TEST(failure([&] { load_csv_relationships(g, "Person", data("person.csv")); }) ==
             data("person.csv") + ": Person is a node table; load it with load_csv_nodes");
  csv_options ships;
  ships.from_label = "Ship";
  BOOST_TEST(failure([&] { load_csv_relationships(g, "COMMANDED", data("commanded.csv"), ships); }) ==
             data("commanded.csv") + ": FROM table Ship is not a declared node table");
  graph empty;
  BOOST_TEST(failure([&] { load_csv_relationships(empty, "MET", data("met.csv")); }) ==
             data("met.csv") + ":1:1: no declared node table to look FROM keys up in");
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(a_failed_load_inside_a_transaction_is_undone_by_its_rollback) {
  const auto before = dump(g);
  g.begin();
  load_csv_relationships(g, "COMMANDED", data("commanded.csv"));
  BOOST_TEST(failure([&] { load_csv_relationships(g, "COMMANDED", data("bad_unknown_to.csv")); }) ==
             data("bad_unknown_to.csv") + ":4:17: unknown TO key 'Battle of Queretaro' of table Battle");
  BOOST_TEST(g.in_transaction());
  g.rollback();
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_SUITE_END()
