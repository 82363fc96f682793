#include "commands.hpp"
#include "scripts.hpp"
#include "snapshots.hpp"

#include "annals/atomic_write.hpp"
#include "annals/database.hpp"
#include "annals/export.hpp"

#include <ostream>
#include <sstream>

namespace annals::cli {

namespace {

// Text formats go to a file, written whole or not at all, or to standard output when OUT is "-".
template <class Write> void write_text(const std::string& output, std::ostream& out, Write write) {
  if (output != "-") {
    write_file_atomically(output, write);
    return;
  }
  write(out);
  if (!out.flush()) throw std::runtime_error("cannot write to standard output");
}

} // namespace

int run_export(const export_command& c, std::ostream& out, std::ostream& err) {
  const auto& to = c.to;
  const bool cypher = to == "cypher", csv = to == "csv";
  if ((cypher && !c.dialect.empty() && c.dialect != "annals" && c.dialect != "neo4j") ||
      (csv && !c.dialect.empty() && c.dialect != "neo4j" && c.dialect != "kuzu") ||
      (!cypher && !csv && !c.dialect.empty())) {
    err << "annals export: --dialect " << c.dialect << " does not apply to --to " << to
        << " (cypher: annals|neo4j; csv: neo4j|kuzu)\n";
    return 1;
  }

  if (c.output == "-" && (csv || to == "svg" || to == "png")) {
    err << "annals export: --to " << to << " needs a " << (csv ? "directory" : "file") << " for -o\n";
    return 1;
  }

  auto opened = open_database(c.db, err);
  if (!opened) return 1;
  database& db = *opened;
  db.limits() = c.limits;
  db.imports() = c.imports;
  if (!load_scripts(db, c.scripts, err)) return 1;
  subgraph part;
  try {
    db.refresh_derived();
    part = c.query.empty() ? whole_graph(db.graph()) : subgraph_of(db.query(c.query), db.graph());
  } catch (const std::exception& e) {
    err << describe(e, "") << '\n';
    return 1;
  }

  try {
    const auto& g = db.graph();
    if (to == "dot") write_text(c.output, out, [&](std::ostream& o) { write_dot(o, g, part); });
    else if (to == "graphml") write_text(c.output, out, [&](std::ostream& o) { write_graphml(o, g, part); });
    else if (cypher)
      write_text(c.output, out, [&](std::ostream& o) {
        write_cypher(o, g, part, c.dialect == "neo4j" ? cypher_dialect::neo4j : cypher_dialect::annals);
      });
    else if (csv) write_csv(c.output, g, part, c.dialect == "kuzu" ? csv_dialect::kuzu : csv_dialect::neo4j);
    else {
      std::ostringstream dot;
      write_dot(dot, g, part);
      render_dot(dot.str(), to, c.output);
    }
  } catch (const std::exception& e) {
    err << "annals export: " << e.what() << '\n';
    return 1;
  }
  if (c.output != "-")
    err << "wrote " << part.nodes.size() << " nodes and " << part.relationships.size() << " relationships to "
      << c.output << '\n';
  return 0;
}

} // namespace annals::cli
