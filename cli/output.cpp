#include "output.hpp"

#include "citations.hpp"
#include "display_width.hpp"

#include "annals/format.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ostream>
#include <sstream>
#include <vector>

namespace annals::cli {

namespace {

constexpr std::array<std::pair<std::string_view, output_format>, 8> formats{{
    {"table", output_format::table},
    {"box", output_format::box},
    {"line", output_format::line},
    {"markdown", output_format::markdown},
    {"csv", output_format::csv},
    {"tsv", output_format::tsv},
    {"json", output_format::json},
    {"jsonlines", output_format::jsonlines},
}};

// ---- the text of a cell, for people (table, line, markdown) ----------------------

bool reads_as_number(const std::string& s) {
  if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-' || s[0] == '+' || s[0] == '.'))
    return s == "NaN" || s == "Infinity";
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

// Strings print bare, the common case, unless bare they would read as another
// value: '' and 'null' and '42' and '1862-05' and ' padded' print quoted, so
// that null, the string 'null', the number and the date never look alike.
bool needs_quotes(const std::string& s) {
  if (s.empty() || s == "null" || s == "true" || s == "false" || reads_as_number(s)) return true;
  if (s.front() == ' ' || s.back() == ' ' || s.front() == '\'' || s.front() == '[' || s.front() == '{') return true;
  return partial_date::parse(s).has_value();
}

// Line breaks and other control characters would break the layout (and may steer the terminal).
std::string without_controls(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof code, "\\u%04X", u);
      out += code;
    } else out += c;
  }
  return out;
}

std::string human_text(const result::row& row, std::size_t i, const graph& g) {
  if (i >= row.size()) return {};
  const value& v = row[i];
  if (const auto* s = v.get_if<std::string>()) return without_controls(needs_quotes(*s) ? to_cypher(v) : *s);
  return without_controls(render(v, g));
}

bool is_number(const value& v) { return v.is<std::int64_t>() || v.is<double>(); }

std::string pad(const std::string& s, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, display_width(s)), ' ');
  return right ? fill + s : s + fill;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// "(2 rows)" and what the statement changed, under a table or line-mode output.
void write_footer(std::ostream& out, const result& r) {
  out << "(" << plural(r.size(), "row", "rows") << ")\n";
  if (r.changes().any()) out << describe_changes(r.changes()) << "\n";
}

// Column widths and alignment from the first rows: what lets the rest stream.
struct column_layout {
  std::vector<std::size_t> widths;
  std::vector<bool> numeric;                     // numbers (and the nulls among them) align right, as in a spreadsheet
  std::vector<std::vector<std::string>> sampled; // the texts of the rows measured
};

column_layout measure(const result& r, const graph& g, std::size_t sample_rows, std::size_t max_width,
                      const std::vector<std::string>& headers) {
  const auto n = r.columns().size();
  column_layout layout;
  layout.numeric.assign(n, false);
  std::vector<bool> other(n, false); // a value neither a number nor null
  for (const auto& h : headers) layout.widths.push_back(display_width(h));
  const std::size_t sample = std::min(r.size(), sample_rows);
  for (std::size_t row = 0; row < sample; ++row) {
    auto& texts = layout.sampled.emplace_back();
    for (std::size_t i = 0; i < n; ++i) {
      std::string text = human_text(r[row], i, g);
      if (max_width != 0) text = truncate_to_width(text, max_width);
      layout.widths[i] = std::max(layout.widths[i], display_width(text));
      texts.push_back(std::move(text));
      if (i < r[row].size() && is_number(r[row][i])) layout.numeric[i] = true;
      else if (i < r[row].size() && !r[row][i].is_null()) other[i] = true;
    }
  }
  for (std::size_t i = 0; i < n; ++i) layout.numeric[i] = layout.numeric[i] && !other[i];
  return layout;
}

// The lines a table is drawn with: ASCII, or box-drawing characters (sqlite's box mode).
struct table_style {
  std::string_view top[3], middle[3], bottom[3]; // left, between columns, right
  std::string_view horizontal, vertical;
};
constexpr table_style ascii_style{{"+", "+", "+"}, {"+", "+", "+"}, {"+", "+", "+"}, "-", "|"};
constexpr table_style box_style{{"┌", "┬", "┐"}, {"├", "┼", "┤"}, {"└", "┴", "┘"}, "─", "│"};

