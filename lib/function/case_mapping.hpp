// toUpper and toLower on code points: the Unicode case mappings of the Latin,
// Greek and Cyrillic letters (Basic Latin, Latin-1, Latin Extended-A, Greek,
// Cyrillic), which cover the names of this history and most European text;
// other characters pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace annals::function {

std::string to_upper_case(std::string_view utf8);
std::string to_lower_case(std::string_view utf8);

} // namespace annals::function
