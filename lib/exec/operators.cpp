#include "annals/error.hpp"
#include "exec/cursor.hpp"
#include "exec/derived_refresher.hpp"
#include "exec/held_memory.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace annals::exec {

using plan::op_kind;

bool cursor::next(row& out) {
  if (!profile_) {
    const bool ok = fetch(out);
    if (ok) ++counters_->rows;
    return ok;
  }
  // PROFILE: time includes the inputs' time, as in Neo4j's "time" column.
  const auto start = std::chrono::steady_clock::now();
  const bool ok = fetch(out);
  counters_->nanos += static_cast<std::uint64_t>((std::chrono::steady_clock::now() - start).count());
  if (ok) ++counters_->rows;
  return ok;
}

std::optional<bool> valid_at(const property_set& props, const graph& g, const value& when) {
  if (!when.is<partial_date>()) return true;
  const auto& d = when.as<partial_date>();
  auto since_key = g.find_symbol("since");
  auto until_key = g.find_symbol("until");
  const value* since = since_key ? props.get(*since_key) : nullptr;
  const value* until = until_key ? props.get(*until_key) : nullptr;
  const bool has_since = since && since->is<partial_date>();
  const bool has_until = until && until->is<partial_date>();
  // The fact holds on day x when since <= x < until, for the true (unknown
  // within their precision) since and until.
  if (has_since && d.last_day() < since->as<partial_date>().first_day()) return false;
  if (has_until && d.first_day() >= until->as<partial_date>().last_day()) return false;
  // Every since it may have is at or after every until: it never holds.
  if (has_since && has_until && since->as<partial_date>().first_day() >= until->as<partial_date>().last_day())
    return false;
  const bool after_since = !has_since || since->as<partial_date>().last_day() <= d.first_day();
  const bool before_until = !has_until || d.last_day() < until->as<partial_date>().first_day();
  if (after_since && before_until) return true;
  return std::nullopt;
}

namespace {

struct row_hash {
  std::size_t operator()(const row& r) const {
    std::size_t h = 0;
    for (const auto& v : r) h = h * 31 + value_hash{}(v);
    return h;
  }
};
struct row_equal {
  bool operator()(const row& a, const row& b) const {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (compare_total(a[i], b[i]) != 0) return false;
    return true;
  }
};

class argument_cursor final : public cursor {
public:
  using cursor::cursor;
  void reset(const row& argument) override {
    row_ = argument;
    done_ = false;
  }

protected:
  bool fetch(row& out) override {
    if (done_) return false;
    done_ = true;
    out = row_;
    return true;
  }

private:
  row row_;
  bool done_ = true;
};

// Operators that read one input row and yield zero or more rows from it.
class per_row_cursor : public cursor {
public:
  per_row_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    have_input_ = false;
  }

protected:
  bool fetch(row& out) override {
    while (true) {
      if (have_input_ && produce(out)) return true;
      if (!inputs_[0]->next(input_)) return false;
      ctx_.check_interrupt();
      have_input_ = true;
      start();
    }
  }
  virtual void start() = 0;
  virtual bool produce(row& out) = 0;

  eval_context& ctx_;
  row input_;
  bool have_input_ = false;
};

class node_scan_cursor final : public per_row_cursor {
public:
  using per_row_cursor::per_row_cursor;

protected:
  void start() override { pos_ = 0; }
  bool produce(row& out) override {
    if (op_.label_missing) return false;
    if (op_.label) {
      auto nodes = ctx_.g.nodes_with_label(*op_.label);
      if (pos_ >= nodes.size()) return false;
      out = input_;
      out[op_.node] = node_ref{nodes[pos_++]};
      return true;
    }
    while (pos_ < ctx_.g.node_capacity() && !ctx_.g.node_alive(static_cast<node_id>(pos_))) ++pos_;
    if (pos_ >= ctx_.g.node_capacity()) return false;
    out = input_;
    out[op_.node] = node_ref{static_cast<node_id>(pos_++)};
    return true;
  }

private:
  std::size_t pos_ = 0;
};

class node_seek_cursor final : public per_row_cursor {
public:
  using per_row_cursor::per_row_cursor;

protected:
  void start() override {
    found_.reset();
    if (op_.label_missing) return;
    value key = evaluate(*op_.expression, input_, ctx_);
    if (key.is_null()) return;
    found_ = ctx_.g.find_node(ctx_.g.name(*op_.label), key);
  }
  bool produce(row& out) override {
    if (!found_) return false;
    out = input_;
    out[op_.node] = node_ref{*found_};
    found_.reset();
    return true;
  }

private:
  std::optional<node_id> found_;
};

bool rel_used(const row& r, const std::vector<bind::slot>& slots, rel_id rel) {
  for (auto s : slots) {
    const value& v = r[s];
    if (v.is<rel_ref>() && v.as<rel_ref>().id == rel) return true;
    if (v.is<value_list>())
      for (const auto& x : v.as<value_list>())
        if (x.is<rel_ref>() && x.as<rel_ref>().id == rel) return true;
  }
  return false;
}

