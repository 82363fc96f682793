// Durable databases (database(path), lib/storage/write_ahead_log.cpp and
// change_log.cpp): every acknowledged statement survives a crash at any
// moment, none that was not acknowledged shows, torn tails are cut
// record-exactly with a note, ids are kept, and one process holds the lock.
// Crashes are real: a forked child is SIGKILLed, or leaves with _exit (no
// destructor, so no checkpoint at close).
#define BOOST_TEST_MODULE write_ahead_log
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/support/printing.hpp"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace annals;
namespace fs = std::filesystem;

namespace {

struct scratch_dir {
  fs::path path;
  explicit scratch_dir(const std::string& name) {
    path = fs::temp_directory_path() / ("annals-wal-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~scratch_dir() { fs::remove_all(path); }
};

std::int64_t count_of(database& db, const std::string& q) { return db.query(q)[0][0].as<std::int64_t>(); }

// Runs `child` in a forked process. Returns the child's exit status.
// A child that ends with crash() leaves without running destructors: its
// database is not closed (nor checkpointed), as in a crash.
int in_child(const std::function<void()>& child) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    int status = 0;
    try {
      child();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "child: %s\n", e.what());
      status = 3;
    }
    ::_exit(status);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ids_and_names(database& db) {
  std::string out;
  for (const auto& row : db.query("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
                                  "RETURN id(n), labels(n), n.name, id(r), type(r), r.w, id(m) ORDER BY id(n), id(r)"))
    for (const auto& v : row) out += to_cypher(v) + (&v == &row.back() ? "\n" : " ");
  return out;
}

[[noreturn]] void crash() { ::_exit(0); }

} // namespace

BOOST_AUTO_TEST_CASE(committed_statements_survive_a_crash_with_their_ids) {
  scratch_dir dir("ids");
  const auto file = dir.path / "g.annals";
  std::string before;
  // The child builds a graph whose ids have gaps: a failed statement, deleted
  // nodes, derived relationships taking ids, then crashes.
  const int status = in_child([&] {
    database db(file);
    db.execute("CREATE NODE TABLE P(name STRING, PRIMARY KEY(name)); CREATE REL TABLE K(FROM P TO P, w INT64);"
               "CREATE DERIVED REL TABLE BACK(FROM P TO P) AS MATCH (a:P)-[:K]->(b:P) RETURN b, a");
    db.execute("CREATE (:P {name: 'a'})-[:K {w: 1}]->(:P {name: 'b'})");
    try {
      db.execute("CREATE (:P {name: 'c'}), (:P {name: 'a'})"); // the key repeats: nothing stays
    } catch (const error&) {
    }
    db.query("MATCH ()-[r:BACK]->() RETURN count(r)"); // derived relationships take ids
    db.execute("CREATE (:P {name: 'd'})-[:K {w: 2}]->(:P {name: 'e'})");
    db.execute("MATCH (n:P {name: 'd'}) SET n.name = 'D' REMOVE n:Gone SET n:Extra");
    db.execute("MATCH (n:P {name: 'b'}) DETACH DELETE n");
    std::ofstream(dir.path / "before.txt") << ids_and_names(db);
    crash();
  });
  BOOST_REQUIRE(status == 0);
  std::ifstream in(dir.path / "before.txt");
  before.assign(std::istreambuf_iterator<char>(in), {});
  BOOST_TEST(before.find("'D'") != std::string::npos);
  BOOST_TEST(fs::file_size(fs::path(file.string() + ".wal")) > 32u); // the crash left records to replay
  database db(file);
  BOOST_TEST(db.recovery_notes() == std::vector<std::string>{}, boost::test_tools::per_element());
  BOOST_TEST(ids_and_names(db) == before);
  BOOST_TEST(count_of(db, "MATCH ()-[r:BACK]->() RETURN count(r)") == 1); // derived types work after replay
}

BOOST_AUTO_TEST_CASE(a_sigkill_at_any_moment_loses_no_acknowledged_statement) {
  scratch_dir dir("kill");
  const auto file = dir.path / "g.annals";
  {
    database db(file);
    db.execute("CREATE NODE TABLE T(i INT64, PRIMARY KEY(i))");
  }
  std::mt19937 random(20261202);
  std::int64_t acknowledged_total = 0;
  for (int round = 0; round < 12; ++round) {
    int pipe_fds[2];
    BOOST_REQUIRE(::pipe(pipe_fds) == 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(pipe_fds[0]);
      try {
        // A small checkpoint threshold, so that some kills land inside checkpoints.
        durability_options small;
        small.checkpoint_bytes = 2048;
        database db(file, small);
        for (std::int64_t i = 0;; ++i) {
          db.query("UNWIND range(1, 10) AS j CREATE (:T {i: $base + j})", {{"base", value((round * 100000 + i) * 10)}});
          const char ack = 1; // acknowledged: the statement returned
          if (::write(pipe_fds[1], &ack, 1) != 1) ::_exit(4);
        }
      } catch (...) {
        ::_exit(3);
      }
    }
    ::close(pipe_fds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 300)(random)));
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    std::int64_t acks = 0;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) acks += n;
    ::close(pipe_fds[0]);
    database db(file);
    const auto nodes = count_of(db, "MATCH (t:T) RETURN count(t)");
    // Every acknowledged statement is there; at most the one in flight besides, and whole.
    BOOST_TEST(nodes % 10 == 0);
    BOOST_TEST(nodes >= (acknowledged_total + acks) * 10, "round " << round);
    BOOST_TEST(nodes <= (acknowledged_total + acks + 1) * 10, "round " << round);
    acknowledged_total = nodes / 10;
  }
  BOOST_TEST(acknowledged_total > 12); // the children wrote, not just opened
}

