// The concurrency model of include/annals/database.hpp: readers side by side,
// one writer at a time, every statement all-or-nothing whatever other threads
// do, snapshots of one state, prepared statements shared by threads and
// re-planned when the schema changes. Run under ThreadSanitizer by
// `./build.sh test-tsan`, which must report nothing.
#define BOOST_TEST_MODULE concurrency
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/support/printing.hpp"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

using namespace annals;

namespace {

std::int64_t int_of(const value& v) { return v.as<std::int64_t>(); }

std::string refusal(const std::function<void()>& run) {
  try {
    run();
  } catch (const error& e) {
    return e.category() + "." + e.detail();
  }
  return "accepted";
}

// A fresh directory per test, removed afterwards.
struct scratch_dir {
  std::filesystem::path path;
  scratch_dir() {
    path = std::filesystem::temp_directory_path() /
           ("annals-concurrency-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~scratch_dir() { std::filesystem::remove_all(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

// Five P pairs joined by :L per batch; a failing batch makes its ten nodes and
// then breaks the primary key, so all-or-nothing leaves counts in tens.
const char* batch_schema = "CREATE NODE TABLE P(k INT64, batch INT64, PRIMARY KEY(k));"
                     "CREATE REL TABLE L(FROM P TO P);"
                     "CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (a:P)-[:L]->(b:P) RETURN a, b";
const char* good_batch = "UNWIND range(0, 4) AS i "
                         "CREATE (:P {k: $base + 2 * i, batch: $base})-[:L]->(:P {k: $base + 2 * i + 1, batch: $base})";
const char* bad_batch = "UNWIND range(0, 5) AS i "
                        "CREATE (:P {k: $base + 2 * (i % 5), batch: $base})-[:L]->(:P {k: $base + 2 * (i % 5) + 1})";

} // namespace

BOOST_AUTO_TEST_CASE(readers_writer_and_saver_never_see_part_of_a_statement) {
  scratch_dir dir;
  database db;
  db.execute(batch_schema);
  constexpr int batches = 120;
  std::atomic<bool> writing{true};
  std::atomic<int> failures_seen{0}, reads{0};
  std::mutex problems_mutex;
  std::vector<std::string> problems;
  auto problem = [&](std::string p) {
    std::lock_guard g(problems_mutex);
    if (problems.size() < 20) problems.push_back(std::move(p));
  };

  std::thread writer([&] {
    for (int b = 0; b < batches; ++b) {
      const value_map params{{"base", value(std::int64_t{b} * 100)}};
      if (b % 3 == 2) {
        if (refusal([&] { db.query(bad_batch, params); }) == "accepted") problem("a failing batch was accepted");
        else ++failures_seen;
      } else {
        db.query(good_batch, params);
      }
    }
    writing = false;
  });
  auto prepared = db.prepare("MATCH (n:P) WITH count(n) AS nodes OPTIONAL MATCH (:P)-[r:LINKED]->(:P) "
                             "RETURN nodes, count(r) AS linked");
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t)
    readers.emplace_back([&, t] {
      std::int64_t last = 0;
      do {
        // Thread 0 shares one prepared statement with thread 1; thread 2 runs text.
        const result r = t < 2 ? prepared.run()
                               : db.query("MATCH (n:P) WITH count(n) AS nodes OPTIONAL MATCH (:P)-[r:LINKED]->(:P) "
                                          "RETURN nodes, count(r) AS linked");
        const auto nodes = int_of(r[0][0]), linked = int_of(r[0][1]);
        if (nodes % 10 != 0) problem("saw " + std::to_string(nodes) + " nodes: part of a batch");
        if (linked * 2 != nodes) problem("LINKED has " + std::to_string(linked) + " for " + std::to_string(nodes) + " nodes");
        if (nodes < last) problem("the node count went back from " + std::to_string(last));
        last = nodes;
        ++reads;
        // A reader of a constant alone must not disturb the writer's transactions either.
        if (int_of(db.query("RETURN 1 AS one")[0][0]) != 1) problem("RETURN 1 answered otherwise");
      } while (writing);
    });
  std::vector<std::filesystem::path> saved;
  std::thread saver([&] {
    for (int i = 0; writing; ++i) {
      saved.push_back(dir.path / ("s" + std::to_string(i) + ".annals"));
      db.save(saved.back());
    }
  });
  writer.join();
  for (auto& r : readers) r.join();
  saver.join();

  BOOST_TEST(problems == std::vector<std::string>{}, boost::test_tools::per_element());
  BOOST_TEST(failures_seen.load() == batches / 3);
  BOOST_TEST(reads.load() > 0);
  const auto good = batches - batches / 3;
  BOOST_TEST(int_of(db.query("MATCH (n:P) RETURN count(n)")[0][0]) == good * 10);
  BOOST_TEST(int_of(db.query("MATCH ()-[r:LINKED]->() RETURN count(r)")[0][0]) == good * 5);
  // Every snapshot taken while the writer ran opens, and holds whole batches.
  BOOST_TEST(!saved.empty());
  for (const auto& file : saved) {
    database copy;
    copy.open(file);
    const auto n = int_of(copy.query("MATCH (n:P) RETURN count(n)")[0][0]);
    BOOST_TEST(n % 10 == 0, file << " holds " << n << " nodes");
    BOOST_TEST(int_of(copy.query("MATCH ()-[r:LINKED]->() RETURN count(r)")[0][0]) * 2 == n);
  }
}

BOOST_AUTO_TEST_CASE(profile_counts_belong_to_each_run) {
  database db;
  db.execute("UNWIND range(1, 7) AS i CREATE (:N {i: i})");
  auto p = db.prepare("PROFILE MATCH (n:N) RETURN n.i");
  // Counters in a shared plan would add up run after run (and race between threads).
  std::vector<std::thread> threads;
  std::vector<std::string> plans(4);
  for (std::size_t t = 0; t < plans.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) plans[t] = p.run().plan();
    });
  for (auto& t : threads) t.join();
  for (const auto& plan : plans) BOOST_TEST(plan.find("NodeScan n:N  (rows: 7,") != std::string::npos, plan);
  BOOST_TEST(db.query("EXPLAIN MATCH (n:N) RETURN n.i").plan().find("rows:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_waiting_writer_honours_its_timeout_and_cancel) {
  database db;
  db.execute("CREATE (:N); UNWIND range(1, 300) AS i CREATE (:M)");
  std::atomic<bool> stop_reader{false};
  query_limits reader_limits;
  reader_limits.cancel = &stop_reader;
  std::string reader_outcome;
  // A long read holds the lock shared until it is cancelled.
  std::thread reader([&] {
    reader_outcome = refusal([&] { db.query("MATCH (a:M), (b:M), (c:M), (d:M) RETURN count(*)", {}, reader_limits); });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  query_limits quick;
  quick.timeout = std::chrono::milliseconds(50);
  std::string timed_out;
  try {
    db.query("CREATE (:N)", {}, quick);
  } catch (const error& e) {
    timed_out = e.detail() + ": " + e.message();
  }
  std::atomic<bool> cancel_writer{false};
  query_limits cancellable;
  cancellable.cancel = &cancel_writer;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    cancel_writer = true;
  });
  const auto cancelled = refusal([&] { db.query("CREATE (:N)", {}, cancellable); });
  canceller.join();
  stop_reader = true;
  reader.join();
  BOOST_TEST(timed_out == "Timeout: query waited longer than the time limit of 50 ms for another statement to finish; "
                          "raise database::limits().timeout");
  BOOST_TEST(cancelled == "RuntimeError.Cancelled");
  BOOST_TEST(reader_outcome == "RuntimeError.Cancelled");
  BOOST_TEST(int_of(db.query("MATCH (n:N) RETURN count(n)")[0][0]) == 1); // neither waiting writer wrote
}

BOOST_AUTO_TEST_CASE(a_prepared_statement_outliving_its_database_says_so) {
  std::optional<prepared_statement> p;
  {
    database db;
    db.execute("CREATE (:N {i: 1})");
    p.emplace(db.prepare("MATCH (n:N) RETURN n.i"));
    BOOST_TEST(int_of(p->run()[0][0]) == 1);
  }
  std::string message;
  try {
    p->run();
  } catch (const runtime_error& e) {
    message = e.detail() + ": " + e.message();
  }
  BOOST_TEST(message == "DatabaseClosed: the database of this prepared statement was destroyed; prepare it again on "
                        "an open database");
}

BOOST_AUTO_TEST_CASE(a_prepared_statement_plans_again_after_the_schema_changes) {
  database db;
  db.execute("CREATE NODE TABLE Person(name STRING, nick STRING, PRIMARY KEY(name));"
             "CREATE (:Person {name: 'Benito Juárez', nick: 'Benemérito'})");
  auto by_name = db.prepare("MATCH (p:Person {name: $v}) RETURN p.nick");
  BOOST_TEST(by_name.run({{"v", value("Benito Juárez")}})[0][0].as<std::string>() == "Benemérito");
  // The same table name with another key: a plan seeking the old key would answer wrongly.
  db.execute("DROP TABLE Person; CREATE NODE TABLE Person(name STRING, nick STRING, PRIMARY KEY(nick));"
             "CREATE (:Person {name: 'Porfirio Díaz', nick: 'Don Porfirio'})");
  const result r = by_name.run({{"v", value("Porfirio Díaz")}});
  BOOST_TEST(r.size() == 1u);
  if (r.size() == 1) BOOST_TEST(r[0][0].as<std::string>() == "Don Porfirio");
  // open() replaces the graph and its symbols: the plan follows.
  scratch_dir dir;
  {
    database other;
    other.execute("CREATE NODE TABLE Person(name STRING, nick STRING, PRIMARY KEY(name));"
                  "CREATE (:Person {name: 'Ignacio Zaragoza', nick: 'el General'})");
    other.save(dir.path / "other.annals");
  }
  db.open(dir.path / "other.annals");
  BOOST_TEST(by_name.run({{"v", value("Ignacio Zaragoza")}})[0][0].as<std::string>() == "el General");
  BOOST_TEST(by_name.run({{"v", value("Porfirio Díaz")}}).size() == 0u);
}

BOOST_AUTO_TEST_CASE(readers_naming_new_labels_plan_as_writers_once) {
  // A plan names labels and types as symbols; a reader seeing a name for the
  // first time must not add it to the symbol table while other readers read it.
  database db;
  db.execute("CREATE (:A)-[:R]->(:B)");
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const std::string label = "New" + std::to_string(t) + "_" + std::to_string(i);
        if (db.query("MATCH (n:" + label + ")-[:T" + label + "]->() RETURN count(n)")[0][0].as<std::int64_t>() != 0) ++wrong;
        if (db.query("MATCH (a:A)-[:R]->(b:B) RETURN count(*)")[0][0].as<std::int64_t>() != 1) ++wrong;
      }
    });
  for (auto& t : threads) t.join();
  BOOST_TEST(wrong.load() == 0);
}
