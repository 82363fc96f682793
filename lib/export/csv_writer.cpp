#include "annals/export.hpp"

#include "export/csv_tables.hpp"
#include "export/ddl.hpp"
#include "export/literals.hpp"
#include "export/record_fields.hpp"
#include "storage/atomic_file.hpp"

#include <cctype>
#include <memory>
#include <map>
#include <set>
#include <stdexcept>

namespace annals {

namespace {

using namespace detail;
namespace fs = std::filesystem;

// A table name as part of a file name, unique for every name on every file
// system: ASCII letters, digits and '-' stay; every other byte (punctuation,
// '_', spaces, non-ASCII) becomes _XX, its value in hex. So `A.B`, `A_B` and
// `A B` give A_2EB, A_5FB and A_20B, and "__" (which no escape starts with)
// can join the parts of a name.
std::string file_safe(std::string_view name) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && (std::isalnum(u) || c == '-')) {
      out += c;
    } else {
      out += '_';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

// File names stay unique where case does not count (macOS, Windows) and short
// enough for any file system: a name that would clash, or is cut, gets ".N"
// (escaped names hold no '.'). The manifest says which table each file holds.
class file_namer {
public:
  std::string name(std::string base) {
    constexpr std::size_t longest = 200;
    bool numbered = false;
    if (base.size() > longest) {
      base.resize(longest);
      numbered = true;
    }
    std::string candidate = base;
    for (std::size_t n = 2; numbered || !taken_.insert(folded(candidate)).second; ++n) {
      candidate = base + "." + std::to_string(n);
      numbered = false;
    }
    return candidate + ".csv";
  }

private:
  static std::string folded(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  std::set<std::string> taken_;
};

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

// The files a write_csv makes, each written whole or not at all; none
// replaces its target until every one of them is on disk.
class output_files {
public:
  explicit output_files(fs::path dir) : dir_(std::move(dir)) {}
  std::ostream& open(const std::string& name) {
    files_.push_back(std::make_unique<storage::atomic_file>(dir_ / name));
    return files_.back()->stream();
  }
  // The last file opened is complete: flushed and closed (a graph may have more tables than a process has descriptors).
  void finish_last() { files_.back()->finish(); }
  void commit() {
    for (auto& f : files_) f->commit();
  }

private:
  fs::path dir_;
  std::vector<std::unique_ptr<storage::atomic_file>> files_;
};

// A manifest field: tab, line breaks and backslash escaped, so each file is one line.
std::string manifest_field(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\\') out += "\\\\";
    else out += c;
  }
  return out;
}

// manifest.tsv: which table each file holds (file names are escaped, so only
// the manifest says), one line per file, read by import.sh.
void write_manifest(output_files& out, const std::vector<csv_file>& files) {
  auto& m = out.open("manifest.tsv");
  m << "kind\tfile\ttable\tfrom\tto\n";
  for (const auto& f : files)
    m << (f.relationships ? "relationships" : "nodes") << '\t' << f.path.filename().string() << '\t'
      << manifest_field(f.table) << '\t' << manifest_field(f.from_table) << '\t' << manifest_field(f.to_table) << '\n';
  out.finish_last();
}

void write_neo4j_script(output_files& out) {
  auto& sh = out.open("import.sh");
  sh << "#!/bin/sh\n"
     << "# Imports the files listed in manifest.tsv into a new Neo4j 5 database (stopped; its contents are replaced):\n"
     << "#   sh import.sh [DATABASE]\n"
     << "cd \"$(dirname \"$0\")\" || exit 1\n"
     << "database=${1:-neo4j}\n"
     << "tab=$(printf '\\t')\n"
     << "set --\n"
     << "while IFS=$tab read -r kind file rest; do\n"
     << "  case $kind in\n"
     << "  nodes) set -- \"$@\" --nodes=\"$file\" ;;\n"
     << "  relationships) set -- \"$@\" --relationships=\"$file\" ;;\n"
     << "  esac\n"
     << "done <manifest.tsv\n"
     << "exec neo4j-admin database import full --overwrite-destination --array-delimiter=';' \"$@\" \"$database\"\n";
  out.finish_last();
}

// schema.cypher declares the tables (as the graph declares them, or inferred);
// copy.cypher fills them, from the directory it is run in.
void write_kuzu_scripts(output_files& out, const csv_tables& tables, const std::vector<csv_file>& files) {
  auto& schema = out.open("schema.cypher");
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
  out.finish_last();

  auto& copy = out.open("copy.cypher");
  for (const auto& f : files) {
    copy << "COPY " << cypher_name(f.table) << " FROM '" << f.path.filename().string() << "' (header=true";
    if (f.relationships)
      copy << ", from=" << cypher_literal(value(f.from_table)) << ", to=" << cypher_literal(value(f.to_table));
    copy << ");\n";
  }
  out.finish_last();
}

} // namespace

std::vector<csv_file> write_csv(const fs::path& directory, const graph& g, const subgraph& s, csv_dialect dialect) {
  std::error_code ec;
  const bool made = fs::create_directories(directory, ec);
  if (ec)
    throw std::runtime_error(directory.string() + ": cannot write: cannot create the directory (" + ec.message() + ")");
  try {
    const auto tables = plan_csv_tables(g, s);
    std::vector<csv_file> files;
    output_files out(directory);
    file_namer names;
    for (const auto& t : tables.nodes) {
      auto& file = files.emplace_back(csv_file{directory / names.name("nodes_" + file_safe(t.label)), t.label});
      auto& o = out.open(file.path.filename().string());
      o << node_header(t, dialect);
      for (auto n : t.nodes) o << node_row(g, t, n, dialect);
      out.finish_last();
    }
    for (const auto& t : tables.relationships) {
      const auto base =
          "rels_" + file_safe(t.type) + (t.split ? "__" + file_safe(t.from) + "__" + file_safe(t.to) : "");
      auto& file = files.emplace_back(csv_file{directory / names.name(base), t.type, true, t.from, t.to});
      auto& o = out.open(file.path.filename().string());
      o << rel_header(t, dialect);
      for (auto r : t.relationships) o << rel_row(g, t, r, dialect);
      out.finish_last();
    }
    write_manifest(out, files);
    if (dialect == csv_dialect::neo4j) write_neo4j_script(out);
    else write_kuzu_scripts(out, tables, files);
    out.commit();
    return files;
  } catch (...) {
    if (made) fs::remove(directory, ec); // only when still empty: nothing half-made is left
    throw;
  }
}

} // namespace annals
