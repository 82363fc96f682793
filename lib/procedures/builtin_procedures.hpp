// The built-in procedures, one per file in lib/procedures/ (introspection)
// and lib/procedures/algo/ (graph algorithms over a projection).
#pragma once

#include "annals/procedure.hpp"

namespace annals::procedures {

using procedure_ptr = std::shared_ptr<const annals::procedure>;

// A registry with only the built-in procedures, for planning without a database. Immutable.
const procedure_registry& builtin_procedures();
// Every built-in procedure, in no particular order.
std::vector<procedure_ptr> make_builtin_procedures();

procedure_ptr make_db_labels();
procedure_ptr make_db_relationship_types();
procedure_ptr make_db_property_keys();
procedure_ptr make_db_schema();
procedure_ptr make_dbms_procedures();
procedure_ptr make_dbms_functions();

procedure_ptr make_algo_degree();
procedure_ptr make_algo_betweenness();
procedure_ptr make_algo_closeness();
procedure_ptr make_algo_pagerank();
procedure_ptr make_algo_wcc();
procedure_ptr make_algo_scc();
procedure_ptr make_algo_kcore();
procedure_ptr make_algo_triangles();
procedure_ptr make_algo_communities();
procedure_ptr make_algo_dijkstra();
procedure_ptr make_algo_mst();
procedure_ptr make_algo_two_camps();

} // namespace annals::procedures
