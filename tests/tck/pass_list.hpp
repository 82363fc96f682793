// expected_pass.txt: the test cases that passed when it was last updated,
// one per line, "feature:scenario:example name", sorted; '#' lines are comments.
#pragma once

#include "test_case.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace annals::tck {

// The ids listed in the file; empty when the file does not exist.
std::set<std::string> read_pass_list(const std::filesystem::path& file);
void write_pass_list(const std::filesystem::path& file, const std::vector<const test_case*>& passing);

} // namespace annals::tck
