// Writing a file whole or not at all, as annals writes its snapshots and exports.
//
//   annals::write_file_atomically("war.dot", [&](std::ostream& out) { annals::write_dot(out, g, s); });
//
// `write` fills a temporary file beside the target, which is flushed and
// fsync'd, then renamed over the target only when every byte is written; on
// any error (a full disk, an exception from `write`) nothing is left: the
// target is as it was and the temporary file is removed. A symlink is written
// through (the link stays, the file it points to is replaced). Refused before
// anything is written, with runtime_error IOError naming the file: an empty
// name (NoFileName), a directory, device or FIFO (NotAFile), a read-only
// file (ReadOnlyFile), a file another writer holds (FileLocked: writers take
// an advisory flock on the file they replace). Thread-safety: touches no
// shared state; two threads writing one file are two writers.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace annals {

void write_file_atomically(const std::filesystem::path& file, const std::function<void(std::ostream&)>& write);

} // namespace annals
