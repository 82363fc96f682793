// Snapshots: database::save and database::open (layout in snapshot_format.hpp).
//
// Saving streams the graph through storage::atomic_file: a temporary file
// beside the target, fsync'd, renamed over the target, the directory fsync'd,
// so a crash at any moment leaves the old snapshot or the new one (a crash may
// leave the temporary file ".NAME.tmp-XXXXXX" behind; it is never read), and
// the file is locked against a second writer meanwhile.
//
// Opening reads the whole file, checks the header, then each section's checksum
// before decoding it, and builds a fresh graph from it. Node and
// relationship ids are kept (deleted nodes stay as dead ids, so the ids a user
// has seen keep meaning the same thing); derived relationships are not stored
// but recomputed from their definitions, which loading hands back as text for
// the database to define again over the loaded data (storage knows no query
// language). Only when all of that succeeded does the new graph replace the
// database's: any error leaves the database untouched.
//
// Loading is bulk: records go straight into the adjacency_list and the
// indexes (graph befriends detail::snapshot_access for that), and the schema
// checks that add_node/add_relationship would make one record at a time are
// made from tables precomputed per symbol, so a crafted file whose checksums
// are right still cannot produce a graph that breaks its declared tables.
// Relationships are decoded in one pass in file order (so the first error in
// the file is the one reported) and linked into the adjacency afterwards,
// grouped by node: at 10 M relationships, memory access, not decoding, is
// what a load costs.
#include "annals/error.hpp"
#include "annals/graph.hpp"
#include "storage/atomic_file.hpp"
#include "storage/snapshot_format.hpp"
#include "storage/snapshot_io.hpp"
#include "storage/value_codec.hpp"

#include <algorithm>
#include <new>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace annals {

namespace snap = storage::snapshot;

namespace {

// ---- writing ------------------------------------------------------------------

[[noreturn]] void save_fail(const std::string& file, const std::string& what, int err = 0) {
  throw runtime_error("IOError", "CannotSave",
                      file + ": cannot save: " + what + (err ? std::string(" (") + std::strerror(err) + ")" : ""));
}

// Streams sections to a file descriptor, computing each payload's CRC on the
// way, and patches the section headers and the file header in place after.
class snapshot_writer {
public:
  snapshot_writer(int fd, std::string file) : fd_(fd), file_(std::move(file)) {}

  std::string& out() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= (1u << 20)) flush();
  }

  void write_header() {
    std::string h(snap::header_size, '\0');
    std::memcpy(h.data(), snap::magic.data(), snap::magic.size());
    raw(h);
  }
  void begin_section(std::uint32_t tag) {
    flush();
    section_start_ = offset_;
    tag_ = tag;
    raw(std::string(snap::section_header_size, '\0'));
    crc_ = {};
    payload_ = 0;
  }
  void end_section() {
    flush();
    std::string h;
    snap::put(h, tag_);
    snap::put(h, static_cast<std::uint64_t>(payload_));
    snap::put(h, crc_.value());
    patch(section_start_, h);
  }
  void finish() {
    flush();
    std::string h(snap::magic.begin(), snap::magic.end());
    snap::put(h, snap::format_version);
    snap::put(h, std::uint32_t{0});
    snap::put(h, static_cast<std::uint64_t>(offset_));
    snap::put(h, snap::crc32::of(h));
    snap::put(h, std::uint32_t{0});
    patch(0, h);
  }

private:
  void flush() {
    crc_.update(buffer_.data(), buffer_.size());
    payload_ += buffer_.size();
    write_all(buffer_);
    buffer_.clear();
  }
  void raw(const std::string& bytes) { write_all(bytes); }
  void write_all(std::string_view bytes) {
    while (!bytes.empty()) {
      const auto n = ::write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) save_fail(file_, "write failed", errno);
      bytes.remove_prefix(static_cast<std::size_t>(n));
      offset_ += static_cast<std::size_t>(n);
    }
  }
  void patch(std::size_t at, std::string_view bytes) {
    while (!bytes.empty()) {
      const auto n = ::pwrite(fd_, bytes.data(), bytes.size(), static_cast<off_t>(at));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) save_fail(file_, "write failed", errno);
      bytes.remove_prefix(static_cast<std::size_t>(n));
      at += static_cast<std::size_t>(n);
    }
  }

  int fd_;
  std::string file_;
  std::string buffer_;
  std::size_t offset_ = 0, section_start_ = 0, payload_ = 0;
  std::uint32_t tag_ = 0;
  snap::crc32 crc_;
};

