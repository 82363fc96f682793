// How much of the current thread's stack is left. Parsing, and evaluating an
// expression, recurse once per nesting level on the caller's thread, and
// threads differ: 8 MB for a program's main thread on Linux, less in many
// thread pools. The nesting limit keeps deep input within the stack
// database.hpp documents; this guard makes a thread with less than that get an
// error instead of a crash. Each parse and each run has its own guard.
#pragma once

#include <cstddef>
#include <string>

namespace annals {

// AddressSanitizer surrounds every local with redzones: a level of nesting
// takes about eight times the stack it takes in a normal build (measured with
// GCC 12: 23-34 KB against 2-4 KB), and the figures below scale with it.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr std::size_t stack_frame_scale = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr std::size_t stack_frame_scale = 10;
#else
inline constexpr std::size_t stack_frame_scale = 1;
#endif
#else
inline constexpr std::size_t stack_frame_scale = 1;
#endif

class stack_guard {
public:
  // Bytes kept free below the deepest frame the parser may reach: room for
  // throwing the error and for the stages after parsing.
  static constexpr std::size_t reserve = 64 * 1024 * stack_frame_scale;

  // True when fewer than `reserve` bytes remain below the caller's frame. The
  // thread's stack bounds are looked up on first use. (The frame address, not
  // a local's: under AddressSanitizer locals may live on a heap "fake stack".)
  bool exhausted();

private:
  const char* lowest_ = nullptr;
  bool looked_up_ = false;
};

} // namespace annals

namespace annals {
// Stack one level of nesting takes while parsing or evaluating (measured on
// x86-64, GCC 12, Release: tests/parser/stack_test.cpp checks it stays below this).
inline constexpr std::size_t stack_bytes_per_level = 4096 * stack_frame_scale;
} // namespace annals

namespace annals {
// The message of every stack error: `what` nested `depth` levels deep.
std::string stack_exhausted_message(const std::string& what, int depth);
} // namespace annals
