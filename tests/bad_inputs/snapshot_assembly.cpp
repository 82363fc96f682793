#include "snapshot_assembly.hpp"

#include "bad_input_case.hpp"
#include "storage/snapshot_format.hpp"

#include <sstream>
#include <stdexcept>
#include <vector>

namespace annals::bad_inputs {

namespace snap = storage::snapshot;

namespace {

void set_at(std::string& b, std::size_t at, const std::string& bytes) {
  if (at + bytes.size() > b.size()) throw std::invalid_argument("poke past the end");
  b.replace(at, bytes.size(), bytes);
}

std::string hex_bytes(std::istream& in) {
  std::string out, byte;
  while (in >> byte) out.push_back(static_cast<char>(std::stoi(byte, nullptr, 16)));
  return out;
}

struct assembly {
  std::uint32_t version = snap::format_version, flags = 0;
  bool has_header = false;
  std::vector<std::pair<std::uint32_t, std::string>> sections;

  std::string bytes() const {
    std::string out;
    if (has_header) {
      out.assign(snap::magic.begin(), snap::magic.end());
      snap::put(out, version);
      snap::put(out, flags);
      out.append(16, '\0');
    }
    for (const auto& [tag, payload] : sections) {
      snap::put(out, tag);
      snap::put(out, static_cast<std::uint64_t>(payload.size()));
      snap::put(out, std::uint32_t{0});
      out += payload;
    }
    if (has_header) fix_checksums(out);
    return out;
  }
};

} // namespace

void fix_checksums(std::string& b) {
  std::size_t at = snap::header_size;
  while (at + snap::section_header_size <= b.size()) {
    std::uint64_t length;
    std::memcpy(&length, b.data() + at + 4, 8);
    const std::size_t payload_at = at + snap::section_header_size;
    if (length > b.size() - payload_at) break;
    std::string crc;
    snap::put(crc, snap::crc32::of(std::string_view(b).substr(payload_at, length)));
    set_at(b, at + 12, crc);
    at = payload_at + length;
  }
  if (b.size() < snap::header_size) return;
  std::string size;
  snap::put(size, static_cast<std::uint64_t>(b.size()));
  set_at(b, snap::file_size_at, size);
  std::string crc;
  snap::put(crc, snap::crc32::of(std::string_view(b).substr(0, snap::header_crc_at)));
  set_at(b, snap::header_crc_at, crc);
}

std::string assemble_snapshot(std::string_view description, const std::string& fixture) {
  std::istringstream lines{std::string(description)};
  std::string line;
  assembly a;
  std::string bytes;
  bool built = false; // `bytes` holds the file; ops apply to it
  auto build = [&] {
    if (!built) bytes = a.bytes();
    built = true;
  };
  auto payload = [&]() -> std::string& {
    if (built || a.sections.empty()) throw std::invalid_argument("data outside a section: " + line);
    return a.sections.back().second;
  };
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string op;
    words >> op;
    if (op == "fixture") {
      bytes = fixture;
      built = true;
    } else if (op == "header") {
      a.has_header = true;
      std::string setting;
      while (words >> setting) {
        const auto eq = setting.find('=');
        const auto n = static_cast<std::uint32_t>(std::stoul(setting.substr(eq + 1)));
        if (setting.starts_with("version=")) a.version = n;
        else if (setting.starts_with("flags=")) a.flags = n;
        else throw std::invalid_argument("unknown header setting " + setting);
      }
    } else if (op == "section") {
      std::string tag;
      words >> tag;
      if (tag.size() != 4) throw std::invalid_argument("a section tag has four letters");
      const char t[5] = {tag[0], tag[1], tag[2], tag[3], 0};
      a.sections.emplace_back(snap::fourcc(t), std::string());
    } else if (op == "u8") {
      snap::put(payload(), static_cast<std::uint8_t>(std::stoul(line.substr(3))));
    } else if (op == "u32") {
      snap::put(payload(), static_cast<std::uint32_t>(std::stoul(line.substr(4))));
    } else if (op == "i32") {
      snap::put(payload(), static_cast<std::int32_t>(std::stol(line.substr(4))));
    } else if (op == "u64") {
      snap::put(payload(), static_cast<std::uint64_t>(std::stoull(line.substr(4))));
    } else if (op == "i64") {
      snap::put(payload(), static_cast<std::int64_t>(std::stoll(line.substr(4))));
    } else if (op == "f64") {
      snap::put(payload(), std::stod(line.substr(4)));
    } else if (op == "str") {
      snap::put_string(payload(), expand(line.size() > 4 ? line.substr(4) : std::string()));
    } else if (op == "bytes") {
      payload() += hex_bytes(words);
    } else {
      build();
      if (op == "truncate") {
        std::size_t n;
        words >> n;
        bytes.resize(std::min(n, bytes.size()));
      } else if (op == "chop") {
        std::size_t n;
        words >> n;
        bytes.resize(bytes.size() - std::min(n, bytes.size()));
      } else if (op == "flip") {
        long long at;
        int bit;
        words >> at >> bit;
        const std::size_t i = at < 0 ? bytes.size() - static_cast<std::size_t>(-at) : static_cast<std::size_t>(at);
        bytes.at(i) = static_cast<char>(bytes.at(i) ^ (1 << bit));
      } else if (op == "poke") {
        long long at;
        words >> at;
        const std::size_t i = at < 0 ? bytes.size() - static_cast<std::size_t>(-at) : static_cast<std::size_t>(at);
        set_at(bytes, i, hex_bytes(words));
      } else if (op == "append") {
        bytes += hex_bytes(words);
      } else if (op == "fix-checksums") {
        fix_checksums(bytes);
      } else {
        throw std::invalid_argument("unknown snapshot description line: " + line);
      }
    }
  }
  build();
  return bytes;
}

} // namespace annals::bad_inputs
