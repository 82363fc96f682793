#include "storage/write_ahead_log.hpp"

#include "annals/error.hpp"
#include "storage/snapshot_format.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annals::storage {

namespace snap = snapshot;

namespace {

constexpr std::array<unsigned char, 8> log_magic = {0x89, 'A', 'N', 'N', 'W', 'A', 'L', '\n'};
constexpr std::uint32_t log_version = 1;
constexpr std::size_t log_header_size = 32, record_header_size = 16;

[[noreturn]] void io_fail(const std::filesystem::path& file, const std::string& what, int err) {
  throw runtime_error("IOError", "LogWriteFailed",
                      file.string() + ": " + what + (err ? std::string(" (") + std::strerror(err) + ")" : ""));
}

[[noreturn]] void corrupt(const std::filesystem::path& file, const std::string& what) {
  throw load_error("LoadError", "CorruptedLog", file.string() + ": corrupted log: " + what);
}

// Reads exactly `size` bytes at `at`, or fewer at the end of the file.
std::size_t read_at(int fd, void* into, std::size_t size, std::uint64_t at) {
  std::size_t done = 0;
  while (done < size) {
    const auto n = ::pread(fd, static_cast<char*>(into) + done, size - done, static_cast<off_t>(at + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  return done;
}

void write_all_at(int fd, std::string_view bytes, std::uint64_t at, const std::filesystem::path& file) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const auto n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) io_fail(file, "cannot write the log", errno);
    done += static_cast<std::size_t>(n);
  }
}

std::string header_for(const snapshot_identity& base) {
  std::string h(log_magic.begin(), log_magic.end());
  snap::put(h, log_version);
  snap::put(h, base.crc);
  snap::put(h, base.size);
  snap::put(h, snap::crc32::of(h));
  snap::put(h, std::uint32_t{0});
  return h;
}

template <class T> T field(const char* bytes, std::size_t at) {
  T v;
  std::memcpy(&v, bytes + at, sizeof(T));
  return v;
}

} // namespace

snapshot_identity identify_snapshot(const std::filesystem::path& snapshot) {
  const int fd = ::open(snapshot.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) io_fail(snapshot, "cannot open the snapshot", errno);
  snap::crc32 crc;
  std::array<char, snap::header_size> header{};
  std::size_t got = read_at(fd, header.data(), header.size(), 0);
  crc.update(header.data(), got);
  const auto size = got == header.size() ? field<std::uint64_t>(header.data(), snap::file_size_at) : 0;
  std::uint64_t at = snap::header_size;
  for (std::size_t i = 0; i < snap::sections.size() && got > 0; ++i) {
    std::array<char, snap::section_header_size> section{};
    got = read_at(fd, section.data(), section.size(), at);
    crc.update(section.data(), got);
    at += snap::section_header_size + (got == section.size() ? field<std::uint64_t>(section.data(), 4) : 0);
  }
  ::close(fd);
  return {crc.value(), size};
}

write_ahead_log::write_ahead_log(std::filesystem::path file) : file_(std::move(file)) {
  // O_NONBLOCK: a FIFO in the log's place must not hang the open; regular files ignore it.
  fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0644);
  if (fd_ < 0) io_fail(file_, "cannot open the log", errno);
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd_);
    throw runtime_error("IOError", "LogNotAFile", file_.string() + ": the log is not a regular file");
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd_);
    if (err == EWOULDBLOCK)
      throw runtime_error("IOError", "DatabaseLocked",
                          file_.string() + " is locked: the database is open for writing in another process (or "
                                           "another annals::database of this one); close it there first");
    io_fail(file_, "cannot lock the log", err);
  }
  end_ = static_cast<std::uint64_t>(st.st_size);
}

write_ahead_log::~write_ahead_log() {
  if (fd_ >= 0) ::close(fd_); // closing releases the lock
}

