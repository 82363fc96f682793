// A calendar date known to year, month or day precision.
//
// `1864`, `1864-03` and `1864-09-26` are all partial dates. A partial date keeps
// its precision and prints back exactly as given. It stands for an interval of
// days: 1864 is 1864-01-01 … 1864-12-31, 1864-03 is 1864-03-01 … 1864-03-31.
//
// Equality is structural (same precision, same fields). Ordering for sorting
// is by first day, then by precision (coarser first), then by last day, so
// that sorting is total and deterministic. Comparisons in queries use the
// intervals and may be unknown: see `compare_certain`.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

enum class date_precision : std::uint8_t { year = 0, month = 1, day = 2 };

class partial_date {
public:
  constexpr partial_date() = default;

  // Returns nothing when `text` is not YYYY, YYYY-MM or YYYY-MM-DD with a real
  // calendar month and day (leap years included). A leading '-' is allowed
  // for years before the common era.
  static std::optional<partial_date> parse(std::string_view text);
  static partial_date from_days(std::int64_t days_since_epoch);
  // Returns nothing when the month or the day is not on the calendar; the
  // fields finer than `precision` are ignored.
  static std::optional<partial_date> from_fields(std::int32_t year, date_precision precision, int month = 1,
                                                 int day = 1);

  std::int32_t year() const { return year_; }
  std::optional<int> month() const { return precision_ >= date_precision::month ? std::optional<int>(month_) : std::nullopt; }
  std::optional<int> day() const { return precision_ == date_precision::day ? std::optional<int>(day_) : std::nullopt; }
  date_precision precision() const { return precision_; }

  // First and last day of the interval, as days since 1970-01-01.
  std::int64_t first_day() const;
  std::int64_t last_day() const;

  std::string to_string() const;

  friend bool operator==(const partial_date&, const partial_date&) = default;
  // Total order used by ORDER BY, DISTINCT and indexes.
  friend std::strong_ordering operator<=>(const partial_date& a, const partial_date& b);

private:
  std::int32_t year_ = 1970;
  std::uint8_t month_ = 1;
  std::uint8_t day_ = 1;
  date_precision precision_ = date_precision::day;
};

// Three-valued comparison of the intervals: `less` when every day of `a` is
// before every day of `b`, `greater` in the mirror case, `equal` when both
// are the same single day, and nothing when the intervals overlap, so the
// order of the days they stand for is unknown.
std::optional<std::weak_ordering> compare_certain(const partial_date& a, const partial_date& b);

// True when the two intervals share at least one day.
bool overlaps(const partial_date& a, const partial_date& b);

std::string_view to_string(date_precision p);

} // namespace annals
