// Kùzu's COPY as users write it: files with and without a header, other
// delimiters, SKIP, ESCAPE, IGNORE_ERRORS, lists of files and globs, and each
// RFC 4180 corner (last row without a newline, CRLF, BOM, quoted newlines,
// blank lines, ragged rows). Files are written at test time, one per case, so
// each case shows its bytes.
#define BOOST_TEST_MODULE csv_layouts
#include <boost/test/unit_test.hpp>

#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "annals/error.hpp"
#include "tests/support/graph_dump.hpp"

#include <fstream>

using namespace annals;
namespace fs = std::filesystem;

namespace {

struct fixture {
  fs::path dir;
  database db;
  fixture() {
    dir = fs::temp_directory_path() / ("annals_csv_layouts_" + std::to_string(::getpid()) + "_" +
                                       boost::unit_test::framework::current_test_case().p_name.get());
    fs::remove_all(dir);
    fs::create_directories(dir);
    db.imports().directory = dir; // COPY reads only there (tests/storage/import_file_test.cpp)
    db.execute("CREATE NODE TABLE Person(name STRING, born INT64, PRIMARY KEY(name));"
               "CREATE NODE TABLE Battle(name STRING, year INT64, PRIMARY KEY(name));"
               "CREATE REL TABLE FOUGHT(FROM Person TO Battle, side STRING);"
               "CREATE REL TABLE KNOWS(FROM Person TO Person);");
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
  // Runs a COPY statement with $DIR standing for the test's directory; its answer, one line per row.
  std::string copy(std::string statement) {
    for (auto at = statement.find("$DIR"); at != std::string::npos; at = statement.find("$DIR"))
      statement.replace(at, 4, dir.string());
    std::string out;
    for (const auto& row : db.execute(statement)) out += (out.empty() ? "" : "\n") + row[0].as<std::string>();
    return shorten(out);
  }
  // The error a COPY statement fails with, $DIR shortened back.
  std::string failure(const std::string& statement) {
    try {
      copy(statement);
    } catch (const error& e) {
      return shorten(e.message());
    }
    return "loaded";
  }
  std::string rows(const std::string& query) {
    std::string out;
    for (const auto& row : db.query(query)) {
      std::string line;
      for (const auto& v : row) line += (line.empty() ? "" : " ") + to_cypher(v);
      out += line + "\n";
    }
    return out;
  }
  std::string people() { return rows("MATCH (p:Person) RETURN p.name, p.born ORDER BY p.name"); }
  std::string fought() {
    return rows("MATCH (p:Person)-[f:FOUGHT]->(b:Battle) RETURN p.name, b.name, f.side ORDER BY p.name, b.name");
  }
  void battles() {
    file("battle.csv", "Puebla,1862\nCamaron,1863\n");
    copy("COPY Battle FROM '$DIR/battle.csv'");
  }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(header_or_not, fixture)

// The bug: a file without a header lost its first row, silently.
BOOST_AUTO_TEST_CASE(headerless_relationship_file_keeps_its_first_row) {
  file("person.csv", "Juarez,1806\nDiaz,1830\nLorencez,1814\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "3 rows loaded into Person");
  battles();
  file("fought.csv", "Diaz,Puebla,Mexico\nLorencez,Puebla,France\nDiaz,Camaron,Mexico\n");
  BOOST_TEST(copy("COPY FOUGHT FROM '$DIR/fought.csv'") == "3 rows loaded into FOUGHT");
  BOOST_TEST(fought() == "'Diaz' 'Camaron' 'Mexico'\n'Diaz' 'Puebla' 'Mexico'\n'Lorencez' 'Puebla' 'France'\n");
  file("knows.csv", "Diaz,Juarez\nJuarez,Diaz\n");
  BOOST_TEST(copy("COPY KNOWS FROM '$DIR/knows.csv'") == "2 rows loaded into KNOWS");
}

BOOST_AUTO_TEST_CASE(headerless_columns_by_position) {
  file("person.csv", "Juarez,1806\n");
  copy("COPY Person FROM '$DIR/person.csv' (HEADER=false)");
  BOOST_TEST(people() == "'Juarez' 1806\n");
  file("short.csv", "Diaz\n");
  BOOST_TEST(failure("COPY Person FROM '$DIR/short.csv'") ==
             "$DIR/short.csv:1:5: expected 2 fields (the columns name, born, by position), found 1 (line 1 was taken "
             "for data, not a header: if it is a header, say HEADER=true)");
}

BOOST_AUTO_TEST_CASE(header_detected_by_names_types_and_annotations) {
  file("names.csv", "born,name\n1806,Juarez\n"); // by name, in any order
  BOOST_TEST(copy("COPY Person FROM '$DIR/names.csv'") == "1 rows loaded into Person");
  file("types.csv", "who,year\nDiaz,1830\n"); // 'year' is not an INT64, so a header; then its names are checked
  BOOST_TEST(failure("COPY Person FROM '$DIR/types.csv'") ==
             "$DIR/types.csv:1:1: column who is not a property of table Person (it has: name, born) (line 1 was taken "
             "for a header, since 'year' is not INT64: if it is data, say HEADER=false)");
  file("neo4j.csv", "name:ID(Person),born:INT64\nDiaz,1830\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/neo4j.csv'") == "1 rows loaded into Person");
  battles();
  file("fought.csv", "from,to,side\nDiaz,Puebla,Mexico\n");
  BOOST_TEST(copy("COPY FOUGHT FROM '$DIR/fought.csv'") == "1 rows loaded into FOUGHT");
  BOOST_TEST(people() == "'Diaz' 1830\n'Juarez' 1806\n");
  BOOST_TEST(fought() == "'Diaz' 'Puebla' 'Mexico'\n");
}

BOOST_AUTO_TEST_CASE(header_option_overrides_detection) {
  // HEADER=false: a first row that looks like names is data all the same.
  file("person.csv", "name,1\nborn,2\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv' (HEADER=false)") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'born' 2\n'name' 1\n");
  // HEADER=true: a first row that reads as data is the header all the same.
  file("header.csv", "name,born\nJuarez,1806\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/header.csv' (header = TRUE)") == "1 rows loaded into Person");
}

BOOST_AUTO_TEST_CASE(undeclared_tables_need_a_header) {
  file("note.csv", "1,2\n3,4\n");
  BOOST_TEST(failure("COPY Note FROM '$DIR/note.csv'") ==
             "$DIR/note.csv:1:1: the first row reads as data, not a header, but Note is not a declared node table, so "
             "its columns need a header (declare the table to load files without one)");
  BOOST_TEST(failure("COPY Note FROM '$DIR/note.csv' (HEADER=false)") ==
             "$DIR/note.csv: HEADER=false needs a declared node table: the columns of Note are named only by a header");
  file("note2.csv", "text,weight\nan open label,2\n");
  BOOST_TEST(copy("COPY Note FROM '$DIR/note2.csv'") == "1 rows loaded into Note");
}

BOOST_AUTO_TEST_CASE(empty_files_load_nothing) {
  file("empty.csv", "");
  file("blank.csv", "\n\r\n\n");
  file("bom.csv", "\xEF\xBB\xBF");
  BOOST_TEST(copy("COPY Person FROM ['$DIR/empty.csv', '$DIR/blank.csv', '$DIR/bom.csv']") ==
             "0 rows loaded into Person");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(rfc_4180, fixture)

BOOST_AUTO_TEST_CASE(last_row_without_a_newline) {
  file("person.csv", "Juarez,1806\nDiaz,1830");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'Diaz' 1830\n'Juarez' 1806\n");
}

BOOST_AUTO_TEST_CASE(crlf_line_ends) {
  file("person.csv", "name,born\r\nJuarez,1806\r\n\"Diaz\",1830\r\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'Diaz' 1830\n'Juarez' 1806\n");
}

BOOST_AUTO_TEST_CASE(byte_order_mark) {
  file("person.csv", "\xEF\xBB\xBFname,born\nJuarez,1806\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "1 rows loaded into Person");
  BOOST_TEST(people() == "'Juarez' 1806\n");
}

BOOST_AUTO_TEST_CASE(quoted_newlines_delimiters_and_quotes) {
  file("person.csv", "\"Benito\nJuarez\",1806\n\"Diaz, Porfirio \"\"the elder\"\"\",1830\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'Benito\\nJuarez' 1806\n'Diaz, Porfirio \"the elder\"' 1830\n");
}

BOOST_AUTO_TEST_CASE(blank_lines_are_skipped) {
  file("person.csv", "\nJuarez,1806\n\n\r\nDiaz,1830\n\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv'") == "2 rows loaded into Person");
}

BOOST_AUTO_TEST_CASE(ragged_rows_are_errors_with_their_position) {
  file("long.csv", "name,born\nJuarez,1806\nDiaz,1830,extra\n");
  BOOST_TEST(failure("COPY Person FROM '$DIR/long.csv'") ==
             "$DIR/long.csv:3:11: expected 2 fields (as in the header), found 3");
  file("short.csv", "Juarez,1806\nDiaz\n");
  BOOST_TEST(failure("COPY Person FROM '$DIR/short.csv'") ==
             "$DIR/short.csv:2:5: expected 2 fields (the columns name, born, by position), found 1");
  BOOST_TEST(people() == "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(options, fixture)

BOOST_AUTO_TEST_CASE(delimiter_given_or_detected) {
  file("pipe.csv", "Juarez|1806\nDiaz|1830\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/pipe.csv' (DELIM='|')") == "2 rows loaded into Person");
  file("semicolon.csv", "name;born\nLorencez;1814\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/semicolon.csv'") == "1 rows loaded into Person"); // detected
  file("tab.csv", "Bazaine\t1811\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/tab.csv' (DELIMITER='\\t')") == "1 rows loaded into Person");
  BOOST_TEST(people() == "'Bazaine' 1811\n'Diaz' 1830\n'Juarez' 1806\n'Lorencez' 1814\n");
  // A ',' file whose cells hold '|' is still split at ','.
  battles();
  file("fought.csv", "Juarez,Puebla,a|b\nDiaz,Camaron,c|d\n");
  copy("COPY FOUGHT FROM '$DIR/fought.csv'");
  BOOST_TEST(fought() == "'Diaz' 'Camaron' 'c|d'\n'Juarez' 'Puebla' 'a|b'\n");
}

BOOST_AUTO_TEST_CASE(escape_character) {
  file("person.csv", "\"Juarez \\\"el benemerito\\\"\",1806\n\"back\\\\slash\",1\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv' (ESCAPE='\\\\')") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'Juarez \"el benemerito\"' 1806\n'back\\\\slash' 1\n");
}

BOOST_AUTO_TEST_CASE(skip_rows) {
  file("person.csv", "exported by a tool\n2 rows follow\nname,born\nJuarez,1806\nDiaz,1830\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv' (SKIP=2, HEADER=true)") == "2 rows loaded into Person");
  BOOST_TEST(people() == "'Diaz' 1830\n'Juarez' 1806\n");
}

BOOST_AUTO_TEST_CASE(without_ignore_errors_the_first_bad_row_fails_the_load) {
  file("person.csv", "Juarez,1806\nDiaz,eighteen\nBazaine,\"1811\n");
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv'") ==
             "$DIR/person.csv:2:6: bad INT64 'eighteen' for column born");
  BOOST_TEST(people() == "");
  // A quote never closed swallows the rest of the file: no row after it can be told apart, so it is never skipped.
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv' (IGNORE_ERRORS=true)") ==
             "$DIR/person.csv:3:9: unterminated quoted field: the quote opened here is never closed");
  BOOST_TEST(people() == "");
}

