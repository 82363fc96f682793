#include "storage/csv_reader.hpp"

#include "annals/error.hpp"
#include "values/utf8.hpp"

namespace annals::storage {

void throw_load_error(const std::string& file, std::size_t line, std::size_t column, std::size_t offset,
                      const std::string& detail, const std::string& what) {
  throw load_error("LoadError", detail, file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what,
                   source_position{line, column, offset});
}

csv_reader::csv_reader(std::string& text, std::string file, char delimiter, char quote, char escape)
    : text_(text), file_(std::move(file)), delimiter_(delimiter), quote_(quote), escape_(escape) {
  if (text_.starts_with("\xEF\xBB\xBF")) pos_ = line_start_ = 3;
  if (text_.starts_with("\xFF\xFE") || text_.starts_with("\xFE\xFF"))
    throw_load_error(
        file_, 1, 1, 0, "NotUtf8",
        "the file is UTF-16 (it starts with a UTF-16 byte-order mark); annals reads UTF-8: convert it first");
}

std::size_t csv_reader::utf8_character_at(std::size_t at) const {
  const auto n = values::utf8_sequence_length(text_, at);
  if (n == 0)
    fail(at, "InvalidUnicode",
         "invalid UTF-8: " + values::describe_invalid_utf8(text_, at) +
             "; annals reads UTF-8 CSV files: convert it first");
  return n;
}

void csv_reader::fail(std::size_t at, const std::string& detail, const std::string& what) const {
  throw_load_error(file_, line_, column_of(at), at, detail, what);
}

csv_field csv_reader::read_quoted() {
  csv_field f{{}, true, line_, column_of(pos_), pos_};
  const std::size_t size = text_.size();
  std::size_t write = ++pos_;
  const std::size_t content = pos_;
  for (;;) {
    if (pos_ >= size)
      throw_load_error(file_, f.line, f.column, f.offset, "UnterminatedQuote",
                       "unterminated quoted field: the quote opened here is never closed");
    const char c = text_[pos_];
    if (c == quote_) {
      if (pos_ + 1 < size && text_[pos_ + 1] == quote_) { // "" stands for one quote
        text_[write++] = quote_;
        pos_ += 2;
        continue;
      }
      ++pos_;
      break;
    }
    if (c == escape_ && pos_ + 1 < size && (text_[pos_ + 1] == quote_ || text_[pos_ + 1] == escape_)) {
      text_[write++] = text_[pos_ + 1];
      pos_ += 2;
      continue;
    }
    if (c == '\n') start_line(pos_ + 1);
    const std::size_t n = static_cast<unsigned char>(c) < 0x80 ? 1 : utf8_character_at(pos_);
    for (std::size_t i = 0; i < n; ++i) text_[write++] = text_[pos_++];
  }
  f.text = std::string_view(text_.data() + content, write - content);
  if (pos_ < size) {
    const char c = text_[pos_];
    const bool crlf = c == '\r' && (pos_ + 1 == size || text_[pos_ + 1] == '\n');
    if (c != delimiter_ && c != '\n' && !crlf)
      fail(pos_, "StrayQuote",
           std::string("expected '") + delimiter_ + "' or the end of the line after the closing quote, found '" + c +
               "'");
  }
  return f;
}

csv_field csv_reader::read_plain() {
  csv_field f{{}, false, line_, column_of(pos_), pos_};
  const std::size_t size = text_.size(), start = pos_;
  while (pos_ < size) {
    const char c = text_[pos_];
    if (c == delimiter_ || c == '\n') break;
    if (c == quote_ && quote_ != '\0')
      fail(pos_, "StrayQuote", "quote inside an unquoted field (quote the whole field and double the quote)");
    pos_ += static_cast<unsigned char>(c) < 0x80 ? 1 : utf8_character_at(pos_);
  }
  // Leave a CRLF's '\r' to next(), as after a quoted field.
  if (pos_ > start && text_[pos_ - 1] == '\r' && (pos_ == size || text_[pos_] == '\n')) --pos_;
  f.text = std::string_view(text_.data() + start, pos_ - start);
  return f;
}

bool csv_reader::next(std::vector<csv_field>& fields) {
  fields.clear();
  const std::size_t size = text_.size();
  // Blank lines separate nothing; skip them.
  while (pos_ < size) {
    if (text_[pos_] == '\n') {
      start_line(++pos_);
    } else if (text_[pos_] == '\r' && pos_ + 1 < size && text_[pos_ + 1] == '\n') {
      pos_ += 2;
      start_line(pos_);
    } else {
      break;
    }
  }
  if (pos_ >= size) return false;
  in_record_ = true;
  for (;;) {
    fields.push_back(quote_ != '\0' && text_[pos_] == quote_ ? read_quoted() : read_plain());
    if (pos_ < size && text_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    end_line_ = line_;
    end_column_ = column_of(pos_);
    end_offset_ = pos_;
    if (pos_ < size && text_[pos_] == '\r') ++pos_;
    if (pos_ < size) start_line(++pos_); // past the '\n'
    in_record_ = false;
    return true;
  }
}

void csv_reader::skip_rest_of_record() {
  if (!in_record_) return;
  in_record_ = false;
  const auto eol = text_.find('\n', pos_);
  if (eol == std::string::npos) pos_ = text_.size();
  else start_line(pos_ = eol + 1);
}

} // namespace annals::storage
