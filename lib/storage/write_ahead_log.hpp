// The write-ahead log of a durable database: FILE.wal beside its snapshot FILE.
//
//   header (32 bytes)
//     magic        8  89 'A' 'N' 'N' 'W' 'A' 'L' 0A
//     version    u32  1
//     base crc   u32  fingerprint of the snapshot this log follows (snapshot_fingerprint)
//     base size  u64  that snapshot's size in bytes
//     header crc u32  CRC-32 of the 24 bytes before it
//     reserved   u32  0
//   record (16-byte header + payload), one per committed write statement
//     length     u64  payload bytes
//     crc        u32  CRC-32 of the payload
//     reserved   u32  0
//     payload         the statement's changes (change_log.hpp)
//
// A statement is acknowledged once its record is written and fdatasync'd. A
// checkpoint writes a new snapshot, then empties the log and points its header
// at that snapshot; a crash in between leaves a log whose base is not the
// snapshot on disk, whose records the snapshot therefore already holds. The
// log is also the database's lock: flock on it, held while the database is open.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace annals::storage {

// Identifies a snapshot file by its header and section headers (which carry
// every section's CRC), reading 128 bytes, not the file.
struct snapshot_identity {
  std::uint32_t crc = 0;
  std::uint64_t size = 0;
  bool operator==(const snapshot_identity&) const = default;
};
snapshot_identity identify_snapshot(const std::filesystem::path& snapshot);

class write_ahead_log {
public:
  // Opens (or creates) the log and locks it; another holder of the lock makes
  // it throw runtime_error (DatabaseLocked).
  explicit write_ahead_log(std::filesystem::path file);
  ~write_ahead_log();
  write_ahead_log(const write_ahead_log&) = delete;
  write_ahead_log& operator=(const write_ahead_log&) = delete;

  struct record {
    std::string payload;
    std::size_t offset = 0; // of the payload, in the file
  };
  struct recovered {
    std::vector<record> records;
    std::vector<std::string> notes; // what was discarded and why
  };
  // The records to replay on the snapshot `base`. A torn or damaged tail is cut
  // off at the first bad record (the notes say which, and where); a log that
  // follows another snapshot (an interrupted checkpoint) is emptied.
  recovered recover(const snapshot_identity& base);

  // Appends one record and waits until it is on disk. On failure the log is cut
  // back to where it was and runtime_error (IOError) is thrown.
  void append(std::string_view payload);
  // Empties the log after a checkpoint, pointing it at the snapshot `base`.
  void reset(const snapshot_identity& base);

  std::uint64_t size() const { return end_; }
  bool empty() const { return end_ <= 32; } // the header only: no record to replay
  const std::filesystem::path& path() const { return file_; }

private:
  std::filesystem::path file_;
  int fd_ = -1;
  std::uint64_t end_ = 0;
};

} // namespace annals::storage
