#include "annals/csv_loader.hpp"

#include "annals/error.hpp"
#include "storage/csv_cell.hpp"
#include "storage/csv_reader.hpp"
#include "storage/import_file.hpp"
#include "storage/progress_bar.hpp"

#include <algorithm>
#include <chrono>
#include <glob.h>
#include <optional>

namespace annals {
namespace {

using storage::csv_field;

// What a header cell says about its column: `name[:annotation]`.
struct header_cell {
  enum class role { property, id, start_id, end_id, ignore };
  std::string name;
  role kind = role::property;
  std::optional<data_type> type; // from the annotation
  std::string id_space;          // Label in :ID(Label), :START_ID(Label), :END_ID(Label)
  csv_field where;
};

// A column loaded as a property; `slot` is its entry in the property map
// reused for every row, so rows allocate no map nodes.
struct property_column {
  std::size_t field;
  std::string name;
  data_type type;
  value* slot;
};

// A node table in which FROM or TO keys are looked up.
struct key_table {
  std::string label;
  data_type key_type;
};

struct endpoint {
  std::string role; // FROM or TO
  std::size_t field = 0;
  std::vector<key_table> tables;
};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string quoted(std::string_view s) {
  if (s.size() > 40) return "'" + std::string(s.substr(0, 37)) + "...'";
  return "'" + std::string(s) + "'";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(separator)) + s;
  return out;
}

// Column types by name: annals' (INT64, DATE, STRING[] …) and neo4j-admin's (int, long, boolean …).
std::optional<data_type> parse_type(std::string_view text) {
  std::string name = upper(text);
  std::string list;
  if (name.ends_with("[]")) {
    list = "[]";
    name.resize(name.size() - 2);
  }
  if (name == "LONG" || name == "SHORT" || name == "BYTE") name = "INT64";
  else if (name == "CHAR") name = "STRING";
  return data_type::parse(name + list);
}

[[noreturn]] void fail_file(const std::string& file, const std::string& detail, const std::string& what) {
  throw load_error("LoadError", detail, file + ": " + what);
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && upper(a) == upper(b);
}

// Kùzu's delimiter detection: of ',', '|', ';' and tab, the one that splits
// the first rows into the same number of fields, most fields winning (ties
// in that order); ',' when none does. Quoted fields are read as such.
char detect_delimiter(const std::string& text, const csv_options& options) {
  constexpr std::size_t sample_rows = 20;
  std::size_t end = 0;
  for (std::size_t rows = 0; rows < sample_rows + options.skip && end < text.size(); ++rows) {
    const auto eol = text.find('\n', end);
    end = eol == std::string::npos ? text.size() : eol + 1;
  }
  char best = ',';
  std::size_t best_fields = 1;
  for (const char candidate : {',', '|', ';', '\t'}) {
    std::string sample = text.substr(0, end);
    std::vector<csv_field> fields;
    std::size_t count = 0, rows = 0;
    bool consistent = true;
    try {
      storage::csv_reader reader(sample, "", candidate, options.quote, options.escape);
      for (std::size_t skipped = 0; skipped < options.skip && reader.next(fields); ++skipped) {
      }
      while (consistent && reader.next(fields)) {
        if (rows++ == 0) count = fields.size();
        consistent = fields.size() == count;
      }
    } catch (const load_error&) {
      consistent = consistent && rows > 1; // the sample may end inside a quoted field
    }
    if (consistent && count > best_fields) {
      best = candidate;
      best_fields = count;
    }
  }
  return best;
}

// One load of one file: the text, its reader, the header, and the checks
// shared by node and relationship files.
class csv_load {
public:
  csv_load(graph& g, const std::filesystem::path& path, const csv_options& options, const std::string& title)
      : g_(g), options_(options), file_(path.string()), text_(storage::read_import_file(path, options.import ? &*options.import : nullptr)),
        delimiter_(options.delimiter ? options.delimiter : detect_delimiter(text_, options)),
        reader_(text_, file_, delimiter_, options.quote, options.escape), bar_(title, text_.size(), options.progress) {}

  graph& g() { return g_; }
  const graph& g() const { return g_; }
  const csv_options& options() const { return options_; }
  const std::vector<csv_field>& fields() const { return fields_; }
  const std::string& file() const { return file_; }

