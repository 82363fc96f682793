#include "annals/database.hpp"

#include "annals/error.hpp"

namespace annals {

struct database::engine {};
struct prepared_statement::impl {
  std::vector<std::string> columns;
};

database::database() : engine_(std::make_unique<engine>()) {}
database::~database() = default;

result database::execute(std::string_view) { throw runtime_error("RuntimeError", "NotImplemented", "not yet"); }
result database::query(std::string_view, const value_map&) {
  throw runtime_error("RuntimeError", "NotImplemented", "not yet");
}
prepared_statement database::prepare(std::string_view) {
  throw runtime_error("RuntimeError", "NotImplemented", "not yet");
}
void database::refresh_derived() {}
std::vector<error> database::check(std::string_view) { return {}; }

prepared_statement::prepared_statement(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
prepared_statement::prepared_statement(prepared_statement&&) noexcept = default;
prepared_statement& prepared_statement::operator=(prepared_statement&&) noexcept = default;
prepared_statement::~prepared_statement() = default;
result prepared_statement::run(const value_map&) { return {}; }
const std::vector<std::string>& prepared_statement::columns() const { return impl_->columns; }

} // namespace annals
