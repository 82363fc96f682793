// The stack a query needs. Parsing recurses once per nesting level on the
// caller's thread; these tests measure what one level costs, for each way the
// grammar nests, and check that a thread with too little stack for a deep
// query gets an error, never a crash.
#define BOOST_TEST_MODULE parser_stack
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "annals/error.hpp"
#include "parser/parser.hpp"
#include "values/stack_guard.hpp"

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <functional>
#include <memory>
#include <string>

using namespace annals;

namespace {

// Runs `work` on a thread of its own with a stack of `size` bytes that we
// allocate and fill with a pattern; returns how many bytes of it were used
// (the deepest byte written, as the stack grows down).
std::size_t stack_used(std::size_t size, const std::function<void()>& work) {
  constexpr unsigned char pattern = 0xA5;
  // A stack of our own has no guard page unless we make one: an overflow
  // must crash here, not write over the heap.
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  void* mapping = mmap(nullptr, size + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  BOOST_REQUIRE(mapping != MAP_FAILED);
  mprotect(mapping, page, PROT_NONE);
  unsigned char* stack = static_cast<unsigned char*>(mapping) + page;
  std::memset(stack, pattern, size);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, stack, size);
  auto run = [](void* f) -> void* {
    (*static_cast<const std::function<void()>*>(f))();
    return nullptr;
  };
  pthread_t thread;
  BOOST_REQUIRE(pthread_create(&thread, &attr, run, const_cast<std::function<void()>*>(&work)) == 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  std::size_t untouched = 0;
  while (untouched < size && stack[untouched] == pattern) ++untouched;
  munmap(mapping, size + page);
  return size - untouched;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Each way a query nests, at `depth` levels.
struct shape {
  const char* name;
  std::function<std::string(int)> text;
};
const shape shapes[] = {
    {"parentheses", [](int d) { return "RETURN " + repeat("(", d) + "1" + repeat(")", d); }},
    {"lists", [](int d) { return "RETURN " + repeat("[", d) + "1" + repeat("]", d); }},
    {"maps", [](int d) { return "RETURN " + repeat("{a: ", d) + "1" + repeat("}", d); }},
    {"function calls", [](int d) { return "RETURN " + repeat("abs(", d) + "1" + repeat(")", d); }},
    {"CASE", [](int d) { return "RETURN " + repeat("CASE WHEN true THEN ", d) + "1" + repeat(" END", d); }},
    {"list comprehensions",
     [](int d) { return "RETURN " + repeat("[x IN ", d) + "[1]" + repeat(" | x]", d); }},
    {"EXISTS subqueries",
     [](int d) { return "MATCH (n) WHERE " + repeat("EXISTS { MATCH (n) WHERE ", d) + "true" + repeat(" }", d) + " RETURN n"; }},
    {"parenthesised patterns", [](int d) { return "MATCH " + repeat("(", d) + "(a)-->(b)" + repeat(")", d) + " RETURN a"; }},
};

// Operators chain without nesting in the grammar, but the expression tree
// they make is as deep as the chain is long.
const shape chains[] = {
    {"a + chain", [](int d) { return "RETURN 1" + repeat(" + 1", d); }},
    {"an AND chain", [](int d) { return "RETURN true" + repeat(" AND true", d); }},
    {"a NOT chain", [](int d) { return "RETURN " + repeat("NOT ", d) + "true"; }},
    {"a property chain", [](int d) { return "WITH {} AS m RETURN m" + repeat(".a", d); }},
};

} // namespace

// The figure database.hpp documents holds for every shape: what 1000 more
// levels cost, divided by 1000, is below stack_bytes_per_level.
BOOST_AUTO_TEST_CASE(one_level_costs_less_than_documented) {
  for (const auto& s : shapes) {
    BOOST_TEST_CONTEXT(s.name) {
      auto used_at = [&](int depth) {
        const std::string text = s.text(depth);
        return stack_used(64 << 20, [&] { parser::parse_statement(text, {0, text.size()}, 2000); });
      };
      const std::size_t shallow = used_at(100), deep = used_at(1100);
      const std::size_t per_level = (deep - shallow) / 1000;
      BOOST_TEST_MESSAGE(s.name << ": " << per_level << " bytes per level");
      BOOST_TEST(per_level > 0u);
      BOOST_TEST(per_level <= stack_bytes_per_level);
    }
  }
}

// At the default limit, every shape runs, start to end, on a thread with the
// stack database.hpp says a query needs.
BOOST_AUTO_TEST_CASE(default_limit_fits_the_documented_stack) {
  database db;
  db.execute("CREATE (:N {a: 1})-[:R]->(:N {a: 2})");
  const std::size_t documented =
      stack_guard::reserve + query_limits{}.max_expression_depth * stack_bytes_per_level;
  for (const auto& s : shapes) {
    BOOST_TEST_CONTEXT(s.name) {
      const std::string text = s.text(static_cast<int>(query_limits{}.max_expression_depth) - 2);
      std::string outcome;
      stack_used(documented, [&] {
        try {
          outcome = std::to_string(db.query(text).size()) + " rows";
        } catch (const error& e) {
          outcome = e.describe();
        }
      });
      // Both nodes pass the EXISTS filter; the pattern matches its one relationship.
      BOOST_TEST(outcome == (std::string(s.name) == "EXISTS subqueries" ? "2 rows" : "1 rows"));
    }
  }
}

// The stages after parsing recurse over the expression tree: a chain at the
// default limit runs on the documented stack, and on a thread with far less
// the evaluator's guard ends it with an error.
BOOST_AUTO_TEST_CASE(operator_chains) {
  database db;
  const std::size_t documented =
      stack_guard::reserve + query_limits{}.max_expression_depth * stack_bytes_per_level;
  for (const auto& s : chains) {
    BOOST_TEST_CONTEXT(s.name) {
      const std::string text = s.text(static_cast<int>(query_limits{}.max_expression_depth) - 2);
      for (const std::size_t stack : {documented, stack_guard::reserve + 16 * 1024}) {
        std::string outcome;
        stack_used(stack, [&] {
          try {
            outcome = std::to_string(db.query(text).size()) + " rows";
          } catch (const error& e) {
            outcome = e.detail();
          }
        });
        if (stack == documented) BOOST_TEST(outcome == "1 rows");
        else BOOST_TEST((outcome == "1 rows" || outcome == "StackExhausted"), outcome);
      }
    }
  }
}

// A thread with less stack than a deep query needs gets an error naming the
// cause, and the same thread goes on to run a shallow query.
BOOST_AUTO_TEST_CASE(too_little_stack_is_an_error) {
  database db;
  const std::string text = shapes[0].text(1500);
  std::string deep, shallow;
  stack_used(256 << 10, [&] {
    query_limits limits;
    limits.max_expression_depth = 2000;
    try {
      db.query(text, {}, limits);
      deep = "(no error)";
    } catch (const error& e) {
      deep = e.detail() + ": " + e.message();
    }
    shallow = to_cypher(db.query("RETURN (((1))) AS x")[0][0]);
  });
  // The evaluator's guard: a chain the parser takes in one level, evaluated
  // 450 levels deep.
  std::string chain;
  stack_used(stack_guard::reserve + 32 * 1024, [&] {
    query_limits limits;
    limits.max_expression_depth = 2000;
    try {
      db.query(chains[0].text(450), {}, limits);
      chain = "(no error)";
    } catch (const error& e) {
      chain = e.detail() + ": " + e.message();
    }
  });
  BOOST_TEST(chain.starts_with("StackExhausted: an expression nested "), chain);
  BOOST_TEST(deep.starts_with("StackExhausted: an expression nested "), deep);
  // 4 KB in a normal build (database.hpp documents that figure); more under AddressSanitizer.
  const std::string per_level = std::to_string(stack_bytes_per_level / 1024) + " KB";
  BOOST_TEST(deep.find(" levels deep needs more stack than this thread has; run the query on a thread with a larger "
                       "stack (about " + per_level + " per level of max_expression_depth, see database.hpp) or nest less") !=
             std::string::npos);
  BOOST_TEST(shallow == "1");
}