// +------+-----+      ┌──────┬─────┐
// | name | age |      │ name │ age │
// +------+-----+      ├──────┼─────┤
// | Ada  |  36 |      │ Ada  │  36 │
// +------+-----+      └──────┴─────┘
// (1 row)             (1 row)
void write_table(std::ostream& out, const result& r, const graph& g, const output_options& o,
                 const table_style& style) {
  const auto& columns = r.columns();
  if (columns.empty()) return write_footer(out, r);
  std::vector<std::string> headers;
  for (const auto& c : columns)
    headers.push_back(o.max_cell_width ? truncate_to_width(without_controls(c), o.max_cell_width)
                                       : without_controls(c));
  const auto layout = measure(r, g, o.sample_rows, o.max_cell_width, headers);

  const auto rule = [&](const std::string_view(&corners)[3]) {
    std::string text(corners[0]);
    for (std::size_t i = 0; i < layout.widths.size(); ++i) {
      for (std::size_t k = 0; k < layout.widths[i] + 2; ++k) text += style.horizontal;
      text += corners[i + 1 < layout.widths.size() ? 1 : 2];
    }
    return text + "\n";
  };
  std::string line;
  const auto write_line = [&](const std::vector<std::string>& texts, bool header) {
    line = style.vertical;
    for (std::size_t i = 0; i < texts.size(); ++i)
      line += " " + pad(texts[i], layout.widths[i], !header && layout.numeric[i]) + " " + std::string(style.vertical);
    line += "\n";
    out << line;
  };
  out << rule(style.top);
  write_line(headers, true);
  out << rule(style.middle);
  std::vector<std::string> texts;
  for (std::size_t row = 0; row < r.size(); ++row) {
    if (row < layout.sampled.size()) {
      write_line(layout.sampled[row], false);
      continue;
    }
    // Past the sample: each row is made, cut to the columns, written and forgotten.
    texts.clear();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      std::string text = human_text(r[row], i, g);
      if (o.max_cell_width != 0) text = truncate_to_width(text, layout.widths[i]);
      texts.push_back(std::move(text));
    }
    write_line(texts, false);
  }
  if (!r.empty()) out << rule(style.bottom);
  write_footer(out, r);
}

// sqlite's line mode: one "column = value" a line, a blank line between rows.
void write_lines(std::ostream& out, const result& r, const graph& g) {
  std::size_t name_width = 0;
  std::vector<std::string> names;
  for (const auto& c : r.columns()) {
    names.push_back(without_controls(c));
    name_width = std::max(name_width, display_width(names.back()));
  }
  std::string text;
  for (std::size_t row = 0; row < r.size(); ++row) {
    text = row ? "\n" : "";
    for (std::size_t i = 0; i < names.size(); ++i)
      text += pad(names[i], name_width, true) + " = " + human_text(r[row], i, g) + "\n";
    out << text;
  }
  if (!r.empty()) out << "\n";
  write_footer(out, r);
}

// A GitHub-flavoured markdown table; '|' in a cell is escaped.
void write_markdown(std::ostream& out, const result& r, const graph& g, const output_options& o) {
  const auto& columns = r.columns();
  if (columns.empty()) return;
  const auto escaped = [](std::string s) {
    for (std::size_t at = s.find('|'); at != std::string::npos; at = s.find('|', at + 2)) s.insert(at, "\\");
    return s;
  };
  std::vector<std::string> headers;
  for (const auto& c : columns) headers.push_back(escaped(without_controls(c)));
  auto layout = measure(r, g, o.sample_rows, 0, headers);
  for (auto& texts : layout.sampled)
    for (auto& t : texts) t = escaped(std::move(t));
  for (std::size_t i = 0; i < columns.size(); ++i)
    for (const auto& texts : layout.sampled) layout.widths[i] = std::max(layout.widths[i], display_width(texts[i]));
  std::string line;
  const auto write_line = [&](const std::vector<std::string>& texts, bool header) {
    line = "|";
    for (std::size_t i = 0; i < texts.size(); ++i)
      line += " " + pad(texts[i], layout.widths[i], !header && layout.numeric[i]) + " |";
    out << line << "\n";
  };
  write_line(headers, true);
  line = "|";
  for (std::size_t i = 0; i < columns.size(); ++i)
    line += std::string(layout.widths[i] + 1, '-') + (layout.numeric[i] ? ":|" : "-|");
  out << line << "\n";
  std::vector<std::string> texts;
  for (std::size_t row = 0; row < r.size(); ++row) {
    if (row < layout.sampled.size()) {
      write_line(layout.sampled[row], false);
      continue;
    }
    texts.clear();
    for (std::size_t i = 0; i < columns.size(); ++i) texts.push_back(escaped(human_text(r[row], i, g)));
    write_line(texts, false);
  }
}

