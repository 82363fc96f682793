// A file written whole or not at all. Every file annals writes (snapshots,
// every export format, the command line's output files) goes through this, so
// a full disk, a crash or a second writer never leaves a cut file behind:
//
//   storage::atomic_file f(target);   // checks the target, locks it, makes the temporary file
//   f.stream() << ...;                // or write(f.fd(), …)
//   f.finish();                       // every byte written, flushed and fsync'd, or an error
//   f.commit();                       // renamed over the target, the directory fsync'd
//
// The temporary file (".NAME.tmp-XXXXXX") lies beside the file replaced, so
// the rename is atomic; destroying an uncommitted atomic_file removes it.
//
// The target may be missing (it is created) or a regular file; a symlink is
// followed (the link stays, the file it points to is replaced). A directory,
// a device or a FIFO, a read-only file (no write permission, as SQLite
// refuses it) are refused before anything is written. Writers lock the file
// they replace (flock, advisory, like SQLite's locks): a second writer of the
// same file fails at once with FileLocked rather than silently undoing the
// first one's update; so does a writer whose target appears or changes under
// it while it writes.
//
// Errors are runtime_error IOError "FILE: cannot ACTION: why (errno text)",
// FILE as the caller named it. Thread-safety: one atomic_file per thread;
// touches no shared state.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include <sys/types.h>

namespace annals::storage {

class atomic_file {
public:
  // `action` words the errors: "save" (snapshots) or "write".
  explicit atomic_file(const std::filesystem::path& target, std::string action = "write");
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  // The temporary file, open for writing (the snapshot writer patches headers with pwrite).
  int fd() const { return fd_; }
  // A buffered stream onto fd(); its errors are reported by finish().
  std::ostream& stream();
  const std::string& temporary_path() const { return temp_; }
  // The file that will be replaced: the target with its symlinks followed.
  const std::filesystem::path& resolved_target() const { return real_; }

  // Flushes the stream, gives the file the permissions of the one it replaces
  // (0644 for a new one), fsyncs and closes it. Throws on any write error.
  void finish();
  // Renames the finished file over the target and fsyncs the directory.
  void commit();

  // Throws runtime_error IOError DETAIL "FILE: cannot ACTION: what (strerror(err))".
  [[noreturn]] void fail(const std::string& detail, const std::string& what, int err = 0) const;

private:
  struct buffer;
  void prepare(const std::filesystem::path& target);
  std::string file_; // as the caller named it, for messages
  std::string action_;
  std::filesystem::path real_;
  std::string temp_;
  int fd_ = -1;
  int target_fd_ = -1;    // the file replaced, held open for its lock
  int temp_lock_fd_ = -1; // the temporary file's lock
  bool existed_ = false, committed_ = false;
  dev_t device_ = 0;
  ino_t inode_ = 0;
  mode_t mode_ = 0644;
  std::unique_ptr<buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
};

} // namespace annals::storage
