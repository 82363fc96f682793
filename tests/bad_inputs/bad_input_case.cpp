#include "bad_input_case.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace annals::bad_inputs {

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::string expand(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto open = text.find("@@", pos);
    if (open == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, open - pos));
    const auto close = text.find("@@", open + 2);
    if (close == std::string_view::npos) throw std::invalid_argument("unclosed @@ template");
    const std::string_view body = text.substr(open + 2, close - open - 2);
    pos = close + 2;
    const auto space = body.find(' ');
    const std::string_view verb = body.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? std::string_view{} : body.substr(space + 1);
    if (verb == "repeat") {
      const auto gap = rest.find(' ');
      if (gap == std::string_view::npos) throw std::invalid_argument("@@repeat N TEXT@@ needs a count and a text");
      const std::size_t n = std::stoull(std::string(rest.substr(0, gap)));
      const std::string_view unit = rest.substr(gap + 1);
      out.reserve(out.size() + n * unit.size());
      for (std::size_t i = 0; i < n; ++i) out.append(unit);
    } else if (verb == "hex") {
      std::istringstream bytes{std::string(rest)};
      std::string byte;
      while (bytes >> byte) out.push_back(static_cast<char>(std::stoi(byte, nullptr, 16)));
    } else {
      throw std::invalid_argument("unknown template @@" + std::string(verb) + "@@");
    }
  }
  return out;
}

namespace {

void write_all(int fd, const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    const auto n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

} // namespace

isolated_outcome run_isolated(const std::function<std::string()>& body, std::chrono::milliseconds hard_limit) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    ::close(fds[0]);
    // A crash must kill the child, not be caught and reported by the test framework's handlers.
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(sig, SIG_DFL);
    std::string output;
    try {
      output = "=" + body();
    } catch (const std::exception& e) {
      output = "!the case itself failed: " + std::string(e.what());
    }
    write_all(fds[1], output);
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string received;
  bool timed_out = false;
  const auto deadline = std::chrono::steady_clock::now() + hard_limit;
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      timed_out = true;
      break;
    }
    if (ready < 0) break;
    char buf[1 << 16];
    const auto n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break; // the child closed the pipe: done or dead
    received.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  isolated_outcome o;
  if (timed_out) {
    o.failure = "hung: killed after " + std::to_string(hard_limit.count()) + " ms";
  } else if (WIFSIGNALED(status)) {
    o.failure = "crashed: " + std::string(::strsignal(WTERMSIG(status)));
  } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    o.failure = "exited with status " + std::to_string(WEXITSTATUS(status)); // e.g. a sanitizer report
  } else if (received.empty()) {
    o.failure = "no output from the child process";
  } else if (received[0] == '!') {
    o.failure = received.substr(1);
  } else {
    o.finished = true;
    o.output = received.substr(1);
  }
  return o;
}

std::string shorten(const std::string& text, std::size_t n) {
  if (text.size() <= n) return text;
  return text.substr(0, n) + "… (" + std::to_string(text.size()) + " bytes)";
}

} // namespace annals::bad_inputs