  [[noreturn]] void fail(const csv_field& at, const std::string& detail, const std::string& what) const {
    std::string message = what;
    if (first_row_is_data_ && at.line == first_line_ && !options_.header)
      message += " (line " + std::to_string(first_line_) +
                 " was taken for data, not a header: if it is a header, say HEADER=true)";
    if (!header_reason_.empty() && at.line == first_line_)
      message += " (line " + std::to_string(first_line_) + " was taken for a header, since " + header_reason_ +
                 ": if it is data, say HEADER=false)";
    storage::throw_load_error(file_, at.line, at.column, at.offset, detail, message);
  }
  [[noreturn]] void fail_file(const std::string& detail, const std::string& what) const {
    annals::fail_file(file_, detail, what);
  }

  // Reads past the SKIP rows to the first row; false when there is none.
  bool read_first_row() {
    for (std::size_t i = 0; i < options_.skip; ++i) {
      try {
        if (!reader_.next(fields_)) return false;
      } catch (const load_error& e) {
        if (e.detail() == "UnterminatedQuote") throw;
        reader_.skip_rest_of_record();
      }
    }
    if (!reader_.next(fields_)) return false;
    first_line_ = fields_.front().line;
    return true;
  }
  // The first row, before it is taken for a header or for data.
  const std::vector<csv_field>& first_row() const { return fields_; }

  // Takes the first row as the header.
  std::vector<header_cell> read_header() {
    std::vector<header_cell> cells;
    for (const auto& f : fields_) cells.push_back(parse_header_cell(f));
    header_size_ = cells.size();
    return cells;
  }

  // Takes the first row as data: its columns are `names`, by position.
  std::vector<header_cell> positional_header(const std::vector<std::string>& names) {
    first_row_is_data_ = true;
    std::vector<header_cell> cells;
    for (const auto& n : names) {
      header_cell h;
      h.name = n;
      h.where = fields_.front();
      cells.push_back(std::move(h));
    }
    header_size_ = cells.size();
    columns_named_ = join(names, ", ");
    return cells;
  }

  // Whether the first row reads as a header rather than data (header
  // detection): a cell carries a neo4j annotation (name:INT64, :ID(Group)),
  // or `named` says the cells are column names, or a cell is not of the
  // type of its column by position (Kùzu's rule).
  bool first_row_is_header(const std::vector<data_type>& types, const std::vector<std::string>& names, bool named) {
    if (options_.header) return *options_.header;
    if (named) return true;
    // When no cell names a column, a header found by its types alone may be a bad data row: say so in errors.
    const bool names_none = std::none_of(fields_.begin(), fields_.end(), [&](const csv_field& f) {
      return std::find(names.begin(), names.end(), f.text) != names.end();
    });
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (has_annotation(fields_[i].text)) return true;
      if (i >= types.size()) continue;
      value v;
      std::string why;
      if (!storage::parse_cell(fields_[i].text, fields_[i].quoted, types[i], options_.list_delimiter, v, why)) {
        if (names_none) header_reason_ = quoted(fields_[i].text) + " is not " + types[i].to_string();
        return true;
      }
    }
    return false;
  }

  // The next data row, checked to have as many fields as the header.
  bool next_row() {
    if (first_row_is_data_ && !first_row_taken_) {
      first_row_taken_ = true;
    } else if (!reader_.next(fields_)) {
      return false;
    }
    row_start_ = fields_.front();
    if (fields_.size() != header_size_) {
      const std::string what = "expected " + std::to_string(header_size_) + " fields (" +
                               (columns_named_.empty() ? std::string("as in the header")
                                                       : "the columns " + columns_named_ + ", by position") +
                               "), found " + std::to_string(fields_.size());
      if (fields_.size() > header_size_) fail(fields_[header_size_], "FieldCount", what);
      csv_field end{{}, false, reader_.end_line(), reader_.end_column(), reader_.end_offset()};
      fail(end, "FieldCount", what);
    }
    if ((++rows_ & 1023) == 0) bar_.update(reader_.bytes_read());
    return true;
  }

  // Runs `row` on every data row. Under IGNORE_ERRORS a row that fails is
  // skipped and counted; otherwise its error ends the load.
  template <class F> void for_each_row(F&& row) {
    for (std::size_t n = 1;; ++n) {
      if (options_.interrupt && n % 1024 == 0) options_.interrupt();
      try {
        if (!next_row()) return;
        row();
      } catch (const load_error& e) {
        if (!options_.ignore_errors || e.detail() == "UnterminatedQuote") throw;
        reader_.skip_rest_of_record();
        if (skipped_rows_.size() < csv_load_stats::max_skipped_rows_kept) skipped_rows_.push_back(e.message());
        ++skipped_;
      }
    }
  }