// Relationship filters shared by the expanding operators: type, valid time, properties.
class rel_filter {
public:
  rel_filter(const plan::logical_operator& op, eval_context& ctx) : op_(op), ctx_(ctx) {}
  void prepare(row& r) {
    when_ = op_.valid_at ? evaluate(*op_.valid_at, r, ctx_) : value{};
    if (op_.valid_at && !when_.is_null() && !when_.is<partial_date>())
      type_fail("InvalidArgumentType", "AS OF needs a date, got " + std::string(to_string(when_.kind())));
    props_.clear();
    has_props_ = false;
    if (op_.expression) {
      value m = evaluate(*op_.expression, r, ctx_);
      if (m.is<value_map>()) {
        has_props_ = true;
        for (const auto& [k, v] : m.as<value_map>()) props_.emplace_back(ctx_.g.find_symbol(k), v);
      }
    }
  }
  bool accept(rel_id rel) const {
    const bool timed = op_.valid_at && !when_.is_null();
    if (!timed && !has_props_) return true; // most patterns: no record to read
    const auto& rec = ctx_.g.rel(rel);
    if (timed) {
      auto t = valid_at(rec.properties, ctx_.g, when_);
      if (!t || !*t) return false;
    }
    if (has_props_)
      for (const auto& [k, v] : props_) {
        const value* have = k ? rec.properties.get(*k) : nullptr;
        if (!have) return false;
        auto eq = cypher_equals(*have, v);
        if (!eq || !*eq) return false;
      }
    return true;
  }

private:
  const plan::logical_operator& op_;
  eval_context& ctx_;
  value when_;
  bool has_props_ = false;
  std::vector<std::pair<std::optional<symbol>, value>> props_;
};

// The adjacency entries to follow from a node: by type, in the pattern's
// direction. A directed pattern follows a symmetric type's relationships from
// both ends (its one relationship per pair stands for both directions); an
// undirected pattern meets each once per end, as for any type.
template <class F> void for_each_adjacent(const graph& g, const plan::logical_operator& op, node_id n, F&& f) {
  auto listed = [](const std::vector<symbol>& types, symbol t) {
    return std::find(types.begin(), types.end(), t) != types.end();
  };
  // `mirror`: the other direction's entries, for the symmetric types only.
  auto visit = [&](std::span<const adjacent> adj, bool incoming, bool mirror) {
    for (const auto& a : adj) {
      if (mirror) {
        if (a.other == n || !listed(op.symmetric_types, a.type)) continue; // a self-loop is met once
      } else if (incoming && op.dir == ast::direction::both && a.other == n) {
        continue; // self-loop seen outgoing
      }
      if (!op.skipped_types.empty() && listed(op.skipped_types, a.type)) continue;
      if (!f(a)) return false;
    }
    return true;
  };
  auto pass = [&](bool incoming, bool mirror) {
    if (op.types.empty()) return visit(incoming ? g.in(n) : g.out(n), incoming, mirror);
    for (symbol t : op.types)
      if (!mirror || listed(op.symmetric_types, t))
        if (!visit(incoming ? g.in(n, t) : g.out(n, t), incoming, mirror)) return false;
    return true;
  };
  if (op.types_missing) return;
  if (op.dir != ast::direction::incoming && !pass(false, false)) return;
  if (op.dir != ast::direction::outgoing && !pass(true, false)) return;
  if (op.dir != ast::direction::both && !op.symmetric_types.empty()) pass(op.dir == ast::direction::outgoing, true);
}

// A pattern over a derived type, in a write statement, sees the statement's
// earlier writes: the type is brought up to date before the pattern is followed.
void refresh_read_types(const plan::logical_operator& op, eval_context& ctx) {
  if (op.reads_derived && ctx.derived) ctx.derived->bring_up_to_date(op.types, ctx);
}

class expand_cursor final : public per_row_cursor {
public:
  expand_cursor(const plan::logical_operator& op, eval_context& ctx) : per_row_cursor(op, ctx), filter_(op, ctx) {}

protected:
  void start() override {
    found_.clear();
    pos_ = 0;
    const value& from = input_[op_.node];
    if (!from.is<node_ref>()) return;
    refresh_read_types(op_, ctx_);
    filter_.prepare(input_);
    const value* target = op_.to_bound ? &input_[op_.to] : nullptr;
    if (target && !target->is<node_ref>()) return;
    const value* bound_rel = op_.rel_bound ? &input_[op_.rel] : nullptr;
    if (bound_rel && !bound_rel->is<rel_ref>()) return;
    for_each_adjacent(ctx_.g, op_, from.as<node_ref>().id, [&](const adjacent& a) {
      if (target && target->as<node_ref>().id != a.other) return true;
      if (bound_rel && bound_rel->as<rel_ref>().id != a.rel) return true;
      if (rel_used(input_, op_.distinct_rels, a.rel) || !filter_.accept(a.rel)) return true;
      found_.push_back(a);
      return true;
    });
  }
  bool produce(row& out) override {
    if (pos_ >= found_.size()) return false;
    const adjacent& a = found_[pos_++];
    out = input_;
    out[op_.rel] = rel_ref{a.rel};
    out[op_.to] = node_ref{a.other};
    return true;
  }

private:
  rel_filter filter_;
  std::vector<adjacent> found_;
  std::size_t pos_ = 0;
};

