// The bad-input catalogue: hostile or broken queries, scripts, CSV files and
// snapshots, each with the exact error it must be refused with.
//
//   queries/NAME.cypher    run with database::query on the fixture graph
//   scripts/NAME.cypher    run with database::execute (several statements)
//   csv/TABLE.NAME.csv     loaded into TABLE (an all-caps TABLE is a relationship type)
//   snapshots/NAME.snap    a snapshot description (see snapshot_assembly.hpp) opened over the fixture
//   parameters/NAME.json   read as the command line reads --param name=JSON (cli/json_value.cpp);
//                          "OK" and the value as a Cypher literal, or the refusal
//   NAME.expected          the error's describe() text; or "OK" and the rows, one a line,
//                          for inputs that are fine after all
//
// Query and script files may set limits in a comment line:
//   // limits: timeout=200 max_path_length=8 max_intermediate_rows=1000 max_result_rows=10
// and a script whose first N statements are meant to succeed says so:
//   // commits: N
// (then a refusal after them must leave what those N statements made).
// CSV and snapshot messages name the file: the driver writes "$FILE" for its path.
// COPY in queries and scripts reads from the fixture's import directory,
// $IMPORT in messages (see prepare_import_dir).
//
// Every case runs in a child process on the fixture graph (fixture.cypher), so a
// crash or a hang fails that case alone. A refused input may not change the
// database (its dump before and after must be equal), and after any input
// the database must still answer a query.
// Cases listed in known_failures.txt are expected to fail (they are reported
// to the engine's owner); one that passes must be taken off the list.
#define BOOST_TEST_MODULE bad_inputs
#include <boost/test/unit_test.hpp>

#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "bad_input_case.hpp"
#include "cli/json_value.hpp"
#include "parser/parser.hpp"
#include "snapshot_assembly.hpp"
#include "tests/support/graph_dump.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include <sys/stat.h>

namespace fs = std::filesystem;
using namespace annals;
using namespace annals::bad_inputs;

namespace {

const fs::path catalogue = fs::path(ANNALS_SOURCE_DIR) / "tests" / "bad_inputs";
const fs::path scratch = fs::path(ANNALS_BINARY_DIR) / "bad_inputs";

std::chrono::milliseconds hard_limit() {
  if (const char* s = std::getenv("ANNALS_BAD_INPUT_SECONDS")) return std::chrono::seconds(std::atoi(s));
  return std::chrono::seconds(60);
}

// The fixture's import directory, the only place its COPY reads from: it
// holds what COPY must refuse there (a FIFO, a directory, a symlink out) and
// one good file. Messages show it as $IMPORT.
const fs::path import_dir = scratch / "import";

void prepare_import_dir() {
  fs::remove_all(import_dir);
  fs::create_directories(import_dir / "subdir");
  ::mkfifo((import_dir / "fifo").c_str(), 0644);
  fs::create_symlink("/etc/passwd", import_dir / "passwd-link");
  fs::create_symlink("fifo", import_dir / "fifo-link");
  fs::create_symlink("/dev/zero", import_dir / "zero-link");
  write_file(import_dir / "notes.csv", "text\nfrom the import directory\n");
}

// The graph every case starts from; built once, inherited by each child.
database& fixture() {
  static database* db = [] {
    prepare_import_dir();
    auto* d = new database;
    d->imports().directory = import_dir;
    d->execute(read_file(catalogue / "fixture.cypher"));
    d->refresh_derived();
    return d;
  }();
  return *db;
}

// The database as text. Derived relationships are brought up to date first;
// when that fails, the failure is part of the state.
std::string state_of(database& db) {
  std::string s;
  try {
    db.refresh_derived();
  } catch (const error& e) {
    s = "derived types fail: " + e.describe() + "\n";
  }
  s += testing::dump(db.graph());
  for (const auto& [name, text] : db.derived_definitions()) s += "derived " + name + ": " + text + "\n";
  return s;
}

std::string render(const result& r) {
  std::string out = "OK";
  for (const auto& row : r) {
    out += "\n";
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? " | " : "") + to_cypher(row[i]);
  }
  return out;
}

