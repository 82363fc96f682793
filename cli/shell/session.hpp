// What the shell does with its input, whether typed at a terminal or piped:
// collects lines until a statement's ';', runs the statements, prints their
// results or errors, and runs meta-commands (:help, :schema, …).
#pragma once

#include "../output.hpp"

#include "annals/database.hpp"

#include <atomic>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals::cli {

struct shell_settings {
  output_options output;
  bool timing = false;
  bool explain = false; // run statements as EXPLAIN …
  bool profile = false; // run statements as PROFILE …
  value_map parameters;
  std::string snapshot_file; // where :save writes when given no file: --db's, then the last :open's
};

class session {
public:
  enum class status { ok, failed, quit };

  // `interactive`: errors are placed in the statement (the terminal has no
  // useful line numbers) and timing is on; otherwise in the input, as file:line:column.
  session(database& db, std::ostream& out, std::ostream& err, bool interactive);

  // One line of input. Between statements, a line starting with ':' is a meta-command.
  status feed(std::string_view line, std::string_view source, std::size_t line_number);
  // End of input: runs a last statement left without its ';'.
  status finish();
  // Whether a statement has begun and waits for its ';'.
  bool pending() const { return !buffer_.empty(); }
  // The lines of that statement typed so far (completion reads the patterns in them).
  const std::string& pending_text() const { return buffer_; }
  // Forgets the statement being typed (Ctrl-C at the prompt).
  void discard_pending() { buffer_.clear(); }
  // The text of the statements or meta-command run since the last call, for the history.
  std::string take_last_input() { return std::exchange(last_input_, {}); }

  // Loads a script (:load, and the scripts given to `annals shell`).
  status load(const std::string& file);

  // What was typed, oldest first (:history): statements and meta-commands,
  // after the entries of earlier sessions the line editor read back.
  std::vector<std::string>& history() { return history_; }

  // Unsaved changes: an in-memory database changed since it was loaded, saved or opened.
  bool interactive() const { return interactive_; }
  void mark_saved() { saved_version_ = db_.graph().version(); }
  bool unsaved_changes() const { return !db_.durable() && db_.graph().version() != saved_version_; }
  // :quit warns once about unsaved changes; the next :quit leaves.
  bool warned_of_unsaved = false;

  database& db() { return db_; }
  shell_settings& settings() { return settings_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  // Set by Ctrl-C while a statement runs; the engine checks it.
  std::atomic<bool>& cancel() { return cancel_; }

private:
  status run_buffer();
  status run_statement(std::size_t begin, std::size_t end);
  void report(const error& e, std::size_t begin, std::size_t prefix_length);
  void print(const result& r, bool plan_only, double milliseconds);

  database& db_;
  std::ostream& out_;
  std::ostream& err_;
  bool interactive_;
  shell_settings settings_;
  std::atomic<bool> cancel_{false};
  std::string buffer_, source_, last_input_;
  std::size_t first_line_ = 0; // of the buffer in the input
  std::vector<std::string> history_;
  std::uint64_t saved_version_ = 0;
};

} // namespace annals::cli
