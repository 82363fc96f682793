// Script files (storage::read_script_file, database::load_script): regular
// files up to 256 MiB; a FIFO, a device or a huge file is refused at once.
#define BOOST_TEST_MODULE script file
#include <boost/test/unit_test.hpp>

#include "storage/script_file.hpp"

#include "annals/database.hpp"

#include <filesystem>
#include <fstream>
#include <functional>

#include <sys/stat.h>

using namespace annals;
namespace fs = std::filesystem;

namespace {

std::string failure(const std::function<void()>& f) {
  try {
    f();
  } catch (const error& e) {
    return e.detail() + ": " + e.message();
  }
  return "no error";
}

} // namespace

BOOST_AUTO_TEST_CASE(only_regular_files_of_a_bounded_size) {
  const auto dir = fs::path(ANNALS_BINARY_DIR) / "script_file_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "ok.cypher") << "CREATE (:Note {text: 'loaded'}); MATCH (n:Note) RETURN n.text";
  database db;
  BOOST_TEST(db.load_script(dir / "ok.cypher").size() == 1u);
  BOOST_TEST(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  BOOST_TEST(failure([&] { db.load_script(dir / "fifo"); }) ==
             "CannotRead: cannot read " + (dir / "fifo").string() + ": not a regular file");
  BOOST_TEST(failure([&] { db.load_script("/dev/zero"); }) == "CannotRead: cannot read /dev/zero: not a regular file");
  { std::ofstream(dir / "huge.cypher") << "RETURN 1"; }
  fs::resize_file(dir / "huge.cypher", storage::max_script_bytes + 1); // sparse: costs nothing
  BOOST_TEST(failure([&] { db.load_script(dir / "huge.cypher"); }) ==
             "ScriptTooBig: cannot read " + (dir / "huge.cypher").string() + ": the script is " +
                 std::to_string(storage::max_script_bytes + 1) +
                 " bytes, more than the 256 MiB a script may have; load data with COPY from CSV files instead");
  BOOST_TEST(failure([&] { storage::read_script_file(dir / "missing.cypher"); }) ==
             "CannotRead: cannot read " + (dir / "missing.cypher").string() + ": No such file or directory");
  fs::remove_all(dir);
}
