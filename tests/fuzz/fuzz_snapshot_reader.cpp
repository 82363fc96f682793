// Fuzz target: database::open on arbitrary bytes. Most mutations break a
// checksum and are refused early, so when the first byte is odd the target
// repairs the checksums of the rest first (as the bad-input catalogue's
// "fix-checksums" does) and the decoders get to see the damage. A refused
// file must leave the database as it was; an accepted one must be usable.
#include "annals/database.hpp"
#include "fuzz_support.hpp"
#include "snapshot_assembly.hpp"
#include "tests/support/graph_dump.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1) annals::bad_inputs::fix_checksums(bytes);
  annals::database db;
  annals::fuzz::build_small_graph(db);
  db.refresh_derived();
  const std::string before = annals::testing::dump(db.graph());
  const auto file = annals::fuzz::scratch_file(bytes, ".annals");
  try {
    db.open(file);
  } catch (const annals::error& e) {
    (void)e.describe();
    if (annals::testing::dump(db.graph()) != before) __builtin_trap(); // a refused file changed the database
    return 0;
  }
  // Accepted: the database must work, within limits.
  db.limits().timeout = std::chrono::milliseconds(200);
  db.limits().max_path_length = 4;
  db.limits().max_intermediate_rows = 20000;
  try {
    (void)db.query("MATCH (n)-[r]->(m) RETURN count(*)");
  } catch (const annals::error& e) {
    (void)e.describe();
  }
  return 0;
}
