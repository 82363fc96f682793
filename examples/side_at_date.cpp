// side_at_date: valid time through the C++ API.
//
// Which side was a person on, on a given date? The bundled graph records
// allegiance as MEMBER_OF spells with `since` and `until` (partial dates:
// 1865, 1864-03 or 1864-09-26). One prepared statement answers for any
// person and date: `AS OF $date` keeps the spells that certainly held on
// that date, given the precision of every date involved. So a year-only
// date in the year someone changed sides answers nothing certain; a second
// statement lists the spells that possibly held (valid_at is null for them).
//
//   side_at_date [DATA_DIR [NAME DATE...]]
#include <annals/annals.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

#ifndef ANNALS_EXAMPLE_DATA
#define ANNALS_EXAMPLE_DATA "examples/intervention"
#endif

std::string joined(const annals::result& r) {
  std::string out;
  for (const auto& row : r) out += (out.empty() ? "" : ", ") + row[0].as<std::string>();
  return out;
}

struct question {
  std::string person;
  std::vector<std::string> dates;
};

} // namespace

int main(int argc, char** argv) {
  const fs::path data = argc > 1 ? argv[1] : ANNALS_EXAMPLE_DATA;
  std::vector<question> questions;
  if (argc > 3) {
    questions.push_back({argv[2], std::vector<std::string>(argv + 3, argv + argc)});
  } else {
    questions = {{"Juan Cortina", {"1864-09-01", "1864-12-01", "1865", "1866-01-01"}},
                 {"Santiago Vidaurri", {"1864-02", "1864-03", "1864-06"}},
                 {"Tomás O'Horán", {"1862", "1863", "1864"}},
                 {"Miguel López", {"1867-05-01", "1867-06-01"}}};
  }

  try {
    annals::database db;
    db.load_directory(data); // its .cypher files, in name order
    // Parsed, bound and planned once; run once per (person, date).
    auto side = db.prepare("MATCH (p:Person {name: $name})-[m:MEMBER_OF]->(f:Faction) AS OF $date "
                           "RETURN f.name ORDER BY f.name");
    auto possible = db.prepare("MATCH (p:Person {name: $name})-[m:MEMBER_OF]->(f:Faction) "
                               "WHERE possibly_valid_at(m, $date) AND valid_at(m, $date) IS NULL "
                               "RETURN f.name ORDER BY f.name");
    for (const auto& [person, dates] : questions) {
      std::cout << person << "\n";
      for (const auto& text : dates) {
        const auto date = annals::partial_date::parse(text);
        if (!date) {
          std::cerr << "side_at_date: not a date: " << text << "\n";
          return 1;
        }
        const annals::value_map parameters{{"name", person}, {"date", *date}};
        const auto certain = side.run(parameters);
        std::cout << "  " << text << std::string(12 - std::min<std::size_t>(text.size(), 11), ' ')
                  << (certain.empty() ? "(nothing certain)" : joined(certain));
        if (const auto maybe = possible.run(parameters); !maybe.empty()) std::cout << "; possibly " << joined(maybe);
        std::cout << "\n";
      }
    }
  } catch (const annals::error& e) {
    std::cerr << "side_at_date: " << e.describe() << "\n";
    return 1;
  }
}