// Variable length, trail semantics: no relationship twice in one path.
class var_expand_cursor final : public per_row_cursor {
public:
  var_expand_cursor(const plan::logical_operator& op, eval_context& ctx)
      : per_row_cursor(op, ctx), filter_(op, ctx), held_(ctx, "a variable-length expansion") {}

protected:
  void start() override {
    results_.clear();
    held_.clear();
    pos_ = 0;
    const value& from = input_[op_.node];
    if (!from.is<node_ref>()) return;
    refresh_read_types(op_, ctx_);
    filter_.prepare(input_);
    const bool unbounded = op_.max_hops < 0;
    if (op_.endpoints_only) {
      reach(from.as<node_ref>().id, unbounded ? ~std::size_t{0} : static_cast<std::size_t>(op_.max_hops));
      return;
    }
    const std::size_t max = unbounded ? ctx_.limits.max_path_length : static_cast<std::size_t>(op_.max_hops);
    std::vector<rel_id> trail;
    walk(from.as<node_ref>().id, trail, max, unbounded);
  }
  bool produce(row& out) override {
    if (op_.endpoints_only) {
      if (pos_ >= reached_.size()) return false;
      out = input_;
      out[op_.rel] = value{};
      out[op_.to] = node_ref{reached_[pos_++]};
      return true;
    }
    if (pos_ >= results_.size()) return false;
    auto& [rels, end] = results_[pos_++];
    out = input_;
    value_list l;
    l.reserve(rels.size());
    for (rel_id r : rels) l.push_back(rel_ref{r});
    if (op_.reversed) std::reverse(l.begin(), l.end());
    out[op_.rel] = std::move(l);
    out[op_.to] = node_ref{end};
    return true;
  }

private:
  bool follows(const adjacent& a) const { return !rel_used(input_, op_.distinct_rels, a.rel) && filter_.accept(a.rel); }

  // endpoints_only (plan/reachability.hpp): every node some trail of at most
  // `max` hops reaches from `from`, each once, breadth-first. A node other than
  // `from` is at the end of such a trail exactly when it is at most `max` hops
  // away (a shortest walk repeats no relationship); `from` itself needs a
  // closed trail (see closed_trail).
  void reach(node_id from, std::size_t max) {
    reached_.clear();
    reach_memory_.clear();
    const bool directed = op_.dir != ast::direction::both;
    bool back = false; // directed: a relationship led back to `from` within `max` hops
    mark_all_unseen();
    seen_[from] = epoch_;
    std::vector<node_id> frontier{from}, next;
    for (std::size_t hops = 0; hops < max && !frontier.empty(); ++hops) {
      next.clear();
      for (node_id u : frontier) {
        ctx_.check_interrupt();
        for_each_adjacent(ctx_.g, op_, u, [&](const adjacent& a) {
          if (a.other == from) back = back || (directed && follows(a));
          else if (seen_[a.other] != epoch_ && follows(a)) {
            seen_[a.other] = epoch_;
            next.push_back(a.other);
          }
          return true;
        });
      }
      reach_memory_.add(next.size() * 2 * sizeof(node_id)); // in `next` and in reached_
      reached_.insert(reached_.end(), next.begin(), next.end());
      std::swap(frontier, next);
    }
    // Directed, a shortest closed walk is a cycle, so finding `from` again answers.
    const value& target = input_[op_.to];
    const bool wanted = !op_.to_bound || (target.is<node_ref>() && target.as<node_ref>().id == from);
    if (wanted && (op_.min_hops == 0 || (directed ? back : closed_trail(from, max)))) reached_.push_back(from);
    // The target already bound: one row when it is reached.
    if (op_.to_bound) {
      const bool hit = target.is<node_ref>() &&
                       std::find(reached_.begin(), reached_.end(), target.as<node_ref>().id) != reached_.end();
      reached_.assign(hit ? 1 : 0, hit ? target.as<node_ref>().id : node_id{});
    }
  }

  // Undirected: whether a trail of 1 to `max` hops leads from `from` back to
  // itself. A walk may go out and back along one relationship, so for each
  // way out the way back must avoid it.
  bool closed_trail(node_id from, std::size_t max) {
    std::vector<adjacent> ways_out;
    for_each_adjacent(ctx_.g, op_, from, [&](const adjacent& a) {
      if (follows(a)) ways_out.push_back(a);
      return true;
    });
    for (const auto& out : ways_out)
      if (out.other == from || (max > 1 && comes_back(out.other, from, max - 1, &out.rel))) return true;
    return false;
  }

  // Whether a search from `start` meets `target` within `max` hops, never along `avoid`.
  bool comes_back(node_id start, node_id target, std::size_t max, const rel_id* avoid) {
    mark_all_unseen();
    seen_[start] = epoch_;
    std::vector<node_id> frontier{start}, next;
    for (std::size_t hops = 0; hops < max && !frontier.empty(); ++hops) {
      next.clear();
      bool back = false;
      for (node_id u : frontier) {
        ctx_.check_interrupt();
        for_each_adjacent(ctx_.g, op_, u, [&](const adjacent& a) {
          if ((avoid && a.rel == *avoid) || !follows(a)) return true;
          if (a.other == target) back = true;
          else if (seen_[a.other] != epoch_) {
            seen_[a.other] = epoch_;
            next.push_back(a.other);
          }
          return !back;
        });
        if (back) return true;
      }
      std::swap(frontier, next);
    }
    return false;
  }

  // A fresh mark for every node: epochs, so the array is cleared once per 2^32 searches.
  void mark_all_unseen() {
    if (seen_.size() < ctx_.g.node_capacity()) {
      seen_memory_.add((ctx_.g.node_capacity() - seen_.size()) * sizeof(std::uint32_t));
      seen_.resize(ctx_.g.node_capacity(), 0);
    }
    if (++epoch_ == 0) {
      std::fill(seen_.begin(), seen_.end(), 0);
      epoch_ = 1;
    }
  }