BOOST_AUTO_TEST_CASE(ignore_errors_skips_bad_rows_only) {
  file("person.csv", "Juarez,1806\nDiaz,eighteen\nJuarez,1807\nLorencez\nBaz\"aine,1811\nMiramon,1832");
  BOOST_TEST(copy("COPY Person FROM '$DIR/person.csv' (IGNORE_ERRORS=true)") ==
             "2 rows loaded into Person; 4 bad rows skipped (IGNORE_ERRORS)\n"
             "skipped $DIR/person.csv:2:6: bad INT64 'eighteen' for column born\n"
             "skipped $DIR/person.csv:3:1: duplicate primary key 'Juarez' of table Person (also on line 1)\n"
             "skipped $DIR/person.csv:4:9: expected 2 fields (the columns name, born, by position), found 1\n"
             "skipped $DIR/person.csv:5:4: quote inside an unquoted field (quote the whole field and double the "
             "quote)");
  BOOST_TEST(people() == "'Juarez' 1806\n'Miramon' 1832\n");
  battles();
  file("fought.csv", "Juarez,Puebla,Mexico\nNobody,Puebla,France\nJuarez,Nowhere,Mexico\n");
  BOOST_TEST(copy("COPY FOUGHT FROM '$DIR/fought.csv' (IGNORE_ERRORS=true)") ==
             "1 rows loaded into FOUGHT; 2 bad rows skipped (IGNORE_ERRORS)\n"
             "skipped $DIR/fought.csv:2:1: unknown FROM key 'Nobody' of table Person\n"
             "skipped $DIR/fought.csv:3:8: unknown TO key 'Nowhere' of table Battle");
}

