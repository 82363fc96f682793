#include "annals/limits.hpp"

#include <unistd.h>

namespace annals {

std::size_t default_max_memory() {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  // Where the system cannot say, 4 GB: a quarter of a small desktop's memory.
  if (pages <= 0 || page <= 0) return std::size_t{4} << 30;
  return static_cast<std::size_t>(pages) * static_cast<std::size_t>(page) / 4;
}

} // namespace annals
