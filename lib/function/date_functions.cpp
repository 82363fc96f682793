// date.before … date.finished_by, date.in_or_after, date.in_or_before,
// date.within, and the readers of EDTF qualifiers. Three-valued: null when
// the days the arguments may mean cannot decide. Null in, null out.
#include "function/date_functions.hpp"

#include "annals/date_relations.hpp"
#include "annals/error.hpp"
#include "exec/cursor.hpp"

#include <algorithm>
#include <array>

namespace annals::function {
namespace {

using exec::eval_context;
using args = std::span<const value>;

[[noreturn]] void bad(std::string_view fn, const value& v) {
  exec::type_fail("InvalidArgumentType",
                  "date." + std::string(fn) + "() does not accept a " + std::string(to_string(v.kind())));
}

bool any_null(args a) {
  return std::any_of(a.begin(), a.end(), [](const value& v) { return v.is_null(); });
}

value from_truth(std::optional<bool> t) { return t ? value(*t) : value{}; }

const partial_date& date_of(std::string_view fn, const value& v) {
  if (!v.is<partial_date>()) bad(fn, v);
  return v.as<partial_date>();
}

// An argument of a relation: a date, or a node or relationship whose since
// (inclusive) and until (exclusive) bound the span it held. Without since it
// held from before the record, without until beyond it, as in valid_at.
event_span span_of(std::string_view fn, const value& v, const graph& g) {
  if (v.is<partial_date>()) return event_span_of(v.as<partial_date>());
  const property_set* props = nullptr;
  if (v.is<node_ref>()) props = &g.node(v.as<node_ref>().id).properties;
  else if (v.is<rel_ref>()) props = &g.rel(v.as<rel_ref>().id).properties;
  else bad(fn, v);
  auto read = [&](const char* name) -> const partial_date* {
    auto key = g.find_symbol(name);
    const value* x = key ? props->get(*key) : nullptr;
    return x && x->is<partial_date>() ? &x->as<partial_date>() : nullptr;
  };
  event_span s{{days_before_all, days_before_all}, {days_after_all, days_after_all}};
  if (const auto* since = read("since")) s.start = since->days();
  if (const auto* until = read("until")) s.end = {until->first_day() - 1, until->last_day() - 1};
  return s;
}

template <allen_relation R> constexpr std::string_view relation_name() {
  for (const auto& [name, r] : allen_relation_names)
    if (r == R) return name;
  return {};
}

template <allen_relation R> value f_relation(args a, eval_context& c) {
  if (any_null(a)) return {};
  constexpr auto fn = relation_name<R>();
  return from_truth(holds(R, span_of(fn, a[0], c.g), span_of(fn, a[1], c.g)));
}

value f_in_or_after(args a, eval_context&) {
  if (any_null(a)) return {};
  return from_truth(in_or_after(date_of("in_or_after", a[0]), date_of("in_or_after", a[1])));
}
value f_in_or_before(args a, eval_context&) {
  if (any_null(a)) return {};
  return from_truth(in_or_before(date_of("in_or_before", a[0]), date_of("in_or_before", a[1])));
}
value f_within(args a, eval_context&) {
  if (any_null(a)) return {};
  return from_truth(within(date_of("within", a[0]), date_of("within", a[1])));
}

value f_uncertain(args a, eval_context&) {
  if (any_null(a)) return {};
  return date_of("uncertain", a[0]).uncertain();
}
value f_approximate(args a, eval_context&) {
  if (any_null(a)) return {};
  return date_of("approximate", a[0]).approximate();
}
// '?', '~' or '%' as written after a date that is not an interval; null when
// it has none (the ends of an interval: date.qualifier(date.start(d))).
value f_qualifier(args a, eval_context&) {
  if (any_null(a)) return {};
  const auto& d = date_of("qualifier", a[0]);
  if (d.is_interval() || !(d.uncertain() || d.approximate())) return {};
  return std::string(d.uncertain() && d.approximate() ? "%" : (d.uncertain() ? "?" : "~"));
}
value f_unspecified(args a, eval_context&) {
  if (any_null(a)) return {};
  return date_of("unspecified", a[0]).has_unspecified_digits();
}
value f_is_interval(args a, eval_context&) {
  if (any_null(a)) return {};
  return date_of("is_interval", a[0]).is_interval();
}
value f_start(args a, eval_context&) {
  if (any_null(a)) return {};
  auto d = date_of("start", a[0]).start();
  return d ? value(*d) : value{};
}
value f_end(args a, eval_context&) {
  if (any_null(a)) return {};
  auto d = date_of("end", a[0]).end();
  return d ? value(*d) : value{};
}
// The first and last day as written, before a qualifier widens them; null at
// an open or unknown end.
value f_stated_earliest(args a, eval_context&) {
  if (any_null(a)) return {};
  const auto first = date_of("stated_earliest", a[0]).stated_days().first;
  return first == days_before_all ? value{} : value(partial_date::from_days(first));
}
value f_stated_latest(args a, eval_context&) {
  if (any_null(a)) return {};
  const auto last = date_of("stated_latest", a[0]).stated_days().last;
  return last == days_after_all ? value{} : value(partial_date::from_days(last));
}

constexpr std::array table{
    function_info{"date.before", 2, 2, f_relation<allen_relation::before>},
    function_info{"date.meets", 2, 2, f_relation<allen_relation::meets>},
    function_info{"date.overlaps", 2, 2, f_relation<allen_relation::overlaps>},
    function_info{"date.starts", 2, 2, f_relation<allen_relation::starts>},
    function_info{"date.during", 2, 2, f_relation<allen_relation::during>},
    function_info{"date.finishes", 2, 2, f_relation<allen_relation::finishes>},
    function_info{"date.equals", 2, 2, f_relation<allen_relation::equals>},
    function_info{"date.after", 2, 2, f_relation<allen_relation::after>},
    function_info{"date.met_by", 2, 2, f_relation<allen_relation::met_by>},
    function_info{"date.overlapped_by", 2, 2, f_relation<allen_relation::overlapped_by>},
    function_info{"date.started_by", 2, 2, f_relation<allen_relation::started_by>},
    function_info{"date.contains", 2, 2, f_relation<allen_relation::contains>},
    function_info{"date.finished_by", 2, 2, f_relation<allen_relation::finished_by>},
    function_info{"date.in_or_after", 2, 2, f_in_or_after},
    function_info{"date.in_or_before", 2, 2, f_in_or_before},
    function_info{"date.within", 2, 2, f_within},
    function_info{"date.uncertain", 1, 1, f_uncertain},
    function_info{"date.approximate", 1, 1, f_approximate},
    function_info{"date.qualifier", 1, 1, f_qualifier},
    function_info{"date.unspecified", 1, 1, f_unspecified},
    function_info{"date.is_interval", 1, 1, f_is_interval},
    function_info{"date.start", 1, 1, f_start},
    function_info{"date.end", 1, 1, f_end},
    function_info{"date.stated_earliest", 1, 1, f_stated_earliest},
    function_info{"date.stated_latest", 1, 1, f_stated_latest},
};

} // namespace

std::span<const function_info> date_functions() { return table; }

} // namespace annals::function
