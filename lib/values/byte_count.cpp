#include "annals/limits.hpp"

#include <cstdio>

namespace annals {

std::string byte_count(std::size_t bytes) {
  static constexpr const char* units[] = {"KB", "MB", "GB", "TB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double amount = static_cast<double>(bytes);
  std::size_t unit = 0;
  for (amount /= 1024; amount >= 1024 && unit + 1 < std::size(units); amount /= 1024) ++unit;
  char text[32];
  // Whole amounts print bare ("64 KB"); the rest with one decimal ("1.5 GB").
  if (amount == static_cast<double>(static_cast<std::size_t>(amount))) std::snprintf(text, sizeof text, "%.0f %s", amount, units[unit]);
  else std::snprintf(text, sizeof text, "%.1f %s", amount, units[unit]);
  return text;
}

} // namespace annals
