#include "storage/atomic_file.hpp"

#include "annals/atomic_write.hpp"
#include "annals/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <streambuf>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annals::storage {

namespace fs = std::filesystem;

// The stream's buffer: writes to the descriptor, remembering the first error
// (errno) for finish() to report, since ostream would only set badbit.
struct atomic_file::buffer : std::streambuf {
  int fd;
  int error = 0;
  char data[1 << 16];

  explicit buffer(int f) : fd(f) { setp(data, data + sizeof data); }

  bool drain() {
    const char* at = pbase();
    while (at < pptr() && error == 0) {
      const auto n = ::write(fd, at, static_cast<std::size_t>(pptr() - at));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) error = errno;
      else at += n;
    }
    setp(data, data + sizeof data);
    return error == 0;
  }
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }
};

namespace {

// Follows symlinks to the file they name (a dangling link names a file to create).
fs::path follow_links(fs::path p, const atomic_file& f) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    std::error_code ec;
    const auto link = fs::read_symlink(p, ec);
    if (ec) f.fail("CannotWrite", "cannot read the symlink", ec.value());
    p = link.is_absolute() ? link : p.parent_path() / link;
  }
  f.fail("CannotWrite", "too many levels of symlinks", ELOOP);
}

} // namespace

atomic_file::atomic_file(const fs::path& target, std::string action)
    : file_(target.string()), action_(std::move(action)) {
  try {
    prepare(target);
  } catch (...) {
    if (target_fd_ >= 0) ::close(target_fd_);
    throw;
  }
}

void atomic_file::prepare(const fs::path& target) {
  if (file_.empty()) fail("NoFileName", "no file name given");
  real_ = follow_links(target, *this);
  struct stat st {};
  if (::stat(real_.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) fail("NotAFile", "it is a directory");
    if (!S_ISREG(st.st_mode)) fail("NotAFile", "it is not a regular file");
    // The permission bits, not access(): root may write anything, and must still not take over a read-only file.
    if ((st.st_mode & 0222) == 0 || ::access(real_.c_str(), W_OK) != 0)
      fail("ReadOnlyFile", "it is read-only (make it writable first, or write elsewhere)");
    target_fd_ = ::open(real_.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (target_fd_ < 0) fail("CannotWrite", "cannot open it", errno);
    struct stat held {};
    if (::fstat(target_fd_, &held) != 0 || !S_ISREG(held.st_mode)) fail("NotAFile", "it is not a regular file");
    if (::flock(target_fd_, LOCK_EX | LOCK_NB) != 0) {
      if (errno == EWOULDBLOCK)
        fail("FileLocked", "another process (or thread) is writing it; try again once it is done");
      fail("CannotWrite", "cannot lock it", errno);
    }
    existed_ = true;
    device_ = held.st_dev;
    inode_ = held.st_ino;
    mode_ = held.st_mode & 07777;
  } else if (errno != ENOENT) {
    fail("CannotWrite", "cannot look at it", errno);
  }

  const auto dir = real_.has_parent_path() ? real_.parent_path() : fs::path(".");
  temp_ = (dir / ("." + real_.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) {
    const int err = errno;
    temp_.clear();
    fail(action_ == "save" ? "CannotSave" : "CannotWrite", "cannot create a temporary file in " + dir.string(), err);
  }
  // Locked too, until destroyed (through a duplicate, which finish() does not
  // close): once renamed, it is the file a second writer would find.
  ::flock(fd_, LOCK_EX | LOCK_NB);
  temp_lock_fd_ = ::dup(fd_);
}

atomic_file::~atomic_file() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  if (temp_lock_fd_ >= 0) ::close(temp_lock_fd_);
  if (target_fd_ >= 0) ::close(target_fd_); // closing releases the lock
}

std::ostream& atomic_file::stream() {
  if (!stream_) {
    buffer_ = std::make_unique<buffer>(fd_);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
  }
  return *stream_;
}

void atomic_file::fail(const std::string& detail, const std::string& what, int err) const {
  throw runtime_error("IOError", detail,
                      file_ + ": cannot " + action_ + ": " + what +
                          (err ? std::string(" (") + std::strerror(err) + ")" : ""));
}

void atomic_file::finish() {
  const std::string detail = action_ == "save" ? "CannotSave" : "CannotWrite";
  if (stream_) {
    stream_->flush();
    if (buffer_->error) fail(detail, "write failed", buffer_->error);
    if (!*stream_) fail(detail, "write failed");
    stream_.reset();
    buffer_.reset();
  }
  if (::fchmod(fd_, mode_) != 0) fail(detail, "cannot set the permissions of " + temp_, errno);
  if (::fsync(fd_) != 0) fail(detail, "fsync failed", errno);
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) fail(detail, "close failed", errno);
}

void atomic_file::commit() {
  const std::string detail = action_ == "save" ? "CannotSave" : "CannotWrite";
  if (existed_) {
    // Another program may have replaced the file without taking the lock.
    struct stat now {};
    if (::stat(real_.c_str(), &now) != 0 || now.st_dev != device_ || now.st_ino != inode_)
      fail("FileLocked", "it was replaced by another program while this one wrote it; nothing was written");
    if (::rename(temp_.c_str(), real_.c_str()) != 0) fail(detail, "cannot rename " + temp_ + " over it", errno);
  } else if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, real_.c_str(), RENAME_NOREPLACE) != 0) {
    // Created meanwhile by another writer: its file stays.
    if (errno == EEXIST) fail("FileLocked", "another process created it while this one wrote it; nothing was written");
    if ((errno != EINVAL && errno != ENOSYS) || ::rename(temp_.c_str(), real_.c_str()) != 0)
      fail(detail, "cannot rename " + temp_ + " to it", errno);
  }
  committed_ = true;
  // The rename is durable once the directory is.
  const auto dir = real_.has_parent_path() ? real_.parent_path() : fs::path(".");
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) fail(detail, "cannot open the directory " + dir.string() + " to sync it", errno);
  const int synced = ::fsync(dir_fd);
  const int err = errno;
  ::close(dir_fd);
  if (synced != 0) fail(detail, "fsync of the directory " + dir.string() + " failed", err);
}

} // namespace annals::storage

namespace annals {

void write_file_atomically(const std::filesystem::path& file, const std::function<void(std::ostream&)>& write) {
  storage::atomic_file f(file);
  write(f.stream());
  f.finish();
  f.commit();
}

} // namespace annals
