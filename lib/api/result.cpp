#include "annals/result.hpp"

#include <stdexcept>

namespace annals {

std::size_t result::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == name) return i;
  std::string known;
  for (const auto& c : columns_) known += (known.empty() ? "" : ", ") + c;
  throw std::out_of_range("result::column: no column '" + std::string(name) + "' (the columns are " +
                          (known.empty() ? std::string("none") : known) + ")");
}

} // namespace annals
