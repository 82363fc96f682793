// The bad-input catalogue's case files: reading them, expanding their
// templates, and running one case in a child process so that a crash or a
// hang fails that case instead of the whole run.
//
// Case files may spell out inputs too big or too odd to commit with two
// templates, expanded in the input and in its .expected alike:
//   @@repeat N TEXT@@   TEXT (everything after the single space) N times
//   @@hex 00 FF …@@     raw bytes
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace annals::bad_inputs {

std::string read_file(const std::filesystem::path& file);
void write_file(const std::filesystem::path& file, std::string_view bytes);

// Expands @@repeat@@ and @@hex@@; throws std::invalid_argument on a malformed template.
std::string expand(std::string_view text);

// What a case did: its output (an error's describe() text, or "OK" and rows),
// or how the child process ended when it did not finish.
struct isolated_outcome {
  bool finished = false; // false: crashed or timed out
  std::string output;    // when finished
  std::string failure;   // "crashed: Segmentation fault", "timed out after 60000 ms"
};

// Runs `body` in a forked child; its returned string crosses a pipe back.
isolated_outcome run_isolated(const std::function<std::string()>& body, std::chrono::milliseconds hard_limit);

// At most `n` bytes of `text`, for failure messages about megabyte inputs.
std::string shorten(const std::string& text, std::size_t n = 600);

} // namespace annals::bad_inputs
