// Finds the feature files of the TCK, parses them and expands them into
// test cases, leaving out the folders annals does not cover.
#pragma once

#include "test_case.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace annals::tck {

// The folders left out: expressions/temporal (annals has partial dates instead).
const std::set<std::string>& out_of_scope_folders();

// Every test case under `features_dir`, sorted; throws gherkin_error on a malformed file.
std::vector<test_case> load_cases(const std::filesystem::path& features_dir);

} // namespace annals::tck