void encode_properties(snapshot_writer& w, const graph& g, const property_set& props, const std::string& file,
                       const char* what, std::uint32_t id) {
  auto& out = w.out();
  snap::put(out, static_cast<std::uint32_t>(props.size()));
  for (const auto& [key, v] : props) {
    snap::put(out, key);
    if (auto why = storage::encode_value(out, v))
      save_fail(file, std::string(what) + " " + std::to_string(id) + "'s property " + g.name(key) + " " + *why);
  }
}

void write_snapshot(snapshot_writer& w, const graph& g, const std::vector<std::pair<std::string, std::string>>& derived,
                    const std::string& file) {
  using snap::put;
  using snap::put_string;
  w.write_header();

  w.begin_section(snap::fourcc("SYMB"));
  put(w.out(), static_cast<std::uint32_t>(g.symbols().size()));
  for (symbol s = 0; s < g.symbols().size(); ++s) {
    put_string(w.out(), g.name(s));
    w.maybe_flush();
  }
  w.end_section();

  w.begin_section(snap::fourcc("SCHM"));
  auto put_columns = [&](const std::vector<column>& columns) {
    put(w.out(), static_cast<std::uint32_t>(columns.size()));
    for (const auto& c : columns) {
      put_string(w.out(), c.name);
      // The declared range rides in the high nibble, so older snapshots (range 0) read as before.
      put(w.out(), static_cast<std::uint8_t>(static_cast<unsigned>(c.type.element) |
                                             (static_cast<unsigned>(c.type.declared) << 4)));
      put(w.out(), static_cast<std::uint8_t>(c.type.fixed_length ? 2 : c.type.is_list ? 1 : 0));
      if (c.type.fixed_length) put(w.out(), c.type.fixed_length);
    }
  };
  put(w.out(), static_cast<std::uint32_t>(g.schema().node_tables().size()));
  for (const auto& [name, t] : g.schema().node_tables()) {
    put_string(w.out(), t.name);
    put_columns(t.columns);
    put_string(w.out(), t.primary_key);
  }
  put(w.out(), static_cast<std::uint32_t>(g.schema().rel_tables().size()));
  std::unordered_set<symbol> derived_types;
  for (const auto& [name, t] : g.schema().rel_tables()) {
    put_string(w.out(), t.name);
    put(w.out(), static_cast<std::uint32_t>(t.endpoints.size()));
    for (const auto& [from, to] : t.endpoints) {
      put_string(w.out(), from);
      put_string(w.out(), to);
    }
    put_columns(t.columns);
    put_string(w.out(), t.derived_query);
    if (t.is_derived())
      if (auto s = g.find_symbol(t.name)) derived_types.insert(*s);
  }
  w.end_section();

  w.begin_section(snap::fourcc("NODE"));
  put(w.out(), static_cast<std::uint32_t>(g.node_capacity()));
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    const bool alive = g.node_alive(n);
    put(w.out(), static_cast<std::uint8_t>(alive));
    if (alive) {
      const auto& rec = g.node(n);
      put(w.out(), static_cast<std::uint32_t>(rec.labels.size()));
      for (symbol l : rec.labels) put(w.out(), l);
      encode_properties(w, g, rec.properties, file, "node", n);
    }
    w.maybe_flush();
  }
  w.end_section();

  w.begin_section(snap::fourcc("RELS"));
  std::uint32_t stored = 0;
  for (rel_id r = 0; r < g.rel_capacity(); ++r)
    if (g.rel_alive(r) && !derived_types.count(g.rel(r).type)) ++stored;
  put(w.out(), static_cast<std::uint32_t>(g.rel_capacity()));
  put(w.out(), stored);
  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r) || derived_types.count(g.rel(r).type)) continue;
    put(w.out(), r);
    put(w.out(), g.source(r));
    put(w.out(), g.target(r));
    put(w.out(), g.rel(r).type);
    encode_properties(w, g, g.rel(r).properties, file, "relationship", r);
    w.maybe_flush();
  }
  w.end_section();

  w.begin_section(snap::fourcc("DERV"));
  put(w.out(), static_cast<std::uint32_t>(derived.size()));
  for (const auto& [name, statement] : derived) {
    put_string(w.out(), name);
    put_string(w.out(), statement);
  }
  w.end_section();

  w.begin_section(snap::fourcc("END_"));
  w.end_section();
  w.finish();
}

// ---- reading ------------------------------------------------------------------

[[noreturn]] void load_fail(const std::string& detail, const std::string& message, std::size_t at) {
  throw load_error("LoadError", detail, message, source_position{0, 0, at});
}

std::string tag_text(std::uint32_t tag) {
  std::string s;
  bool printable = true;
  for (int i = 0; i < 4; ++i) {
    const char c = static_cast<char>((tag >> (8 * i)) & 0xFF);
    printable &= c >= 0x21 && c <= 0x7E;
    s += c;
  }
  if (printable) return "'" + s + "'";
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%08X", tag);
  return hex;
}

