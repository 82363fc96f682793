#include "annals/export.hpp"

#include "storage/atomic_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace annals {

namespace {

std::string find_program(std::string_view name) {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "/usr/bin:/bin";
  while (!dirs.empty()) {
    const auto colon = dirs.find(':');
    std::string candidate = std::string(dirs.substr(0, colon)) + "/" + std::string(name);
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    dirs = colon == std::string_view::npos ? std::string_view{} : dirs.substr(colon + 1);
  }
  return {};
}

// A file that removes itself; dot reads the graph from it, which avoids a
// pipe (and SIGPIPE) when dot stops early.
struct temporary_file {
  std::string path = (std::filesystem::temp_directory_path() / "annals-XXXXXX.dot").string();
  temporary_file() {
    const int fd = ::mkstemps(path.data(), 4);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file: " + std::string(std::strerror(errno)));
    ::close(fd);
  }
  ~temporary_file() { ::unlink(path.c_str()); }
};

} // namespace

void render_dot(const std::string& dot, std::string_view format, const std::filesystem::path& file) {
  auto program = find_program("dot");
  if (program.empty())
    throw std::runtime_error("cannot make " + std::string(format) +
                             ": Graphviz's `dot` program is not on the PATH (install graphviz, or export --to dot)");
  // dot writes the temporary file of an atomic_file, renamed over `file` only once dot succeeded.
  storage::atomic_file result(file);
  temporary_file input;
  {
    std::ofstream in(input.path, std::ios::binary);
    in << dot;
    if (!in.flush()) throw std::runtime_error("cannot make " + std::string(format) + ": cannot write " + input.path);
  }

  std::string type = "-T" + std::string(format), output = result.temporary_path();
  char dash_o[] = "-o";
  char* argv[] = {program.data(), type.data(), dash_o, output.data(), input.path.data(), nullptr};
  pid_t pid = 0;
  if (const int e = ::posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv, environ); e != 0)
    throw std::runtime_error("cannot run " + program + ": " + std::strerror(e));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("dot could not write " + file.string() + " as " + std::string(format));
  result.finish();
  result.commit();
}

} // namespace annals
