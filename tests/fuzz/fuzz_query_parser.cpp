// Fuzz target: the query parser alone (script splitting, then each statement).
// Any exception but annals::error, and any crash or sanitizer report, is a bug.
#include "annals/error.hpp"
#include "parser/parser.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string script(reinterpret_cast<const char*>(data), size);
  for (const auto& span : annals::parser::split_script(script)) {
    try {
      (void)annals::parser::parse_statement(script, span);
    } catch (const annals::error& e) {
      (void)e.describe();
    }
  }
  return 0;
}
