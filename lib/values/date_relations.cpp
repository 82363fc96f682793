#include "annals/date_relations.hpp"

#include <vector>

namespace annals {
namespace {

// Difference constraints over the four ends and a zero: x[u] - x[v] <= c.
// Every relation is a conjunction of such constraints, so "holds for every
// possible end" and "holds for none" are exact feasibility questions, answered
// by Bellman-Ford on five variables.
enum var : int { zero = 0, sa = 1, ea = 2, sb = 3, eb = 4 };
struct atom {
  int u, v;
  std::int64_t c;
};

atom negated(const atom& a) { return {a.v, a.u, -a.c - 1}; }

bool feasible(const std::vector<atom>& cs) {
  std::int64_t dist[5] = {0, 0, 0, 0, 0};
  // An edge v -> u of weight c for x[u] <= x[v] + c; a negative cycle means no solution.
  for (int round = 0; round < 5; ++round) {
    bool changed = false;
    for (const auto& a : cs)
      if (dist[a.v] + a.c < dist[a.u]) {
        dist[a.u] = dist[a.v] + a.c;
        changed = true;
      }
    if (!changed) return true;
  }
  return false;
}

std::vector<atom> base(const event_span& a, const event_span& b) {
  std::vector<atom> cs;
  auto bound = [&](int x, day_range r) {
    cs.push_back({x, zero, r.last});
    cs.push_back({zero, x, -r.first});
  };
  bound(sa, a.start);
  bound(ea, a.end);
  bound(sb, b.start);
  bound(eb, b.end);
  cs.push_back({sa, ea, 0}); // an event starts no later than it ends
  cs.push_back({sb, eb, 0});
  return cs;
}

// x[u] < x[v], x[u] == x[v].
void less(std::vector<atom>& out, int u, int v) { out.push_back({u, v, -1}); }
void same(std::vector<atom>& out, int u, int v) {
  out.push_back({u, v, 0});
  out.push_back({v, u, 0});
}

// The constraints of the seven relations that are not inverses; an inverse
// swaps the two events.
std::vector<atom> conditions(allen_relation r) {
  std::vector<atom> c;
  switch (r) {
  case allen_relation::before: c.push_back({ea, sb, -2}); break; // a day at least between them
  case allen_relation::meets:
    c.push_back({ea, sb, -1});
    c.push_back({sb, ea, 1});
    break;
  case allen_relation::overlaps:
    less(c, sa, sb);
    c.push_back({sb, ea, 0});
    less(c, ea, eb);
    break;
  case allen_relation::starts:
    same(c, sa, sb);
    less(c, ea, eb);
    break;
  case allen_relation::during:
    less(c, sb, sa);
    less(c, ea, eb);
    break;
  case allen_relation::finishes:
    same(c, ea, eb);
    less(c, sb, sa);
    break;
  case allen_relation::equals:
    same(c, sa, sb);
    same(c, ea, eb);
    break;
  default: break;
  }
  return c;
}

std::optional<allen_relation> inverse_of(allen_relation r) {
  switch (r) {
  case allen_relation::after: return allen_relation::before;
  case allen_relation::met_by: return allen_relation::meets;
  case allen_relation::overlapped_by: return allen_relation::overlaps;
  case allen_relation::started_by: return allen_relation::starts;
  case allen_relation::contains: return allen_relation::during;
  case allen_relation::finished_by: return allen_relation::finishes;
  default: return std::nullopt;
  }
}

// A period covering its days: it begins somewhere from the first day it may
// mean to the first day it states, and ends likewise.
event_span period_of(const partial_date& d) {
  if (d.is_interval()) return {d.start_days(), d.end_days()};
  const auto possible = d.days(), stated = d.stated_days();
  return {{possible.first, stated.first}, {stated.last, possible.last}};
}

} // namespace

event_span event_span_of(const partial_date& d) { return {d.start_days(), d.end_days()}; }

std::optional<bool> holds(allen_relation r, const event_span& a, const event_span& b) {
  if (auto inv = inverse_of(r)) return holds(*inv, b, a);
  const auto cs = base(a, b);
  const auto cond = conditions(r);
  auto with = [&](const std::vector<atom>& extra) {
    auto all = cs;
    all.insert(all.end(), extra.begin(), extra.end());
    return feasible(all);
  };
  if (!with(cond)) return false;
  for (const auto& c : cond)
    if (with({negated(c)})) return std::nullopt;
  return true;
}

std::optional<bool> in_or_after(const partial_date& a, const partial_date& b) {
  const auto x = a.days();
  const auto start = period_of(b).start;
  if (x.first >= start.last) return true;
  if (x.last < start.first) return false;
  return std::nullopt;
}

std::optional<bool> in_or_before(const partial_date& a, const partial_date& b) {
  const auto x = a.days();
  const auto end = period_of(b).end;
  if (x.last <= end.first) return true;
  if (x.first > end.last) return false;
  return std::nullopt;
}

std::optional<bool> within(const partial_date& a, const partial_date& b) {
  const auto x = a.days();
  const auto p = period_of(b);
  if (x.first >= p.start.last && x.last <= p.end.first) return true;
  if (x.last < p.start.first || x.first > p.end.last) return false;
  return std::nullopt;
}

} // namespace annals
