// The binary layout of annals snapshots (database::save / database::open).
//
// All integers are little-endian, fixed width. A snapshot is a header and six
// sections, always in this order:
//
//   header   (32 bytes)
//     magic        8  89 'A' 'N' 'N' 'A' 'L' 'S' 0A  (0x89 and the newline catch
//                     text-mode transfers and files that are not snapshots)
//     version    u32  format_version
//     flags      u32  0 (reserved)
//     file size  u64  bytes in the whole file: a shorter file was truncated
//     header crc u32  CRC-32 of the 24 bytes before it
//     reserved   u32  0
//   section  (16-byte header + payload)
//     tag        u32  four ASCII letters: SYMB SCHM NODE RELS DERV END_
//     length     u64  payload bytes
//     crc        u32  CRC-32 of the payload
//
// Payloads (str = u32 length + bytes; sym = u32 index into SYMB):
//   SYMB  u32 n, n × str: the graph's symbol table in id order, so labels,
//         types and property keys are stored as their symbol ids
//   SCHM  u32 n, n × node table {str name, u32 c, c × column, str primary key}
//         u32 m, m × rel table {str name, u32 e, e × (str from, str to),
//                               u32 c, c × column, str derived query}
//         column = str name, u8 element (data_type::base in the low nibble,
//                  data_type::range in the high one: 0 for INT64, DOUBLE and
//                  the rest), u8 list (0 scalar, 1 T[], 2 T[n] followed by u32 n)
//   NODE  u32 capacity (node ids 0 … capacity-1, deleted ones included), then per id:
//         u8 alive; when alive: u32 l, l × sym label (ascending), u32 p, p × property
//   RELS  u32 capacity (relationship ids 0 … capacity-1), u32 n, then n stored
//         relationships by ascending id: u32 id, u32 from, u32 to, sym type,
//         u32 p, p × property. Derived relationships are not stored.
//   DERV  u32 n, n × (str name, str defining statement), in definition order
//   END_  empty
//   property = sym key, value
//   value    = u8 tag, then: null -, bool u8, integer i64, float f64 (IEEE bits),
//              string str, date (i32 year, u8 month, u8 day, u8 precision),
//              list (u32 n, n × value), map (u32 n, n × (str key, value)),
//              edtf date (str, its EDTF text: only dates with qualifiers,
//              unspecified digits or an interval, so plain dates stay readable
//              by older readers)
//
// The CRCs cover every byte but the section tags and lengths, whose damage
// shows as a wrong tag or a section running past the end, so any damage is
// caught; a per-section CRC also says where.
#pragma once

#include "annals/error.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace annals::storage::snapshot {

static_assert(std::endian::native == std::endian::little, "snapshots are read and written little-endian");

inline constexpr std::array<unsigned char, 8> magic = {0x89, 'A', 'N', 'N', 'A', 'L', 'S', '\n'};
inline constexpr std::uint32_t format_version = 1;
inline constexpr std::size_t header_size = 32;
inline constexpr std::size_t section_header_size = 16;
// Offsets of the header fields.
inline constexpr std::size_t version_at = 8, flags_at = 12, file_size_at = 16, header_crc_at = 24;

// Lists and maps nested deeper than this are refused on both sides: the reader
// recurses, and a hostile file must not overflow its stack.
inline constexpr std::size_t max_value_depth = 1000;

constexpr std::uint32_t fourcc(const char (&s)[5]) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[0])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[3])) << 24;
}

struct section_kind {
  std::uint32_t tag;
  const char* name;
};
inline constexpr std::array<section_kind, 6> sections = {{{fourcc("SYMB"), "SYMB"},
                                                          {fourcc("SCHM"), "SCHM"},
                                                          {fourcc("NODE"), "NODE"},
                                                          {fourcc("RELS"), "RELS"},
                                                          {fourcc("DERV"), "DERV"},
                                                          {fourcc("END_"), "END_"}}};

enum class value_tag : std::uint8_t { null = 0, boolean, integer, floating, string, date, list, map, edtf_date };

