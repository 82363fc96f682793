#include "values/stack_guard.hpp"

#include <pthread.h>

namespace annals {

bool stack_guard::exhausted() {
  if (!looked_up_) {
    looked_up_ = true;
    pthread_attr_t attr;
    // glibc reports the stack of any thread, the main thread's included
    // (from its resource limit); where it cannot, the guard stays off and
    // the nesting limit alone applies.
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* low = nullptr;
      std::size_t size = 0;
      if (pthread_attr_getstack(&attr, &low, &size) == 0) lowest_ = static_cast<const char*>(low);
      pthread_attr_destroy(&attr);
    }
  }
  if (!lowest_) return false;
  const char* at = static_cast<const char*>(__builtin_frame_address(0));
  return at < lowest_ + reserve;
}

} // namespace annals

namespace annals {
std::string stack_exhausted_message(const std::string& what, int depth) {
  return what + " nested " + std::to_string(depth) +
         " levels deep needs more stack than this thread has; run the query on a thread with a larger stack (about " +
         std::to_string(stack_bytes_per_level / 1024) + " KB per level of max_expression_depth, see database.hpp) or nest less";
}
} // namespace annals
