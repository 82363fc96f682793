#include "session.hpp"

#include "meta_commands.hpp"
#include "statement_scanner.hpp"

#include "../limit_settings.hpp"
#include "../scripts.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <new>
#include <ostream>

namespace annals::cli {

namespace {

// The `n`th line (1-based) of `text`.
std::string nth_line(const std::string& text, std::size_t n) {
  std::size_t begin = 0;
  for (std::size_t i = 1; i < n && begin != std::string::npos; ++i) {
    begin = text.find('\n', begin);
    if (begin != std::string::npos) ++begin;
  }
  if (begin == std::string::npos) return {};
  return line_at(text, begin);
}

std::string first_word(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  std::string word;
  for (auto i = begin; i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])); ++i)
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
  return word;
}

} // namespace

session::session(database& db, std::ostream& out, std::ostream& err, bool interactive)
    : db_(db), out_(out), err_(err), interactive_(interactive) {
  settings_.timing = interactive;
  mark_saved();
  db_.limits().cancel = &cancel_;
}

session::status session::feed(std::string_view line, std::string_view source, std::size_t line_number) {
  if (buffer_.empty()) {
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return status::ok;
    if (line[start] == ':') {
      last_input_ = std::string(line.substr(start));
      history_.push_back(last_input_);
      // One bad command ends itself, never the shell.
      try {
        return run_meta_command(*this, line.substr(start));
      } catch (const std::exception& e) {
        out_.flush();
        err_ << "error: " << (dynamic_cast<const error*>(&e) ? static_cast<const error&>(e).describe() : e.what())
             << std::endl;
        return status::failed;
      }
    }
    source_ = source;
    first_line_ = line_number;
  }
  buffer_ += line;
  buffer_ += '\n';
  const auto scan = scan_statements(buffer_);
  if (scan.blank) buffer_.clear(); // a comment line between statements
  return scan.complete ? run_buffer() : status::ok;
}

session::status session::finish() { return buffer_.empty() ? status::ok : run_buffer(); }

session::status session::run_buffer() {
  last_input_ = buffer_.substr(0, buffer_.find_last_not_of(" \t\r\n") + 1);
  history_.push_back(last_input_);
  auto result = status::ok;
  for (const auto& s : scan_statements(buffer_).statements) {
    // From its first word, so that an error without a position points there.
    const auto begin = buffer_.find_first_not_of(" \t\r\n", s.begin);
    if ((result = run_statement(begin, s.end)) != status::ok) break;
  }
  buffer_.clear();
  return result;
}

session::status session::run_statement(std::size_t begin, std::size_t end) {
  const std::string text = buffer_.substr(begin, end - begin);
  // EXPLAIN/PROFILE mode prefixes the statement, unless it has its own.
  std::string prefix;
  const auto word = first_word(text);
  if (word != "EXPLAIN" && word != "PROFILE") prefix = settings_.profile ? "PROFILE " : settings_.explain ? "EXPLAIN " : "";

  cancel_ = false;
  const auto started = std::chrono::steady_clock::now();
  try {
    const auto r = db_.query(prefix + text, settings_.parameters);
    const bool plan_only = first_word(prefix + text) == "EXPLAIN";
    print(r, plan_only, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    return status::ok;
  } catch (const error& e) {
    if (cancel_) {
      // Ctrl-C: the user knows which statement; the terminal has echoed ^C.
      out_.flush();
      err_ << "\nstatement cancelled" << std::endl;
    } else {
      report(e, begin, prefix.size());
    }
  } catch (const std::bad_alloc&) {
    out_.flush();
    err_ << "error: out of memory; the statement was abandoned" << std::endl;
  } catch (const std::exception& e) {
    out_.flush();
    err_ << "error: " << e.what() << std::endl;
  }
  return status::failed;
}

// The engine places errors in the statement it was given; people want them in what they typed.
void session::report(const error& e, std::size_t begin, std::size_t prefix_length) {
  const auto start = position_in(buffer_, begin);
  source_position where = start; // errors without a position point at the statement
  if (e.where().line != 0) {
    const bool first_line = e.where().line == 1;
    const auto column = first_line ? std::max(e.where().column, prefix_length + 1) - prefix_length : e.where().column;
    where.line = start.line + e.where().line - 1;
    where.column = first_line ? start.column + column - 1 : column;
  }
  const auto text = nth_line(buffer_, where.line);
  out_.flush();
  if (interactive_) {
    // Lines counted from the statement's first: the terminal has no useful line numbers.
    where.line -= start.line - 1;
    err_ << moved_to(spelled_for(e, limit_interface::shell), where, text).describe() << std::endl;
  } else {
    where.line += first_line_ - 1;
    err_ << moved_to(spelled_for(e, limit_interface::shell), where, text).describe(source_) << std::endl;
  }
}

// EXPLAIN prints the plan alone; PROFILE the plan, then the rows.
void session::print(const result& r, bool plan_only, double milliseconds) {
  if (!r.plan().empty()) out_ << r.plan() << (r.plan().back() == '\n' ? "" : "\n");
  if (!plan_only) write_result(out_, r, db_.graph(), settings_.output);
  if (settings_.timing) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", milliseconds);
    out_ << "Time: " << text << " ms\n";
  }
  out_.flush();
}

session::status session::load(const std::string& file) {
  cancel_ = false;
  out_.flush();
  try {
    db_.load_script(file);
    return status::ok;
  } catch (const error& e) {
    err_ << spelled_for(e, limit_interface::shell).describe() << std::endl; // names the file
  } catch (const std::exception& e) {
    err_ << describe(e, file) << std::endl;
  }
  return status::failed;
}

} // namespace annals::cli
