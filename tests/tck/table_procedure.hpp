// The procedures the TCK's clauses/call scenarios declare with
// "there exists a procedure <signature>:" and a table: each row gives the
// inputs and the outputs, and a call yields the outputs of the rows whose
// inputs equal its arguments, in table order.
#pragma once

#include "gherkin.hpp"

#include <annals/procedure.hpp>

#include <memory>
#include <string_view>

namespace annals::tck {

// `signature` as the step writes it: "test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?)".
// Throws std::runtime_error when it or the table cannot be read.
std::shared_ptr<const annals::procedure> make_table_procedure(std::string_view signature, const data_table& table);

} // namespace annals::tck