write_ahead_log::recovered write_ahead_log::recover(const snapshot_identity& base) {
  recovered out;
  if (end_ < log_header_size) {
    // Empty: a new database, or a checkpoint cut short while it rewrote the
    // header, after the snapshot holding everything was in place.
    if (end_ > 0) out.notes.push_back(file_.string() + ": the log's header was incomplete; the log was emptied");
    reset(base);
    return out;
  }
  std::array<char, log_header_size> header{};
  if (read_at(fd_, header.data(), header.size(), 0) != header.size()) io_fail(file_, "cannot read the log", errno);
  if (std::memcmp(header.data(), log_magic.data(), log_magic.size()) != 0) corrupt(file_, "not an annals log (wrong magic)");
  if (field<std::uint32_t>(header.data(), 24) != snap::crc32::of(std::string_view(header.data(), 24)))
    corrupt(file_, "the header's checksum does not match (at byte 0)");
  if (const auto v = field<std::uint32_t>(header.data(), 8); v != log_version)
    corrupt(file_, "version " + std::to_string(v) + ", this build reads version " + std::to_string(log_version));
  const snapshot_identity follows{field<std::uint32_t>(header.data(), 12), field<std::uint64_t>(header.data(), 16)};
  if (!(follows == base)) {
    out.notes.push_back(file_.string() +
                        ": the log follows an earlier snapshot (a checkpoint was interrupted after the new snapshot "
                        "was written); the snapshot holds its records, so the log was emptied");
    reset(base);
    return out;
  }
  std::uint64_t at = log_header_size;
  std::string why;
  while (at < end_) {
    std::array<char, record_header_size> rh{};
    if (end_ - at < record_header_size) {
      why = "its header is cut short";
    } else if (read_at(fd_, rh.data(), rh.size(), at) != rh.size()) {
      io_fail(file_, "cannot read the log", errno);
    } else if (const auto length = field<std::uint64_t>(rh.data(), 0); length > end_ - at - record_header_size) {
      why = "it runs past the end of the file (" + std::to_string(length) + " bytes announced)";
    } else {
      record r;
      r.payload.resize(length);
      r.offset = at + record_header_size;
      if (read_at(fd_, r.payload.data(), length, r.offset) != length) io_fail(file_, "cannot read the log", errno);
      if (snap::crc32::of(r.payload) != field<std::uint32_t>(rh.data(), 8)) {
        why = "its checksum does not match";
      } else {
        out.records.push_back(std::move(r));
        at += record_header_size + length;
        continue;
      }
    }
    // A torn tail: the record being appended when the process died, never acknowledged.
    out.notes.push_back(file_.string() + ": record " + std::to_string(out.records.size() + 1) + " at byte " +
                        std::to_string(at) + " is incomplete: " + why + "; the " +
                        std::to_string(out.records.size()) + " records before it were recovered and the last " +
                        std::to_string(end_ - at) + " bytes of the log discarded");
    if (::ftruncate(fd_, static_cast<off_t>(at)) != 0 || ::fdatasync(fd_) != 0)
      io_fail(file_, "cannot cut the log's torn tail", errno);
    end_ = at;
    break;
  }
  return out;
}

void write_ahead_log::append(std::string_view payload) {
  std::string rh;
  snap::put(rh, static_cast<std::uint64_t>(payload.size()));
  snap::put(rh, snap::crc32::of(payload));
  snap::put(rh, std::uint32_t{0});
  try {
    write_all_at(fd_, rh, end_, file_);
    write_all_at(fd_, payload, end_ + rh.size(), file_);
    if (::fdatasync(fd_) != 0) io_fail(file_, "cannot flush the log to disk", errno);
  } catch (...) {
    // Nothing of a statement that was not acknowledged may be replayed.
    if (::ftruncate(fd_, static_cast<off_t>(end_)) == 0) ::fdatasync(fd_);
    throw;
  }
  end_ += rh.size() + payload.size();
}

void write_ahead_log::reset(const snapshot_identity& base) {
  if (::ftruncate(fd_, 0) != 0) io_fail(file_, "cannot empty the log", errno);
  end_ = 0;
  write_all_at(fd_, header_for(base), 0, file_);
  if (::fdatasync(fd_) != 0) io_fail(file_, "cannot flush the log to disk", errno);
  end_ = log_header_size;
}

} // namespace annals::storage
