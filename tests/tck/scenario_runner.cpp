#include "scenario_runner.hpp"
#include "graph_snapshot.hpp"
#include "result_comparison.hpp"
#include "table_procedure.hpp"
#include "tck_value.hpp"
#include "value_conversion.hpp"

#include <annals/database.hpp>

#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

namespace annals::tck {

namespace {

// The step texts of the TCK, as used in the feature files.
const std::regex named_graph(R"(the (\S+) graph)");
const std::regex error_step(R"(an? (\w+) should be raised at ([\w ]+): (.*))");
const std::regex procedure_step(R"(there exists a procedure (.*?)\s*:)");

struct failure : std::runtime_error {
  std::string details;
  failure(const std::string& reason, std::string d = {}) : std::runtime_error(reason), details(std::move(d)) {}
};

struct raised {
  std::string category, detail, message;
};

std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw failure("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string indent(const std::string& text) {
  std::string out = "      ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "      ";
  }
  return out + '\n';
}

class scenario_state {
public:
  scenario_state(const test_case& c, const run_options& o) : case_(c), options_(o) {
    db_.limits().timeout = options_.query_timeout;
  }

  case_outcome run() {
    case_outcome outcome;
    outcome.expects_error = expects_error(case_);
    try {
      for (const auto& s : case_.steps) perform(s, outcome);
      if (!query_run_) throw failure("the scenario has no query");
      outcome.passed = true;
    } catch (const failure& f) {
      outcome.reason = f.what();
      outcome.details = "    query:\n" + indent(query_text_) + f.details;
    }
    return outcome;
  }

private:
  void perform(const step& s, case_outcome& outcome) {
    const auto& t = s.text;
    if (t == "an empty graph" || t == "any graph") return;
    std::smatch m;
    if (s.keyword == "Given" && std::regex_match(t, m, named_graph)) return load_graph(m[1]);
    if (t == "having executed:") return setup(docstring(s));
    if (t == "parameters are:") return set_parameters(s);
    if (std::regex_match(t, m, procedure_step)) return register_procedure(m[1], s);
    if (t == "executing query:") return execute_query(docstring(s));
    if (t == "executing control query:") return execute_control_query(docstring(s));
    if (t == "the result should be empty") return expect_empty();
    if (t == "the result should be, in any order:") return expect_rows(s, {false, false});
    if (t == "the result should be, in order:") return expect_rows(s, {true, false});
    if (t == "the result should be (ignoring element order for lists):") return expect_rows(s, {false, true});
    if (t == "the result should be, in order (ignoring element order for lists):") return expect_rows(s, {true, true});
    if (std::regex_match(t, m, error_step)) return expect_error(m[1], m[3], outcome);
    if (t == "no side effects") return check_side_effects({});
    if (t == "the side effects should be:") return expect_side_effects(s);
    throw failure("unsupported step: " + s.keyword + ' ' + t);
  }

  static const std::string& docstring(const step& s) {
    if (!s.docstring) throw failure("step '" + s.text + "' has no docstring");
    return *s.docstring;
  }

  void load_graph(const std::string& name) {
    const auto script = options_.graphs_dir / name / (name + ".cypher");
    setup(read_file(script));
  }

  // Setup statements; an error here may be what the scenario expects.
  void setup(const std::string& text) {
    if (error_) return;
    try {
      db_.execute(text);
    } catch (const annals::error& e) {
      error_ = raised{e.category(), e.detail(), e.message()};
      error_in_setup_ = text;
    } catch (const std::exception& e) {
      throw failure("setup threw " + std::string(e.what()), "    setup:\n" + indent(text));
    }
  }

  void register_procedure(const std::string& signature, const step& s) {
    if (!s.table) throw failure("procedure without a table");
    try {
      db_.procedures().add(make_table_procedure(signature, *s.table));
    } catch (const std::exception& e) {
      throw failure(std::string("harness: ") + e.what());
    }
  }

  void set_parameters(const step& s) {
    if (!s.table) throw failure("parameters without a table");
    for (const auto& row : *s.table) {
      if (row.size() != 2) throw failure("a parameter row needs 2 cells");
      try {
        parameters_[row[0]] = to_annals(parse_tck_value(row[1]));
      } catch (const value_syntax_error& e) {
        throw failure(std::string("harness: ") + e.what());
      }
    }
  }

