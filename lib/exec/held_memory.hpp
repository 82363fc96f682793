// The memory one operator holds, charged to its run's max_memory as rows and
// values come in and given back when the operator starts over or ends: a
// sort run again for each outer row counts once, not once per run.
#pragma once

#include "exec/eval_context.hpp"
#include "values/footprint.hpp"

namespace annals::exec {

class held_memory {
public:
  // `what` names the holder in the error, as check_held does ("ORDER BY").
  held_memory(eval_context& ctx, const char* what) : ctx_(ctx), what_(what) {}
  ~held_memory() { clear(); }
  held_memory(const held_memory&) = delete;
  held_memory& operator=(const held_memory&) = delete;

  void add(std::size_t bytes) {
    bytes_ += bytes;
    ctx_.charge(bytes, what_);
  }
  void add(const row& r) { add(footprint(r)); }
  void add(const value& v) { add(footprint(v)); }
  // Part of it let go (a row a top-k heap dropped).
  void give_back(std::size_t bytes) {
    bytes = bytes < bytes_ ? bytes : bytes_;
    bytes_ -= bytes;
    ctx_.release(bytes);
  }
  void clear() {
    ctx_.release(bytes_);
    bytes_ = 0;
  }
  std::size_t bytes() const { return bytes_; }

private:
  eval_context& ctx_;
  const char* what_;
  std::size_t bytes_ = 0;
};

} // namespace annals::exec