BOOST_AUTO_TEST_CASE(a_torn_tail_is_cut_at_the_first_bad_record_and_the_rest_kept) {
  scratch_dir dir("torn");
  const auto file = dir.path / "g.annals";
  const auto wal = fs::path(file.string() + ".wal");
  BOOST_REQUIRE(in_child([&] {
                  database db(file);
                  for (int i = 1; i <= 5; ++i) db.query("CREATE (:T {i: $i})", {{"i", value(std::int64_t{i})}});
                  crash();
                }) == 0);
  const auto full = fs::file_size(wal);
  // Cut the last record in the middle: its statement was never acknowledged.
  fs::resize_file(wal, full - 7);
  std::vector<std::string> notes;
  {
    database db(file);
    BOOST_TEST(count_of(db, "MATCH (t:T) RETURN max(t.i)") == 4);
    BOOST_TEST(count_of(db, "MATCH (t:T) RETURN count(t)") == 4);
    notes = db.recovery_notes();
  }
  BOOST_REQUIRE(notes.size() == 1u);
  const auto record_size = (full - 32) / 5;
  const auto at = 32 + 4 * record_size;
  BOOST_TEST(notes[0] == wal.string() + ": record 5 at byte " + std::to_string(at) +
                             " is incomplete: it runs past the end of the file (" + std::to_string(record_size - 16) +
                             " bytes announced); the 4 records before it were recovered and the last " +
                             std::to_string(record_size - 7) + " bytes of the log discarded");
}

BOOST_AUTO_TEST_CASE(a_damaged_record_is_refused_by_its_checksum) {
  scratch_dir dir("flip");
  const auto file = dir.path / "g.annals";
  const auto wal = fs::path(file.string() + ".wal");
  BOOST_REQUIRE(in_child([&] {
                  database db(file);
                  for (int i = 1; i <= 3; ++i) db.query("CREATE (:T {i: $i})", {{"i", value(std::int64_t{i})}});
                  crash();
                }) == 0);
  const auto size = fs::file_size(wal);
  {
    std::fstream f(wal, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size - 3));
    f.put('\x5a');
  }
  database db(file);
  BOOST_TEST(count_of(db, "MATCH (t:T) RETURN count(t)") == 2);
  BOOST_REQUIRE(db.recovery_notes().size() == 1u);
  BOOST_TEST(db.recovery_notes()[0].find("record 3 at byte") != std::string::npos);
  BOOST_TEST(db.recovery_notes()[0].find("its checksum does not match; the 2 records before it were recovered") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_second_writer_is_refused_by_the_lock) {
  scratch_dir dir("lock");
  const auto file = dir.path / "g.annals";
  database db(file);
  db.execute("CREATE (:T {i: 1})");
  std::string message;
  try {
    database again(file);
  } catch (const runtime_error& e) {
    message = e.detail() + ": " + e.message();
  }
  BOOST_TEST(message == "DatabaseLocked: " + file.string() +
                            ".wal is locked: the database is open for writing in another process (or another "
                            "annals::database of this one); close it there first");
  // Another process too (flock is per open file, so this is what a second process sees).
  BOOST_TEST(in_child([&] { database other(file); }) == 3);
  BOOST_TEST(count_of(db, "MATCH (t:T) RETURN count(t)") == 1);
}

