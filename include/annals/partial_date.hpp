// A calendar date known to year, month or day precision, in the Extended
// Date/Time Format (EDTF, ISO 8601-2) levels 0 and 1.
//
// `1864`, `1864-03` and `1864-09-26` are partial dates. EDTF adds, and a
// partial date keeps and prints back exactly as written:
//   - qualifiers at the end: `1862?` uncertain, `1862~` approximate, `1862%` both;
//   - unspecified digits: `186X` (the 1860s), `18XX`, `1866-XX`, `1866-08-XX`, `1866-XX-XX`;
//   - intervals: `1862/1867`, `1864-03?/1865~`, with an open end `1862/..` or `../1867`
//     (it goes on beyond the record) or an unknown one `1862/` or `/1867`.
//
// A partial date stands for the set of days it may mean: 1864 is 1864-01-01 …
// 1864-12-31, 186X is 1860-01-01 … 1869-12-31. A qualifier widens that set by
// one unit of the precision on each side (`%` by two), as EDTF tools' "fuzzy"
// bounds do: 1862~ may mean any day of 1861 … 1863. An interval may mean any
// day from the earliest its start may mean to the latest its end may mean.
//
// Equality is structural (same text). Ordering for sorting is by the first day
// written, then by precision (coarser first), then by the last day written, so
// that sorting is total and deterministic. Comparisons in queries use the sets
// of days and may be unknown: see `certainly_less` and date_relations.hpp.
//
// Thread-safety: a value type; const member functions may be called from any
// number of threads at once.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

enum class date_precision : std::uint8_t { year = 0, month = 1, day = 2 };

// Days before every day a date may mean and after every one: the ends of open
// and unknown intervals. Far beyond any calendar date annals accepts.
inline constexpr std::int64_t days_before_all = -(std::int64_t{1} << 40);
inline constexpr std::int64_t days_after_all = std::int64_t{1} << 40;

// A closed range of days, as days since 1970-01-01.
struct day_range {
  std::int64_t first = 0, last = 0;
  friend bool operator==(const day_range&, const day_range&) = default;
};

class partial_date {
public:
  // What an interval has at one end.
  enum class end_kind : std::uint8_t { date = 0, open = 1, unknown = 2 };

  constexpr partial_date() = default;

  // Returns nothing when `text` is not an EDTF level 0 or 1 date (YYYY,
  // YYYY-MM, YYYY-MM-DD with a real calendar month and day, leap years
  // included; unspecified digits; a qualifier; an interval whose start is not
  // after its end). A leading '-' is allowed for years before the common era.
  static std::optional<partial_date> parse(std::string_view text);
  static partial_date from_days(std::int64_t days_since_epoch);
  // Returns nothing when the month or the day is not on the calendar; the
  // fields finer than `precision` are ignored.
  static std::optional<partial_date> from_fields(std::int32_t year, date_precision precision, int month = 1,
                                                 int day = 1);

  // The fields as written; for an interval, those of its start (its end with
  // an open or unknown start). Unspecified fields are nothing.
  std::int32_t year() const { return at_start().year; }
  std::optional<int> month() const;
  std::optional<int> day() const;
  date_precision precision() const { return at_start().precision; }

  bool is_interval() const { return interval_; }
  end_kind kind_at_start() const { return start_kind_; }
  end_kind kind_at_end() const { return end_kind_; }
  // The ends of an interval as dates of their own (the date itself when it is
  // not an interval); nothing at an open or unknown end.
  std::optional<partial_date> start() const;
  std::optional<partial_date> end() const;

  // Qualifiers and unspecified digits (of either end of an interval).
  bool uncertain() const;
  bool approximate() const;
  bool has_unspecified_digits() const;
  // True for YYYY, YYYY-MM and YYYY-MM-DD without qualifier or X, not an
  // interval: the dates annals had before EDTF.
  bool is_plain() const;

  // The days the date may mean, qualifiers included (days_before_all or
  // days_after_all at an open or unknown end).
  std::int64_t first_day() const { return days().first; }
  std::int64_t last_day() const { return days().last; }
  day_range days() const;
  // The days as written, qualifiers aside (1862~ states 1862).
  day_range stated_days() const;
  // The days the start (the end) may fall on; for a date that is not an
  // interval, both are its days. An open end is fixed beyond every day; an
  // unknown one ranges from the other end to beyond every day.
  day_range start_days() const;
  day_range end_days() const;

  std::string to_string() const;
  // "day", "month", "year", "decade" or "century": how finely the days of a
  // date that is not an interval are known (unspecified digits coarsen it);
  // nothing for an interval.
  std::optional<std::string_view> precision_name() const;

  friend bool operator==(const partial_date&, const partial_date&) = default;
  // Total order used by ORDER BY, DISTINCT and indexes.
  friend std::strong_ordering operator<=>(const partial_date& a, const partial_date& b);

  // One date as written, without the interval: public so that the parser and
  // printer in partial_date.cpp can work on it.
  struct point {
    std::int32_t year = 1970;
    std::uint8_t month = 1;
    std::uint8_t day = 1;
    date_precision precision = date_precision::day;
    std::uint8_t flags = 0; // the bits below
    friend bool operator==(const point&, const point&) = default;
  };
  static constexpr std::uint8_t uncertain_flag = 1, approximate_flag = 2, year_x1 = 4, year_x2 = 8, month_x = 16,
                                day_x = 32;

private:
  const point& at_start() const { return start_kind_ == end_kind::date ? start_ : end_; }

  point start_;
  point end_;             // used by intervals only
  bool interval_ = false;
  end_kind start_kind_ = end_kind::date;
  end_kind end_kind_ = end_kind::date;
};

// Three-valued comparison of the sets of days: `less` when every day `a` may
// mean is before every day `b` may mean, `greater` in the mirror case, `equal`
// when both are the same single day, and nothing otherwise.
std::optional<std::weak_ordering> compare_certain(const partial_date& a, const partial_date& b);

// `a < b` and `a <= b` over the sets of days: true when it holds for every
// day a may mean and every day b may mean, false when it holds for none,
// nothing when it depends on which. (`a > b` is `certainly_less(b, a)`.)
std::optional<bool> certainly_less(const partial_date& a, const partial_date& b);
std::optional<bool> certainly_less_or_equal(const partial_date& a, const partial_date& b);

// True when the two sets of days share at least one day.
bool overlaps(const partial_date& a, const partial_date& b);

std::string_view to_string(date_precision p);

} // namespace annals