  void walk(node_id at, std::vector<rel_id>& trail, std::size_t max, bool unbounded) {
    ctx_.check_interrupt();
    if (trail.size() >= static_cast<std::size_t>(std::max<std::int64_t>(op_.min_hops, 0))) {
      const value* target = op_.to_bound ? &input_[op_.to] : nullptr;
      if (!target || (target->is<node_ref>() && target->as<node_ref>().id == at)) {
        results_.emplace_back(trail, at);
        ctx_.check_held(results_.size(), "a variable-length expansion", "paths");
        held_.add(sizeof(results_[0]) + trail.size() * sizeof(rel_id));
      }
    }
    if (trail.size() >= max) {
      if (unbounded) {
        bool more = false;
        for_each_adjacent(ctx_.g, op_, at, [&](const adjacent& a) {
          if (std::find(trail.begin(), trail.end(), a.rel) == trail.end() && !rel_used(input_, op_.distinct_rels, a.rel) &&
              filter_.accept(a.rel))
            more = true;
          return !more;
        });
        if (more)
          runtime_fail("RuntimeError", "PathLengthLimit",
                       "an unbounded variable-length pattern went past max_path_length (" + std::to_string(max) +
                           " hops); give the pattern an upper bound like *..10 or raise database::limits().max_path_length");
      }
      return;
    }
    std::vector<adjacent> next;
    for_each_adjacent(ctx_.g, op_, at, [&](const adjacent& a) {
      if (std::find(trail.begin(), trail.end(), a.rel) == trail.end() && !rel_used(input_, op_.distinct_rels, a.rel) &&
          filter_.accept(a.rel))
        next.push_back(a);
      return true;
    });
    for (const auto& a : next) {
      trail.push_back(a.rel);
      walk(a.other, trail, max, unbounded);
      trail.pop_back();
    }
  }

  rel_filter filter_;
  std::vector<std::pair<std::vector<rel_id>, node_id>> results_;
  held_memory held_;
  // endpoints_only: the nodes reached, and the marks of the search.
  std::vector<node_id> reached_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t epoch_ = 0;
  held_memory reach_memory_{ctx_, "a variable-length expansion"}, seen_memory_{ctx_, "a variable-length expansion"};
  std::size_t pos_ = 0;
};

class shortest_path_cursor final : public per_row_cursor {
public:
  shortest_path_cursor(const plan::logical_operator& op, eval_context& ctx) : per_row_cursor(op, ctx), filter_(op, ctx) {}

protected:
  void start() override {
    paths_.clear();
    pos_ = 0;
    const value& a = input_[op_.node];
    const value& b = input_[op_.to];
    if (!a.is<node_ref>() || !b.is<node_ref>()) return;
    refresh_read_types(op_, ctx_);
    filter_.prepare(input_);
    const node_id from = a.as<node_ref>().id, to = b.as<node_ref>().id;
    const std::size_t max = op_.max_hops < 0 ? ctx_.limits.max_path_length : static_cast<std::size_t>(op_.max_hops);
    // BFS by layers, keeping every parent edge on a shortest path.
    std::unordered_map<node_id, std::size_t> depth{{from, 0}};
    std::unordered_map<node_id, std::vector<adjacent>> parents;
    std::vector<node_id> layer{from};
    bool reached = from == to && op_.min_hops == 0;
    if (reached) {
      paths_.push_back({});
      return;
    }
    for (std::size_t d = 1; d <= max && !layer.empty() && !reached; ++d) {
      std::vector<node_id> next;
      for (node_id n : layer) {
        ctx_.check_interrupt();
        for_each_adjacent(ctx_.g, op_, n, [&](const adjacent& adj) {
          if (!filter_.accept(adj.rel) || rel_used(input_, op_.distinct_rels, adj.rel)) return true;
          auto it = depth.find(adj.other);
          if (it == depth.end()) {
            depth.emplace(adj.other, d);
            next.push_back(adj.other);
            parents[adj.other].push_back({adj.type, adj.rel, n});
          } else if (it->second == d && adj.other != from) {
            parents[adj.other].push_back({adj.type, adj.rel, n});
          }
          if (adj.other == to) reached = true;
          return true;
        });
      }
      layer = std::move(next);
    }
    if (!reached || to == from) return;
    std::vector<rel_id> suffix;
    collect(to, from, parents, suffix);
  }
  bool produce(row& out) override {
    if (pos_ >= paths_.size()) return false;
    out = input_;
    value_list l;
    for (rel_id r : paths_[pos_]) l.push_back(rel_ref{r});
    ++pos_;
    out[op_.rel] = std::move(l);
    return true;
  }

private:
  void collect(node_id at, node_id from, std::unordered_map<node_id, std::vector<adjacent>>& parents,
               std::vector<rel_id>& suffix) {
    if (!op_.all_shortest && !paths_.empty()) return;
    if (at == from) {
      paths_.emplace_back(suffix.rbegin(), suffix.rend());
      return;
    }
    for (const auto& p : parents[at]) {
      suffix.push_back(p.rel);
      collect(p.other, from, parents, suffix);
      suffix.pop_back();
    }
  }

  rel_filter filter_;
  std::vector<std::vector<rel_id>> paths_;
  std::size_t pos_ = 0;
};

class filter_cursor final : public cursor {
public:
  filter_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}