BOOST_AUTO_TEST_CASE(an_interrupted_checkpoint_replays_nothing_twice) {
  scratch_dir dir("checkpoint");
  const auto file = dir.path / "g.annals";
  const auto wal = fs::path(file.string() + ".wal");
  fs::path old_log = dir.path / "old.wal";
  BOOST_REQUIRE(in_child([&] {
                  database db(file);
                  db.execute("CREATE (:T {i: 1}), (:T {i: 2})");
                  // The log as it was before the checkpoint below.
                  fs::copy_file(wal, old_log);
                  db.checkpoint();
                }) == 0);
  // As if the process died after the new snapshot was in place but before the log was emptied.
  fs::copy_file(old_log, wal, fs::copy_options::overwrite_existing);
  database db(file);
  BOOST_TEST(count_of(db, "MATCH (t:T) RETURN count(t)") == 2);
  BOOST_REQUIRE(db.recovery_notes().size() == 1u);
  BOOST_TEST(db.recovery_notes()[0] ==
             wal.string() + ": the log follows an earlier snapshot (a checkpoint was interrupted after the new "
                            "snapshot was written); the snapshot holds its records, so the log was emptied");
}

BOOST_AUTO_TEST_CASE(ddl_copy_and_the_cpp_api_are_logged_too) {
  scratch_dir dir("ddl");
  const auto file = dir.path / "g.annals";
  {
    std::ofstream(dir.path / "p.csv") << "name,born\nJuárez,1806-03-21\nDíaz,1830\n";
  }
  BOOST_REQUIRE(in_child([&] {
                  database db(file);
                  db.imports().directory = dir.path;
                  db.declare(node_table{"City", {{"name", data_type{data_type::base::string}}}, "name"});
                  db.add_node({"City"}, {{"name", value("Puebla")}});
                  db.execute("CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name))");
                  db.execute("COPY Person FROM '" + (dir.path / "p.csv").string() + "'");
                  db.execute("CREATE NODE TABLE Gone(x INT64, PRIMARY KEY(x)); DROP TABLE Gone");
                  crash();
                }) == 0);
  fs::remove(dir.path / "p.csv"); // replay must not need the file again
  database db(file);
  BOOST_TEST(count_of(db, "MATCH (c:City {name: 'Puebla'}) RETURN count(c)") == 1);
  BOOST_TEST(db.query("MATCH (p:Person) RETURN p.born ORDER BY p.name")[0][0].as<partial_date>().to_string() == "1830");
  BOOST_TEST(db.schema().find_node_table("Gone") == nullptr);
  BOOST_TEST(db.schema().find_node_table("Person") != nullptr);
}

BOOST_AUTO_TEST_CASE(save_to_its_own_file_is_a_checkpoint_and_close_checkpoints) {
  scratch_dir dir("own");
  const auto file = dir.path / "g.annals";
  const auto wal = fs::path(file.string() + ".wal");
  {
    database db(file);
    db.execute("CREATE (:T {i: 1})");
    BOOST_TEST(fs::file_size(wal) > 32u);
    db.save(file);
    BOOST_TEST(fs::file_size(wal) == 32u);
    db.execute("CREATE (:T {i: 2})");
  }
  BOOST_TEST(fs::file_size(wal) == 32u); // closing checkpointed
  database plain;
  plain.open(file);
  BOOST_TEST(count_of(plain, "MATCH (t:T) RETURN count(t)") == 2);
}

BOOST_AUTO_TEST_CASE(a_missing_snapshot_with_a_log_is_refused) {
  scratch_dir dir("missing");
  const auto file = dir.path / "g.annals";
  BOOST_REQUIRE(in_child([&] {
                  database db(file);
                  db.execute("CREATE (:T)");
                  crash();
                }) == 0);
  fs::remove(file);
  std::string message;
  try {
    database db(file);
  } catch (const load_error& e) {
    message = e.message();
  }
  BOOST_TEST(message == file.string() + ": the snapshot is missing but its log " + file.string() +
                            ".wal is not empty; restore the snapshot, or remove the log to start an empty database");
}