void apply_limits(std::string_view text, query_limits& limits) {
  const auto at = text.find("// limits:");
  if (at == std::string_view::npos) return;
  const auto end = text.find('\n', at);
  std::istringstream settings{std::string(text.substr(at + 10, end - at - 10))};
  std::string setting;
  while (settings >> setting) {
    const auto eq = setting.find('=');
    const std::string key = setting.substr(0, eq);
    const std::size_t n = std::stoull(setting.substr(eq + 1));
    if (key == "timeout") limits.timeout = std::chrono::milliseconds(n);
    else if (key == "max_path_length") limits.max_path_length = n;
    else if (key == "max_intermediate_rows") limits.max_intermediate_rows = n;
    else if (key == "max_result_rows") limits.max_result_rows = n;
    else if (key == "max_expression_depth") limits.max_expression_depth = n;
    else throw std::invalid_argument("unknown limit " + key);
  }
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

// Runs `attempt` on the fixture, and checks the database is usable after it,
// and unchanged when the attempt was refused. `expected_state` is the state a
// refused attempt must leave, when not the fixture's own.
std::string guarded(const std::function<std::string(database&)>& attempt, std::optional<std::string> expected_state = {}) {
  database& db = fixture();
  const std::string before = expected_state ? *expected_state : state_of(db);
  std::string out;
  bool refused = true;
  try {
    out = attempt(db);
    refused = false;
  } catch (const error& e) {
    out = e.describe();
  } catch (const std::exception& e) {
    out = "unexpected exception (not an annals::error): " + std::string(e.what());
  }
  if (refused && state_of(db) != before) out += "\nTHE DATABASE CHANGED";
  db.limits() = query_limits{};
  try {
    const auto r = db.query("MATCH (n) RETURN count(n)");
    if (r.size() != 1 || r[0][0] != value(static_cast<std::int64_t>(db.graph().node_count())))
      out += "\nTHE DATABASE ANSWERS WRONG COUNTS AFTERWARDS";
  } catch (const std::exception& e) {
    out += "\nTHE DATABASE IS UNUSABLE AFTERWARDS: " + std::string(e.what());
  }
  return out;
}

// "// commits: N" in a script: its first N statements are meant to succeed, so a
// refusal after them must leave the database as those N statements left it.
std::size_t committed_statements(const std::string& text) {
  const auto at = text.find("// commits:");
  return at == std::string::npos ? 0 : std::stoul(text.substr(at + 11));
}

std::string run_statement_case(const std::string& text, bool script) {
  std::optional<std::string> expected_state;
  if (const auto n = script ? committed_statements(text) : 0) {
    const auto spans = parser::split_script(text);
    const auto prefix = text.substr(0, spans.at(n - 1).end);
    const auto o = run_isolated(
        [&] {
          apply_limits(text, fixture().limits());
          fixture().execute(prefix);
          return state_of(fixture());
        },
        hard_limit());
    if (!o.finished) return "the first " + std::to_string(n) + " statements fail: " + o.failure;
    expected_state = o.output;
  }
  return guarded(
      [&](database& db) {
        apply_limits(text, db.limits());
        return render(script ? db.execute(text) : db.query(text));
      },
      expected_state);
}

std::string run_csv_case(const fs::path& file, const std::string& table) {
  return guarded([&](database& db) {
    const bool rels =
        std::none_of(table.begin(), table.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    csv_options options;
    options.progress = false;
    const auto stats = rels ? load_csv_relationships(db.graph(), table, file, options)
                            : load_csv_nodes(db.graph(), table, file, options);
    return "OK\n" + std::to_string(stats.rows) + " rows";
  });
}

std::string run_snapshot_case(const fs::path& file) {
  return guarded([&](database& db) {
    db.open(file);
    return std::string("OK");
  });
}

std::set<std::string> known_failures() {
  std::set<std::string> known;
  std::istringstream in(read_file(catalogue / "known_failures.txt"));
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string name;
    if (words >> name) known.insert(name);
  }
  return known;
}

struct case_file {
  std::string name; // "queries/deep-parens"
  fs::path input, expected;
};

std::vector<case_file> cases_in(const std::string& folder, const std::string& extension) {
  std::vector<case_file> out;
  for (const auto& entry : fs::directory_iterator(catalogue / folder)) {
    if (entry.path().extension() != extension) continue;
    auto expected = entry.path();
    expected.replace_extension(".expected");
    out.push_back({folder + "/" + entry.path().stem().string(), entry.path(), expected});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::size_t total_cases = 0;

void run_folder(const std::string& folder, const std::string& extension,
                const std::function<std::string(const case_file&, const fs::path& prepared)>& run) {
  fs::create_directories(scratch / folder);
  const auto known = known_failures();
  const auto files = cases_in(folder, extension);
  BOOST_TEST(!files.empty());
  for (const auto& c : files) {
    BOOST_TEST_CONTEXT(c.name) {
      ++total_cases;
      // The expanded input, written where the loaders can read it.
      const fs::path prepared = scratch / folder / c.input.filename();
      const auto outcome = run_isolated([&] { return run(c, prepared); }, hard_limit());
      std::string actual = outcome.finished ? outcome.output : "FAILED: " + outcome.failure;
      replace_all(actual, prepared.string(), "$FILE");
      replace_all(actual, fs::canonical(import_dir).string(), "$IMPORT");
      replace_all(actual, import_dir.string(), "$IMPORT");
      // ANNALS_BAD_INPUT_RECORD=1 writes the .expected files that are missing, to review before committing.
      if (!fs::exists(c.expected) && outcome.finished && std::getenv("ANNALS_BAD_INPUT_RECORD"))
        write_file(c.expected, actual + "\n");
      if (!fs::exists(c.expected)) {
        BOOST_TEST(false, "missing " << c.expected << "; the input gives:\n" << shorten(actual));
        continue;
      }
      std::string expected = expand(read_file(c.expected));
      while (!expected.empty() && expected.back() == '\n') expected.pop_back();
      const bool ok = outcome.finished && actual == expected;
      if (known.count(c.name)) {
        BOOST_TEST_MESSAGE("known failure " << c.name << ": " << shorten(actual, 200));
        BOOST_TEST(!ok, c.name << " passes now: take it off known_failures.txt");
      } else {
        BOOST_TEST(ok, c.name << "\n--- expected:\n" << shorten(expected) << "\n--- actual:\n" << shorten(actual));
      }
    }
  }
}

} // namespace

BOOST_AUTO_TEST_CASE(queries) {
  fixture();
  run_folder("queries", ".cypher",
             [](const case_file& c, const fs::path&) { return run_statement_case(expand(read_file(c.input)), false); });
}

BOOST_AUTO_TEST_CASE(scripts) {
  fixture();
  run_folder("scripts", ".cypher",
             [](const case_file& c, const fs::path&) { return run_statement_case(expand(read_file(c.input)), true); });
}

BOOST_AUTO_TEST_CASE(csv_files) {
  fixture();
  run_folder("csv", ".csv", [](const case_file& c, const fs::path& prepared) {
    write_file(prepared, expand(read_file(c.input)));
    const std::string stem = c.input.stem().string();
    return run_csv_case(prepared, stem.substr(0, stem.find('.')));
  });
}

BOOST_AUTO_TEST_CASE(snapshots) {
  fixture();
  const fs::path good = scratch / "fixture.snapshot";
  fs::create_directories(scratch);
  fixture().save(good);
  const std::string fixture_bytes = read_file(good);
  run_folder("snapshots", ".snap", [&](const case_file& c, const fs::path& prepared) {
    write_file(prepared, assemble_snapshot(read_file(c.input), fixture_bytes));
    return run_snapshot_case(prepared);
  });
}

BOOST_AUTO_TEST_CASE(parameters) {
  run_folder("parameters", ".json", [](const case_file& c, const fs::path&) {
    try {
      return "OK\n" + shorten(to_cypher(cli::json_to_value(expand(read_file(c.input)))));
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    } catch (const std::exception& e) {
      return "unexpected exception (not std::invalid_argument): " + std::string(e.what());
    }
  });
}

BOOST_AUTO_TEST_CASE(catalogue_size) {
  BOOST_TEST_MESSAGE(total_cases << " bad inputs");
  BOOST_TEST(total_cases >= 100u);
}
