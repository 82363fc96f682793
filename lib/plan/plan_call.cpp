#include "plan/plan_call.hpp"

#include "annals/error.hpp"
#include "plan/procedure_call_spec.hpp"

#include <set>

namespace annals::plan {
namespace {

[[noreturn]] void fail(const call_context& cx, std::size_t offset, const std::string& category,
                       const std::string& detail, const std::string& message) {
  throw semantic_error(category, detail, message, position_in(cx.script, offset), line_at(cx.script, offset));
}

bind::variable_type variable_type_of(const procedure_type& t) {
  switch (t.kind) {
  case procedure_type::base::node: return bind::variable_type::node;
  case procedure_type::base::relationship: return bind::variable_type::relationship;
  case procedure_type::base::path: return bind::variable_type::path;
  default: return bind::variable_type::any;
  }
}

// The kind of an argument known before it runs: literals, lists and maps.
std::optional<value_kind> static_kind(const bind::bound_expression& e) {
  if (e.kind == ast::expr_kind::literal) return e.literal.kind();
  if (e.kind == ast::expr_kind::list) return value_kind::list;
  if (e.kind == ast::expr_kind::map) return value_kind::map;
  return std::nullopt;
}

} // namespace

op_ptr plan_call(call_context& cx, const ast::parsed_call& c, op_ptr input, bind::scope& s, bool standalone,
                 std::vector<std::string>* columns, bool& reads_relationships) {
  auto proc = cx.procedures.find(c.procedure);
  if (!proc)
    fail(cx, c.offset, "ProcedureError", "ProcedureNotFound",
         "there is no procedure " + c.procedure + " (CALL dbms.procedures() lists them)");
  const procedure_signature& sig = proc->signature();
  if (proc->reads_relationships()) reads_relationships = true;

  auto spec = std::make_shared<procedure_call_spec>();
  spec->proc = proc;
  spec->procedures = &cx.procedures;
  if (!c.explicit_arguments) {
    if (!standalone && !sig.inputs.empty())
      fail(cx, c.offset, "SyntaxError", "InvalidArgumentPassingMode",
           "a CALL inside a query must pass its arguments in parentheses: " + sig.to_string());
    spec->implicit_arguments = !sig.inputs.empty();
  } else {
    if (c.arguments.size() < sig.required_inputs() || c.arguments.size() > sig.inputs.size())
      fail(cx, c.offset, "SyntaxError", "InvalidNumberOfArguments",
           c.procedure + " takes " +
               (sig.required_inputs() == sig.inputs.size()
                    ? std::to_string(sig.inputs.size())
                    : std::to_string(sig.required_inputs()) + " to " + std::to_string(sig.inputs.size())) +
               " argument(s), was given " + std::to_string(c.arguments.size()) + ": " + sig.to_string());
    for (std::size_t i = 0; i < c.arguments.size(); ++i) {
      // No aggregates: the binder refuses them where no aggregate list is given.
      auto b = cx.binder.bind(c.arguments[i], s, nullptr);
      if (auto k = static_kind(*b); k && !sig.inputs[i].type.admits_kind(*k))
        fail(cx, c.arguments[i]->offset, "SyntaxError", "InvalidArgumentType",
             "argument `" + sig.inputs[i].name + "` of " + c.procedure + " is " + sig.inputs[i].type.to_string() +
                 ", was given a " + std::string(to_string(*k)));
      spec->arguments.push_back(std::move(b));
    }
  }

  if (c.yield_all && !standalone)
    fail(cx, c.yield_offset, "SyntaxError", "UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL");
  std::vector<ast::parsed_yield_item> items = c.yields;
  if (standalone && (!c.has_yield || c.yield_all))
    for (const auto& o : sig.outputs) items.push_back({o.name, o.name, c.offset});

  bind::scope next = s;
  std::set<std::string> named;
  std::vector<bind::slot> out_slots;
  for (const auto& y : items) {
    std::size_t index = sig.outputs.size();
    for (std::size_t i = 0; i < sig.outputs.size(); ++i)
      if (sig.outputs[i].name == y.field) index = i;
    if (index == sig.outputs.size())
      fail(cx, y.offset, "SyntaxError", "UndefinedVariable",
           c.procedure + " has no output `" + y.field + "`: " + sig.to_string());
    if (s.find(y.variable) || !named.insert(y.variable).second)
      fail(cx, y.offset, "SyntaxError", "VariableAlreadyBound", "variable `" + y.variable + "` is already defined");
    const bind::slot where = cx.binder.new_slot(y.variable);
    next.add(y.variable, {where, variable_type_of(sig.outputs[index].type)});
    spec->yields.emplace_back(index, where);
    out_slots.push_back(where);
  }

  auto op = std::make_shared<logical_operator>();
  op->kind = op_kind::procedure_call;
  op->children.push_back(std::move(input));
  op->detail = c.procedure;
  op->call = spec;
  s = next;

  if (c.where) {
    auto f = std::make_shared<logical_operator>();
    f->kind = op_kind::filter;
    f->children.push_back(op);
    f->expression = cx.binder.bind(c.where, s);
    f->detail = c.where->text;
    op = f;
  }
  if (standalone) {
    auto produce = std::make_shared<logical_operator>();
    produce->kind = op_kind::produce;
    produce->children.push_back(op);
    produce->keys = out_slots;
    for (const auto& y : items) produce->columns.push_back(y.variable);
    *columns = produce->columns;
    op = produce;
  }
  return op;
}

} // namespace annals::plan
