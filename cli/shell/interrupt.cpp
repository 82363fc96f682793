#include "interrupt.hpp"

#include <csignal>

namespace annals::cli {

namespace {

std::atomic<bool>* cancel_flag = nullptr;
volatile std::sig_atomic_t interrupted = 0;

extern "C" void on_interrupt(int) {
  interrupted = 1;
  if (cancel_flag) cancel_flag->store(true); // lock-free, so safe in a signal handler
}

} // namespace

void install_interrupt_handler(std::atomic<bool>& cancel) {
  static_assert(std::atomic<bool>::is_always_lock_free);
  cancel_flag = &cancel;
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; // no SA_RESTART: the prompt's wait for input must wake up
  sigaction(SIGINT, &action, nullptr);
}

bool take_interrupt() {
  const bool was = interrupted != 0;
  interrupted = 0;
  return was;
}

} // namespace annals::cli