// The header's checks, which need only its bytes (`bytes`, the first
// header_size of the file or fewer) and the file's size: a file that is no
// snapshot is refused after reading 32 bytes, however big it is.
void check_snapshot_header(const std::string& file, std::string_view bytes, std::size_t size) {
  const auto header = bytes;
  const std::size_t magic_seen = std::min(size, snap::magic.size());
  if (std::memcmp(bytes.data(), snap::magic.data(), magic_seen) != 0 || size == 0) {
    if (size == 0) load_fail("TruncatedSnapshot", file + ": truncated snapshot: the file is empty", 0);
    load_fail("NotASnapshot",
              file + ": not an annals snapshot: the file does not start with the snapshot magic (at byte 0)", 0);
  }
  if (size < snap::header_size)
    load_fail("TruncatedSnapshot",
              file + ": truncated snapshot: the file ends at byte " + std::to_string(size) + ", inside the " +
                  std::to_string(snap::header_size) + "-byte header",
              size);
  auto u32_at = [&](std::size_t at) {
    std::uint32_t v;
    std::memcpy(&v, bytes.data() + at, 4);
    return v;
  };
  std::uint64_t declared_size;
  std::memcpy(&declared_size, bytes.data() + snap::file_size_at, 8);
  if (const auto version = u32_at(snap::version_at); version != snap::format_version)
    load_fail("UnsupportedVersion",
              file + ": unsupported snapshot format version " + std::to_string(version) + " (at byte " +
                  std::to_string(snap::version_at) + "); this build of annals reads version " +
                  std::to_string(snap::format_version),
              snap::version_at);
  if (snap::crc32::of(header.substr(0, snap::header_crc_at)) != u32_at(snap::header_crc_at) ||
      u32_at(snap::flags_at) != 0 || u32_at(snap::header_crc_at + 4) != 0)
    load_fail("CorruptedSnapshot",
              file + ": corrupted snapshot: the header (bytes 0.." + std::to_string(snap::header_size) +
                  ") fails its checksum",
              0);
  if (declared_size > size)
    load_fail("TruncatedSnapshot",
              file + ": truncated snapshot: the file ends at byte " + std::to_string(size) + ", its header says " +
                  std::to_string(declared_size) + " bytes",
              size);
  if (declared_size < size)
    load_fail("CorruptedSnapshot",
              file + ": corrupted snapshot: " + std::to_string(size - declared_size) +
                  " unexpected bytes after the end of the snapshot (at byte " + std::to_string(declared_size) + ")",
              declared_size);
}

// Read, not mapped: a mapped file that another program truncates meanwhile
// ends the process with SIGBUS; a read one only comes out shorter, and the
// header's file size says so. The header is read and checked first, so a
// file that is not a snapshot costs 32 bytes whatever its size.
std::string read_snapshot_file(const std::filesystem::path& path, const std::string& file) {
  // O_NONBLOCK: a FIFO is refused below instead of waiting for a writer.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) load_fail("CannotRead", file + ": cannot open (" + std::strerror(errno) + ")", 0);
  struct closer {
    int fd;
    ~closer() { ::close(fd); }
  } close_it{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) load_fail("CannotRead", file + ": cannot read (" + std::strerror(errno) + ")", 0);
  if (S_ISDIR(st.st_mode)) load_fail("CannotRead", file + ": cannot read: it is a directory", 0);
  if (!S_ISREG(st.st_mode)) load_fail("CannotRead", file + ": cannot read: not a regular file", 0);
  const auto read_into = [&](std::string& bytes, std::size_t done) {
    while (done < bytes.size()) {
      const auto n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) load_fail("CannotRead", file + ": cannot read (" + std::strerror(errno) + ")", done);
      if (n == 0) break; // shrank while we read
      done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
  };
  const auto size = static_cast<std::size_t>(st.st_size);
  std::string bytes(std::min(size, snap::header_size), '\0');
  read_into(bytes, 0);
  if (bytes.size() == std::min(size, snap::header_size)) check_snapshot_header(file, bytes, size);
  try {
    bytes.resize(size);
  } catch (const std::bad_alloc&) {
    load_fail("OutOfMemory", file + ": cannot read: not enough memory for its " + std::to_string(size) + " bytes", 0);
  }
  read_into(bytes, std::min(size, snap::header_size));
  return bytes;
}

} // namespace

namespace detail {

struct snapshot_access {
  // Header and sections: checks everything that needs no decoding, and
  // returns each section's payload.
  struct section {
    std::string_view payload;
    std::size_t at; // offset of the payload in the file
    const char* name;
  };

