// annals: the command line. Subcommands query, check, demo, shell, export;
// with none, the shell (on a terminal or reading piped statements).
#include "commands.hpp"
#include "import_options.hpp"
#include "limit_options.hpp"

#include <CLI/CLI.hpp>

#include "annals/error.hpp"

#include <iostream>
#include <new>

namespace {

// An empty file name is a mistake (an unset variable, say), never "write nothing".
const CLI::Validator file_name(
    [](const std::string& name) {
      return name.empty() ? std::string("a file name is needed, not \"\"") : std::string();
    },
    "FILE");

} // namespace

int main(int argc, char** argv) {
  using namespace annals::cli;
  CLI::App app{"annals: a typed property graph of history, queried with openCypher"};
  app.require_subcommand(0, 1);

  query_command query;
  std::string format = "table";
  const auto check_format = [](const std::string& name) {
    return parse_format(name) ? std::string() : "takes " + format_names() + ", not " + name;
  };
  auto* q = app.add_subcommand("query", "load scripts, then run a query and print its result");
  q->add_option("scripts", query.scripts, "Cypher scripts to run first, in order");
  q->add_option("-e,--execute", query.query, "the query whose result is printed (default: the last script's)");
  q->add_option("--format", format, format_names())->check(check_format);
  q->add_option("--max-width", query.output.max_cell_width,
                "table format: cut cells wider than this many columns (0: show them whole)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  q->add_option("--param", query.parameters, "a query parameter: name=JSON (repeatable)")
      ->allow_extra_args(false); // one parameter per --param, so scripts may follow
  q->add_flag("--cite", query.output.cite, "add a column with the citations of what each row used");
  q->add_option("--db", query.db, "a durable database (FILE and FILE.wal; a missing file: start empty) that keeps every statement")
      ->type_name("FILE");
  q->add_option("--save", query.save, "write a snapshot to FILE after the scripts and the query have run")
      ->type_name("FILE")
      ->check(file_name);
  add_limit_options(*q, query.limits);
  add_import_options(*q, query.imports);

  std::vector<std::string> check_scripts;
  auto* c = app.add_subcommand("check", "parse and bind scripts without running them; list every error");
  c->add_option("scripts", check_scripts, "Cypher scripts, checked in order as one")->required();

  std::string data_dir = bundled_dataset_dir().string();
  bool pause = false, no_pause = false;
  auto* d = app.add_subcommand("demo", "a guided tour of the bundled graph of the French intervention in Mexico");
  d->add_option("--data", data_dir, "the dataset directory (*.cypher and queries/*.cypher)")->capture_default_str();
  d->add_flag("--pause", pause, "wait for Enter between questions (the default at a terminal)");
  d->add_flag("--no-pause", no_pause, "print every question at once (the default when piped)")->excludes("--pause");

  shell_command shell;
  auto* s = app.add_subcommand("shell", "the interactive shell (reads statements from standard input when piped)");
  s->add_option("scripts", shell.scripts, "Cypher scripts to load first");
  s->add_option("--db", shell.db,
                "a durable database (FILE and FILE.wal; a missing file: start empty) that keeps every statement")
      ->type_name("FILE");
  std::string shell_format = "table";
  s->add_option("--format", shell_format, "how results print at first (:format changes it): " + format_names())
      ->check(check_format);
  s->add_option("--max-width", shell.output.max_cell_width,
                "table format: cut cells wider than this many columns (0: show them whole; :maxwidth)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  add_limit_options(*s, shell.limits);
  add_import_options(*s, shell.imports);

  export_command exporting;
  auto* x = app.add_subcommand("export", "write the graph, or what a query returns, for other tools");
  x->add_option("scripts", exporting.scripts, "Cypher scripts that build the graph");
  x->add_option("-e,--execute", exporting.query, "export the nodes, relationships and paths this query returns");
  x->add_option("--to", exporting.to, "dot, graphml, svg, png, csv or cypher")
      ->required()
      ->check(CLI::IsMember({"dot", "graphml", "svg", "png", "csv", "cypher"}));
  x->add_option("-o,--output", exporting.output, "the file (the directory for csv; - for standard output)")
      ->required()
      ->check(file_name);
  x->add_option("--dialect", exporting.dialect, "cypher: annals (default) or neo4j; csv: neo4j (default) or kuzu");
  x->add_option("--db", exporting.db, "a durable database (FILE and FILE.wal) to open before the scripts")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  add_limit_options(*x, exporting.limits);
  add_import_options(*x, exporting.imports);

  CLI11_PARSE(app, argc, argv);
  query.output.format = *parse_format(format);
  shell.output.format = *parse_format(shell_format);

  // Whatever escapes a command (a library's exception, memory running out) ends it
  // with a message and status 1, never with std::terminate.
  try {
    if (q->parsed()) return run_query(query, std::cout, std::cerr);
    if (c->parsed()) return run_check(check_scripts, std::cerr);
    if (d->parsed()) {
      const std::optional<bool> paused = pause ? std::optional(true) : no_pause ? std::optional(false) : std::nullopt;
      return run_demo({data_dir, paused}, std::cin, std::cout, std::cerr);
    }
    if (x->parsed()) return run_export(exporting, std::cout, std::cerr);
    return run_shell(shell);
  } catch (const annals::error& e) {
    std::cout.flush();
    std::cerr << "annals: " << e.describe() << '\n';
  } catch (const std::bad_alloc&) {
    std::cout.flush();
    std::cerr << "annals: out of memory\n";
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "annals: " << e.what() << '\n';
  }
  return 1;
}