// ---- machine formats: every value whole, null as nothing ---------------------------

// RFC 4180, as annals::format_csv writes it: quoted when needed, '' as "" so it differs from null.
std::string csv_field(std::string_view text) {
  if (!text.empty() && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The plain text of a value: strings as they are, null as nothing, the rest as Cypher.
std::string plain_text(const result::row& row, std::size_t i, const graph& g) {
  if (i >= row.size() || row[i].is_null()) return {};
  if (const auto* s = row[i].get_if<std::string>()) return *s;
  return render(row[i], g);
}

void write_csv(std::ostream& out, const result& r, const graph& g) {
  if (r.columns().empty()) return;
  std::string line;
  for (std::size_t i = 0; i < r.columns().size(); ++i) line += (i ? "," : "") + csv_field(r.columns()[i]);
  out << line << "\r\n";
  for (const auto& row : r) {
    line.clear();
    for (std::size_t i = 0; i < r.columns().size(); ++i) {
      if (i) line += ',';
      if (i < row.size() && !row[i].is_null()) line += csv_field(plain_text(row, i, g));
    }
    out << line << "\r\n";
  }
}

// Tab-separated values with tab, line break and backslash escaped as in
// PostgreSQL's text format, so every row is one line; null is an empty field, as sqlite writes it.
std::string tsv_field(const std::string& text) {
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

void write_tsv(std::ostream& out, const result& r, const graph& g) {
  if (r.columns().empty()) return;
  std::string line;
  for (std::size_t i = 0; i < r.columns().size(); ++i) line += (i ? "\t" : "") + tsv_field(r.columns()[i]);
  out << line << "\n";
  for (const auto& row : r) {
    line.clear();
    for (std::size_t i = 0; i < r.columns().size(); ++i) line += (i ? "\t" : "") + tsv_field(plain_text(row, i, g));
    out << line << "\n";
  }
}

// One row as a JSON object on one line, as annals::format_json writes it.
std::string row_json(const result& r, std::size_t row, const graph& g) {
  const std::string array = format_json(result(r.columns(), {r[row]}), g); // "[\n  {…}\n]\n"
  return array.substr(4, array.size() - 7);
}

void write_json(std::ostream& out, const result& r, const graph& g) {
  out << "[";
  for (std::size_t row = 0; row < r.size(); ++row) out << (row ? ",\n  " : "\n  ") << row_json(r, row, g);
  out << (r.empty() ? "]\n" : "\n]\n");
}

void write_jsonlines(std::ostream& out, const result& r, const graph& g) {
  for (std::size_t row = 0; row < r.size(); ++row) out << row_json(r, row, g) << "\n";
}

} // namespace

std::optional<output_format> parse_format(std::string_view name) {
  for (const auto& [n, f] : formats)
    if (n == name) return f;
  return std::nullopt;
}

std::string_view format_name(output_format f) {
  for (const auto& [n, g] : formats)
    if (g == f) return n;
  return "?";
}

std::string format_names() {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + std::string(formats[i].first);
  return out;
}

void write_result(std::ostream& out, const result& r, const graph& g, const output_options& options) {
  if (options.cite) {
    auto plain = options;
    plain.cite = false;
    return write_result(out, with_citations(r, g), g, plain);
  }
  switch (options.format) {
  case output_format::table: write_table(out, r, g, options, ascii_style); break;
  case output_format::box: write_table(out, r, g, options, box_style); break;
  case output_format::line: write_lines(out, r, g); break;
  case output_format::markdown: write_markdown(out, r, g, options); break;
  case output_format::csv: write_csv(out, r, g); break;
  case output_format::tsv: write_tsv(out, r, g); break;
  case output_format::json: write_json(out, r, g); break;
  case output_format::jsonlines: write_jsonlines(out, r, g); break;
  }
  out.flush();
}

std::string format_result(const result& r, const graph& g, const output_options& options) {
  std::ostringstream out;
  write_result(out, r, g, options);
  return out.str();
}

} // namespace annals::cli