  static std::vector<section> split(const std::string& file, std::string_view bytes) {
    const std::size_t size = bytes.size();
    check_snapshot_header(file, bytes.substr(0, snap::header_size), size);
    auto u32_at = [&](std::size_t at) {
      std::uint32_t v;
      std::memcpy(&v, bytes.data() + at, 4);
      return v;
    };
    std::vector<section> out;
    std::size_t at = snap::header_size;
    for (const auto& kind : snap::sections) {
      if (size - at < snap::section_header_size)
        load_fail("CorruptedSnapshot",
                  file + ": corrupted snapshot: section " + kind.name + " is missing (at byte " + std::to_string(at) +
                      ")",
                  at);
      const auto tag = u32_at(at);
      std::uint64_t length;
      std::memcpy(&length, bytes.data() + at + 4, 8);
      const auto crc = u32_at(at + 12);
      if (tag != kind.tag)
        load_fail("CorruptedSnapshot",
                  file + ": corrupted snapshot: expected section " + kind.name + " at byte " + std::to_string(at) +
                      ", found " + tag_text(tag),
                  at);
      const std::size_t payload_at = at + snap::section_header_size;
      if (length > size - payload_at)
        load_fail("CorruptedSnapshot",
                  file + ": corrupted snapshot: section " + kind.name + " at byte " + std::to_string(at) + " claims " +
                      std::to_string(length) + " bytes, past the end of the file at byte " + std::to_string(size),
                  at);
      const auto payload = bytes.substr(payload_at, length);
      if (snap::crc32::of(payload) != crc)
        load_fail("CorruptedSnapshot",
                  file + ": corrupted snapshot: section " + kind.name + " (bytes " + std::to_string(payload_at) + ".." +
                      std::to_string(payload_at + length) + ") fails its checksum",
                  payload_at);
      out.push_back({payload, payload_at, kind.name});
      at = payload_at + length;
    }
    if (at != size)
      load_fail("CorruptedSnapshot",
                file + ": corrupted snapshot: " + std::to_string(size - at) +
                    " unexpected bytes after section END_ (at byte " + std::to_string(at) + ")",
                at);
    return out;
  }

  // Per-symbol schema, for checking records in bulk.
  struct node_rules {
    const node_table* table;
    symbol label;
    std::optional<symbol> key;
    std::unordered_map<symbol, data_type> columns;
  };
  struct rel_rules {
    const rel_table* table;
    std::vector<std::pair<std::optional<symbol>, std::optional<symbol>>> endpoints;
    std::unordered_map<symbol, data_type> columns;
  };

  // A symbol of the file, as a symbol of the graph being built.
  static symbol get_symbol(snap::reader& in, const std::vector<symbol>& remap, const char* what) {
    const std::size_t at = in.offset();
    const auto s = in.get<symbol>();
    if (s >= remap.size()) in.fail_at(at, std::string("an unknown ") + what + " " + std::to_string(s));
    return remap[s];
  }

  static void decode_properties(snap::reader& in, const graph& g, const std::vector<symbol>& remap,
                                property_set& props) {
    const auto n = in.get_count(5, "properties");
    props.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::size_t at = in.offset();
      const symbol key = get_symbol(in, remap, "property key");
      if (props.get(key)) in.fail_at(at, "a repeated property " + g.name(key));
      value v = storage::decode_value(in);
      if (v.is_null()) in.fail_at(at, "a null property " + g.name(key));
      props.set(key, std::move(v));
    }
  }

  static std::string describe(const value& v) {
    std::string text = to_cypher(v);
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return std::string(to_string(v.kind())) + " " + text;
  }

  // What the relationship checks need of each node: whether it is alive, and
  // which endpoint labels of the declared relationship tables it has, a bit
  // each. Relationships name their endpoints in any order, so these are read
  // at random; one byte per node (up to 7 such labels) keeps them in the cache
  // where the node records would not be. More labels take a word per node.
  class node_flags {
  public:
    static constexpr int max_label_bits = 64;
    void assign(std::size_t nodes, int label_bits) {
      small_.assign(nodes, 0);
      if (label_bits > small_label_bits) wide_.assign(nodes, 0);
    }
    std::size_t size() const { return small_.size(); }
    void set_alive(node_id n) { small_[n] |= alive_bit; }
    void set_label(node_id n, int bit) {
      if (wide_.empty()) small_[n] |= static_cast<std::uint8_t>(1u << bit);
      else wide_[n] |= std::uint64_t{1} << bit;
    }
    bool alive(node_id n) const { return n < small_.size() && (small_[n] & alive_bit) != 0; }
    bool has_label(node_id n, int bit) const { return (wide_.empty() ? small_[n] >> bit : wide_[n] >> bit) & 1; }

  private:
    static constexpr int small_label_bits = 7;
    static constexpr std::uint8_t alive_bit = 0x80;
    std::vector<std::uint8_t> small_;
    std::vector<std::uint64_t> wide_;
  };

