#include "isolated_run.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace annals::tck {

namespace {

// The outcome crosses the pipe as four fields separated by NUL bytes.
std::string serialize(const case_outcome& o) {
  std::string s;
  s += o.passed ? '1' : '0';
  s += o.expects_error ? '1' : '0';
  s += o.detail_matched ? '1' : '0';
  s += '\0';
  s += o.reason;
  s += '\0';
  s += o.details;
  return s;
}

case_outcome deserialize(const std::string& s) {
  case_outcome o;
  if (s.size() < 4) {
    o.reason = "no outcome from the child process";
    return o;
  }
  o.passed = s[0] == '1';
  o.expects_error = s[1] == '1';
  o.detail_matched = s[2] == '1';
  const auto second = s.find('\0', 4);
  o.reason = s.substr(4, second - 4);
  if (second != std::string::npos) o.details = s.substr(second + 1);
  return o;
}

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

case_outcome run_isolated(const test_case& c, const run_options& options, std::chrono::milliseconds hard_limit) {
  int fds[2];
  if (::pipe(fds) != 0) return run_case(c, options);
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return run_case(c, options);
  }
  if (child == 0) {
    ::close(fds[0]);
    write_all(fds[1], serialize(run_case(c, options)));
    ::_exit(0);
  }
  ::close(fds[1]);

  std::string received;
  bool timed_out = false;
  const auto deadline = std::chrono::steady_clock::now() + hard_limit;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) {
      timed_out = ready == 0;
      break;
    }
    char buf[4096];
    const auto n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break; // the child closed the pipe
    received.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(child, SIGKILL);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }

  if (timed_out) {
    case_outcome o;
    o.reason = "timed out after " + std::to_string(hard_limit.count()) + " ms";
    return o;
  }
  if (WIFSIGNALED(status)) {
    case_outcome o;
    o.reason = "crashed: " + std::string(::strsignal(WTERMSIG(status)));
    return o;
  }
  auto o = deserialize(received);
  return o;
}

} // namespace annals::tck
