// Splits CSV text (RFC 4180) into records of fields, keeping each field's position
// for error messages and refusing bytes that are not UTF-8 where they are. Quoted
// fields are unescaped in place, so the reader needs the text writable; fields
// point into it and stay valid as long as it does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::storage {

struct csv_field {
  std::string_view text; // unescaped content
  bool quoted = false;
  std::size_t line = 0, column = 0; // where the field starts, 1-based (column in bytes)
  std::size_t offset = 0;           // byte offset of the field in the file
};

// Throws load_error "file:line:column: what".
[[noreturn]] void throw_load_error(const std::string& file, std::size_t line, std::size_t column, std::size_t offset,
                                   const std::string& detail, const std::string& what);

class csv_reader {
public:
  // quote == '\0' turns quoting off: every '"' is data. Inside quotes, `escape`
  // followed by the quote or by itself stands for that character (Kùzu's
  // ESCAPE); a doubled quote always stands for one (RFC 4180).
  csv_reader(std::string& text, std::string file, char delimiter, char quote, char escape = '"');

  // Reads the next record into `fields` (cleared first); false after the last
  // one. Blank lines and a leading UTF-8 byte-order mark are skipped.
  bool next(std::vector<csv_field>& fields);

  // After next() threw inside a record, moves past the rest of its line so
  // that reading can go on (IGNORE_ERRORS). Does nothing when the last record
  // was read whole.
  void skip_rest_of_record();

  // Where the last record ended: its line terminator, or the end of the file.
  std::size_t end_line() const { return end_line_; }
  std::size_t end_column() const { return end_column_; }
  std::size_t end_offset() const { return end_offset_; }
  std::size_t bytes_read() const { return pos_; }
  const std::string& file() const { return file_; }

private:
  [[noreturn]] void fail(std::size_t at, const std::string& detail, const std::string& what) const;
  // The length of the UTF-8 character at `at`; fails there when the bytes are not UTF-8.
  std::size_t utf8_character_at(std::size_t at) const;
  std::size_t column_of(std::size_t at) const { return at - line_start_ + 1; }
  void start_line(std::size_t at) {
    ++line_;
    line_start_ = at;
  }
  csv_field read_quoted();
  csv_field read_plain();

  std::string& text_;
  std::string file_;
  char delimiter_, quote_, escape_;
  bool in_record_ = false;
  std::size_t pos_ = 0, line_ = 1, line_start_ = 0;
  std::size_t end_line_ = 0, end_column_ = 0, end_offset_ = 0;
};

} // namespace annals::storage
