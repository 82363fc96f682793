#include "storage/script_file.hpp"

#include "annals/error.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annals::storage {

std::string read_script_file(const std::filesystem::path& file) {
  const auto fail = [&](const std::string& detail, const std::string& why) {
    throw load_error("LoadError", detail, "cannot read " + file.string() + ": " + why);
  };
  // O_NONBLOCK: a FIFO is refused below instead of waiting for a writer.
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) fail("CannotRead", std::strerror(errno));
  struct closer {
    int fd;
    ~closer() { ::close(fd); }
  } close_it{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) fail("CannotRead", std::strerror(errno));
  if (S_ISDIR(st.st_mode)) fail("CannotRead", "it is a folder (database::load_directory runs one)");
  if (!S_ISREG(st.st_mode)) fail("CannotRead", "not a regular file");
  const std::string limit = std::to_string(max_script_bytes >> 20) + " MiB";
  if (static_cast<std::uint64_t>(st.st_size) > max_script_bytes)
    fail("ScriptTooBig", "the script is " + std::to_string(st.st_size) + " bytes, more than the " + limit +
                             " a script may have; load data with COPY from CSV files instead");
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("CannotRead", std::strerror(errno));
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max_script_bytes) fail("ScriptTooBig", "the script grew past " + limit + " while it was read");
  }
  return text;
}

} // namespace annals::storage
