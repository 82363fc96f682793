// Every function the public headers declare out of line is defined: this
// program takes the address of each (a program that only compiles against a
// declaration fails to link, as result::column once did). Linked like any
// consumer of annals::annals; overloads are picked by their signature.
#define BOOST_TEST_MODULE every_declaration_links
#include <boost/test/unit_test.hpp>

#include "annals/annals.hpp"

#include <algorithm>
#include <vector>

using namespace annals;

namespace {

// The addresses, kept so the optimiser cannot drop the references.
template <class... F> std::size_t count_defined(F... f) {
  const std::vector<bool> present{(f != nullptr)...};
  return static_cast<std::size_t>(std::count(present.begin(), present.end(), true));
}

} // namespace

BOOST_AUTO_TEST_CASE(database_and_prepared_statements) {
  using db = database;
  const auto n = count_defined(
      &db::execute, static_cast<result (db::*)(std::string_view, const value_map&)>(&db::query),
      static_cast<result (db::*)(std::string_view, const value_map&, const query_limits&)>(&db::query),
      &db::load_script, &db::load_directory, &db::check, &db::prepare,
      static_cast<void (db::*)(node_table)>(&db::declare), static_cast<void (db::*)(rel_table)>(&db::declare),
      &db::add_node, &db::add_relationship, &db::find_node, &db::save, &db::open, &db::durable, &db::checkpoint,
      &db::recovery_notes, &db::derived_definitions, static_cast<void (db::*)()>(&db::refresh_derived),
      static_cast<void (db::*)(std::initializer_list<std::string_view>)>(&db::refresh_derived),
      static_cast<result (prepared_statement::*)(const value_map&)>(&prepared_statement::run),
      static_cast<result (prepared_statement::*)(const value_map&, const query_limits&)>(&prepared_statement::run),
      &prepared_statement::columns);
  BOOST_TEST(n == 23u);
}

BOOST_AUTO_TEST_CASE(graph_result_error_value_and_text) {
  using g = graph;
  const auto n = count_defined(
      static_cast<void (g::*)(node_table)>(&g::declare), static_cast<void (g::*)(rel_table)>(&g::declare),
      &g::drop_table, &g::add_node, &g::add_relationship, &g::set_property, &g::set_rel_property, &g::add_label,
      &g::remove_label, &g::delete_node, &g::delete_relationship, &g::begin, &g::commit, &g::rollback, &g::has_label,
      static_cast<const value& (g::*)(node_id, std::string_view) const>(&g::property),
      static_cast<const value& (g::*)(rel_id, std::string_view) const>(&g::rel_property), &g::nodes_with_label,
      &g::find_node, &result::column, &error::describe, &position_in, &line_at,
      static_cast<std::string_view (*)(value_kind)>(&to_string), &to_cypher, &format_double, &compare_total,
      &render, &format_table, &format_csv, &format_json, &whole_graph, &subgraph_of, &write_dot, &write_graphml,
      &render_dot, &write_cypher, &copy_report, &expand_csv_files);
  BOOST_TEST(n == 39u);
}

BOOST_AUTO_TEST_CASE(dates_schema_and_procedures) {
  const auto n = count_defined(
      &partial_date::parse, &partial_date::from_days, &partial_date::month, &partial_date::day, &partial_date::start,
      &partial_date::end, &partial_date::uncertain, &partial_date::approximate, &partial_date::has_unspecified_digits,
      &partial_date::is_plain, &partial_date::days, &partial_date::stated_days, &partial_date::start_days,
      &partial_date::end_days, &partial_date::to_string, &partial_date::precision_name, &compare_certain,
      &certainly_less, &certainly_less_or_equal, &overlaps, static_cast<std::string_view (*)(date_precision)>(&to_string),
      &event_span_of, static_cast<std::optional<bool> (*)(allen_relation, const event_span&, const event_span&)>(&holds),
      &in_or_after, &in_or_before, &within, &data_type::parse, &data_type::to_string, &data_type::admits,
      &node_table::find, &rel_table::find, &schema::add_node_table, &schema::add_rel_table, &schema::drop_table,
      &schema::find_node_table, &schema::find_rel_table, &procedure_type::parse, &procedure_type::to_string,
      &procedure_type::admits, &procedure_type::admits_kind, &procedure_signature::to_string,
      &procedure_signature::required_inputs, &procedure_registry::add, &procedure_registry::find,
      &procedure_registry::all);
  BOOST_TEST(n == 45u);
}
