// UTF-8 text as code points: validation for what comes in (query text, CSV
// cells), and the walking that the string functions need to count, cut and
// reverse by characters rather than bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::values {

// Length of the well-formed UTF-8 sequence starting at `text[at]` (1 to 4), or
// 0 when none starts there: a stray continuation byte, a sequence cut short,
// an overlong form, a surrogate or a code point above U+10FFFF (RFC 3629).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Byte offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0);

// Why the bytes at `text[at]` are not UTF-8, for error messages:
// "byte 0xFF cannot appear in UTF-8", "the sequence starting 0xC3 is cut short", ….
std::string describe_invalid_utf8(std::string_view text, std::size_t at);

// Throws syntax_error (detail InvalidUnicode) at the first invalid byte of
// `script` between `begin` and `end`, with its line, column and line text.
void require_utf8_query_text(const std::string& script, std::size_t begin, std::size_t end);

// The number of code points. Invalid bytes, should any reach a string
// function through the C++ API, count one each.
std::size_t code_point_count(std::string_view text);

// Byte offset where code point `n` (0-based) begins; text.size() past the end.
std::size_t code_point_offset(std::string_view text, std::size_t n);

// The code points, each as its own string (split(s, '')).
std::vector<std::string> code_points(std::string_view text);

// The code points in reverse order (reverse(s)).
std::string reverse_code_points(std::string_view text);

// Decodes the code point at `text[at]` and moves `at` past it; an invalid byte
// decodes as U+FFFD and moves one byte.
char32_t decode_code_point(std::string_view text, std::size_t& at);

// Appends code point `c` (at most U+10FFFF) to `out` as UTF-8.
void append_utf8(std::string& out, char32_t c);

} // namespace annals::values
