// Taking a graph elsewhere: Graphviz and GraphML for pictures and graph tools,
// CSV for neo4j-admin import and Kùzu's COPY FROM, Cypher scripts for annals and Neo4j.
//
//   std::ofstream out("war.dot");
//   annals::write_dot(out, db.graph(), annals::subgraph_of(db.query("MATCH p = (:Person)-[:COMMANDED]->() RETURN p"), db.graph()));
//
// Every writer takes a `subgraph`: the whole graph, or what a query returned.
// Writers throw std::runtime_error when a file cannot be written or a tool is
// missing. Those that write files (write_csv, render_dot) write them whole or
// not at all, as write_file_atomically does (annals/atomic_write.hpp); write
// the stream writers' output through it to get the same.
#pragma once

#include "annals/graph.hpp"
#include "annals/result.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

// Live nodes and relationships, ascending ids; the endpoints of every relationship are among the nodes.
struct subgraph {
  std::vector<node_id> nodes;
  std::vector<rel_id> relationships;
};

subgraph whole_graph(const graph& g);
// The nodes, relationships and paths in a query's rows (inside lists and maps
// too), with the endpoints of those relationships.
subgraph subgraph_of(const result& r, const graph& g);

// Graphviz DOT, through boost::write_graphviz: each node shows its name and
// labels, filled with a colour per label; each relationship shows its type,
// drawn in a style per type; properties are tooltips; a legend explains the
// colours and styles.
void write_dot(std::ostream& out, const graph& g, const subgraph& s);

// GraphML, through boost::write_graphml: node key `labels` (":A:B"), edge key
// `type` (`labels_2`, `type_2`, … when a property has that name), and a key per property name (typed when every record of the kind
// has it with one scalar type; text otherwise, empty where missing). Text XML
// cannot hold (control characters but tab and line breaks, malformed UTF-8)
// is refused with std::runtime_error before anything is written. DOT shows
// such characters as symbols (U+0001 as U+2401), so Graphviz's SVG is XML.
void write_graphml(std::ostream& out, const graph& g, const subgraph& s);

// Renders DOT text with Graphviz's `dot` program into `file`; `format` is a
// dot output format (svg, png, pdf, …). Throws when `dot` is not on the PATH or fails.
void render_dot(const std::string& dot, std::string_view format, const std::filesystem::path& file);

// CSV, one file per node table and per relationship table, for another graph database.
//
// File names hold the table names escaped so that every table has its own
// file on any file system: ASCII letters, digits and '-' stay, any other byte
// is _XX (its hex value), "__" joins a relationship type to its endpoint
// tables, and a name that would clash where case does not count, or is cut
// at 200 bytes, gets ".2", ".3", …: `A.B` is nodes_A_2EB.csv, `A_B`
// nodes_A_5FB.csv. manifest.tsv lists every file with its kind (nodes or
// relationships), table and endpoint tables (tab, line breaks and '\'
// escaped C-style); the import scripts are made from it. Every file is written
// whole, and none replaces an earlier export's until all are on disk.
//
// A node belongs to the table of its declared label (a node table of the
// schema), else of its first label by name, else to `Unlabelled`. A
// relationship belongs to its type, split by the tables of its endpoints when
// a type joins more than one pair of tables. Columns: a declared table's, in
// order; otherwise every property key of the table's records, by name, typed
// when all values agree. Derived relationship types are written as data.
//
// neo4j: files nodes_<Label>.csv with `key:ID(<Label>)` (the primary key; the
//   node id under `:ID(<Label>)` for undeclared labels), typed columns
//   (`born:date`, `aliases:string[]`, lists ';'-separated) and `:LABEL`;
//   rels_<TYPE>.csv with `:START_ID(<Label>)`, `:END_ID(<Label>)`, `:TYPE`
//   and typed columns; and import.sh running `neo4j-admin database import full`
//   on the files manifest.tsv lists.
//   Neo4j reads partial dates (1864-03) as their first day.
// kuzu: the same files with a header of column names only (primary key
//   included; rels start with `from,to`, the endpoints' primary keys; lists
//   bracketed), schema.cypher declaring every table (undeclared labels get an
//   `_id INT64` primary key) and copy.cypher with the `COPY … FROM` statements.
//   Kùzu's DATE needs full dates; annals reads partial ones.
enum class csv_dialect { neo4j, kuzu };

struct csv_file {
  std::filesystem::path path;
  std::string table;      // label or relationship type
  bool relationships = false;
  std::string from_table, to_table; // endpoint tables of a relationship file
};

// Creates `directory` if needed; returns the data files written, nodes first.
std::vector<csv_file> write_csv(const std::filesystem::path& directory, const graph& g, const subgraph& s,
                                csv_dialect dialect);

// A script that rebuilds the subgraph.
// annals: the schema's DDL (every table, derived ones with their query), then
//   one CREATE per node and one MATCH … CREATE per relationship; derived
//   relationships are left to their rule.
// neo4j: no DDL, derived relationships as data.
// Relationships find their endpoints by primary key; nodes without a declared
// label get a temporary `_export_id` property (`_export_id_2`, … when the
// exported nodes have one already), removed by the script's last statement.
enum class cypher_dialect { annals, neo4j };
void write_cypher(std::ostream& out, const graph& g, const subgraph& s, cypher_dialect dialect);

} // namespace annals
