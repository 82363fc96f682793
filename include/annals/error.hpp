// The errors annals reports: one kind per stage, each with a position.
//
// Every error carries a category (the openCypher TCK error type, e.g.
// "SyntaxError"), a detail code (the TCK detail, e.g. "UndefinedVariable"),
// a message for people, and where the text is involved, the 1-based line and
// column and the offending line itself, so `what()` can show a caret.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace annals {

struct source_position {
  std::size_t line = 0;   // 1-based; 0 when unknown
  std::size_t column = 0; // 1-based, in bytes
  std::size_t offset = 0; // 0-based byte offset in the text
};

class error : public std::runtime_error {
public:
  error(std::string category, std::string detail, std::string message, source_position where = {},
        std::string line_text = {});

  const std::string& category() const { return category_; }
  const std::string& detail() const { return detail_; }
  const std::string& message() const { return message_; }
  const source_position& where() const { return where_; }
  const std::string& line_text() const { return line_text_; }
  // The script file the error is in, when it came from one (database::load_script).
  const std::string& file() const { return file_; }
  void set_file(std::string file) { file_ = std::move(file); }

  // "file:line:column: message" followed by the offending line and a caret
  // under the column, when the position is known; just the message
  // otherwise. `file` names the file when the error does not.
  std::string describe(const std::string& file = {}) const;

private:
  std::string category_, detail_, message_, file_;
  source_position where_;
  std::string line_text_;
};

// The query text is not in the language (TCK: SyntaxError).
struct syntax_error : error {
  using error::error;
};
// The query is well formed but means nothing: unknown variable, label, … (TCK: SyntaxError/SemanticError).
struct semantic_error : error {
  using error::error;
};
// A value has the wrong type for an operation (TCK: TypeError).
struct type_error : error {
  using error::error;
};
// Anything that goes wrong while a query runs: division by zero, overflow, limits (TCK: ArgumentError, …).
struct runtime_error : error {
  using error::error;
};
// The data breaks a declared table: wrong type, missing key, bad endpoints.
struct schema_error : error {
  using error::error;
};
// A data or script file cannot be loaded.
struct load_error : error {
  using error::error;
};

// Position of byte `offset` in `text`, and the line it is on.
source_position position_in(const std::string& text, std::size_t offset);
std::string line_at(const std::string& text, std::size_t offset);

} // namespace annals
