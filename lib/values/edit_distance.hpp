// How far apart two names are, for "did you mean …?" hints: the fewest
// insertions, deletions, substitutions and swaps of two neighbours (so
// MACTH is one step from MATCH), over code points, ASCII letters compared
// without case.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace annals {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest `name`, when it is near enough to be a likely slip
// (at most a third of the name's length, and at least 1 step, away); empty otherwise.
std::string_view nearest_name(std::string_view name, const std::vector<std::string_view>& candidates);

} // namespace annals