  // The property columns of the header (roles other than `property` and
  // `id` are the caller's), checked against the declared columns, if any.
  std::vector<property_column> property_columns(const std::vector<header_cell>& cells,
                                                const std::vector<column>* declared, const std::string& table) {
    std::vector<property_column> columns;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const header_cell& h = cells[i];
      if (h.kind != header_cell::role::property && h.kind != header_cell::role::id) continue;
      data_type type = h.type.value_or(data_type{});
      if (declared) {
        const column* c = nullptr;
        for (const auto& d : *declared)
          if (d.name == h.name) c = &d;
        if (!c) {
          std::vector<std::string> names;
          for (const auto& d : *declared) names.push_back(d.name);
          fail(h.where, "UnknownColumn",
               "column " + h.name + " is not a property of table " + table +
                   " (it has: " + (names.empty() ? std::string("no properties") : join(names, ", ")) + ")");
        }
        // A header's INT64 or :long fits an INT32 column: the declared range is checked per cell.
        if (h.type && (h.type->element != c->type.element || h.type->is_list != c->type.is_list))
          fail(h.where, "ColumnTypeMismatch",
               "column " + h.name + " is " + c->type.to_string() + " in table " + table + ", but the header says " +
                   h.type->to_string());
        type = c->type;
      }
      auto [slot, added] = properties_.emplace(h.name, value{});
      (void)added;
      columns.push_back({i, h.name, type, &slot->second});
    }
    return columns;
  }

  // Converts the row's property cells into the shared property map.
  const value_map& convert(const std::vector<property_column>& columns) {
    for (const auto& c : columns) {
      const csv_field& f = fields_[c.field];
      if (!storage::parse_cell(f.text, f.quoted, c.type, options_.list_delimiter, *c.slot, why_))
        fail(f, "BadValue", why_ + " for column " + c.name);
    }
    return properties_;
  }

  // A refusal of the graph, reported at the start of the current row.
  [[noreturn]] void fail_row(const error& e) const { fail(row_start_, e.detail(), e.message()); }

  // Runs the whole load as one unit: all rows or none.
  template <class F> csv_load_stats run(F&& body) {
    const auto start = std::chrono::steady_clock::now();
    csv_load_stats stats;
    if (g_.in_transaction()) {
      stats.rows = body();
    } else {
      g_.begin();
      try {
        stats.rows = body();
        g_.commit();
      } catch (...) {
        g_.rollback();
        throw;
      }
    }
    bar_.finish();
    stats.files = 1;
    stats.bytes = text_.size();
    stats.skipped = skipped_;
    stats.skipped_rows = skipped_rows_;
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return stats;
  }

