// The lock that orders statements on one database: many readers or one
// writer. A writer that waits stops new readers from starting, so a stream
// of reads cannot starve it. Waits are in short slices so that a statement
// honours its cancel flag and its deadline while it waits.
//
// Built from a mutex and a condition variable rather than
// std::shared_timed_mutex: the timed rwlock calls behind the latter
// (pthread_rwlock_clock*) are invisible to GCC 12's ThreadSanitizer, which
// then reports races that cannot happen.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace annals::detail {

class statement_lock {
public:
  using clock = std::chrono::steady_clock;

  // Waits until the lock is taken, calling `interrupted()` (which throws to
  // give up) between slices of at most 20 ms.
  template <class Interrupted> void lock_shared(Interrupted&& interrupted) {
    std::unique_lock l(m_);
    while (writer_ || writers_waiting_ > 0) wait_slice(l, interrupted);
    ++readers_;
  }
  template <class Interrupted> void lock(Interrupted&& interrupted) {
    std::unique_lock l(m_);
    ++writers_waiting_;
    try {
      while (writer_ || readers_ > 0) wait_slice(l, interrupted);
    } catch (...) {
      --writers_waiting_;
      changed_.notify_all(); // readers held back by this writer may go on
      throw;
    }
    --writers_waiting_;
    writer_ = true;
  }

  // BasicLockable and SharedLockable, for std::unique_lock / std::shared_lock: waits as long as it takes.
  void lock() {
    lock([] {});
  }
  void lock_shared() {
    lock_shared([] {});
  }
  void unlock() {
    {
      std::lock_guard l(m_);
      writer_ = false;
    }
    changed_.notify_all();
  }
  void unlock_shared() {
    bool last;
    {
      std::lock_guard l(m_);
      last = --readers_ == 0;
    }
    if (last) changed_.notify_all();
  }

private:
  template <class Interrupted> void wait_slice(std::unique_lock<std::mutex>& l, Interrupted& interrupted) {
    changed_.wait_for(l, std::chrono::milliseconds(20));
    l.unlock();
    try {
      interrupted();
    } catch (...) {
      l.lock();
      throw;
    }
    l.lock();
  }

  std::mutex m_;
  std::condition_variable changed_;
  int readers_ = 0, writers_waiting_ = 0;
  bool writer_ = false;
};

} // namespace annals::detail
