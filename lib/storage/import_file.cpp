#include "storage/import_file.hpp"

#include "annals/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annals::storage {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void cannot_read(const std::string& file, const std::string& detail, const std::string& why) {
  throw load_error("LoadError", detail, file + ": " + why);
}

// The import directory itself, symlinks resolved; nothing when any file may be read.
std::optional<fs::path> import_root(const std::string& file, const import_policy* policy) {
  if (!policy || policy->allow_any_file) return std::nullopt;
  std::error_code ec;
  const fs::path dir = policy->directory.empty() ? fs::current_path(ec) : policy->directory;
  fs::path root = ec ? fs::path() : fs::canonical(dir, ec);
  if (ec)
    cannot_read(file, "NoImportDirectory",
                "the import directory " + dir.string() + " cannot be used (" + ec.message() + ")");
  return root;
}

bool inside(const fs::path& root, const fs::path& p) {
  return std::mismatch(root.begin(), root.end(), p.begin(), p.end()).first == root.end();
}

void check_inside(const std::string& file, const fs::path& root, const fs::path& real) {
  if (inside(root, real)) return;
  cannot_read(file, "OutsideImportDirectory",
              "outside the import directory " + root.string() +
                  ", the only place COPY reads from (choose it with --import-dir DIR or database::imports().directory; "
                  "--import-any-file or imports().allow_any_file reads any file)");
}

struct descriptor {
  int fd;
  ~descriptor() { ::close(fd); }
};

} // namespace

fs::path import_path(const fs::path& path, const import_policy* policy) {
  if (!policy || policy->allow_any_file || policy->directory.empty() || path.is_absolute()) return path;
  return policy->directory / path;
}

std::string read_import_file(const fs::path& path, const import_policy* policy) {
  const std::string file = path.string();
  const auto root = import_root(file, policy);
  std::error_code ec;
  // Before opening: a file outside is not even looked at (its existence stays unknown).
  if (root) check_inside(file, *root, fs::weakly_canonical(fs::absolute(path), ec));
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) cannot_read(file, "CannotRead", std::string("cannot open (") + std::strerror(errno) + ")");
  const descriptor closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) cannot_read(file, "CannotRead", std::string("cannot read (") + std::strerror(errno) + ")");
  if (S_ISDIR(st.st_mode)) cannot_read(file, "CannotRead", "cannot read: it is a directory");
  if (!S_ISREG(st.st_mode)) cannot_read(file, "CannotRead", "cannot read: not a regular file");
  // The file opened, wherever its path led meanwhile.
  if (root) {
    const fs::path real = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec);
    check_inside(file, *root, ec ? fs::weakly_canonical(fs::absolute(path), ec) : real);
  }
  std::string text;
  try {
    text.reserve(static_cast<std::size_t>(st.st_size));
  } catch (const std::bad_alloc&) {
    cannot_read(file, "OutOfMemory", "cannot read: not enough memory for its " + std::to_string(st.st_size) + " bytes");
  }
  char buffer[1 << 16];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) cannot_read(file, "CannotRead", std::string("cannot read (") + std::strerror(errno) + ")");
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

} // namespace annals::storage