private:
  // Whether a header cell reads `name:ANNOTATION` with an annotation neo4j-admin knows.
  static bool has_annotation(std::string_view text) {
    const auto paren = text.find('(');
    const auto colon = text.substr(0, paren).rfind(':');
    if (colon == std::string_view::npos) return false;
    std::string_view note =
        text.substr(colon + 1, paren == std::string_view::npos ? std::string_view::npos : paren - colon - 1);
    const std::string kind = upper(note);
    return kind == "ID" || kind == "START_ID" || kind == "END_ID" || kind == "IGNORE" || kind == "LABEL" ||
           kind == "TYPE" || parse_type(note).has_value();
  }

  header_cell parse_header_cell(const csv_field& f) const {
    header_cell h;
    h.where = f;
    const std::string_view text = f.text;
    // The annotation follows the last ':' before any '(' (an id space may hold ':').
    const auto paren = text.find('(');
    const auto colon = text.substr(0, paren).rfind(':');
    h.name = std::string(text.substr(0, colon));
    if (colon == std::string_view::npos) {
      if (h.name.empty()) fail(f, "BadHeader", "empty column name in the header");
      return h;
    }
    std::string_view note = text.substr(colon + 1);
    if (paren != std::string_view::npos) {
      if (!note.ends_with(')')) fail(f, "BadHeader", "missing ')' in header cell " + quoted(text));
      const auto open = paren - colon - 1;
      h.id_space = std::string(note.substr(open + 1, note.size() - open - 2));
      note = note.substr(0, open);
    }
    const std::string kind = upper(note);
    if (kind == "ID") h.kind = header_cell::role::id;
    else if (kind == "START_ID") h.kind = header_cell::role::start_id;
    else if (kind == "END_ID") h.kind = header_cell::role::end_id;
    else if (kind == "IGNORE") h.kind = header_cell::role::ignore;
    else if (kind == "LABEL" || kind == "TYPE")
      fail(f, "BadHeader",
           "neo4j :" + kind + " columns are not supported: load one file per " +
               (kind == "LABEL" ? "label" : "relationship type"));
    else if (auto t = parse_type(note)) h.type = t;
    else fail(f, "BadHeader", "unknown column type " + quoted(note) + " in header cell " + quoted(text));
    if (!h.id_space.empty() && h.kind == header_cell::role::property)
      fail(f, "BadHeader", "only :ID, :START_ID and :END_ID take a (Label) in header cell " + quoted(text));
    if (h.name.empty() && h.kind == header_cell::role::property)
      fail(f, "BadHeader", "empty column name in header cell " + quoted(text));
    return h;
  }

  graph& g_;
  csv_options options_;
  std::string file_;
  std::string text_;
  char delimiter_;
  storage::csv_reader reader_;
  storage::progress_bar bar_;
  std::vector<csv_field> fields_;
  csv_field row_start_;
  std::size_t header_size_ = 0, rows_ = 0, first_line_ = 0;
  bool first_row_is_data_ = false, first_row_taken_ = false;
  std::string columns_named_; // the positional columns, when the file has no header
  std::string header_reason_; // why the first row was taken for a header, when only its types said so
  std::size_t skipped_ = 0;
  std::vector<std::string> skipped_rows_;
  value_map properties_;
  std::string why_;
};

void check_unique_names(const csv_load& load, const std::vector<header_cell>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (!cells[i].name.empty() && cells[i].name == cells[j].name && cells[i].kind != header_cell::role::ignore &&
          cells[j].kind != header_cell::role::ignore)
        load.fail(cells[i].where, "DuplicateColumn",
                  "column " + cells[i].name + " appears twice in the header (also column " + std::to_string(j + 1) +
                      ")");
}

// ---- node files ------------------------------------------------------------------

// Duplicate keys are rare, so the graph finds them; only then do we look up
// which line of this file (or which earlier load) has the key.
[[noreturn]] void fail_duplicate(const csv_load& load, const property_column& key, const std::string& label,
                                 node_id first, const std::vector<std::size_t>& line_of) {
  const csv_field& f = load.fields()[key.field];
  const std::string k = to_cypher(*key.slot);
  const auto existing = load.g().find_node(label, *key.slot);
  if (existing && *existing >= first)
    load.fail(f, "DuplicatePrimaryKey",
              "duplicate primary key " + k + " of table " + label + " (also on line " +
                  std::to_string(line_of[*existing - first]) + ")");
  load.fail(f, "DuplicatePrimaryKey", "primary key " + k + " of table " + label + " is already in the database");
}

// Whether a row of an undeclared table, about to be taken for its header,
// is plainly data (every cell a number): its columns have no names then.
void refuse_data_as_header(const csv_load& load, const std::string& table, const std::string& kind) {
  for (const auto& f : load.first_row()) {
    value v;
    std::string why;
    if (f.quoted || !storage::parse_cell(f.text, false, data_type{}, ';', v, why) || v.is<std::string>() || v.is_null())
      return;
  }
  load.fail(load.first_row().front(), "MissingHeader",
            "the first row reads as data, not a header, but " + table + " is not a declared " + kind +
                " table, so its columns need a header (declare the table to load files without one)");
}

