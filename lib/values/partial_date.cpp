#include "annals/partial_date.hpp"

#include <charconv>
#include <tuple>

namespace annals {
namespace {

using point = partial_date::point;
using end_kind = partial_date::end_kind;

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

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The first day of the month `months` months after (year, month).
std::int64_t first_of_month(std::int64_t year, int month, std::int64_t months) {
  const std::int64_t total = year * 12 + (month - 1) + months;
  const std::int64_t y = floor_div(total, 12);
  return days_from_civil(y, static_cast<unsigned>(total - y * 12 + 1), 1);
}

bool parse_digits(std::string_view text, std::size_t count, int& out) {
  if (text.size() != count) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return true;
}

// How finely a point's days are known, unspecified digits counted.
enum class grain { century, decade, year, month, day };

grain grain_of(const point& p) {
  if (p.flags & partial_date::year_x2) return grain::century;
  if (p.flags & partial_date::year_x1) return grain::decade;
  if (p.precision == date_precision::year || (p.flags & partial_date::month_x)) return grain::year;
  if (p.precision == date_precision::month || (p.flags & partial_date::day_x)) return grain::month;
  return grain::day;
}

// The days a point names, qualifiers aside.
day_range point_days(const point& p) {
  const grain g = grain_of(p);
  if (g == grain::century || g == grain::decade || g == grain::year) {
    const std::int64_t span = g == grain::century ? 100 : (g == grain::decade ? 10 : 1);
    // -186X is -1860 … -1869, so the years run downwards from the written ones.
    const std::int64_t lo = p.year < 0 ? p.year - (span - 1) : p.year;
    return {days_from_civil(lo, 1, 1), days_from_civil(lo + span - 1, 12, 31)};
  }
  if (g == grain::month)
    return {days_from_civil(p.year, p.month, 1),
            days_from_civil(p.year, p.month, static_cast<unsigned>(days_in_month(p.year, p.month)))};
  const auto d = days_from_civil(p.year, p.month, p.day);
  return {d, d};
}

// The days a point may mean: a qualifier widens the stated days by one unit of
// their grain on each side, `%` (uncertain and approximate) by two.
day_range possible_days(const point& p) {
  day_range r = point_days(p);
  const int widen = ((p.flags & partial_date::uncertain_flag) ? 1 : 0) + ((p.flags & partial_date::approximate_flag) ? 1 : 0);
  if (widen == 0) return r;
  switch (grain_of(p)) {
  case grain::century:
  case grain::decade:
  case grain::year: {
    const std::int64_t span = grain_of(p) == grain::century ? 100 : (grain_of(p) == grain::decade ? 10 : 1);
    const std::int64_t lo = p.year < 0 ? p.year - (span - 1) : p.year;
    return {days_from_civil(lo - widen * span, 1, 1), days_from_civil(lo + span - 1 + widen * span, 12, 31)};
  }
  case grain::month: return {first_of_month(p.year, p.month, -widen), first_of_month(p.year, p.month, 1 + widen) - 1};
  case grain::day: return {r.first - widen, r.last + widen};
  }
  return r;
}

// One date as written: [-]YYYY[-MM[-DD]] with X for unspecified digits, or
// Y[-]YYYYY… for a year of more than four digits, then perhaps ? ~ or %.
std::optional<point> parse_point(std::string_view text) {
  point p;
  p.month = 1;
  p.day = 1;
  p.flags = 0;
  if (!text.empty()) {
    const char q = text.back();
    if (q == '?' || q == '~' || q == '%') {
      p.flags |= q == '?' ? partial_date::uncertain_flag
                          : (q == '~' ? partial_date::approximate_flag
                                      : partial_date::uncertain_flag | partial_date::approximate_flag);
      text.remove_suffix(1);
    }
  }
  if (!text.empty() && text.front() == 'Y') {
    // EDTF allows the Y form only for years that four digits cannot write.
    text.remove_prefix(1);
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    if (text.size() < 5 || text.size() > 9 || text.front() == '0') return std::nullopt;
    int year = 0;
    if (!parse_digits(text, text.size(), year)) return std::nullopt;
    p.year = negative ? -year : year;
    p.precision = date_precision::year;
    return p;
  }
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  const auto dash1 = text.find('-');
  std::string_view year_text = text.substr(0, dash1);
  if (year_text.size() != 4) return std::nullopt;
  std::string digits(year_text);
  if (digits[3] == 'X') {
    p.flags |= digits[2] == 'X' ? partial_date::year_x2 : partial_date::year_x1;
    digits[3] = '0';
    if (digits[2] == 'X') digits[2] = '0';
  }
  int year = 0;
  // "-0000" is refused: it would print back as "0000".
  if (!parse_digits(digits, 4, year) || (negative && year == 0)) return std::nullopt;
  p.year = negative ? -year : year;
  p.precision = date_precision::year;
  if (dash1 == std::string_view::npos) return p;
  if (p.flags & (partial_date::year_x1 | partial_date::year_x2)) return std::nullopt; // 186X-05 is EDTF level 2
  text.remove_prefix(dash1 + 1);
  const auto dash2 = text.find('-');
  const auto month_text = text.substr(0, dash2);
  int month = 1;
  if (month_text == "XX") p.flags |= partial_date::month_x;
  else if (!parse_digits(month_text, 2, month) || month < 1 || month > 12) return std::nullopt;
  p.month = static_cast<std::uint8_t>(month);
  p.precision = date_precision::month;
  if (dash2 == std::string_view::npos) return p;
  const auto day_text = text.substr(dash2 + 1);
  int day = 1;
  if (day_text == "XX") p.flags |= partial_date::day_x;
  else if ((p.flags & partial_date::month_x) || !parse_digits(day_text, 2, day) || day < 1 ||
           day > days_in_month(p.year, month))
    return std::nullopt; // 1866-XX-05 is EDTF level 2
  p.day = static_cast<std::uint8_t>(day);
  p.precision = date_precision::day;
  return p;
}

std::string point_text(const point& p) {
  char buf[48];
  const std::int64_t y = p.year < 0 ? -static_cast<std::int64_t>(p.year) : p.year;
  std::string out;
  if (y > 9999) {
    std::snprintf(buf, sizeof buf, "Y%s%lld", p.year < 0 ? "-" : "", static_cast<long long>(y));
    out = buf;
  } else {
    std::snprintf(buf, sizeof buf, "%s%04lld", p.year < 0 ? "-" : "", static_cast<long long>(y));
    out = buf;
    if (p.flags & partial_date::year_x2) out.replace(out.size() - 2, 2, "XX");
    else if (p.flags & partial_date::year_x1) out.back() = 'X';
    if (p.precision >= date_precision::month) {
      if (p.flags & partial_date::month_x) out += "-XX";
      else {
        std::snprintf(buf, sizeof buf, "-%02d", p.month);
        out += buf;
      }
    }
    if (p.precision == date_precision::day) {
      if (p.flags & partial_date::day_x) out += "-XX";
      else {
        std::snprintf(buf, sizeof buf, "-%02d", p.day);
        out += buf;
      }
    }
  }
  const bool u = p.flags & partial_date::uncertain_flag, a = p.flags & partial_date::approximate_flag;
  if (u && a) out += '%';
  else if (u) out += '?';
  else if (a) out += '~';
  return out;
}

constexpr std::uint8_t unspecified_flags =
    partial_date::year_x1 | partial_date::year_x2 | partial_date::month_x | partial_date::day_x;

} // namespace

std::optional<partial_date> partial_date::parse(std::string_view text) {
  partial_date d;
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    auto p = parse_point(text);
    if (!p) return std::nullopt;
    d.start_ = *p;
    return d;
  }
  d.interval_ = true;
  auto side = [](std::string_view s, end_kind& kind, point& out) {
    if (s.empty()) kind = end_kind::unknown;
    else if (s == "..") kind = end_kind::open;
    else if (auto p = parse_point(s)) {
      kind = end_kind::date;
      out = *p;
    } else return false;
    return true;
  };
  if (!side(text.substr(0, slash), d.start_kind_, d.start_) || !side(text.substr(slash + 1), d.end_kind_, d.end_))
    return std::nullopt;
  // At least one end is a date, and the start is not after the end.
  if (d.start_kind_ != end_kind::date && d.end_kind_ != end_kind::date) return std::nullopt;
  if (d.start_kind_ == end_kind::date && d.end_kind_ == end_kind::date &&
      point_days(d.start_).first > point_days(d.end_).last)
    return std::nullopt;
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
  out.start_.year = static_cast<std::int32_t>(y + (m <= 2));
  out.start_.month = static_cast<std::uint8_t>(m);
  out.start_.day = static_cast<std::uint8_t>(d);
  out.start_.precision = date_precision::day;
  return out;
}

