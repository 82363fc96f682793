// What the derive/ tests share: a query's rows as text, and the error a call raises.
#pragma once

#include "annals/database.hpp"

#include <functional>
#include <string>

namespace annals::testing {

// Each row as its cells in Cypher literal syntax, "|" between cells, one row per line.
inline std::string rows_of(database& db, const std::string& q, const query_limits* limits = nullptr) {
  const result r = limits ? db.query(q, {}, *limits) : db.query(q);
  std::string out;
  for (const auto& row : r) {
    std::string line;
    for (const auto& v : row) line += (line.empty() ? "" : "|") + to_cypher(v);
    out += line + "\n";
  }
  return out;
}

// "Category.Detail: message" of the annals::error `run` raises, or "accepted".
inline std::string refusal(const std::function<void()>& run) {
  try {
    run();
  } catch (const error& e) {
    return e.category() + "." + e.detail() + ": " + e.message();
  }
  return "accepted";
}

inline std::int64_t count_of(database& db, const std::string& q) { return db.query(q)[0][0].as<std::int64_t>(); }

} // namespace annals::testing
