#include "scripts.hpp"

#include "limit_settings.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annals::cli {

std::string read_text(const std::filesystem::path& file) {
  const auto fail = [&](const std::string& why) {
    throw std::runtime_error("cannot read " + file.string() + ": " + why);
  };
  // O_NONBLOCK: a FIFO is refused below instead of waiting for a writer.
  const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) fail(std::strerror(errno));
  struct closer {
    int fd;
    ~closer() { ::close(fd); }
  } close_it{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) fail(std::strerror(errno));
  if (S_ISDIR(st.st_mode)) fail("is a directory");
  if (!S_ISREG(st.st_mode)) fail("not a regular file (scripts are read from files; pipe statements into annals shell)");
  if (static_cast<std::uint64_t>(st.st_size) > max_script_bytes)
    fail("the script is " + std::to_string(st.st_size) + " bytes, more than the " +
         std::to_string(max_script_bytes >> 20) + " MiB a script may have; load data with COPY from CSV files instead");
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const auto n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(std::strerror(errno));
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max_script_bytes)
      fail("the script grew past " + std::to_string(max_script_bytes >> 20) + " MiB while it was read");
  }
  return text;
}

std::string describe(const std::exception& e, const std::string& file) {
  const auto* thrown = dynamic_cast<const error*>(&e);
  if (!thrown) return file.empty() ? e.what() : file + ": " + e.what();
  const error annals_error = spelled_for(*thrown, limit_interface::command_line); // --limit, not database::limits()
  if (annals_error.where().line == 0 && !file.empty()) return file + ": " + annals_error.describe();
  return annals_error.describe(file);
}

error moved_to(const error& e, source_position where, std::string line_text) {
  return error(e.category(), e.detail(), e.message(), where, std::move(line_text));
}

std::optional<result> load_scripts(database& db, const std::vector<std::string>& files, std::ostream& err) {
  result last;
  for (const auto& file : files) {
    std::string text;
    try {
      text = read_text(file); // the message names the file already
    } catch (const std::exception& e) {
      err << e.what() << '\n';
      return std::nullopt;
    }
    try {
      last = db.execute(text);
    } catch (const std::exception& e) {
      err << describe(e, file) << '\n';
      return std::nullopt;
    }
  }
  return last;
}

} // namespace annals::cli
