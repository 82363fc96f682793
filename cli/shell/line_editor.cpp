#include "line_editor.hpp"

#include "completion.hpp"
#include "interrupt.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include <poll.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

namespace annals::cli {

namespace {

constexpr const char* prompt = "annals> ";
constexpr const char* continuation = "   ...> ";

session* current = nullptr;
bool leaving = false;
std::size_t line_count = 0;
std::string history_file;

void remember(const std::string& entry) {
  if (entry.empty()) return;
  add_history(entry.c_str());
  // Appended at once, so the history survives a crash or a closed terminal.
  if (!history_file.empty()) append_history(1, history_file.c_str());
}

// readline calls this with each line typed; nullptr is Ctrl-D.
void on_line(char* text) {
  if (!text) {
    std::cout << std::endl;
    leaving = true;
    return;
  }
  const std::string line(text);
  std::free(text);
  // A recalled multi-line statement comes back as one entry with line breaks.
  std::size_t begin = 0;
  auto status = session::status::ok;
  while (begin <= line.size() && status != session::status::quit) {
    const auto end = std::min(line.find('\n', begin), line.size());
    status = current->feed(std::string_view(line).substr(begin, end - begin), "<terminal>", ++line_count);
    begin = end + 1;
  }
  if (!current->pending()) remember(current->take_last_input());
  take_interrupt(); // a Ctrl-C that cancelled a statement is used up
  if (status == session::status::quit) leaving = true;
  else rl_set_prompt(current->pending() ? continuation : prompt);
}

// Ctrl-C at the prompt: drop the line and any unfinished statement, start afresh.
void abandon_line() {
  current->discard_pending();
  rl_free_line_state();
  rl_callback_sigcleanup();
  rl_replace_line("", 0);
  std::cout << "^C" << std::endl;
  rl_set_prompt(prompt);
  rl_on_new_line();
  rl_redisplay();
}

void load_history() {
  const char* home = std::getenv("HOME");
  if (!home || !*home) return;
  history_file = (std::filesystem::path(home) / ".annals_history").string();
  // Timestamps mark where entries begin, so a multi-line statement comes back as one.
  history_write_timestamps = 1;
  history_multiline_entries = 1;
  history_comment_char = '#';
  if (!std::filesystem::exists(history_file)) write_history(history_file.c_str());
  read_history(history_file.c_str());
  history_truncate_file(history_file.c_str(), 1000);
  stifle_history(1000);
  // :history lists them before this session's entries.
  if (HIST_ENTRY** entries = history_list())
    for (std::size_t i = 0; entries[i]; ++i) current->history().emplace_back(entries[i]->line);
}

} // namespace

int run_line_editor(session& s) {
  current = &s;
  install_interrupt_handler(s.cancel());
  rl_catch_signals = 0; // our handler decides what Ctrl-C means
  install_completion(s);
  load_history();
  std::cout << "annals shell: statements end with ';'. :help lists the commands, Ctrl-D leaves." << std::endl;

  rl_callback_handler_install(prompt, on_line);
  while (!leaving) {
    pollfd input{STDIN_FILENO, POLLIN, 0};
    const int ready = ::poll(&input, 1, -1);
    if (take_interrupt()) {
      abandon_line();
      continue;
    }
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    rl_callback_read_char();
  }
  rl_callback_handler_remove();
  return 0;
}

} // namespace annals::cli
