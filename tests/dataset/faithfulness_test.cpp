// The bundled dataset (examples/intervention) is faithful to its seed text:
// it loads without error, every record cites a real section and lines that
// name it, and COUNTS.md tells the truth about how many records there are.
#define BOOST_TEST_MODULE dataset_faithfulness
#include <boost/test/unit_test.hpp>

#include "accent_folding.hpp"
#include "citation_check.hpp"
#include "counts_table.hpp"
#include "dataset_files.hpp"
#include "seed_text.hpp"

#include <algorithm>

using namespace annals;
using namespace annals::testing;

namespace {

const seed_text& seed() {
  static const seed_text text(read_text(seed_path()));
  return text;
}

// Loaded once: the checks only read it. Derived types are computed up front
// so that their relationships are in the graph the checks walk.
database& dataset() {
  static database db;
  static const auto failures = [] {
    auto f = load_dataset(db, dataset_dir());
    db.refresh_derived();
    return f;
  }();
  // Boost.Test builds the message before it checks: never read front() of an empty list.
  BOOST_REQUIRE_MESSAGE(failures.empty(), "the dataset does not load: " << (failures.empty() ? "" : failures.front()));
  return db;
}

std::size_t count_of_type(const graph& g, std::string_view type) {
  const auto t = g.find_symbol(type);
  std::size_t n = 0;
  for (rel_id r = 0; r < g.rel_capacity(); ++r)
    if (g.rel_alive(r) && t && g.rel(r).type == *t) ++n;
  return n;
}

} // namespace

// ---- the checker's own parts ------------------------------------------------

BOOST_AUTO_TEST_CASE(folding_ignores_accents_and_case) {
  BOOST_TEST(fold("Benito Juárez") == "benito juarez");
  BOOST_TEST(fold("ÉLIE FRÉDÉRIC FOREY") == "elie frederic forey");
  BOOST_TEST(fold("Querétaro, Mazatlán, Nuevo León, Ñ, Œuvre") == "queretaro, mazatlan, nuevo leon, n, oeuvre");
  BOOST_TEST(fold("Benito Juárez’s") == "benito juarez's");
  BOOST_TEST(fold("12^{e} Chasseurs à cheval – 1866") == "12^{e} chasseurs a cheval – 1866"); // the dash stays
  BOOST_TEST(mentions("troops of Tomas Mejia", "Tomás Mejía"));
  BOOST_TEST(!mentions("troops of Tomás Mejía", "Miramón"));
  BOOST_TEST(!mentions("anything", ""));
}

BOOST_AUTO_TEST_CASE(seed_sections_are_heading_paths) {
  const auto& s = seed();
  BOOST_TEST(s.line_count() == 416u);
  BOOST_TEST(s.section_of(4) == "Infobox");
  BOOST_TEST(s.section_of(16) == "Introduction");
  BOOST_TEST(s.section_of(22) == "Background"); // a heading line opens its section
  BOOST_TEST(s.section_of(139) == "Republican counteroffensive > Continued Northern campaign and \"Black Decree\"");
  BOOST_TEST(s.section_of(285) == "Divisions and disembarkation of allied troops > French expeditionary force, 31 December "
                                  "1862 > 1^{ère} Division d'Infanterie (GdD Bazaine)");
  BOOST_TEST(s.has_section("Republican counteroffensive > Fall of the empire > Execution of Maximilian"));
  BOOST_TEST(!s.has_section("Execution of Maximilian")); // only full paths
  BOOST_TEST(s.section_contains("Republican counteroffensive", 248)); // subsections lie within their parent
  BOOST_TEST(!s.section_contains("Republican counteroffensive", 253));
  BOOST_TEST(!s.section_contains("Infobox", 16));
  BOOST_TEST(s.section_contains("Sources", 416));
}