protected:
  bool fetch(row& out) override {
    while (inputs_[0]->next(out)) {
      ctx_.check_interrupt();
      auto t = truth(evaluate(*op_.expression, out, ctx_), *op_.expression);
      if (t && *t) return true;
    }
    return false;
  }

private:
  eval_context& ctx_;
};

class optional_cursor final : public per_row_cursor {
public:
  using per_row_cursor::per_row_cursor;

protected:
  void start() override {
    inputs_[1]->reset(input_);
    matched_ = false;
    done_ = false;
  }
  bool produce(row& out) override {
    if (done_) return false;
    if (inputs_[1]->next(out)) {
      matched_ = true;
      return true;
    }
    done_ = true;
    if (matched_) return false;
    out = input_;
    for (auto s : op_.keys) out[s] = value{};
    return true;
  }
  void reset(const row& argument) override {
    inputs_[0]->reset(argument);
    have_input_ = false;
  }

private:
  bool matched_ = false, done_ = false;
};

class hash_join_cursor final : public per_row_cursor {
public:
  using per_row_cursor::per_row_cursor;

protected:
  void start() override {
    if (!built_) build();
    matches_ = {};
    pos_ = 0;
    row key;
    for (const auto& k : op_.probe_keys) key.push_back(evaluate(*k, input_, ctx_));
    if (std::any_of(key.begin(), key.end(), [](const value& v) { return v.is_null(); })) return;
    auto it = table_.find(key);
    if (it != table_.end()) matches_ = &it->second;
  }
  bool produce(row& out) override {
    if (!matches_ || pos_ >= matches_->size()) return false;
    const row& b = (*matches_)[pos_++];
    out = input_;
    for (auto s : op_.keys) out[s] = b[s];
    return true;
  }
  void reset(const row& argument) override {
    inputs_[0]->reset(argument);
    have_input_ = false;
    built_ = false;
    held_ = 0;
    table_.clear();
    memory_.clear();
  }

private:
  void build() {
    inputs_[1]->reset(row(ctx_.slot_count));
    row b;
    while (inputs_[1]->next(b)) {
      row key;
      for (const auto& k : op_.build_keys) key.push_back(evaluate(*k, b, ctx_));
      if (std::any_of(key.begin(), key.end(), [](const value& v) { return v.is_null(); })) continue;
      // Numbers join by value: 1 matches 1.0, as `=` does.
      memory_.add(footprint(key) + footprint(b));
      table_[key].push_back(b);
      ctx_.check_held(++held_, "a hash join");
    }
    built_ = true;
  }

  bool built_ = false;
  std::size_t held_ = 0;
  std::unordered_map<row, std::vector<row>, row_hash, row_equal> table_;
  held_memory memory_{ctx_, "a hash join"};
  const std::vector<row>* matches_ = nullptr;
  std::size_t pos_ = 0;
};

class unwind_cursor final : public per_row_cursor {
public:
  using per_row_cursor::per_row_cursor;

protected:
  void start() override {
    list_ = evaluate(*op_.expression, input_, ctx_);
    pos_ = 0;
  }
  bool produce(row& out) override {
    if (list_.is_null()) return false;
    if (!list_.is<value_list>()) {
      if (pos_++ > 0) return false;
      out = input_;
      out[op_.node] = list_;
      return true;
    }
    const auto& l = list_.as<value_list>();
    if (pos_ >= l.size()) return false;
    out = input_;
    out[op_.node] = l[pos_++];
    return true;
  }

private:
  value list_;
  std::size_t pos_ = 0;
};

class project_cursor final : public cursor {
public:
  project_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}

protected:
  bool fetch(row& out) override {
    if (!inputs_[0]->next(out)) return false;
    for (const auto& [e, s] : op_.projections) out[s] = evaluate(*e, out, ctx_);
    return true;
  }

private:
  eval_context& ctx_;
};

// One aggregate's running state.
struct accumulator {
  std::int64_t count = 0;
  value sum{std::int64_t{0}};
  value best;
  value_list items;
  double mean = 0, m2 = 0;
  std::unordered_set<value, value_hash, value_equivalent> seen;
};

value finish(const bind::aggregate_spec& spec, accumulator& acc, row& r, eval_context& ctx) {
  using bind::aggregate_kind;
  switch (spec.kind) {
  case aggregate_kind::count:
  case aggregate_kind::count_star: return acc.count;
  case aggregate_kind::sum: return acc.sum;
  case aggregate_kind::avg: return acc.count ? value(acc.mean) : value{};
  case aggregate_kind::min:
  case aggregate_kind::max: return acc.best;
  case aggregate_kind::collect: return acc.items;
  case aggregate_kind::stdev:
  case aggregate_kind::stdevp: {
    const auto n = acc.count - (spec.kind == aggregate_kind::stdev ? 1 : 0);
    return n > 0 ? value(std::sqrt(acc.m2 / static_cast<double>(n))) : value(0.0);
  }
  case aggregate_kind::percentile_cont:
  case aggregate_kind::percentile_disc: {
    if (acc.items.empty()) return {};
    value p = evaluate(*spec.parameter, r, ctx);
    const double q = p.is<double>() ? p.as<double>() : p.is<std::int64_t>() ? static_cast<double>(p.as<std::int64_t>()) : -1;
    if (q < 0 || q > 1) runtime_fail("ArgumentError", "NumberOutOfRange", "percentile must be between 0 and 1");
    auto& v = acc.items;
    std::sort(v.begin(), v.end(), [](const value& a, const value& b) { return compare_total(a, b) < 0; });
    auto num = [](const value& x) { return x.is<double>() ? x.as<double>() : static_cast<double>(x.as<std::int64_t>()); };
    if (spec.kind == aggregate_kind::percentile_disc) {
      const auto idx = q == 0 ? 0 : static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())) - 1);
      return v[std::min(idx, v.size() - 1)];
    }
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = static_cast<std::size_t>(std::ceil(pos));
    return num(v[lo]) + (num(v[hi]) - num(v[lo])) * (pos - static_cast<double>(lo));
  }
  }
  return {};
}