std::optional<partial_date> partial_date::from_fields(std::int32_t year, date_precision precision, int month, int day) {
  partial_date d;
  d.start_.year = year;
  d.start_.month = 1;
  d.start_.day = 1;
  d.start_.precision = precision;
  switch (precision) {
  case date_precision::day:
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    d.start_.month = static_cast<std::uint8_t>(month);
    d.start_.day = static_cast<std::uint8_t>(day);
    return d;
  case date_precision::month:
    if (month < 1 || month > 12) return std::nullopt;
    d.start_.month = static_cast<std::uint8_t>(month);
    return d;
  case date_precision::year: return d;
  }
  return std::nullopt;
}

std::optional<int> partial_date::month() const {
  const auto& p = at_start();
  if (p.precision < date_precision::month || (p.flags & month_x)) return std::nullopt;
  return p.month;
}

std::optional<int> partial_date::day() const {
  const auto& p = at_start();
  if (p.precision < date_precision::day || (p.flags & day_x)) return std::nullopt;
  return p.day;
}

std::optional<partial_date> partial_date::start() const {
  if (!interval_) return *this;
  if (start_kind_ != end_kind::date) return std::nullopt;
  partial_date d;
  d.start_ = start_;
  return d;
}

std::optional<partial_date> partial_date::end() const {
  if (!interval_) return *this;
  if (end_kind_ != end_kind::date) return std::nullopt;
  partial_date d;
  d.start_ = end_;
  return d;
}