// The checker finds each kind of broken citation, with the record and the line.
BOOST_AUTO_TEST_CASE(checker_reports_every_broken_citation) {
  graph g;
  const auto person = [&](const char* name, const char* source, value_list lines) {
    return g.add_node({"Person"}, {{"name", name}, {"source", source}, {"lines", std::move(lines)}});
  };
  const auto ok = person("Juan Cortina", "French invasion > Northern campaign", {104});
  const auto wrong_line = person("Juan Prim", "French invasion > Northern campaign", {104});
  const auto outside = person("Benito Juárez", "Background", {9});
  person("Tomás Mejía", "Northern campaign", {104}); // not a full path
  g.add_node({"Person"}, {{"name", "Nobody"}});
  g.add_relationship(ok, wrong_line, "MET", {{"source", "Infobox"}, {"lines", value_list{9}}});
  g.add_relationship(ok, outside, "MET", {{"source", "Infobox"}, {"lines", value_list{9}}}); // Juárez is named there

  const auto problems = citation_problems(g, seed());
  for (const auto& p : problems) BOOST_TEST_MESSAGE(p);
  BOOST_REQUIRE_EQUAL(problems.size(), 5u);
  const auto reported = [&](std::string_view a, std::string_view b) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
      return p.find(a) != std::string::npos && p.find(b) != std::string::npos;
    });
  };
  BOOST_TEST(reported("(:Person 'Juan Prim') cites line 104", "names none of"));
  BOOST_TEST(reported("(:Person 'Benito Juárez') cites line 9", "which is in 'Infobox', not in 'Background'"));
  BOOST_TEST(reported("(:Person 'Tomás Mejía')", "unknown section 'Northern campaign'"));
  BOOST_TEST(reported("(:Person 'Nobody')", "no citation"));
  BOOST_TEST(reported("-[:MET]->(:Person 'Juan Prim') cites line 9", "- Commander1: Benito Juárez"));
}

// ---- the dataset ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(dataset_loads_without_error) {
  database db;
  const auto failures = load_dataset(db, dataset_dir());
  for (const auto& f : failures) BOOST_ERROR(f);
  BOOST_TEST(failures.empty());
  BOOST_TEST(db.graph().node_count() > 0u);
}

BOOST_AUTO_TEST_CASE(every_record_cites_lines_that_name_it) {
  const auto& g = dataset().graph();
  BOOST_REQUIRE(g.relationship_count() > 0u);
  const auto problems = citation_problems(g, seed());
  for (const auto& p : problems) BOOST_ERROR(p);
  BOOST_TEST(problems.size() == 0u);
}

BOOST_AUTO_TEST_CASE(counts_md_matches_the_graph) {
  const auto& g = dataset().graph();
  const auto documented = parse_counts(read_text(dataset_dir() / "COUNTS.md"));
  BOOST_REQUIRE(documented.contains("Nodes"));
  BOOST_REQUIRE(documented.contains("Relationships"));
  const auto derived_heading = std::find_if(documented.begin(), documented.end(),
                                            [](const auto& s) { return s.first.starts_with("Derived"); });
  BOOST_REQUIRE(derived_heading != documented.end());
  const auto& nodes = documented.at("Nodes");
  const auto& stored = documented.at("Relationships");
  const auto& derived = derived_heading->second;

  // Every declared table is documented, with its true count.
  std::size_t node_total = 0, stored_total = 0;
  for (const auto& [label, table] : g.schema().node_tables()) {
    const auto symbol = g.find_symbol(label);
    const auto actual = symbol ? g.nodes_with_label(*symbol).size() : 0;
    node_total += actual;
    BOOST_TEST_CONTEXT("label " << label) {
      BOOST_TEST(nodes.rows.contains(label));
      if (nodes.rows.contains(label)) BOOST_TEST(nodes.rows.at(label) == actual);
    }
  }
  for (const auto& [type, table] : g.schema().rel_tables()) {
    const auto actual = count_of_type(g, type);
    if (!table.is_derived()) stored_total += actual;
    const auto& documented_rows = table.is_derived() ? derived.rows : stored.rows;
    BOOST_TEST_CONTEXT("relationship type " << type) {
      BOOST_TEST(documented_rows.contains(type));
      if (documented_rows.contains(type)) BOOST_TEST(documented_rows.at(type) == actual);
    }
  }
  // ... and nothing is documented that the schema lacks.
  BOOST_TEST(nodes.rows.size() == g.schema().node_tables().size());
  BOOST_TEST(stored.rows.size() + derived.rows.size() == g.schema().rel_tables().size());
  BOOST_TEST(nodes.total == node_total);
  BOOST_TEST(nodes.total == g.node_count());
  BOOST_TEST(stored.total == stored_total);
}
