// Allen's thirteen interval relations, three-valued over the days partial
// dates may mean, and the historian's "in or after", "in or before", "within".
//
// An event is a span of whole days from its start S to its end E, S <= E.
// A partial date that is not an interval is an event somewhere within its
// days (1866-08: it began and ended in August 1866, maybe on one day); an
// EDTF interval `1862/1867` began within its start's days and ended within
// its end's. A relation is true when it holds for every start and end the two
// events may have, false when it holds for none, and unknown otherwise. Days
// are discrete: a ends on 1866-08-09 and b starts on 1866-08-10 is "meets".
//
// The idioms read their second argument as a period covering its days (the
// year 1866 as a whole), with its ends as uncertain as its qualifiers say.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/partial_date.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace annals {

// The possible starts and ends of an event.
struct event_span {
  day_range start, end;
};

event_span event_span_of(const partial_date& d);

enum class allen_relation : std::uint8_t {
  before,
  meets,
  overlaps,
  starts,
  during,
  finishes,
  equals,
  after,
  met_by,
  overlapped_by,
  started_by,
  contains,
  finished_by
};

// The relations by their names in the date. namespace ("before", "met_by", …).
inline constexpr std::array<std::pair<std::string_view, allen_relation>, 13> allen_relation_names{{
    {"before", allen_relation::before},
    {"meets", allen_relation::meets},
    {"overlaps", allen_relation::overlaps},
    {"starts", allen_relation::starts},
    {"during", allen_relation::during},
    {"finishes", allen_relation::finishes},
    {"equals", allen_relation::equals},
    {"after", allen_relation::after},
    {"met_by", allen_relation::met_by},
    {"overlapped_by", allen_relation::overlapped_by},
    {"started_by", allen_relation::started_by},
    {"contains", allen_relation::contains},
    {"finished_by", allen_relation::finished_by},
}};

// True, false, or nothing (unknown).
std::optional<bool> holds(allen_relation r, const event_span& a, const event_span& b);
inline std::optional<bool> holds(allen_relation r, const partial_date& a, const partial_date& b) {
  return holds(r, event_span_of(a), event_span_of(b));
}

// Every day `a` may mean is in or after the period `b` begins / in or before
// the period `b` ends / within the period `b`.
std::optional<bool> in_or_after(const partial_date& a, const partial_date& b);
std::optional<bool> in_or_before(const partial_date& a, const partial_date& b);
std::optional<bool> within(const partial_date& a, const partial_date& b);

} // namespace annals