csv_load_stats load_nodes(csv_load& load, const std::string& label) {
  graph& g = load.g();
  if (g.schema().find_rel_table(label))
    load.fail_file("WrongTableKind", label + " is a relationship table; load it with load_csv_relationships");
  const node_table* table = g.schema().find_node_table(label);
  if (!load.read_first_row()) return load.run([] { return std::size_t{0}; });

  std::vector<header_cell> cells;
  if (!table) {
    if (load.options().header == false)
      load.fail_file("MissingHeader", "HEADER=false needs a declared node table: the columns of " + label +
                                          " are named only by a header");
    if (!load.options().header) refuse_data_as_header(load, label, "node");
    cells = load.read_header();
  } else {
    std::vector<std::string> names;
    std::vector<data_type> types;
    for (const auto& c : table->columns) {
      names.push_back(c.name);
      types.push_back(c.type);
    }
    const auto& row = load.first_row();
    const bool named = std::all_of(row.begin(), row.end(), [&](const csv_field& f) { return table->find(f.text); });
    cells = load.first_row_is_header(types, names, named) ? load.read_header() : load.positional_header(names);
  }
  for (auto& h : cells) {
    if (h.kind == header_cell::role::start_id || h.kind == header_cell::role::end_id)
      load.fail(h.where, "BadHeader", "a :START_ID or :END_ID column belongs in a relationship file");
    if (h.kind != header_cell::role::id) continue;
    if (table && h.name.empty()) h.name = table->primary_key;
    if (table && h.name != table->primary_key)
      load.fail(h.where, "BadHeader",
                "column " + h.name + " is marked :ID, but the primary key of table " + label + " is " +
                    table->primary_key);
    if (h.name.empty())
      load.fail(h.where, "BadHeader", "the :ID column needs a name, since " + label + " is not a declared node table");
  }
  check_unique_names(load, cells);
  const auto columns = load.property_columns(cells, table ? &table->columns : nullptr, label);

  const property_column* key = nullptr;
  if (table) {
    for (const auto& c : columns)
      if (c.name == table->primary_key) key = &c;
    if (!key)
      load.fail(cells.front().where, "MissingPrimaryKey",
                "no column for the primary key " + table->primary_key + " of table " + label);
  }

  return load.run([&] {
    const std::vector<std::string> labels{label};
    const node_id first = static_cast<node_id>(g.node_capacity());
    std::vector<std::size_t> line_of; // line of each node this load created, by id - first
    std::size_t rows = 0;
    load.for_each_row([&] {
      const value_map& properties = load.convert(columns);
      if (key && key->slot->is_null())
        load.fail(load.fields()[key->field], "NullPrimaryKey",
                  "empty primary key " + table->primary_key + " of table " + label);
      node_id n = 0;
      try {
        n = g.add_node(labels, properties);
      } catch (const schema_error& e) {
        if (key && e.detail() == "DuplicatePrimaryKey") fail_duplicate(load, *key, label, first, line_of);
        load.fail_row(e);
      }
      line_of.resize(n - first + 1);
      line_of[n - first] = load.fields().front().line;
      ++rows;
    });
    return rows;
  });
}

// ---- relationship files ----------------------------------------------------------

// The node tables in which the keys of one end are looked up, most specific first.
std::vector<key_table> key_tables(const csv_load& load, const header_cell& h, const std::string& option,
                                  const rel_table* table, bool from) {
  const schema& s = load.g().schema();
  const std::string role = from ? "FROM" : "TO";
  std::vector<std::string> labels;
  if (!option.empty()) labels.push_back(option);
  else if (!h.id_space.empty()) labels.push_back(h.id_space);
  else if (table) {
    for (const auto& [f, t] : table->endpoints) {
      const std::string& l = from ? f : t;
      if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    }
  } else {
    for (const auto& [name, t] : s.node_tables()) labels.push_back(name);
    if (labels.empty()) load.fail(h.where, "UnknownTable", "no declared node table to look " + role + " keys up in");
  }
  std::vector<key_table> tables;
  for (const auto& l : labels) {
    const node_table* t = s.find_node_table(l);
    if (!t && !option.empty()) load.fail_file("UnknownTable", role + " table " + l + " is not a declared node table");
    if (!t) load.fail(h.where, "UnknownTable", role + " table " + l + " is not a declared node table");
    tables.push_back({l, t->find(t->primary_key)->type});
  }
  return tables;
}

node_id find_endpoint(const csv_load& load, const endpoint& e, value& key, std::string& why) {
  const graph& g = load.g();
  const csv_field& f = load.fields()[e.field];
  if (f.text.empty()) load.fail(f, "NullKey", "empty " + e.role + " key");
  std::optional<node_id> found;
  std::string found_in;
  for (const auto& t : e.tables) {
    if (!storage::parse_cell(f.text, f.quoted, t.key_type, load.options().list_delimiter, key, why)) continue;
    if (auto n = g.find_node(t.label, key)) {
      if (found)
        load.fail(f, "AmbiguousKey",
                  e.role + " key " + quoted(f.text) + " is in tables " + found_in + " and " + t.label +
                      "; name one with csv_options or :" + (e.role == "FROM" ? "START_ID" : "END_ID") + "(Label)");
      found = n;
      found_in = t.label;
    }
  }
  if (!found) {
    std::vector<std::string> names;
    for (const auto& t : e.tables) names.push_back(t.label);
    load.fail(f, "UnknownKey",
              "unknown " + e.role + " key " + quoted(f.text) + " of table" + (names.size() > 1 ? "s " : " ") +
                  join(names, ", "));
  }
  return *found;
}

