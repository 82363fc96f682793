// storage::atomic_file and write_file_atomically: a file is replaced whole or
// not at all. A full disk is simulated with RLIMIT_FSIZE (write fails with
// EFBIG past the limit, as it fails with ENOSPC on a full disk).
#define BOOST_TEST_MODULE atomic file
#include <boost/test/unit_test.hpp>

#include "storage/atomic_file.hpp"

#include "annals/atomic_write.hpp"
#include "annals/error.hpp"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace annals;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir() {
  const auto dir =
      fs::path(ANNALS_BINARY_DIR) / "atomic_file_test" / boost::unit_test::framework::current_test_case().p_name.get();
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void put(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string failure(const std::function<void()>& f) {
  try {
    f();
  } catch (const error& e) {
    return e.detail() + ": " + e.message();
  }
  return "no error";
}

void write_text(const fs::path& file, const std::string& text) {
  write_file_atomically(file, [&](std::ostream& out) { out << text; });
}

// Files of this process may not grow past `bytes` while it lives.
struct file_size_limit {
  rlimit old{};
  explicit file_size_limit(rlim_t bytes) {
    std::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of the signal ending the process
    ::getrlimit(RLIMIT_FSIZE, &old);
    rlimit lower = old;
    lower.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &lower);
  }
  ~file_size_limit() { ::setrlimit(RLIMIT_FSIZE, &old); }
};

} // namespace

BOOST_AUTO_TEST_CASE(writes_the_whole_file_and_leaves_nothing_else) {
  const auto dir = fresh_dir();
  write_text(dir / "a.txt", "first");
  write_text(dir / "a.txt", "second");
  BOOST_TEST(read(dir / "a.txt") == "second");
  BOOST_TEST(entries(dir) == std::vector<std::string>{"a.txt"}, boost::test_tools::per_element());
  struct stat st {};
  ::stat((dir / "a.txt").c_str(), &st);
  BOOST_TEST((st.st_mode & 0777) == 0644u);
  // The permissions of the file replaced are kept.
  ::chmod((dir / "a.txt").c_str(), 0600);
  write_text(dir / "a.txt", "third");
  ::stat((dir / "a.txt").c_str(), &st);
  BOOST_TEST((st.st_mode & 0777) == 0600u);
}

