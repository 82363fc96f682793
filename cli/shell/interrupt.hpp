// Ctrl-C in the shell stops what is running, never the shell: the statement
// being run (through the cancel flag the engine polls) or the line being typed.
#pragma once

#include <atomic>

namespace annals::cli {

// SIGINT sets `cancel` and marks an interrupt; system calls it interrupts fail with EINTR.
void install_interrupt_handler(std::atomic<bool>& cancel);
// Whether Ctrl-C was pressed since the last call.
bool take_interrupt();

} // namespace annals::cli
