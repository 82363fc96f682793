#include "table_procedure.hpp"

#include "tck_value.hpp"
#include "value_conversion.hpp"

#include <cctype>
#include <stdexcept>

namespace annals::tck {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// "name :: STRING?, id :: INTEGER?" -> fields.
std::vector<procedure_field> parse_fields(std::string_view text) {
  std::vector<procedure_field> out;
  if (trim(text).empty()) return out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    const auto item = text.substr(start, end - start);
    const auto colons = item.find("::");
    if (colons == std::string_view::npos) throw std::runtime_error("no type in procedure field: " + std::string(item));
    auto type = procedure_type::parse(trim(item.substr(colons + 2)));
    if (!type) throw std::runtime_error("unknown type in procedure field: " + std::string(item));
    out.push_back({trim(item.substr(0, colons)), *type, {}});
    start = end + 1;
  }
  return out;
}

class table_procedure final : public annals::procedure {
public:
  table_procedure(procedure_signature s, std::vector<std::vector<value>> rows)
      : procedure(std::move(s)), rows_(std::move(rows)) {}

  void call(const procedure_context&, std::span<const value> args, procedure_rows& out) const override {
    const auto inputs = signature().inputs.size();
    for (const auto& r : rows_) {
      bool match = true;
      for (std::size_t i = 0; i < inputs && match; ++i) match = r[i] == args[i];
      if (match) out.emplace_back(r.begin() + static_cast<std::ptrdiff_t>(inputs), r.end());
    }
  }

private:
  std::vector<std::vector<value>> rows_;
};

} // namespace

std::shared_ptr<const annals::procedure> make_table_procedure(std::string_view text, const data_table& table) {
  const auto open = text.find('(');
  const auto close = text.find(')', open);
  const auto colons = text.find("::", close);
  const auto open2 = text.find('(', colons);
  const auto close2 = text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || colons == std::string_view::npos ||
      open2 == std::string_view::npos || close2 == std::string_view::npos || close2 < open2)
    throw std::runtime_error("cannot read procedure signature: " + std::string(text));
  procedure_signature sig;
  sig.name = trim(text.substr(0, open));
  sig.inputs = parse_fields(text.substr(open + 1, close - open - 1));
  sig.outputs = parse_fields(text.substr(open2 + 1, close2 - open2 - 1));
  const std::size_t width = sig.inputs.size() + sig.outputs.size();
  std::vector<std::vector<value>> rows;
  for (std::size_t i = 1; i < table.size(); ++i) {
    if (table[i].size() != width) throw std::runtime_error("procedure table row has the wrong number of cells");
    std::vector<value> r;
    for (const auto& cell : table[i]) {
      value v = to_annals(parse_tck_value(cell));
      r.push_back(std::move(v));
    }
    // Inputs are compared after the engine converts them to the declared type.
    for (std::size_t k = 0; k < sig.inputs.size(); ++k)
      if (sig.inputs[k].type.kind == procedure_type::base::float_ && r[k].is<std::int64_t>())
        r[k] = static_cast<double>(r[k].as<std::int64_t>());
    rows.push_back(std::move(r));
  }
  return std::make_shared<table_procedure>(std::move(sig), std::move(rows));
}

} // namespace annals::tck
