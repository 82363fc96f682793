#include "annals/partial_date.hpp"

#include <charconv>

namespace annals {
namespace {

bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(std::int64_t y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Howard Hinnant's days_from_civil: proleptic Gregorian calendar.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool parse_digits(std::string_view text, std::size_t count, int& out) {
  if (text.size() != count) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return true;
}

} // namespace

std::optional<partial_date> partial_date::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  partial_date d;
  int year = 0;
  const auto dash1 = text.find('-');
  // "-0000" is refused: it would print back as "0000".
  if (!parse_digits(text.substr(0, dash1), 4, year) || (negative && year == 0)) return std::nullopt;
  d.year_ = negative ? -year : year;
  d.month_ = 1;
  d.day_ = 1;
  d.precision_ = date_precision::year;
  if (dash1 == std::string_view::npos) return d;
  text.remove_prefix(dash1 + 1);
  const auto dash2 = text.find('-');
  int month = 0;
  if (!parse_digits(text.substr(0, dash2), 2, month) || month < 1 || month > 12) return std::nullopt;
  d.month_ = static_cast<std::uint8_t>(month);
  d.precision_ = date_precision::month;
  if (dash2 == std::string_view::npos) return d;
  int day = 0;
  if (!parse_digits(text.substr(dash2 + 1), 2, day) || day < 1 || day > days_in_month(d.year_, month))
    return std::nullopt;
  d.day_ = static_cast<std::uint8_t>(day);
  d.precision_ = date_precision::day;
  return d;
}

partial_date partial_date::from_days(std::int64_t z) {
  // Howard Hinnant's civil_from_days.
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  partial_date out;
  out.year_ = static_cast<std::int32_t>(y + (m <= 2));
  out.month_ = static_cast<std::uint8_t>(m);
  out.day_ = static_cast<std::uint8_t>(d);
  out.precision_ = date_precision::day;
  return out;
}

std::optional<partial_date> partial_date::from_fields(std::int32_t year, date_precision precision, int month, int day) {
  partial_date d;
  d.year_ = year;
  d.month_ = 1;
  d.day_ = 1;
  d.precision_ = precision;
  switch (precision) {
  case date_precision::day:
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    d.month_ = static_cast<std::uint8_t>(month);
    d.day_ = static_cast<std::uint8_t>(day);
    return d;
  case date_precision::month:
    if (month < 1 || month > 12) return std::nullopt;
    d.month_ = static_cast<std::uint8_t>(month);
    return d;
  case date_precision::year: return d;
  }
  return std::nullopt;
}

std::int64_t partial_date::first_day() const { return days_from_civil(year_, month_, day_); }

std::int64_t partial_date::last_day() const {
  switch (precision_) {
  case date_precision::year: return days_from_civil(year_, 12, 31);
  case date_precision::month: return days_from_civil(year_, month_, static_cast<unsigned>(days_in_month(year_, month_)));
  case date_precision::day: break;
  }
  return first_day();
}

std::string partial_date::to_string() const {
  char buf[32];
  int n = 0;
  const int y = year_ < 0 ? -year_ : year_;
  switch (precision_) {
  case date_precision::year: n = std::snprintf(buf, sizeof buf, "%s%04d", year_ < 0 ? "-" : "", y); break;
  case date_precision::month: n = std::snprintf(buf, sizeof buf, "%s%04d-%02d", year_ < 0 ? "-" : "", y, month_); break;
  case date_precision::day:
    n = std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", year_ < 0 ? "-" : "", y, month_, day_);
    break;
  }
  return std::string(buf, static_cast<std::size_t>(n));
}

std::strong_ordering operator<=>(const partial_date& a, const partial_date& b) {
  if (auto c = a.first_day() <=> b.first_day(); c != 0) return c;
  if (auto c = a.precision_ <=> b.precision_; c != 0) return c;
  return a.last_day() <=> b.last_day();
}

std::optional<std::weak_ordering> compare_certain(const partial_date& a, const partial_date& b) {
  if (a.last_day() < b.first_day()) return std::weak_ordering::less;
  if (a.first_day() > b.last_day()) return std::weak_ordering::greater;
  if (a.first_day() == a.last_day() && b.first_day() == b.last_day()) return std::weak_ordering::equivalent;
  return std::nullopt;
}

bool overlaps(const partial_date& a, const partial_date& b) {
  return a.first_day() <= b.last_day() && b.first_day() <= a.last_day();
}

std::string_view to_string(date_precision p) {
  switch (p) {
  case date_precision::year: return "year";
  case date_precision::month: return "month";
  case date_precision::day: return "day";
  }
  return "day";
}

} // namespace annals
