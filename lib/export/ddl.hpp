// Declared tables written back as the statements that declare them
// (annals' DDL, which is Kùzu's).
#pragma once

#include "annals/schema.hpp"

#include <string>

namespace annals::detail {

// CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name))
std::string node_table_ddl(const node_table& t);
// CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING), or for a
// derived table CREATE DERIVED REL TABLE T(FROM A TO B) AS <its query>
std::string rel_table_ddl(const rel_table& t);

} // namespace annals::detail