// CRC-32 (IEEE 802.3, as zlib and boost::crc_32_type), eight bytes at a time.
class crc32 {
public:
  void update(const void* data, std::size_t size) {
    auto p = static_cast<const unsigned char*>(data);
    std::uint32_t c = ~state_;
    while (size >= 8) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + 4, 4);
      lo ^= c;
      c = table()[7][lo & 0xFF] ^ table()[6][(lo >> 8) & 0xFF] ^ table()[5][(lo >> 16) & 0xFF] ^ table()[4][lo >> 24] ^
          table()[3][hi & 0xFF] ^ table()[2][(hi >> 8) & 0xFF] ^ table()[1][(hi >> 16) & 0xFF] ^ table()[0][hi >> 24];
      p += 8;
      size -= 8;
    }
    while (size--) c = table()[0][(c ^ *p++) & 0xFF] ^ (c >> 8);
    state_ = ~c;
  }
  std::uint32_t value() const { return state_; }
  static std::uint32_t of(std::string_view bytes) {
    crc32 c;
    c.update(bytes.data(), bytes.size());
    return c.value();
  }

private:
  using tables = std::array<std::array<std::uint32_t, 256>, 8>;
  static const tables& table() {
    static const tables t = [] {
      tables t{};
      for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][i] = c;
      }
      for (std::uint32_t i = 0; i < 256; ++i)
        for (std::size_t k = 1; k < 8; ++k) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF];
      return t;
    }();
    return t;
  }
  std::uint32_t state_ = 0;
};

// Little-endian encoding into a byte string.
template <class T> void put(std::string& out, T v) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  out.append(bytes, sizeof(T));
}
inline void put_string(std::string& out, std::string_view s) {
  put(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

// Bounds-checked decoding of a byte range of the file. Every failure throws
// load_error naming the file, what was wrong, and the byte offset in the file.
class reader {
public:
  // With `log`, messages name the file as the write-ahead log rather than a snapshot.
  reader(std::string_view file_name, std::string_view bytes, std::size_t base, const char* section,
         bool log = false)
      : file_(file_name), bytes_(bytes), base_(base), section_(section), log_(log) {}

  std::size_t offset() const { return base_ + pos_; } // in the file
  std::size_t left() const { return bytes_.size() - pos_; }
  bool done() const { return pos_ == bytes_.size(); }

  template <class T> T get() {
    need(sizeof(T), "a number");
    T v;
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view get_string() {
    const std::size_t at = offset();
    const auto n = get<std::uint32_t>();
    if (n > left()) fail_at(at, "a string of " + std::to_string(n) + " bytes runs past the end of the section");
    const auto s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // A count of items each at least `min_item_size` bytes long, checked against
  // the bytes left so a hostile count cannot make the reader allocate wildly.
  std::uint32_t get_count(std::size_t min_item_size, const char* what) {
    const std::size_t at = offset();
    const auto n = get<std::uint32_t>();
    if (min_item_size > 0 && n > left() / min_item_size)
      fail_at(at, std::string("a count of ") + std::to_string(n) + " " + what + " exceeds the section's size");
    return n;
  }

  [[noreturn]] void fail_at(std::size_t at, const std::string& what) const {
    throw load_error("LoadError", log_ ? "CorruptedLog" : "CorruptedSnapshot",
                     file_ + (log_ ? ": corrupted log: " : ": corrupted snapshot: ") + what + " (" +
                         (log_ ? "" : "section ") + section_ + ", at byte " + std::to_string(at) + ")",
                     source_position{0, 0, at});
  }
  [[noreturn]] void fail(const std::string& what) const { fail_at(offset(), what); }

private:
  void need(std::size_t n, const char* what) const {
    if (n > left()) fail(std::string(what) + " runs past the end of the section");
  }

  std::string file_;
  std::string_view bytes_;
  std::size_t base_ = 0, pos_ = 0;
  const char* section_;
  bool log_ = false;
};

} // namespace annals::storage::snapshot