  void execute_query(const std::string& text) {
    query_text_ = text;
    query_run_ = true;
    if (error_) return; // the setup failed; a later step says whether that was expected
    before_ = take_snapshot(db_.graph());
    try {
      result_ = db_.query(text, parameters_);
    } catch (const annals::error& e) {
      error_ = raised{e.category(), e.detail(), e.message()};
    } catch (const std::exception& e) {
      throw failure("unexpected exception: " + one_line(e.what()));
    }
    effects_ = difference(*before_, take_snapshot(db_.graph()));
  }

  void execute_control_query(const std::string& text) {
    if (error_) return;
    try {
      result_ = db_.query(text);
    } catch (const annals::error& e) {
      throw failure("control query failed: " + e.category() + ": " + one_line(e.message()),
                    "    control query:\n" + indent(text));
    } catch (const std::exception& e) {
      throw failure("control query: unexpected exception: " + one_line(e.what()));
    }
  }

  void no_error_expected() const {
    if (!error_) return;
    std::string where = error_in_setup_.empty() ? "" : " (in setup)";
    throw failure("unexpected " + error_->category + (error_->detail.empty() ? "" : "/" + error_->detail) + where +
                      ": " + one_line(error_->message),
                  error_in_setup_.empty() ? "" : "    setup:\n" + indent(error_in_setup_));
  }

  void expect_empty() {
    no_error_expected();
    if (!result_) throw failure("no result");
    if (!result_->empty())
      throw failure("expected no rows, got " + std::to_string(result_->size()),
                    "    got:\n" + format_result(*result_, db_.graph()));
  }

  void expect_rows(const step& s, comparison_mode mode) {
    no_error_expected();
    if (!s.table) throw failure("result step without a table");
    if (!result_) throw failure("no result");
    std::optional<std::string> difference;
    try {
      difference = compare_result(*result_, db_.graph(), *s.table, mode);
    } catch (const value_syntax_error& e) {
      throw failure(std::string("harness: ") + e.what());
    }
    if (difference) {
      const auto nl = difference->find('\n');
      throw failure("wrong result: " + difference->substr(0, nl),
                    nl == std::string::npos ? "" : difference->substr(nl + 1) + '\n');
    }
  }

  void expect_error(const std::string& category, const std::string& detail, case_outcome& outcome) {
    if (!error_) {
      std::string got = result_ ? "    got:\n" + format_result(*result_, db_.graph()) : "";
      throw failure("expected " + category + ", got a result", got);
    }
    outcome.detail_matched = detail == "*" || error_->detail == detail;
    if (error_->category != category)
      throw failure("expected " + category + "/" + detail + ", got " + error_->category +
                    (error_->detail.empty() ? "" : "/" + error_->detail) + ": " + one_line(error_->message));
  }

  void check_side_effects(const side_effects& expected) const {
    if (!effects_) {
      if (error_) return; // the query failed before it could change anything
      throw failure("no query to have side effects");
    }
    if (*effects_ != expected)
      throw failure("side effects: expected " + to_string(expected) + ", got " + to_string(*effects_));
  }

  void expect_side_effects(const step& s) const {
    if (!s.table) throw failure("side effects without a table");
    static const std::set<std::string> keys{"+nodes",  "-nodes",  "+relationships", "-relationships",
                                            "+labels", "-labels", "+properties",    "-properties"};
    side_effects expected;
    for (const auto& row : *s.table) {
      if (row.size() != 2 || !keys.count(row[0])) throw failure("harness: bad side-effect row");
      const auto n = std::stoul(row[1]);
      if (n) expected[row[0]] = n;
    }
    check_side_effects(expected);
  }

  const test_case& case_;
  const run_options& options_;
  annals::database db_;
  value_map parameters_;
  std::string query_text_;
  bool query_run_ = false;
  std::optional<annals::result> result_;
  std::optional<raised> error_;
  std::string error_in_setup_;
  std::optional<graph_snapshot> before_;
  std::optional<side_effects> effects_;
};

} // namespace

std::string query_of(const test_case& c) {
  for (const auto& s : c.steps)
    if (s.text == "executing query:" && s.docstring) return *s.docstring;
  return {};
}

bool expects_error(const test_case& c) {
  for (const auto& s : c.steps)
    if (std::regex_match(s.text, error_step)) return true;
  return false;
}

case_outcome run_case(const test_case& c, const run_options& options) {
  try {
    return scenario_state(c, options).run();
  } catch (const std::exception& e) {
    case_outcome o;
    o.reason = "unexpected exception: " + one_line(e.what());
    return o;
  } catch (...) {
    case_outcome o;
    o.reason = "unexpected exception of unknown type";
    return o;
  }
}

} // namespace annals::tck