// Whether a cell is the key of a node in one of `tables` (header detection).
bool has_key(const csv_load& load, const std::vector<key_table>& tables, const csv_field& f) {
  value key;
  std::string why;
  for (const auto& t : tables)
    if (storage::parse_cell(f.text, f.quoted, t.key_type, load.options().list_delimiter, key, why) && !key.is_null() &&
        load.g().find_node(t.label, key))
      return true;
  return false;
}

csv_load_stats load_relationships(csv_load& load, const std::string& type) {
  graph& g = load.g();
  if (g.schema().find_node_table(type))
    load.fail_file("WrongTableKind", type + " is a node table; load it with load_csv_nodes");
  const rel_table* table = g.schema().find_rel_table(type);
  if (table && table->is_derived())
    load.fail_file("WriteToDerivedType",
                   "relationship type " + type + " is derived (computed from a query); it cannot be loaded");

  std::vector<header_cell> cells;
  if (!load.read_first_row()) return load.run([] { return std::size_t{0}; });
  {
    std::vector<std::string> names{"from", "to"};
    if (table)
      for (const auto& c : table->columns) names.push_back(c.name);
    bool header = load.options().header.value_or(true);
    if (!load.options().header) {
      const auto& row = load.first_row();
      // A row whose first two cells are keys of the FROM and TO tables is data.
      bool keys = row.size() >= 2;
      try {
        header_cell h;
        h.where = row.front();
        for (const bool from : {true, false}) {
          const auto tables =
              key_tables(load, h, from ? load.options().from_label : load.options().to_label, table, from);
          keys = keys && has_key(load, tables, row[from ? 0 : 1]);
        }
      } catch (const load_error&) {
        keys = false; // no table to look keys up in: the header will say what is wrong
      }
      if (keys) {
        header = false;
      } else if (table) {
        auto is_name = [&](const csv_field& f, std::size_t i) {
          if (i < 2)
            return equals_ignoring_case(f.text, i == 0 ? "from" : "to") ||
                   equals_ignoring_case(f.text, i == 0 ? "_from" : "_to");
          return table->find(f.text) != nullptr;
        };
        // `from,to,…` is a header whatever follows (the header check names what is wrong there).
        bool named = is_name(row[0], 0) && (row.size() < 2 || is_name(row[1], 1));
        if (!named && row.size() > 2) {
          named = true;
          for (std::size_t i = 2; named && i < row.size(); ++i) named = is_name(row[i], i);
        }
        std::vector<data_type> types;
        for (const bool from : {true, false}) {
          header_cell h;
          h.where = row.front();
          const auto tables =
              key_tables(load, h, from ? load.options().from_label : load.options().to_label, table, from);
          types.push_back(tables.size() == 1 ? tables.front().key_type : data_type{});
        }
        for (const auto& c : table->columns) types.push_back(c.type);
        header = load.first_row_is_header(types, names, named);
      } else {
        refuse_data_as_header(load, type, "relationship");
      }
    }
    cells = header ? load.read_header() : load.positional_header(names);
  }
  // The FROM and TO columns: marked :START_ID / :END_ID, or else the first two.
  std::optional<std::size_t> from, to;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto kind = cells[i].kind;
    if (kind == header_cell::role::id) load.fail(cells[i].where, "BadHeader", "an :ID column belongs in a node file");
    auto& slot = kind == header_cell::role::start_id ? from : to;
    if (kind == header_cell::role::start_id || kind == header_cell::role::end_id) {
      if (slot)
        load.fail(cells[i].where, "BadHeader",
                  std::string("a second :") + (kind == header_cell::role::start_id ? "START_ID" : "END_ID") +
                      " column");
      slot = i;
    }
  }
  if (from.has_value() != to.has_value())
    load.fail(cells[from ? *from : *to].where, "BadHeader", "a relationship file needs both :START_ID and :END_ID");
  if (!from) {
    if (cells.size() < 2)
      load.fail(cells.front().where, "BadHeader",
                "a relationship file needs at least two columns: the FROM and TO keys");
    from = 0;
    to = 1;
  }
  for (std::size_t i : {*from, *to}) cells[i].kind = header_cell::role::ignore; // not properties
  check_unique_names(load, cells);

  const endpoint source{"FROM", *from, key_tables(load, cells[*from], load.options().from_label, table, true)};
  const endpoint target{"TO", *to, key_tables(load, cells[*to], load.options().to_label, table, false)};
  const auto columns = load.property_columns(cells, table ? &table->columns : nullptr, type);

  return load.run([&] {
    std::size_t rows = 0;
    value key;
    std::string why;
    load.for_each_row([&] {
      const node_id a = find_endpoint(load, source, key, why);
      const node_id b = find_endpoint(load, target, key, why);
      const value_map& properties = load.convert(columns);
      try {
        g.add_relationship(a, b, type, properties);
      } catch (const error& e) {
        load.fail_row(e);
      }
      ++rows;
    });
    return rows;
  });
}

} // namespace