void accumulate(const bind::aggregate_spec& spec, accumulator& acc, row& r, eval_context& ctx, held_memory& held) {
  using bind::aggregate_kind;
  if (spec.kind == aggregate_kind::count_star) {
    ++acc.count;
    return;
  }
  value v = evaluate(*spec.argument, r, ctx);
  if (v.is_null()) return;
  if (spec.distinct) {
    if (!acc.seen.insert(v).second) return;
    held.add(v);
  }
  ++acc.count;
  switch (spec.kind) {
  case aggregate_kind::sum:
  case aggregate_kind::avg:
  case aggregate_kind::stdev:
  case aggregate_kind::stdevp: {
    if (!v.is<std::int64_t>() && !v.is<double>())
      type_fail("InvalidArgumentType", spec.argument->text + " must be a number to aggregate, got " + std::string(to_string(v.kind())));
    const double x = v.is<double>() ? v.as<double>() : static_cast<double>(v.as<std::int64_t>());
    if (spec.kind == aggregate_kind::sum) {
      if (acc.sum.is<std::int64_t>() && v.is<std::int64_t>()) {
        std::int64_t out;
        if (__builtin_add_overflow(acc.sum.as<std::int64_t>(), v.as<std::int64_t>(), &out))
          runtime_fail("ArithmeticError", "IntegerOverflow", "integer overflow in sum()");
        acc.sum = out;
      } else {
        acc.sum = (acc.sum.is<double>() ? acc.sum.as<double>() : static_cast<double>(acc.sum.as<std::int64_t>())) + x;
      }
    }
    const double delta = x - acc.mean;
    acc.mean += delta / static_cast<double>(acc.count);
    acc.m2 += delta * (x - acc.mean);
    break;
  }
  case aggregate_kind::min:
    if (acc.best.is_null() || compare_total(v, acc.best) < 0) acc.best = v;
    break;
  case aggregate_kind::max:
    if (acc.best.is_null() || compare_total(v, acc.best) > 0) acc.best = v;
    break;
  case aggregate_kind::collect:
  case aggregate_kind::percentile_cont:
  case aggregate_kind::percentile_disc:
    if ((spec.kind != aggregate_kind::collect) && !v.is<std::int64_t>() && !v.is<double>())
      type_fail("InvalidArgumentType", "percentiles need numbers");
    ctx.check_held(acc.items.size() + 1, spec.kind == aggregate_kind::collect ? "collect()" : "a percentile", "values");
    held.add(v);
    acc.items.push_back(std::move(v));
    break;
  default: break;
  }
}

class aggregate_cursor final : public cursor {
public:
  aggregate_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    done_ = false;
    output_.clear();
    held_.clear();
    pos_ = 0;
  }

protected:
  bool fetch(row& out) override {
    if (!done_) run();
    if (pos_ >= output_.size()) return false;
    out = std::move(output_[pos_++]);
    return true;
  }

private:
  struct group {
    row base;
    std::vector<accumulator> accs;
  };
  void run() {
    done_ = true;
    std::unordered_map<row, std::size_t, row_hash, row_equal> index;
    std::vector<group> groups;
    row r;
    while (inputs_[0]->next(r)) {
      ctx_.check_interrupt();
      row key;
      key.reserve(op_.projections.size());
      for (const auto& [e, s] : op_.projections) key.push_back(evaluate(*e, r, ctx_));
      auto [it, fresh] = index.emplace(key, groups.size());
      if (fresh) {
        for (std::size_t i = 0; i < key.size(); ++i) r[op_.projections[i].second] = key[i];
        groups.push_back({r, std::vector<accumulator>(op_.aggregates.size())});
        ctx_.check_held(groups.size(), "an aggregation", "groups");
        held_.add(footprint(key) + footprint(r) + op_.aggregates.size() * sizeof(accumulator));
      }
      auto& g = groups[it->second];
      for (std::size_t i = 0; i < op_.aggregates.size(); ++i) accumulate(op_.aggregates[i], g.accs[i], r, ctx_, held_);
    }
    if (groups.empty() && op_.projections.empty())
      groups.push_back({row(ctx_.slot_count), std::vector<accumulator>(op_.aggregates.size())});
    for (auto& g : groups) {
      for (std::size_t i = 0; i < op_.aggregates.size(); ++i)
        g.base[op_.aggregates[i].result] = finish(op_.aggregates[i], g.accs[i], g.base, ctx_);
      output_.push_back(std::move(g.base));
    }
  }

  eval_context& ctx_;
  bool done_ = false;
  std::vector<row> output_;
  held_memory held_{ctx_, "an aggregation"};
  std::size_t pos_ = 0;
};

class distinct_cursor final : public cursor {
public:
  distinct_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    seen_.clear();
    held_.clear();
  }