  // A relationship of the edge list, as linking it needs it: a compact array
  // of these is read front to back, where walking the list would chase its
  // pointers through memory.
  using edge_iterator = decltype(bgl_graph::m_edges)::iterator;
  struct stored_rel {
    edge_iterator edge;
    node_id from, to;
    symbol type;
    rel_id id;
  };

  // One end of a relationship, as a node's adjacency holds it.
  struct rel_end {
    edge_iterator edge;
    node_id other; // the node at the other end
    symbol type;
    rel_id id;
  };

  // Links one side (outgoing or incoming) of every relationship into its
  // node's BGL edge vector and typed adjacency. Linking relationship by
  // relationship would visit random nodes several times per relationship;
  // instead the relationships are grouped by node first (a stable counting
  // sort into `grouped`, so ids stay ascending within a node), and then each
  // node's two vectors are allocated once at their size and written front to
  // back. `grouped` is scratch space of rels.size() entries, shared by both
  // sides so its pages are faulted in once.
  static void link(graph& g, const std::vector<stored_rel>& rels, std::size_t nodes, bool outgoing,
                   std::vector<rel_end>& grouped) {
    using stored_edge = std::remove_reference_t<decltype(g.g_.m_vertices[0].m_out_edges)>::value_type;
    // ends[v]: the degree of v, then where v's group starts in `grouped`, then (once placed) where it ends.
    std::vector<std::uint32_t> ends(nodes, 0);
    for (const auto& r : rels) ++ends[outgoing ? r.from : r.to];
    std::uint32_t sum = 0;
    for (auto& end : ends) sum += std::exchange(end, sum);
    for (const auto& r : rels)
      grouped[ends[outgoing ? r.from : r.to]++] = {r.edge, outgoing ? r.to : r.from, r.type, r.id};
    // Adjacency is by (type, relationship id); ids are in order, so a stable sort by type does it.
    auto by_type = [](const adjacent& a, const adjacent& b) { return a.type < b.type; };
    std::size_t begin = 0;
    for (std::size_t v = 0; v < nodes; ++v) {
      const std::size_t end = ends[v];
      if (begin == end) continue;
      auto& vertex = g.g_.m_vertices[v];
      auto& bgl_edges = outgoing ? vertex.m_out_edges : vertex.m_in_edges;
      auto& adjacency = outgoing ? vertex.m_property.out : vertex.m_property.in;
      bgl_edges.reserve(end - begin);
      adjacency.reserve(end - begin);
      for (std::size_t i = begin; i < end; ++i) {
        const rel_end& e = grouped[i];
        bgl_edges.push_back(stored_edge(e.other, e.edge));
        adjacency.push_back({e.type, e.id, e.other});
      }
      if (!std::is_sorted(adjacency.begin(), adjacency.end(), by_type))
        std::stable_sort(adjacency.begin(), adjacency.end(), by_type);
      begin = end;
    }
  }

