#include "storage/progress_bar.hpp"

#include <cstdio>
#include <unistd.h>

namespace annals::storage {

progress_bar::progress_bar(std::string title, std::size_t total, bool enabled, std::size_t threshold)
    : title_(std::move(title)), total_(total), shown_(enabled && total > threshold && ::isatty(STDERR_FILENO)) {}

progress_bar::~progress_bar() {
  if (shown_ && !finished_ && last_percent_ >= 0) std::fputc('\n', stderr);
}

void progress_bar::update(std::size_t done) {
  if (!shown_ || total_ == 0) return;
  const int percent = static_cast<int>(done * 100 / total_);
  if (percent != last_percent_) draw(done);
}

void progress_bar::finish() {
  if (!shown_ || finished_) return;
  draw(total_);
  std::fputc('\n', stderr);
  finished_ = true;
}

void progress_bar::draw(std::size_t done) {
  constexpr int width = 40;
  const int percent = total_ ? static_cast<int>(done * 100 / total_) : 100;
  last_percent_ = percent;
  char bar[width + 1];
  for (int i = 0; i < width; ++i) bar[i] = i < percent * width / 100 ? '#' : ' ';
  bar[width] = '\0';
  std::fprintf(stderr, "\r%s [%s] %3d%%  %.1f / %.1f MB", title_.c_str(), bar, percent, done / 1048576.0,
               total_ / 1048576.0);
  std::fflush(stderr);
}

} // namespace annals::storage
