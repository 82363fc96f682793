// How many terminal columns text takes, by the Unicode rules terminals follow
// (wcwidth): East Asian wide and fullwidth characters and emoji take two,
// combining marks and other zero-width characters none, the rest one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annals::cli {

std::size_t display_width(std::string_view utf8);

// The longest start of `utf8` that fits in `width` columns, cut between
// characters (a combining mark stays with its base), followed by "…" when
// anything was cut; `utf8` itself when it fits.
std::string truncate_to_width(std::string_view utf8, std::size_t width);

} // namespace annals::cli