bool partial_date::uncertain() const {
  return (start_kind_ == end_kind::date && (start_.flags & uncertain_flag)) ||
         (interval_ && end_kind_ == end_kind::date && (end_.flags & uncertain_flag));
}

bool partial_date::approximate() const {
  return (start_kind_ == end_kind::date && (start_.flags & approximate_flag)) ||
         (interval_ && end_kind_ == end_kind::date && (end_.flags & approximate_flag));
}

bool partial_date::has_unspecified_digits() const {
  return (start_kind_ == end_kind::date && (start_.flags & unspecified_flags)) ||
         (interval_ && end_kind_ == end_kind::date && (end_.flags & unspecified_flags));
}

bool partial_date::is_plain() const { return !interval_ && start_.flags == 0; }

day_range partial_date::start_days() const {
  if (!interval_ || start_kind_ == end_kind::date) return possible_days(start_);
  if (start_kind_ == end_kind::open) return {days_before_all, days_before_all};
  return {days_before_all, possible_days(end_).last};
}

day_range partial_date::end_days() const {
  if (!interval_) return possible_days(start_);
  if (end_kind_ == end_kind::date) return possible_days(end_);
  if (end_kind_ == end_kind::open) return {days_after_all, days_after_all};
  return {possible_days(start_).first, days_after_all};
}

day_range partial_date::days() const { return {start_days().first, end_days().last}; }

day_range partial_date::stated_days() const {
  if (!interval_) return point_days(start_);
  const auto first = start_kind_ == end_kind::date ? point_days(start_).first : days_before_all;
  const auto last = end_kind_ == end_kind::date ? point_days(end_).last : days_after_all;
  return {first, last};
}

std::string partial_date::to_string() const {
  if (!interval_) return point_text(start_);
  auto side = [](end_kind k, const point& p) {
    return k == end_kind::date ? point_text(p) : (k == end_kind::open ? std::string("..") : std::string());
  };
  return side(start_kind_, start_) + "/" + side(end_kind_, end_);
}

std::strong_ordering operator<=>(const partial_date& a, const partial_date& b) {
  // The first day written, coarser first, the last day written; then the rest
  // of the fields, so that the order agrees with ==.
  auto key = [](const partial_date& d) {
    const auto& p = d.at_start();
    const bool dated = d.start_kind_ == end_kind::date || d.end_kind_ == end_kind::date;
    const auto r = dated ? point_days(p) : day_range{};
    const std::int64_t first = d.interval_ && d.start_kind_ != end_kind::date ? days_before_all : r.first;
    return std::tuple(first, static_cast<int>(p.precision), r.last, d.interval_, p.flags, d.start_kind_, d.end_kind_);
  };
  if (auto c = key(a) <=> key(b); c != 0) return c;
  auto rest = [](const point& p) { return std::tuple(p.year, p.month, p.day, static_cast<int>(p.precision), p.flags); };
  if (auto c = rest(a.start_) <=> rest(b.start_); c != 0) return c;
  return rest(a.end_) <=> rest(b.end_);
}

std::optional<std::weak_ordering> compare_certain(const partial_date& a, const partial_date& b) {
  const auto x = a.days(), y = b.days();
  if (x.last < y.first) return std::weak_ordering::less;
  if (x.first > y.last) return std::weak_ordering::greater;
  if (x.first == x.last && y.first == y.last) return std::weak_ordering::equivalent;
  return std::nullopt;
}

std::optional<bool> certainly_less(const partial_date& a, const partial_date& b) {
  const auto x = a.days(), y = b.days();
  if (x.last < y.first) return true;
  if (x.first >= y.last) return false;
  return std::nullopt;
}

std::optional<bool> certainly_less_or_equal(const partial_date& a, const partial_date& b) {
  const auto x = a.days(), y = b.days();
  if (x.last <= y.first) return true;
  if (x.first > y.last) return false;
  return std::nullopt;
}

bool overlaps(const partial_date& a, const partial_date& b) {
  const auto x = a.days(), y = b.days();
  return x.first <= y.last && y.first <= x.last;
}

std::string_view to_string(date_precision p) {
  switch (p) {
  case date_precision::year: return "year";
  case date_precision::month: return "month";
  case date_precision::day: return "day";
  }
  return "day";
}

std::optional<std::string_view> partial_date::precision_name() const {
  if (interval_) return std::nullopt;
  switch (grain_of(start_)) {
  case grain::century: return "century";
  case grain::decade: return "decade";
  case grain::year: return "year";
  case grain::month: return "month";
  case grain::day: return "day";
  }
  return std::nullopt;
}

} // namespace annals