BOOST_AUTO_TEST_CASE(lists_of_files_and_globs_load_as_one) {
  file("p1.csv", "Juarez,1806\n");
  file("p2.csv", "Diaz,1830\n");
  file("p3.csv", "Lorencez,1814\n");
  BOOST_TEST(copy("COPY Person FROM ['$DIR/p1.csv', '$DIR/p2.csv']") == "2 rows loaded into Person");
  file("more_1.csv", "Bazaine,1811\n");
  file("more_2.csv", "Miramon,1832\n");
  BOOST_TEST(copy("COPY Person FROM '$DIR/more_?.csv'") == "2 rows loaded into Person");
  BOOST_TEST(failure("COPY Person FROM '$DIR/none_*.csv'") == "$DIR/none_*.csv: no file matches the pattern");
  // All or nothing: a bad second file undoes the first.
  file("bad.csv", "Mejia,x\n");
  const auto before = annals::testing::dump(db.graph());
  BOOST_TEST(failure("COPY Person FROM ['$DIR/p3.csv', '$DIR/bad.csv']") ==
             "$DIR/bad.csv:1:1: column Mejia is not a property of table Person (it has: name, born) (line 1 was taken "
             "for a header, since 'x' is not INT64: if it is data, say HEADER=false)");
  BOOST_TEST(annals::testing::dump(db.graph()) == before);
}

