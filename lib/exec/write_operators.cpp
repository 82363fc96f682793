// The writing operators: CREATE, MERGE, SET, REMOVE, DELETE. Their input is
// eager (see the planner), so they never read their own writes.
#include "annals/error.hpp"
#include "ast/parsed_statement.hpp"
#include "exec/cursor.hpp"

namespace annals::exec {

using plan::op_kind;

namespace {

value_map property_map(const bind::bound_ptr& e, row& r, eval_context& ctx) {
  if (!e) return {};
  value v = evaluate(*e, r, ctx);
  if (v.is_null()) return {};
  if (!v.is<value_map>()) type_fail("InvalidArgumentType", "properties must be a map, got " + std::string(to_string(v.kind())));
  value_map out;
  for (auto& [k, x] : v.as<value_map>())
    if (!x.is_null()) out.emplace(k, x);
  return out;
}

void check_storable(const value& v) {
  auto bad = [](const value& x) {
    return x.is<value_map>() || x.is<node_ref>() || x.is<rel_ref>() || x.is<path_value>();
  };
  if (bad(v)) type_fail("InvalidPropertyType", "a property cannot hold a " + std::string(to_string(v.kind())));
  if (v.is<value_list>())
    for (const auto& x : v.as<value_list>())
      if (bad(x) || x.is<value_list>())
        type_fail("InvalidPropertyType", "a property list cannot hold a " + std::string(to_string(x.kind())));
}

void create_pattern(const plan::logical_operator& op, row& r, eval_context& ctx) {
  for (const auto& cn : op.create_nodes) {
    if (cn.bound) {
      if (!r[cn.where].is<node_ref>())
        type_fail("InvalidArgumentType", "cannot create a relationship to a node that is null");
      continue;
    }
    value_map props = property_map(cn.properties, r, ctx);
    for (const auto& [k, v] : props) check_storable(v);
    r[cn.where] = node_ref{ctx.g.add_node(cn.labels, props)};
    ++ctx.changes.nodes_created;
    ctx.changes.labels_added += cn.labels.size();
    ctx.changes.properties_set += props.size();
  }
  for (const auto& cr : op.create_rels) {
    if (!r[cr.from].is<node_ref>() || !r[cr.to].is<node_ref>())
      type_fail("InvalidArgumentType", "cannot create a relationship to a node that is null");
    value_map props = property_map(cr.properties, r, ctx);
    for (const auto& [k, v] : props) check_storable(v);
    r[cr.where] = rel_ref{ctx.g.add_relationship(r[cr.from].as<node_ref>().id, r[cr.to].as<node_ref>().id, cr.type, props)};
    ++ctx.changes.relationships_created;
    ctx.changes.properties_set += props.size();
  }
  if (op.path != bind::no_slot && !op.path_nodes.empty()) {
    path_value p;
    for (auto s : op.path_nodes) p.nodes.push_back(r[s].as<node_ref>().id);
    for (auto s : op.path_rels) p.rels.push_back(r[s].as<rel_ref>().id);
    r[op.path] = std::move(p);
  }
}

void apply_set(const plan::set_step& st, row& r, eval_context& ctx, bool remove) {
  const auto kind = static_cast<ast::set_kind>(st.kind);
  if (kind == ast::set_kind::labels) {
    const value& n = r[st.variable];
    if (n.is_null()) return;
    if (!n.is<node_ref>()) type_fail("InvalidArgumentType", "labels can only be set on nodes");
    for (const auto& l : st.labels) {
      if (remove) ctx.g.remove_label(n.as<node_ref>().id, l), ++ctx.changes.labels_removed;
      else ctx.g.add_label(n.as<node_ref>().id, l), ++ctx.changes.labels_added;
    }
    return;
  }
  if (kind == ast::set_kind::property) {
    value target = evaluate(*st.target_entity, r, ctx);
    value v = remove ? value{} : evaluate(*st.value, r, ctx);
    check_storable(v);
    if (target.is_null()) return;
    if (target.is<node_ref>()) {
      if (!ctx.g.node_alive(target.as<node_ref>().id))
        runtime_fail("EntityNotFound", "DeletedEntityAccess", "cannot set a property of a deleted node");
      ctx.g.set_property(target.as<node_ref>().id, st.key, v);
    } else if (target.is<rel_ref>()) {
      ctx.g.set_rel_property(target.as<rel_ref>().id, st.key, v);
    } else {
      type_fail("InvalidArgumentType", "properties can only be set on nodes and relationships");
    }
    ++ctx.changes.properties_set;
    return;
  }
  // n = {map} replaces every property; n += {map} merges.
  value target = r[st.variable];
  if (target.is_null()) return;
  value source = evaluate(*st.value, r, ctx);
  value_map props;
  if (source.is<node_ref>() || source.is<rel_ref>() || source.is<value_map>()) props = properties_of(source, ctx.g);
  else if (!source.is_null()) type_fail("InvalidArgumentType", "SET = needs a map, a node or a relationship");
  auto set = [&](const std::string& k, const value& v) {
    check_storable(v);
    if (target.is<node_ref>()) ctx.g.set_property(target.as<node_ref>().id, k, v);
    else if (target.is<rel_ref>()) ctx.g.set_rel_property(target.as<rel_ref>().id, k, v);
    else type_fail("InvalidArgumentType", "properties can only be set on nodes and relationships");
    ++ctx.changes.properties_set;
  };
  if (kind == ast::set_kind::replace_all) {
    for (const auto& [k, v] : properties_of(target, ctx.g))
      if (!props.count(k)) set(k, value{});
  }
  for (const auto& [k, v] : props) set(k, v);
}

class write_cursor : public cursor {
public:
  write_cursor(const plan::logical_operator& op, eval_context& ctx) : cursor(op), ctx_(ctx) {}

protected:
  eval_context& ctx_;
};

class create_cursor final : public write_cursor {
public:
  using write_cursor::write_cursor;

protected:
  bool fetch(row& out) override {
    if (!inputs_[0]->next(out)) return false;
    create_pattern(op_, out, ctx_);
    return true;
  }
};

class set_cursor final : public write_cursor {
public:
  using write_cursor::write_cursor;

protected:
  bool fetch(row& out) override {
    if (!inputs_[0]->next(out)) return false;
    for (const auto& st : op_.set_steps) apply_set(st, out, ctx_, op_.kind == op_kind::remove);
    return true;
  }
};

class merge_cursor final : public write_cursor {
public:
  using write_cursor::write_cursor;

protected:
  bool fetch(row& out) override {
    while (true) {
      if (pos_ < matches_.size()) {
        out = std::move(matches_[pos_++]);
        return true;
      }
      row input;
      if (!inputs_[0]->next(input)) return false;
      matches_.clear();
      pos_ = 0;
      inputs_[1]->reset(input);
      row m;
      while (inputs_[1]->next(m)) matches_.push_back(m);
      if (matches_.empty()) {
        create_pattern(op_, input, ctx_);
        for (const auto& st : op_.on_create) apply_set(st, input, ctx_, false);
        matches_.push_back(input);
      } else {
        for (auto& row_ : matches_)
          for (const auto& st : op_.on_match) apply_set(st, row_, ctx_, false);
      }
    }
  }

private:
  std::vector<row> matches_;
  std::size_t pos_ = 0;
};

// DELETE reads all its rows first, then deletes relationships before nodes,
// so `MATCH (a)-[r]-() DELETE a, r` works whatever the row order.
class delete_cursor final : public write_cursor {
public:
  using write_cursor::write_cursor;

protected:
  bool fetch(row& out) override {
    if (!done_) run();
    if (pos_ >= rows_.size()) return false;
    out = std::move(rows_[pos_++]);
    return true;
  }

private:
  void run() {
    done_ = true;
    std::vector<node_id> nodes;
    std::vector<rel_id> rels;
    row r;
    while (inputs_[0]->next(r)) {
      for (const auto& t : op_.delete_targets) collect(evaluate(*t, r, ctx_), nodes, rels);
      rows_.push_back(r);
    }
    for (rel_id x : rels)
      if (ctx_.g.rel_alive(x)) ctx_.g.delete_relationship(x), ++ctx_.changes.relationships_deleted;
    for (node_id x : nodes) {
      if (!ctx_.g.node_alive(x)) continue;
      const std::size_t degree = ctx_.g.out(x).size() + ctx_.g.in(x).size();
      ctx_.g.delete_node(x, op_.detach);
      ++ctx_.changes.nodes_deleted;
      ctx_.changes.relationships_deleted += degree;
    }
  }
  void collect(const value& v, std::vector<node_id>& nodes, std::vector<rel_id>& rels) {
    if (v.is_null()) return;
    if (v.is<node_ref>()) nodes.push_back(v.as<node_ref>().id);
    else if (v.is<rel_ref>()) rels.push_back(v.as<rel_ref>().id);
    else if (v.is<path_value>()) {
      for (auto n : v.as<path_value>().nodes) nodes.push_back(n);
      for (auto x : v.as<path_value>().rels) rels.push_back(x);
    } else if (v.is<value_list>()) {
      for (const auto& x : v.as<value_list>()) collect(x, nodes, rels);
    } else {
      type_fail("InvalidArgumentType", "DELETE needs a node, a relationship or a path, got " + std::string(to_string(v.kind())));
    }
  }

  bool done_ = false;
  std::vector<row> rows_;
  std::size_t pos_ = 0;
};

} // namespace

std::unique_ptr<cursor> build_write_cursor(const plan::logical_operator& op, eval_context& ctx) {
  switch (op.kind) {
  case op_kind::create: return std::make_unique<create_cursor>(op, ctx);
  case op_kind::merge: return std::make_unique<merge_cursor>(op, ctx);
  case op_kind::set:
  case op_kind::remove: return std::make_unique<set_cursor>(op, ctx);
  case op_kind::delete_: return std::make_unique<delete_cursor>(op, ctx);
  default: break;
  }
  throw runtime_error("RuntimeError", "UnknownOperator", "no executor for a plan operator");
}

} // namespace annals::exec
