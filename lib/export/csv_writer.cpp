#include "annals/export.hpp"

#include "export/csv_tables.hpp"
#include "export/ddl.hpp"
#include "export/literals.hpp"
#include "export/record_fields.hpp"

#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

namespace annals {

namespace {

using namespace detail;
namespace fs = std::filesystem;

// Names become file names: ASCII punctuation (and '/') becomes '_'; other bytes stay.
std::string file_safe(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    out += u >= 0x80 || std::isalnum(u) || c == '-' || c == '_' ? c : '_';
  }
  return out;
}

std::string plain_text(const value& v) {
  if (const auto* s = v.get_if<std::string>()) return *s;
  if (const auto* d = v.get_if<partial_date>()) return d->to_string();
  return to_cypher(v);
}

// A list cell: neo4j-admin separates elements with ';', Kùzu brackets them
// and quotes strings (with ' unless the string holds one).
std::string list_text(const value_list& list, csv_dialect dialect) {
  std::string out;
  for (const auto& e : list) {
    std::string text = plain_text(e);
    if (dialect == csv_dialect::kuzu && e.is<std::string>()) {
      const char quote = text.find('\'') == std::string::npos ? '\'' : '"';
      text = quote + text + quote;
    }
    out += (out.empty() ? "" : dialect == csv_dialect::kuzu ? "," : ";") + text;
  }
  return dialect == csv_dialect::kuzu ? "[" + out + "]" : out;
}

std::string cell(const value* v, csv_dialect dialect) {
  if (!v || v->is_null()) return {};
  if (const auto* l = v->get_if<value_list>()) {
    // neo4j-admin has no empty array: an empty list is left out, like a missing value.
    if (l->empty() && dialect == csv_dialect::neo4j) return {};
    return csv_field(list_text(*l, dialect));
  }
  return csv_field(plain_text(*v));
}

const value* property(const graph& g, const property_set& properties, const std::string& key) {
  const auto s = g.find_symbol(key);
  return s ? properties.get(*s) : nullptr;
}

std::string neo4j_type(const data_type& t) {
  using b = data_type::base;
  std::string name;
  switch (t.element) {
  case b::any: return {};
  case b::boolean: name = "boolean"; break;
  case b::int64: name = "long"; break;
  case b::double_: name = "double"; break;
  case b::string: name = "string"; break;
  case b::date: name = "date"; break;
  }
  return ":" + name + (t.is_list ? "[]" : "");
}

// Kùzu cannot store `any`: such columns are written as text.
std::string kuzu_type(const data_type& t) {
  return t.element == data_type::base::any ? "STRING" : t.to_string();
}

// What relationship files use to name a node: its primary key, or its id in an undeclared table.
std::string node_key(const graph& g, node_id n) {
  if (const auto* t = declared_table(g, n))
    if (const auto* v = property(g, g.node(n).properties, t->primary_key)) return plain_text(*v);
  return std::to_string(n);
}

std::ofstream open_file(const fs::path& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return out;
}

std::string node_header(const csv_node_table& t, csv_dialect dialect) {
  std::vector<std::string> fields;
  const bool neo4j = dialect == csv_dialect::neo4j;
  if (!t.declared) fields.push_back(csv_field(neo4j ? ":ID(" + t.label + ")" : "_id"));
  for (const auto& c : t.columns) {
    const bool key = t.declared && c.name == t.declared->primary_key;
    fields.push_back(csv_field(!neo4j ? c.name : key ? c.name + ":ID(" + t.label + ")" : c.name + neo4j_type(c.type)));
  }
  if (neo4j) fields.push_back(":LABEL");
  return csv_record(fields);
}

std::string node_row(const graph& g, const csv_node_table& t, node_id n, csv_dialect dialect) {
  std::vector<std::string> fields;
  if (!t.declared) fields.push_back(std::to_string(n));
  for (const auto& c : t.columns) fields.push_back(cell(property(g, g.node(n).properties, c.name), dialect));
  if (dialect == csv_dialect::neo4j) {
    std::string labels;
    for (auto l : label_names(g, n)) labels += (labels.empty() ? "" : ";") + std::string(l);
    fields.push_back(csv_field(labels));
  }
  return csv_record(fields);
}

std::string rel_header(const csv_rel_table& t, csv_dialect dialect) {
  std::vector<std::string> fields;
  if (dialect == csv_dialect::neo4j) {
    fields = {csv_field(":START_ID(" + t.from + ")"), csv_field(":END_ID(" + t.to + ")"), ":TYPE"};
    for (const auto& c : t.columns) fields.push_back(csv_field(c.name + neo4j_type(c.type)));
  } else {
    fields = {"from", "to"};
    for (const auto& c : t.columns) fields.push_back(csv_field(c.name));
  }
  return csv_record(fields);
}

std::string rel_row(const graph& g, const csv_rel_table& t, rel_id r, csv_dialect dialect) {
  std::vector<std::string> fields{csv_field(node_key(g, g.source(r))), csv_field(node_key(g, g.target(r)))};
  if (dialect == csv_dialect::neo4j) fields.push_back(csv_field(t.type));
  for (const auto& c : t.columns) fields.push_back(cell(property(g, g.rel(r).properties, c.name), dialect));
  return csv_record(fields);
}

std::string shell_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void write_neo4j_script(const fs::path& dir, const std::vector<csv_file>& files) {
  auto out = open_file(dir / "import.sh");
  out << "#!/bin/sh\n"
      << "# Imports these files into a new Neo4j 5 database (stopped; its contents are replaced):\n"
      << "#   sh import.sh [DATABASE]\n"
      << "cd \"$(dirname \"$0\")\" || exit 1\n"
      << "exec neo4j-admin database import full --overwrite-destination --array-delimiter=';' \\\n";
  for (const auto& f : files)
    out << "  --" << (f.relationships ? "relationships" : "nodes") << "=" << shell_quoted(f.path.filename().string())
        << " \\\n";
  out << "  \"${1:-neo4j}\"\n";
}

// schema.cypher declares the tables (as the graph declares them, or inferred);
// copy.cypher fills them, from the directory it is run in.
void write_kuzu_scripts(const fs::path& dir, const graph& g, const csv_tables& tables,
                        const std::vector<csv_file>& files) {
  auto schema = open_file(dir / "schema.cypher");
  for (const auto& t : tables.nodes) {
    if (t.declared) {
      schema << node_table_ddl(*t.declared) << ";\n";
      continue;
    }
    schema << "CREATE NODE TABLE " << cypher_name(t.label) << "(_id INT64";
    for (const auto& c : t.columns) schema << ", " << cypher_name(c.name) << " " << kuzu_type(c.type);
    schema << ", PRIMARY KEY(_id));\n";
  }
  std::map<std::string, std::vector<const csv_rel_table*>> by_type;
  for (const auto& t : tables.relationships) by_type[t.type].push_back(&t);
  for (const auto& [type, parts] : by_type) {
    schema << "CREATE REL TABLE " << cypher_name(type) << "(";
    std::string separator;
    for (const auto* part : parts) {
      schema << separator << "FROM " << cypher_name(part->from) << " TO " << cypher_name(part->to);
      separator = ", ";
    }
    for (const auto& c : parts.front()->columns) schema << ", " << cypher_name(c.name) << " " << kuzu_type(c.type);
    schema << ");\n";
  }

  auto copy = open_file(dir / "copy.cypher");
  for (const auto& f : files) {
    copy << "COPY " << cypher_name(f.table) << " FROM '" << f.path.filename().string() << "' (header=true";
    if (f.relationships) copy << ", from='" << f.from_table << "', to='" << f.to_table << "'";
    copy << ");\n";
  }
}

} // namespace

std::vector<csv_file> write_csv(const fs::path& directory, const graph& g, const subgraph& s, csv_dialect dialect) {
  fs::create_directories(directory);
  const auto tables = plan_csv_tables(g, s);
  std::vector<csv_file> files;
  for (const auto& t : tables.nodes) {
    auto& file = files.emplace_back(csv_file{directory / ("nodes_" + file_safe(t.label) + ".csv"), t.label});
    auto out = open_file(file.path);
    out << node_header(t, dialect);
    for (auto n : t.nodes) out << node_row(g, t, n, dialect);
  }
  for (const auto& t : tables.relationships) {
    const auto name = "rels_" + file_safe(t.type) + (t.split ? "_" + file_safe(t.from) + "_" + file_safe(t.to) : "");
    auto& file = files.emplace_back(csv_file{directory / (name + ".csv"), t.type, true, t.from, t.to});
    auto out = open_file(file.path);
    out << rel_header(t, dialect);
    for (auto r : t.relationships) out << rel_row(g, t, r, dialect);
  }
  if (dialect == csv_dialect::neo4j) write_neo4j_script(directory, files);
  else write_kuzu_scripts(directory, g, tables, files);
  return files;
}

} // namespace annals
