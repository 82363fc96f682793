// What annals_bench and floor_bench share: the generator's params.txt, the
// query files of bench/queries, resident memory, and small command-line parsing.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace bench {

// params.txt: key=value lines written by bench_generator.
inline std::map<std::string, std::string> read_params(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string() + " (run bench_generator first)");
  std::map<std::string, std::string> params;
  for (std::string line; std::getline(in, line);)
    if (auto eq = line.find('='); eq != std::string::npos) params[line.substr(0, eq)] = line.substr(eq + 1);
  return params;
}

inline std::int64_t param_int(const std::map<std::string, std::string>& params, const std::string& key) {
  auto it = params.find(key);
  if (it == params.end()) throw std::runtime_error("params.txt has no " + key);
  return std::stoll(it->second);
}

// One benchmark query: bench/queries/<name>.cypher. `// sizes: small,medium`
// limits it to those sizes; `//` lines are comments and are not sent.
struct query_file {
  std::string name; // file name without .cypher
  std::string text;
  std::vector<std::string> sizes; // empty: every size
  std::vector<std::string> parameters; // $names in the text, in order of first use

  bool runs_on(std::string_view size) const {
    return sizes.empty() || std::find(sizes.begin(), sizes.end(), size) != sizes.end();
  }
};

inline std::vector<std::string> parameter_names(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '$') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
    std::string name(text.substr(i + 1, j - i - 1));
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    i = j - 1;
  }
  return names;
}

inline query_file read_query(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  query_file q;
  q.name = file.stem().string();
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 2, "//") == 0) {
      const std::string_view comment = std::string_view(line).substr(first + 2);
      if (auto at = comment.find("sizes:"); at != std::string_view::npos) {
        std::stringstream list{std::string(comment.substr(at + 6))};
        for (std::string s; std::getline(list, s, ',');) {
          s.erase(0, s.find_first_not_of(" \t"));
          s.erase(s.find_last_not_of(" \t\r") + 1);
          if (!s.empty()) q.sizes.push_back(s);
        }
      }
      continue;
    }
    q.text += line + '\n';
  }
  while (!q.text.empty() && (q.text.back() == '\n' || q.text.back() == ' ' || q.text.back() == ';')) q.text.pop_back();
  q.parameters = parameter_names(q.text);
  return q;
}

// The engine-neutral queries of a folder (<name>.cypher, not <name>.kuzu.cypher), by name.
inline std::vector<query_file> read_queries(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".cypher") && std::count(name.begin(), name.end(), '.') == 1) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<query_file> queries;
  for (const auto& f : files) queries.push_back(read_query(f));
  return queries;
}

// Resident set size of this process, from /proc/self/statm.
inline std::size_t resident_bytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, resident = 0;
  const int got = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  return got == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// Takes `--name value` out of argv (what Google Benchmark left), or returns `fallback`.
inline std::string take_option(int& argc, char** argv, std::string_view name, std::string fallback = {}) {
  for (int i = 1; i + 1 < argc; ++i)
    if (argv[i] == name) {
      std::string value = argv[i + 1];
      for (int j = i; j + 2 <= argc; ++j) argv[j] = argv[j + 2];
      argc -= 2;
      return value;
    }
  return fallback;
}

} // namespace bench
