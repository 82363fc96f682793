// The file-access policy of COPY (storage::read_import_file, database::imports()):
// regular files only, inside the import directory. The bad-input catalogue
// (tests/bad_inputs/queries/copy-*) has the refusals as data; these are the
// settings themselves.
#define BOOST_TEST_MODULE import file
#include <boost/test/unit_test.hpp>

#include "storage/import_file.hpp"

#include "annals/database.hpp"
#include "tests/support/printing.hpp"

#include <filesystem>
#include <fstream>
#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace annals;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir() {
  const auto dir = fs::weakly_canonical(fs::path(ANNALS_BINARY_DIR) / "import_file_test" /
                                        boost::unit_test::framework::current_test_case().p_name.get());
  fs::remove_all(dir);
  fs::create_directories(dir / "import");
  std::ofstream(dir / "import" / "notes.csv") << "text\ninside\n";
  std::ofstream(dir / "outside.csv") << "text\nsecret\n";
  return dir;
}

std::string failure(const std::function<void()>& f) {
  try {
    f();
  } catch (const error& e) {
    return e.detail() + ": " + e.message();
  }
  return "no error";
}

std::string outside(const std::string& file, const fs::path& root) {
  return "OutsideImportDirectory: " + file + ": outside the import directory " + root.string() +
         ", the only place COPY reads from (choose it with --import-dir DIR or database::imports().directory; "
         "--import-any-file or imports().allow_any_file reads any file)";
}

std::size_t notes(database& db) {
  return static_cast<std::size_t>(db.query("MATCH (n:Note) RETURN count(n)")[0][0].as<std::int64_t>());
}

} // namespace

BOOST_AUTO_TEST_CASE(reads_inside_the_directory_only) {
  const auto dir = fresh_dir();
  import_policy policy;
  policy.directory = dir / "import";
  BOOST_TEST(storage::read_import_file(dir / "import" / "notes.csv", &policy) == "text\ninside\n");
  BOOST_TEST(storage::read_import_file(dir / "import" / "." / "notes.csv", &policy) == "text\ninside\n");
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "outside.csv", &policy); }) ==
             outside((dir / "outside.csv").string(), dir / "import"));
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "import" / ".." / "outside.csv", &policy); }) ==
             outside((dir / "import" / ".." / "outside.csv").string(), dir / "import"));
  // A directory whose name only starts like the import directory's is not inside it.
  fs::create_directories(dir / "import2");
  std::ofstream(dir / "import2" / "x.csv") << "text\n";
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "import2" / "x.csv", &policy); }) ==
             outside((dir / "import2" / "x.csv").string(), dir / "import"));
  // Symlinks count where they lead.
  fs::create_symlink("../outside.csv", dir / "import" / "out-link.csv");
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "import" / "out-link.csv", &policy); }) ==
             outside((dir / "import" / "out-link.csv").string(), dir / "import"));
  fs::create_symlink("notes.csv", dir / "import" / "in-link.csv");
  BOOST_TEST(storage::read_import_file(dir / "import" / "in-link.csv", &policy) == "text\ninside\n");
  // An import directory reached through a symlink is the directory it names.
  fs::create_symlink("import", dir / "import-link");
  policy.directory = dir / "import-link";
  BOOST_TEST(storage::read_import_file(dir / "import" / "notes.csv", &policy) == "text\ninside\n");

  policy.allow_any_file = true;
  BOOST_TEST(storage::read_import_file(dir / "outside.csv", &policy) == "text\nsecret\n");
  BOOST_TEST(storage::read_import_file(dir / "outside.csv", nullptr) == "text\nsecret\n");
  // Never anything but a regular file, whatever the policy.
  BOOST_TEST(::mkfifo((dir / "import" / "fifo").c_str(), 0644) == 0);
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "import" / "fifo", &policy); }) ==
             "CannotRead: " + (dir / "import" / "fifo").string() + ": cannot read: not a regular file");
  BOOST_TEST(failure([&] { storage::read_import_file("/dev/zero", nullptr); }) ==
             "CannotRead: /dev/zero: cannot read: not a regular file");

  policy = {};
  policy.directory = dir / "missing";
  BOOST_TEST(failure([&] { storage::read_import_file(dir / "import" / "notes.csv", &policy); }) ==
             "NoImportDirectory: " + (dir / "import" / "notes.csv").string() + ": the import directory " +
                 (dir / "missing").string() + " cannot be used (No such file or directory)");
}

BOOST_AUTO_TEST_CASE(copy_follows_the_database_setting) {
  const auto dir = fresh_dir();
  database db;
  db.imports().directory = dir / "import";
  // Relative paths and patterns start in the import directory.
  BOOST_TEST(db.query("COPY Note FROM 'notes.csv'")[0][0] == value("1 rows loaded into Note"));
  BOOST_TEST(db.query("COPY Note FROM '*.csv'")[0][0] == value("1 rows loaded into Note"));
  BOOST_TEST(failure([&] { db.query("COPY Note FROM '../outside.csv'"); }) ==
             outside((dir / "import" / ".." / "outside.csv").string(), dir / "import"));
  // All or nothing: the file inside is not loaded either.
  BOOST_TEST(failure([&] { db.query("COPY Note FROM ['notes.csv', '" + (dir / "outside.csv").string() + "']"); }) ==
             outside((dir / "outside.csv").string(), dir / "import"));
  BOOST_TEST(notes(db) == 2u);
  db.imports().allow_any_file = true;
  BOOST_TEST(db.query("COPY Note FROM '" + (dir / "outside.csv").string() + "'")[0][0] ==
             value("1 rows loaded into Note"));
  BOOST_TEST(notes(db) == 3u);
}

BOOST_AUTO_TEST_CASE(by_default_the_current_directory_tree) {
  const auto dir = fresh_dir();
  const auto before = fs::current_path();
  fs::current_path(dir / "import");
  database db;
  const auto inside = failure([&] { db.query("COPY Note FROM 'notes.csv'"); });
  const auto relative_out = failure([&] { db.query("COPY Note FROM '../outside.csv'"); });
  const auto absolute_out = failure([&] { db.query("COPY Note FROM '/etc/passwd'"); });
  fs::current_path(before);
  BOOST_TEST(inside == "no error");
  BOOST_TEST(relative_out == outside("../outside.csv", dir / "import"));
  BOOST_TEST(absolute_out == outside("/etc/passwd", dir / "import"));
  BOOST_TEST(notes(db) == 1u);
}
