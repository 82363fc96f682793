// Fuzz target: the whole pipeline (parse, bind, plan, execute) of a script on
// a small fixed graph, with the limits on (200 ms, short paths, few rows), so
// an input can fail but never run away. Each input gets a fresh copy of the
// graph; after it, the database must still answer a query.
#include "annals/database.hpp"
#include "fuzz_support.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  annals::database db;
  annals::fuzz::build_small_graph(db);
  auto& limits = db.limits();
  limits.timeout = std::chrono::milliseconds(200);
  limits.max_path_length = 4;
  limits.max_intermediate_rows = 20000;
  limits.max_result_rows = 20000;
  try {
    db.execute(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const annals::error& e) {
    (void)e.describe();
  }
  // Still usable, and its counts still add up.
  const auto r = db.query("MATCH (n) RETURN count(n)");
  if (r.size() != 1 || r[0][0] != annals::value(static_cast<std::int64_t>(db.graph().node_count()))) __builtin_trap();
  return 0;
}