protected:
  bool fetch(row& out) override {
    while (inputs_[0]->next(out)) {
      row key;
      for (auto s : op_.keys) key.push_back(out[s]);
      const std::size_t bytes = footprint(key);
      if (seen_.insert(std::move(key)).second) {
        ctx_.check_held(seen_.size(), "DISTINCT");
        held_.add(bytes);
        return true;
      }
    }
    return false;
  }

private:
  eval_context& ctx_;
  std::unordered_set<row, row_hash, row_equal> seen_;
  held_memory held_{ctx_, "DISTINCT"};
};

std::int64_t count_argument(const bind::bound_ptr& e, row& r, eval_context& ctx, const char* what) {
  if (!e) return -1;
  value v = evaluate(*e, r, ctx);
  if (v.is<double>() && v.as<double>() == std::floor(v.as<double>()) && false) return static_cast<std::int64_t>(v.as<double>());
  if (!v.is<std::int64_t>())
    throw semantic_error("SyntaxError", "InvalidArgumentType", std::string(what) + " needs an integer, got " + to_cypher(v));
  if (v.as<std::int64_t>() < 0)
    throw semantic_error("SyntaxError", "NegativeIntegerArgument", std::string(what) + " needs a non-negative integer, got " + to_cypher(v));
  return v.as<std::int64_t>();
}

class sort_cursor final : public cursor {
public:
  sort_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    done_ = false;
    rows_.clear();
    held_.clear();
    pos_ = 0;
  }

protected:
  bool fetch(row& out) override {
    if (!done_) run();
    if (pos_ >= rows_.size()) return false;
    out = std::move(rows_[pos_++].values);
    return true;
  }

private:
  struct entry {
    row keys, values;
    std::size_t arrival; // ties keep the input's order: the sort is stable
  };
  bool less(const entry& a, const entry& b) const {
    for (std::size_t i = 0; i < op_.sort_keys.size(); ++i) {
      const int c = compare_total(a.keys[i], b.keys[i]);
      if (c != 0) return op_.sort_keys[i].descending ? c > 0 : c < 0;
    }
    return a.arrival < b.arrival;
  }

  // With a LIMIT (ORDER BY … LIMIT k, SKIP included), only the first k rows
  // are kept, in a heap whose top is the last of them: memory O(k), time
  // O(n log k). Without one, every row, sorted at the end.
  void run() {
    done_ = true;
    row empty(ctx_.slot_count);
    const std::int64_t limit = op_.limit ? count_argument(op_.limit, empty, ctx_, "LIMIT") : -1;
    // Sorting millions of rows takes seconds: the comparisons check the timeout and cancel too.
    const auto by_order = [this](const entry& a, const entry& b) {
      ctx_.check_interrupt();
      return less(a, b);
    };
    std::size_t arrival = 0;
    row r;
    while (inputs_[0]->next(r)) {
      ctx_.check_interrupt();
      entry e{{}, {}, arrival++};
      for (const auto& k : op_.sort_keys) e.keys.push_back(evaluate(*k.key, r, ctx_));
      if (limit >= 0 && rows_.size() == static_cast<std::size_t>(limit)) {
        if (limit == 0 || !less(e, rows_.front())) continue; // after all k kept
        std::pop_heap(rows_.begin(), rows_.end(), by_order);
        held_.give_back(footprint(rows_.back().keys) + footprint(rows_.back().values));
        rows_.pop_back();
      }
      e.values = r;
      held_.add(footprint(e.keys) + footprint(e.values));
      rows_.push_back(std::move(e));
      ctx_.check_held(rows_.size(), "ORDER BY");
      if (limit >= 0) std::push_heap(rows_.begin(), rows_.end(), by_order);
    }
    if (limit >= 0) std::sort_heap(rows_.begin(), rows_.end(), by_order);
    else std::sort(rows_.begin(), rows_.end(), by_order);
  }

  eval_context& ctx_;
  bool done_ = false;
  std::vector<entry> rows_;
  held_memory held_{ctx_, "ORDER BY"};
  std::size_t pos_ = 0;
};

class skip_limit_cursor final : public cursor {
public:
  skip_limit_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    started_ = false;
  }

protected:
  bool fetch(row& out) override {
    if (!started_) {
      started_ = true;
      row empty(ctx_.slot_count);
      skip_ = std::max<std::int64_t>(0, count_argument(op_.expression, empty, ctx_, "SKIP"));
      limit_ = count_argument(op_.limit, empty, ctx_, "LIMIT");
      emitted_ = 0;
      // LIMIT 0 still pulls once, so the writes behind an eager barrier happen.
      if (limit_ == 0) {
        row ignored;
        inputs_[0]->next(ignored);
      }
    }
    if (limit_ >= 0 && emitted_ >= limit_) return false;
    while (skip_ > 0) {
      if (!inputs_[0]->next(out)) return false;
      --skip_;
    }
    if (!inputs_[0]->next(out)) return false;
    ++emitted_;
    return true;
  }

private:
  eval_context& ctx_;
  bool started_ = false;
  std::int64_t skip_ = 0, limit_ = -1, emitted_ = 0;
};

class eager_cursor final : public cursor {
public:
  eager_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    done_ = false;
    rows_.clear();
    held_.clear();
    pos_ = 0;
  }