  // `keep`: the symbols of the graph the loaded one will replace. They keep
  // their ids (the file's symbols are mapped onto them), so what still holds
  // a symbol of the old graph, like a prepared statement's plan, keeps naming
  // the same label, type or key.
  static std::vector<storage::stored_definition> load(graph& g, const symbol_table& keep, const std::string& file,
                                                      std::string_view bytes) {
    const auto parts = split(file, bytes);
    auto reader_of = [&](std::size_t i) { return snap::reader(file, parts[i].payload, parts[i].at, parts[i].name); };

    // ---- SYMB
    for (symbol s = 0; s < keep.size(); ++s) g.symbols_.intern(keep.name(s));
    std::vector<symbol> remap;
    {
      auto in = reader_of(0);
      const auto n = in.get_count(4, "symbols");
      remap.reserve(n);
      std::vector<bool> taken(keep.size() + n, false);
      for (std::uint32_t i = 0; i < n; ++i) {
        const std::size_t at = in.offset();
        const auto name = in.get_string();
        const symbol s = g.symbols_.intern(name);
        if (taken[s]) in.fail_at(at, "a repeated symbol " + std::string(name));
        taken[s] = true;
        remap.push_back(s);
      }
      if (!in.done()) in.fail("unexpected bytes at the end of the section");
    }
    const std::size_t symbol_count = g.symbols_.size();

    // ---- SCHM
    std::vector<std::string> derived_tables;
    {
      auto in = reader_of(1);
      auto get_columns = [&] {
        std::vector<column> columns(in.get_count(6, "columns"));
        for (auto& c : columns) {
          c.name = in.get_string();
          const std::size_t at = in.offset();
          const auto packed = in.get<std::uint8_t>();
          const auto is_list = in.get<std::uint8_t>();
          const unsigned element = packed & 0x0f, declared = packed >> 4;
          if (element > static_cast<unsigned>(data_type::base::date) ||
              declared > static_cast<unsigned>(data_type::range::float32) || is_list > 2)
            in.fail_at(at, "an unknown column type");
          c.type = data_type{static_cast<data_type::base>(element), is_list >= 1,
                             static_cast<data_type::range>(declared), is_list == 2 ? in.get<std::uint32_t>() : 0};
          using range = data_type::range;
          const bool range_fits = c.type.declared == range::full ||
                                  (c.type.declared == range::float32 ? c.type.element == data_type::base::double_
                                                                     : c.type.element == data_type::base::int64);
          if ((is_list == 2 && c.type.fixed_length == 0) || !range_fits)
            in.fail_at(at, "an unknown column type");
        }
        return columns;
      };
      const auto nodes = in.get_count(12, "node tables");
      for (std::uint32_t i = 0; i < nodes; ++i) {
        const std::size_t at = in.offset();
        node_table t;
        t.name = in.get_string();
        t.columns = get_columns();
        t.primary_key = in.get_string();
        try {
          g.schema_.add_node_table(std::move(t));
        } catch (const error& e) {
          in.fail_at(at, "a malformed node table: " + e.message());
        }
      }
      const auto rels = in.get_count(16, "relationship tables");
      for (std::uint32_t i = 0; i < rels; ++i) {
        const std::size_t at = in.offset();
        rel_table t;
        t.name = in.get_string();
        t.endpoints.resize(in.get_count(8, "endpoints"));
        for (auto& [from, to] : t.endpoints) {
          from = in.get_string();
          to = in.get_string();
        }
        t.columns = get_columns();
        t.derived_query = in.get_string();
        // Derived tables are declared again by their definitions (section DERV).
        if (t.is_derived()) {
          derived_tables.push_back(t.name);
          continue;
        }
        try {
          g.schema_.add_rel_table(std::move(t));
        } catch (const error& e) {
          in.fail_at(at, "a malformed relationship table: " + e.message());
        }
      }
      if (!in.done()) in.fail("unexpected bytes at the end of the section");
    }

    // The schema, by symbol.
    std::vector<int> node_rule_of(symbol_count, -1), rel_rule_of(symbol_count, -1);
    std::vector<node_rules> node_rule;
    std::vector<rel_rules> rel_rule;
    std::vector<bool> is_derived_type(symbol_count, false);
    for (const auto& [name, t] : g.schema_.node_tables()) {
      const auto label = g.symbols_.find(name);
      if (!label) continue; // no node can carry it
      node_rules r{&t, *label, g.symbols_.find(t.primary_key), {}};
      for (const auto& c : t.columns)
        if (auto s = g.symbols_.find(c.name)) r.columns.emplace(*s, c.type);
      node_rule_of[*label] = static_cast<int>(node_rule.size());
      node_rule.push_back(std::move(r));
    }
    for (const auto& [name, t] : g.schema_.rel_tables()) {
      const auto type = g.symbols_.find(name);
      if (!type) continue;
      rel_rules r{&t, {}, {}};
      for (const auto& [from, to] : t.endpoints) r.endpoints.emplace_back(g.symbols_.find(from), g.symbols_.find(to));
      for (const auto& c : t.columns)
        if (auto s = g.symbols_.find(c.name)) r.columns.emplace(*s, c.type);
      rel_rule_of[*type] = static_cast<int>(rel_rule.size());
      rel_rule.push_back(std::move(r));
    }
    for (const auto& name : derived_tables)
      if (auto s = g.symbols_.find(name)) is_derived_type[*s] = true;

    // Endpoint labels of declared relationship tables get a bit each, so the
    // endpoint checks read a small per-node mask instead of the node records
    // (which random access would drag through the cache one by one).
    std::vector<int> endpoint_bit(symbol_count, -1);
    int endpoint_bits = 0;
    for (const auto& r : rel_rule)
      for (const auto& [from, to] : r.endpoints)
        for (const auto& l : {from, to})
          if (l && endpoint_bit[*l] < 0 && endpoint_bits < node_flags::max_label_bits)
            endpoint_bit[*l] = endpoint_bits++;

    // ---- NODE
    node_flags flags;
    {
      auto in = reader_of(2);
      const auto capacity = in.get_count(1, "nodes");
      g.g_.m_vertices.reserve(capacity);
      flags.assign(capacity, endpoint_bits);
      std::vector<const node_rules*> tables;
      for (node_id n = 0; n < capacity; ++n) {
        const std::size_t at = in.offset();
        const auto alive = in.get<std::uint8_t>();
        if (alive > 1) in.fail_at(at, "a node that is neither alive nor deleted");
        boost::add_vertex(g.g_);
        node_record& rec = g.g_[n];
        rec.alive = alive == 1;
        if (!rec.alive) continue;
        ++g.live_nodes_;
        flags.set_alive(n);
        rec.labels.resize(in.get_count(4, "labels"));
        std::optional<symbol> previous; // as written: ascending ids of the file
        for (auto& l : rec.labels) {
          const std::size_t label_at = in.offset();
          const auto written = in.get<symbol>();
          if (written >= remap.size()) in.fail_at(label_at, "an unknown label " + std::to_string(written));
          if (previous && written <= *previous) in.fail_at(label_at, "labels out of order");
          previous = written;
          l = remap[written];
          if (endpoint_bit[l] >= 0) flags.set_label(n, endpoint_bit[l]);
        }
        std::sort(rec.labels.begin(), rec.labels.end()); // by the graph's ids
        decode_properties(in, g, remap, rec.properties);
        // The checks of graph::check_node, from the tables by symbol.
        tables.clear();
        for (symbol l : rec.labels)
          if (node_rule_of[l] >= 0) tables.push_back(&node_rule[static_cast<std::size_t>(node_rule_of[l])]);
        auto refuse = [&](const std::string& what) {
          in.fail_at(at, "node " + std::to_string(n) + " breaks its declared table: " + what);
        };
        if (!tables.empty()) {
          for (const auto& [key, v] : rec.properties) {
            const data_type* type = nullptr;
            const node_rules* owner = nullptr;
            for (auto t : tables)
              if (auto c = t->columns.find(key); c != t->columns.end()) {
                type = &c->second;
                owner = t;
                break;
              }
            if (!type) refuse("property " + tables.front()->table->name + "." + g.name(key) + " is not declared");
            if (!type->admits(v))
              refuse("property " + owner->table->name + "." + g.name(key) + " expects " + type->to_string() +
                     ", holds " + describe(v));
          }
          for (auto t : tables) {
            const value* key = t->key ? rec.properties.get(*t->key) : nullptr;
            if (!key) refuse("primary key " + t->table->name + "." + t->table->primary_key + " is null");
            auto& index = g.by_key_[t->label];
            if (index.empty()) index.reserve(capacity - n); // at most the nodes still to come
            auto [it, added] = index.emplace(*key, n);
            if (!added)
              refuse("duplicate primary key " + t->table->name + "." + t->table->primary_key + " = " + to_cypher(*key) +
                     " (node " + std::to_string(it->second) + " has it too)");
          }
        }
        for (symbol l : rec.labels) g.by_label_[l].push_back(n);
      }
      if (!in.done()) in.fail("unexpected bytes at the end of the section");
    }

    // ---- RELS: one pass in file order decodes and checks each relationship
    // and puts its record straight into the edge list (in id order: ids
    // ascend in the file); the slots and the adjacency are filled in after.
    {
      auto in = reader_of(3);
      const auto capacity = in.get<std::uint32_t>();
      const auto n = in.get_count(20, "relationships");
      if (n > capacity) in.fail("more relationships than relationship ids");
      auto& edges = g.g_.m_edges;
      std::vector<stored_rel> stored;
      stored.reserve(n);
      std::optional<rel_id> last;
      for (std::uint32_t i = 0; i < n; ++i) {
        const std::size_t at = in.offset();
        const auto r = in.get<rel_id>();
        const auto from = in.get<node_id>(), to = in.get<node_id>();
        const symbol type = get_symbol(in, remap, "relationship type");
        if (r >= capacity || (last && r <= *last)) in.fail_at(at, "relationship ids out of order");
        last = r;
        if (!flags.alive(from) || !flags.alive(to))
          in.fail_at(at, "relationship " + std::to_string(r) + " connects a node that does not exist");
        if (is_derived_type[type])
          in.fail_at(at, "relationship " + std::to_string(r) + " has the derived type " + g.name(type));
        rel_record& rec = edges.emplace_back(from, to).get_property();
        rec.type = type;
        rec.id = r;
        stored.push_back({std::prev(edges.end()), from, to, type, r});
        decode_properties(in, g, remap, rec.properties);
        if (const int rule = rel_rule_of[type]; rule >= 0) {
          const auto& t = rel_rule[static_cast<std::size_t>(rule)];
          auto refuse = [&](const std::string& what) {
            in.fail_at(at, "relationship " + std::to_string(r) + " breaks its declared table: " + what);
          };
          auto has = [&](node_id v, symbol l) {
            const int bit = endpoint_bit[l];
            return bit >= 0 ? flags.has_label(v, bit) : g.has_label(v, l);
          };
          const bool endpoints_ok = std::any_of(t.endpoints.begin(), t.endpoints.end(), [&](const auto& e) {
            return e.first && e.second && has(from, *e.first) && has(to, *e.second);
          });
          if (!endpoints_ok) refuse("its endpoints are not those of " + t.table->name);
          for (const auto& [key, v] : rec.properties) {
            auto c = t.columns.find(key);
            if (c == t.columns.end()) refuse("property " + t.table->name + "." + g.name(key) + " is not declared");
            if (!c->second.admits(v))
              refuse("property " + t.table->name + "." + g.name(key) + " expects " + c->second.to_string() +
                     ", holds " + describe(v));
          }
        }
      }
      if (!in.done()) in.fail("unexpected bytes at the end of the section");

      g.rels_.reserve(last ? *last + 1 : 0);
      for (const auto& s : stored) {
        g.rels_.resize(s.id); // the gaps are deleted or derived relationships
        rel_record* rec = &s.edge->get_property();
        g.rels_.push_back({bgl_graph::edge_descriptor(s.from, s.to, rec), rec, s.from, s.to});
      }
      g.live_rels_ = stored.size();
      std::vector<rel_end> grouped(stored.size());
      link(g, stored, flags.size(), true, grouped);
      link(g, stored, flags.size(), false, grouped);
    }
    g.version_ = 1;

    // ---- DERV: the definitions, as text, for the database to define again over the loaded data.
    std::vector<storage::stored_definition> definitions;
    {
      auto in = reader_of(4);
      const auto n = in.get_count(8, "derived types");
      for (std::uint32_t i = 0; i < n; ++i) {
        const std::size_t at = in.offset();
        const std::string name(in.get_string());
        const std::string statement(in.get_string());
        if (std::find(derived_tables.begin(), derived_tables.end(), name) == derived_tables.end())
          in.fail_at(at, "derived type " + name + " has no derived table");
        definitions.push_back({name, statement, at});
      }
      if (!in.done()) in.fail("unexpected bytes at the end of the section");
      for (const auto& name : derived_tables)
        if (std::none_of(definitions.begin(), definitions.end(), [&](const auto& d) { return d.name == name; }))
          load_fail("CorruptedSnapshot",
                    file + ": corrupted snapshot: derived table " + name +
                        " has no definition (section DERV, at byte " + std::to_string(parts[4].at) + ")",
                    parts[4].at);
    }
    return definitions;
  }

