// Accent- and case-insensitive text matching for Latin script: "Juárez",
// "JUAREZ" and "juarez" all fold to "juarez". Covers Latin-1 and Latin
// Extended-A letters (the seed text's names need no more); other characters
// pass through unchanged. The typographic apostrophe folds to '.
#pragma once

#include <string>
#include <string_view>

namespace annals::testing {

std::string fold(std::string_view utf8);

// Whether `needle` occurs in `haystack` once both are folded.
bool mentions(std::string_view haystack, std::string_view needle);

} // namespace annals::testing
