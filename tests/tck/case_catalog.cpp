#include "case_catalog.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace annals::tck {

const std::set<std::string>& out_of_scope_folders() {
  static const std::set<std::string> folders{"expressions/temporal"};
  return folders;
}

std::vector<test_case> load_cases(const std::filesystem::path& features_dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(features_dir)) throw gherkin_error("no feature folder at " + features_dir.string());
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(features_dir))
    if (entry.is_regular_file() && entry.path().extension() == ".feature") files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  std::vector<test_case> cases;
  for (const auto& file : files) {
    const auto relative = fs::relative(file, features_dir).generic_string();
    const auto folder = relative.substr(0, relative.rfind('/'));
    if (out_of_scope_folders().count(folder)) continue;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto expanded = expand(parse_feature(text.str(), relative), relative);
    cases.insert(cases.end(), std::make_move_iterator(expanded.begin()), std::make_move_iterator(expanded.end()));
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

} // namespace annals::tck