protected:
  bool fetch(row& out) override {
    if (!done_) {
      done_ = true;
      row r;
      while (inputs_[0]->next(r)) {
        held_.add(r);
        rows_.push_back(r);
        ctx_.check_held(rows_.size(), "an eager barrier (a write reading its own input)");
      }
    }
    if (pos_ >= rows_.size()) return false;
    out = std::move(rows_[pos_++]);
    return true;
  }

private:
  eval_context& ctx_;
  bool done_ = false;
  std::vector<row> rows_;
  held_memory held_{ctx_, "an eager barrier (a write reading its own input)"};
  std::size_t pos_ = 0;
};

class produce_cursor final : public cursor {
public:
  produce_cursor(const plan::logical_operator& op, eval_context&) : cursor(op) {}

protected:
  bool fetch(row& out) override {
    row r;
    if (!inputs_[0]->next(r)) return false;
    out.clear();
    for (auto s : op_.keys) out.push_back(std::move(r[s]));
    return true;
  }
};

class union_cursor final : public cursor {
public:
  union_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}
  void reset(const row& argument) override {
    cursor::reset(argument);
    part_ = 0;
    seen_.clear();
    held_.clear();
  }

protected:
  bool fetch(row& out) override {
    while (part_ < inputs_.size()) {
      if (inputs_[part_]->next(out)) {
        if (!op_.distinct_union) return true;
        if (seen_.insert(out).second) {
          ctx_.check_held(seen_.size(), "UNION");
          held_.add(out);
          return true;
        }
        continue;
      }
      ++part_;
    }
    return false;
  }

private:
  eval_context& ctx_;
  std::size_t part_ = 0;
  std::unordered_set<row, row_hash, row_equal> seen_;
  held_memory held_{ctx_, "UNION"};
};

class path_build_cursor final : public cursor {
public:
  path_build_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}

protected:
  bool fetch(row& out) override {
    if (!inputs_[0]->next(out)) return false;
    path_value p;
    const value& first = out[op_.path_nodes[0]];
    if (!first.is<node_ref>()) {
      out[op_.path] = value{};
      return true;
    }
    p.nodes.push_back(first.as<node_ref>().id);
    for (std::size_t i = 0; i < op_.path_rels.size(); ++i) {
      const value& rv = out[op_.path_rels[i]];
      if (rv.is_null()) {
        out[op_.path] = value{};
        return true;
      }
      auto add = [&](rel_id r) {
        const node_id at = p.nodes.back();
        p.rels.push_back(r);
        p.nodes.push_back(ctx_.g.source(r) == at ? ctx_.g.target(r) : ctx_.g.source(r));
      };
      if (rv.is<rel_ref>()) add(rv.as<rel_ref>().id);
      else
        for (const auto& x : rv.as<value_list>()) add(x.as<rel_ref>().id);
    }
    out[op_.path] = std::move(p);
    return true;
  }

private:
  eval_context& ctx_;
};

} // namespace

std::unique_ptr<cursor> build_write_cursor(const plan::logical_operator& op, eval_context& ctx); // write_operators.cpp
std::unique_ptr<cursor> build_procedure_call_cursor(const plan::logical_operator& op,
                                                    eval_context& ctx); // procedure_call.cpp

std::unique_ptr<cursor> build_cursor(const plan::logical_operator& op, eval_context& ctx) {
  std::unique_ptr<cursor> c;
  switch (op.kind) {
  case op_kind::argument: c = std::make_unique<argument_cursor>(op); break;
  case op_kind::node_scan: c = std::make_unique<node_scan_cursor>(op, ctx); break;
  case op_kind::node_seek: c = std::make_unique<node_seek_cursor>(op, ctx); break;
  case op_kind::expand: c = std::make_unique<expand_cursor>(op, ctx); break;
  case op_kind::var_expand: c = std::make_unique<var_expand_cursor>(op, ctx); break;
  case op_kind::shortest_path: c = std::make_unique<shortest_path_cursor>(op, ctx); break;
  case op_kind::filter: c = std::make_unique<filter_cursor>(op, ctx); break;
  case op_kind::optional: c = std::make_unique<optional_cursor>(op, ctx); break;
  case op_kind::hash_join: c = std::make_unique<hash_join_cursor>(op, ctx); break;
  case op_kind::unwind: c = std::make_unique<unwind_cursor>(op, ctx); break;
  case op_kind::project: c = std::make_unique<project_cursor>(op, ctx); break;
  case op_kind::aggregate: c = std::make_unique<aggregate_cursor>(op, ctx); break;
  case op_kind::distinct: c = std::make_unique<distinct_cursor>(op, ctx); break;
  case op_kind::sort: c = std::make_unique<sort_cursor>(op, ctx); break;
  case op_kind::skip_limit: c = std::make_unique<skip_limit_cursor>(op, ctx); break;
  case op_kind::eager: c = std::make_unique<eager_cursor>(op, ctx); break;
  case op_kind::produce: c = std::make_unique<produce_cursor>(op, ctx); break;
  case op_kind::union_: c = std::make_unique<union_cursor>(op, ctx); break;
  case op_kind::path_build: c = std::make_unique<path_build_cursor>(op, ctx); break;
  case op_kind::procedure_call: c = build_procedure_call_cursor(op, ctx); break;
  default: c = build_write_cursor(op, ctx); break;
  }
  c->counters_ = &ctx.counters[&op]; // unordered_map: the reference survives later insertions
  c->profile_ = ctx.profile;
  for (const auto& child : op.children) c->inputs_.push_back(build_cursor(*child, ctx));
  return c;
}

} // namespace annals::exec
