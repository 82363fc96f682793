// ProcedureCall: for each input row, evaluates the arguments, runs the
// procedure and emits the input row once per procedure row with the yielded
// outputs in their slots. A void procedure passes each input row through once.
#include "annals/error.hpp"
#include "exec/cursor.hpp"
#include "plan/procedure_call_spec.hpp"

namespace annals::exec {
namespace {

class procedure_call_cursor final : public cursor {
public:
  procedure_call_cursor(const plan::logical_operator& op, eval_context& ctx)
      : cursor(op), ctx_(ctx), spec_(*op.call), sig_(spec_.proc->signature()) {}

  void reset(const row& argument) override {
    cursor::reset(argument);
    results_.clear();
    next_ = 0;
  }

protected:
  bool fetch(row& out) override {
    for (;;) {
      if (next_ < results_.size()) {
        out = input_;
        for (const auto& [index, where] : spec_.yields) out[where] = results_[next_][index];
        ++next_;
        return true;
      }
      if (!inputs_[0]->next(input_)) return false;
      run();
      if (sig_.outputs.empty()) {
        out = input_;
        return true;
      }
    }
  }

private:
  value argument(std::size_t i) {
    const auto& field = sig_.inputs[i];
    if (spec_.implicit_arguments) {
      auto it = ctx_.params.find(field.name);
      if (it != ctx_.params.end()) return it->second;
      if (field.default_value) return *field.default_value;
      throw runtime_error("ParameterMissing", "MissingParameter",
                          "CALL " + sig_.name + " without parentheses takes `" + field.name + "` from parameter $" +
                              field.name + ", which was not given");
    }
    if (i < spec_.arguments.size()) return evaluate(*spec_.arguments[i], input_, ctx_);
    return *field.default_value; // the planner checked that the rest have defaults
  }

  void run() {
    std::vector<value> args;
    for (std::size_t i = 0; i < sig_.inputs.size(); ++i) {
      value v = argument(i);
      const auto& type = sig_.inputs[i].type;
      if (!type.admits(v))
        throw type_error("TypeError", "InvalidArgumentType",
                         "argument `" + sig_.inputs[i].name + "` of " + sig_.name + " is " + type.to_string() +
                             ", was given a " + std::string(to_string(v.kind())));
      if (type.kind == procedure_type::base::float_ && v.is<std::int64_t>())
        v = static_cast<double>(v.as<std::int64_t>());
      args.push_back(std::move(v));
    }
    results_.clear();
    next_ = 0;
    const procedure_context pc{ctx_.g, *spec_.procedures, ctx_.limits, [this] { ctx_.check_interrupt_now(); },
                               [this](std::size_t held, const char* what) { ctx_.check_held(held, what); }};
    spec_.proc->call(pc, args, results_);
    ctx_.check_held(results_.size(), "ProcedureCall");
    for (const auto& r : results_)
      if (r.size() != sig_.outputs.size())
        throw runtime_error("ProcedureError", "ProcedureOutputMismatch",
                            sig_.name + " returned a row of " + std::to_string(r.size()) + " values for " +
                                std::to_string(sig_.outputs.size()) + " outputs");
  }

  eval_context& ctx_;
  const plan::procedure_call_spec& spec_;
  const procedure_signature& sig_;
  row input_;
  procedure_rows results_;
  std::size_t next_ = 0;
};

} // namespace

std::unique_ptr<cursor> build_procedure_call_cursor(const plan::logical_operator& op, eval_context& ctx) {
  return std::make_unique<procedure_call_cursor>(op, ctx);
}

} // namespace annals::exec
