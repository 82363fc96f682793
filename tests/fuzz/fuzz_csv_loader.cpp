// Fuzz target: the CSV bulk loader. The first byte picks the table the rest
// of the input is loaded into (a declared node table, a declared relationship
// table, an open label, an open relationship type); a refused load must leave
// the graph exactly as it was.
#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "fuzz_support.hpp"
#include "tests/support/graph_dump.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const tables[] = {"Person", "COMMANDED", "Note", "LINKED"};
  const char* table = tables[data[0] % 4];
  annals::csv_options options;
  options.progress = false;
  if (data[0] & 0x10) options.quote = '\0';
  if (data[0] & 0x20) options.delimiter = ';';
  annals::database db;
  annals::fuzz::build_small_graph(db);
  db.refresh_derived();
  const auto file = annals::fuzz::scratch_file(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), ".csv");
  const std::string before = annals::testing::dump(db.graph());
  try {
    if (table[1] >= 'a') annals::load_csv_nodes(db.graph(), table, file, options);
    else annals::load_csv_relationships(db.graph(), table, file, options);
  } catch (const annals::error& e) {
    (void)e.describe();
    if (annals::testing::dump(db.graph()) != before) __builtin_trap(); // a refused load changed the graph
  }
  return 0;
}
