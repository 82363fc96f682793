// Fuzz target: the TCK harness's PEGTL parsers (tests/tck): Gherkin feature
// files, then the TCK value syntax of every table cell they hold.
#include "gherkin.hpp"
#include "tck_value.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  annals::tck::feature f;
  try {
    f = annals::tck::parse_feature(text, "fuzz.feature");
  } catch (const annals::tck::gherkin_error&) {
    return 0;
  }
  auto cells = [](const annals::tck::data_table& table) {
    for (const auto& row : table)
      for (const auto& cell : row) try {
          (void)annals::tck::canonical(annals::tck::parse_tck_value(cell));
        } catch (const annals::tck::value_syntax_error&) {
        }
  };
  for (const auto& s : f.scenarios) {
    for (const auto& step : s.steps)
      if (step.table) cells(*step.table);
    for (const auto& e : s.examples) cells(e.rows);
  }
  return 0;
}
