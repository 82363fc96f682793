#include "pass_list.hpp"

#include <fstream>

namespace annals::tck {

std::set<std::string> read_pass_list(const std::filesystem::path& file) {
  std::set<std::string> ids;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    ids.insert(line.substr(0, line.find(' ')));
  }
  return ids;
}

void write_pass_list(const std::filesystem::path& file, const std::vector<const test_case*>& passing) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << "# openCypher TCK cases that pass; tck_runner fails when one of them stops passing.\n"
      << "# Regenerate with: tck_runner --update\n";
  for (const auto* c : passing) out << c->id() << ' ' << c->name << '\n';
}

} // namespace annals::tck