csv_load_stats load_csv_nodes(graph& g, std::string_view label, const std::filesystem::path& file,
                              const csv_options& options) {
  csv_load load(g, file, options, "loading " + std::string(label));
  return load_nodes(load, std::string(label));
}

csv_load_stats load_csv_relationships(graph& g, std::string_view type, const std::filesystem::path& file,
                                      const csv_options& options) {
  csv_load load(g, file, options, "loading " + std::string(type));
  return load_relationships(load, std::string(type));
}

std::vector<std::filesystem::path> expand_csv_files(const std::vector<std::string>& files) {
  std::vector<std::filesystem::path> out;
  for (const auto& pattern : files) {
    if (pattern.find_first_of("*?[") == std::string::npos) {
      out.emplace_back(pattern);
      continue;
    }
    glob_t matches{};
    const int status = ::glob(pattern.c_str(), GLOB_ERR, nullptr, &matches);
    for (std::size_t i = 0; status == 0 && i < matches.gl_pathc; ++i) out.emplace_back(matches.gl_pathv[i]);
    ::globfree(&matches);
    if (status == GLOB_NOMATCH || (status == 0 && matches.gl_pathc == 0))
      fail_file(pattern, "NoSuchFile", "no file matches the pattern");
    if (status != 0) fail_file(pattern, "CannotRead", "cannot list the files the pattern matches");
  }
  return out;
}

csv_load_stats copy_csv(graph& g, std::string_view table, const std::vector<std::string>& files,
                        const csv_options& options) {
  std::vector<std::string> looked_for;
  for (const auto& f : files)
    looked_for.push_back(storage::import_path(f, options.import ? &*options.import : nullptr).string());
  const auto paths = expand_csv_files(looked_for);
  const bool rels = g.schema().find_rel_table(table) != nullptr;
  auto load_all = [&] {
    csv_load_stats total;
    for (const auto& path : paths) {
      const auto stats =
          rels ? load_csv_relationships(g, table, path, options) : load_csv_nodes(g, table, path, options);
      total.rows += stats.rows;
      total.skipped += stats.skipped;
      for (const auto& r : stats.skipped_rows)
        if (total.skipped_rows.size() < csv_load_stats::max_skipped_rows_kept) total.skipped_rows.push_back(r);
      total.files += stats.files;
      total.bytes += stats.bytes;
      total.seconds += stats.seconds;
    }
    return total;
  };
  if (g.in_transaction()) return load_all();
  g.begin();
  try {
    auto stats = load_all();
    g.commit();
    return stats;
  } catch (...) {
    g.rollback();
    throw;
  }
}

std::vector<std::string> copy_report(std::string_view table, const csv_load_stats& stats) {
  std::vector<std::string> lines{std::to_string(stats.rows) + " rows loaded into " + std::string(table)};
  if (stats.skipped == 0) return lines;
  lines.front() +=
      "; " + std::to_string(stats.skipped) + " bad row" + (stats.skipped == 1 ? "" : "s") + " skipped (IGNORE_ERRORS)";
  for (const auto& r : stats.skipped_rows) lines.push_back("skipped " + r);
  if (stats.skipped > stats.skipped_rows.size())
    lines.push_back("skipped " + std::to_string(stats.skipped - stats.skipped_rows.size()) + " more rows");
  return lines;
}

} // namespace annals
