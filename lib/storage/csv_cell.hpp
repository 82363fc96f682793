// Turns the text of a CSV cell into a value of its column's type (see
// csv_loader.hpp for the accepted forms).
#pragma once

#include "annals/schema.hpp"
#include "annals/value.hpp"

#include <string>
#include <string_view>

namespace annals::storage {

// Converts `text` to a value of `type`; a type of `any` guesses (integers and
// decimals become numbers, unless quoted; the rest stays text). Returns false
// and sets `why` ("bad INT64 'x1'") when the text is not of the type.
bool parse_cell(std::string_view text, bool quoted, const data_type& type, char list_delimiter, value& out,
                std::string& why);

} // namespace annals::storage