  // Exchanges two whole graphs. adjacency_list can only be copied, which
  // would move its edges and leave rel_slot pointers dangling, so its vertex
  // vector and edge list are swapped directly: both keep their elements in
  // place (vector buffers and list nodes change owner, nothing moves).
  static void swap(graph& a, graph& b) noexcept {
    a.g_.m_vertices.swap(b.g_.m_vertices);
    a.g_.m_edges.swap(b.g_.m_edges);
    std::swap(a.schema_, b.schema_);
    std::swap(a.symbols_, b.symbols_);
    a.rels_.swap(b.rels_);
    a.deleted_types_.swap(b.deleted_types_);
    a.by_label_.swap(b.by_label_);
    a.by_key_.swap(b.by_key_);
    std::swap(a.live_nodes_, b.live_nodes_);
    std::swap(a.live_rels_, b.live_rels_);
    std::swap(a.journal_active_, b.journal_active_);
    a.journal_.swap(b.journal_);
    // Versions only grow: derived types compare them to know what is stale.
    const auto version = std::max(a.version_, b.version_) + 1;
    a.version_ = b.version_ = version;
    // Every label and type holds other data now.
    a.changed_at_.clear();
    b.changed_at_.clear();
    a.changed_floor_ = b.changed_floor_ = version;
  }
};

} // namespace detail

void storage::save_snapshot(const graph& g, const std::vector<std::pair<std::string, std::string>>& derived,
                            const std::filesystem::path& path) {
  publish_snapshot(*write_snapshot_file(g, derived, path));
}

std::unique_ptr<storage::atomic_file> storage::write_snapshot_file(const graph& g,
                                                          const std::vector<std::pair<std::string, std::string>>& derived,
                                                          const std::filesystem::path& path) {
  auto out = std::make_unique<atomic_file>(path, "save");
  snapshot_writer w(out->fd(), path.string());
  write_snapshot(w, g, derived, path.string());
  return out;
}

void storage::publish_snapshot(atomic_file& written) {
  written.finish();
  written.commit();
}

std::vector<storage::stored_definition> storage::load_snapshot(graph& fresh_graph, const symbol_table& keep,
                                                               const std::filesystem::path& path) {
  const std::string file = path.string();
  const std::string bytes = read_snapshot_file(path, file);
  return detail::snapshot_access::load(fresh_graph, keep, file, bytes);
}

void storage::swap_graphs(graph& a, graph& b) noexcept { detail::snapshot_access::swap(a, b); }

} // namespace annals