BOOST_AUTO_TEST_CASE(a_full_disk_leaves_the_old_file_and_no_temporary) {
  const auto dir = fresh_dir();
  put(dir / "a.txt", "old");
  put(dir / "new-ignored", "");
  fs::remove(dir / "new-ignored");
  const std::string big(1 << 20, 'x');
  {
    file_size_limit limit(64 * 1024);
    BOOST_TEST(failure([&] { write_text(dir / "a.txt", big); }) ==
               "CannotWrite: " + (dir / "a.txt").string() + ": cannot write: write failed (File too large)");
    BOOST_TEST(failure([&] { write_text(dir / "b.txt", big); }) ==
               "CannotWrite: " + (dir / "b.txt").string() + ": cannot write: write failed (File too large)");
  }
  BOOST_TEST(read(dir / "a.txt") == "old");
  BOOST_TEST(entries(dir) == std::vector<std::string>{"a.txt"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_exception_while_writing_leaves_nothing) {
  const auto dir = fresh_dir();
  BOOST_CHECK_THROW(write_file_atomically(dir / "a.txt",
                                          [](std::ostream& out) {
                                            out << "half";
                                            throw std::runtime_error("stop");
                                          }),
                    std::runtime_error);
  BOOST_TEST(entries(dir).empty());
}

BOOST_AUTO_TEST_CASE(symlinks_are_written_through) {
  const auto dir = fresh_dir();
  fs::create_directories(dir / "real");
  put(dir / "real" / "target.txt", "old");
  fs::create_symlink("real/target.txt", dir / "link.txt");
  write_text(dir / "link.txt", "new");
  BOOST_TEST(fs::is_symlink(dir / "link.txt"));
  BOOST_TEST(read(dir / "real" / "target.txt") == "new");
  // The temporary file was beside the target, so nothing is left beside the link either.
  BOOST_TEST(entries(dir) == (std::vector<std::string>{"link.txt", "real"}), boost::test_tools::per_element());
  BOOST_TEST(entries(dir / "real") == std::vector<std::string>{"target.txt"}, boost::test_tools::per_element());
  // A dangling link names the file to create.
  fs::create_symlink("real/made.txt", dir / "dangling.txt");
  write_text(dir / "dangling.txt", "made");
  BOOST_TEST(fs::is_symlink(dir / "dangling.txt"));
  BOOST_TEST(read(dir / "real" / "made.txt") == "made");
  // A loop of links.
  fs::create_symlink("loop2", dir / "loop1");
  fs::create_symlink("loop1", dir / "loop2");
  BOOST_TEST(failure([&] { write_text(dir / "loop1", "x"); }) ==
             "CannotWrite: " + (dir / "loop1").string() +
                 ": cannot write: too many levels of symlinks (Too many levels of symbolic links)");
}

BOOST_AUTO_TEST_CASE(what_is_not_a_writable_regular_file_is_refused) {
  const auto dir = fresh_dir();
  put(dir / "ro.txt", "keep");
  ::chmod((dir / "ro.txt").c_str(), 0444);
  BOOST_TEST(failure([&] { write_text(dir / "ro.txt", "x"); }) ==
             "ReadOnlyFile: " + (dir / "ro.txt").string() +
                 ": cannot write: it is read-only (make it writable first, or write elsewhere)");
  BOOST_TEST(read(dir / "ro.txt") == "keep");
  BOOST_TEST(failure([&] { write_text(dir, "x"); }) ==
             "NotAFile: " + dir.string() + ": cannot write: it is a directory");
  BOOST_TEST(failure([&] { write_text("/dev/full", "x"); }) ==
             "NotAFile: /dev/full: cannot write: it is not a regular file");
  BOOST_TEST(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  BOOST_TEST(failure([&] { write_text(dir / "fifo", "x"); }) ==
             "NotAFile: " + (dir / "fifo").string() + ": cannot write: it is not a regular file");
  BOOST_TEST(failure([&] { write_text("", "x"); }) == "NoFileName: : cannot write: no file name given");
  BOOST_TEST(failure([&] { write_text(dir / "no" / "dir" / "a.txt", "x"); }) ==
             "CannotWrite: " + (dir / "no" / "dir" / "a.txt").string() +
                 ": cannot write: cannot create a temporary file in " + (dir / "no" / "dir").string() +
                 " (No such file or directory)");
  BOOST_TEST(entries(dir) == (std::vector<std::string>{"fifo", "ro.txt"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_second_writer_fails_clearly) {
  const auto dir = fresh_dir();
  const auto file = dir / "a.txt";
  put(file, "old");
  const std::string locked = "FileLocked: " + file.string() +
                             ": cannot write: another process (or thread) is writing it; try again once it is done";
  {
    // Another process's lock: flock is per open file, so another descriptor of this process stands for one.
    const int fd = ::open(file.c_str(), O_RDONLY);
    BOOST_TEST(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    BOOST_TEST(failure([&] { write_text(file, "x"); }) == locked);
    ::close(fd);
  }
  {
    storage::atomic_file first(file);
    first.stream() << "first";
    BOOST_TEST(failure([&] { write_text(file, "second"); }) == locked);
    first.finish();
    first.commit();
    // Renamed but not yet closed: the new file is still held.
    BOOST_TEST(failure([&] { write_text(file, "second"); }) == locked);
  }
  BOOST_TEST(read(file) == "first");
  write_text(file, "later"); // once the first writer is done
  BOOST_TEST(read(file) == "later");

  // A file that appears while a writer creates it is not overwritten.
  {
    storage::atomic_file creating(dir / "b.txt");
    creating.stream() << "mine";
    creating.finish();
    put(dir / "b.txt", "theirs");
    BOOST_TEST(failure([&] { creating.commit(); }) ==
               "FileLocked: " + (dir / "b.txt").string() +
                   ": cannot write: another process created it while this one wrote it; nothing was written");
  }
  BOOST_TEST(read(dir / "b.txt") == "theirs");
  // A file replaced under a writer, by a program that took no lock.
  {
    storage::atomic_file writing(file);
    writing.stream() << "mine";
    writing.finish();
    put(dir / "other", "theirs");
    fs::rename(dir / "other", file);
    BOOST_TEST(failure([&] { writing.commit(); }) ==
               "FileLocked: " + file.string() +
                   ": cannot write: it was replaced by another program while this one wrote it; nothing was written");
  }
  BOOST_TEST(read(file) == "theirs");
  BOOST_TEST(entries(dir) == (std::vector<std::string>{"a.txt", "b.txt"}), boost::test_tools::per_element());
}