BOOST_AUTO_TEST_CASE(from_and_to_for_tables_of_several_pairs) {
  db.execute("CREATE NODE TABLE Regiment(number INT64, PRIMARY KEY(number));"
             "CREATE REL TABLE SERVED(FROM Person TO Regiment, FROM Regiment TO Battle);");
  file("person.csv", "Juarez,1806\n");
  copy("COPY Person FROM '$DIR/person.csv'");
  battles();
  file("regiment.csv", "1\n2\n");
  copy("COPY Regiment FROM '$DIR/regiment.csv'");
  file("served.csv", "Juarez,1\n");
  BOOST_TEST(copy("COPY SERVED FROM '$DIR/served.csv' (from='Person', to='Regiment')") == "1 rows loaded into SERVED");
  file("fought.csv", "2,Puebla\n");
  BOOST_TEST(copy("COPY SERVED FROM '$DIR/fought.csv' (FROM='Regiment', TO='Battle')") == "1 rows loaded into SERVED");
  BOOST_TEST(rows("MATCH (a)-[:SERVED]->(b) RETURN labels(a)[0], labels(b)[0] ORDER BY labels(a)[0]") ==
             "'Person' 'Regiment'\n'Regiment' 'Battle'\n");
}

BOOST_AUTO_TEST_CASE(bad_options_point_at_their_text) {
  file("person.csv", "Juarez,1806\n");
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv' (DELIM='||')") ==
             "DELIM takes one character, as in DELIM='|'");
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv' (HEADER=maybe)") == "HEADER is true or false");
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv' (SKIP='2')") == "SKIP takes a number of rows, as in SKIP=1");
  BOOST_TEST(failure("COPY Person FROM '$DIR/person.csv' (COMPRESSION='gzip')") ==
             "unknown COPY option COMPRESSION (annals knows DELIM, DELIMITER, QUOTE, ESCAPE, HEADER, SKIP, "
             "IGNORE_ERRORS, AUTO_DETECT, PARALLEL, FROM, TO)");
  try {
    db.execute("COPY Person FROM 'p.csv' (HEADER=maybe)");
    BOOST_FAIL("accepted");
  } catch (const syntax_error& e) {
    BOOST_TEST(e.where().line == 1u);
    BOOST_TEST(e.where().column == 34u);
  }
}

BOOST_AUTO_TEST_SUITE_END()
