// A one-line progress bar on stderr for long loads. It draws only when stderr
// is a terminal, so logs and pipes stay clean.
#pragma once

#include <cstddef>
#include <string>

namespace annals::storage {

class progress_bar {
public:
  // Shown when `enabled`, stderr is a terminal and `total` bytes exceed `threshold`.
  progress_bar(std::string title, std::size_t total, bool enabled, std::size_t threshold = 1 << 20);
  ~progress_bar(); // ends the line, also when the load failed
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;

  bool shown() const { return shown_; }
  void update(std::size_t done); // cheap when the percentage has not changed
  void finish();

private:
  void draw(std::size_t done);

  std::string title_;
  std::size_t total_;
  bool shown_;
  int last_percent_ = -1;
  bool finished_ = false;
};

} // namespace annals::storage
