// Snapshots: a round trip keeps everything (every value type, partial dates
// of each precision, declared and open labels, deleted ids, derived types);
// every truncation and every bit flip is refused with its exact error and
// leaves the database as it was; a writer killed at random moments leaves the
// old snapshot or the new one; a snapshot of CSV-loaded data opens as the same
// graph, down to the order of its Boost.Graph edges.
#define BOOST_TEST_MODULE snapshot
#include <boost/test/unit_test.hpp>

#include "annals/csv_loader.hpp"
#include "annals/database.hpp"
#include "storage/snapshot_format.hpp"
#include "tests/support/graph_dump.hpp"
#include "tests/support/printing.hpp"

#include <boost/crc.hpp>

#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <random>
#include <set>
#include <map>
#include <sstream>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace annals;
namespace snap = annals::storage::snapshot;

namespace {

const fs::path scratch = fs::path(ANNALS_BINARY_DIR) / "snapshot_test";

fs::path fresh_dir(const std::string& name) {
  const auto dir = scratch / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
// A new file each time: truncating one that holds data makes ext4 write it
// out on close (its replace-via-truncate safeguard), which cost the
// truncation and bit-flip tests milliseconds per case.
void write_bytes(const fs::path& file, const std::string& bytes) {
  fs::remove(file);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

value date(std::string_view text) { return value(*partial_date::parse(text)); }

// A value's text that tells every value apart, doubles by their bits.
std::string exact(const value& v) {
  if (v.is<double>()) {
    std::uint64_t bits;
    const double d = v.as<double>();
    std::memcpy(&bits, &d, 8);
    return "double:" + std::to_string(bits);
  }
  if (v.is<value_list>()) {
    std::string s = "[";
    for (const auto& x : v.as<value_list>()) s += exact(x) + ",";
    return s + "]";
  }
  if (v.is<value_map>()) {
    std::string s = "{";
    for (const auto& [k, x] : v.as<value_map>()) s += k + ":" + exact(x) + ",";
    return s + "}";
  }
  if (v.is<std::string>()) return "string:" + std::to_string(v.as<std::string>().size()) + ":" + v.as<std::string>();
  if (v.is<partial_date>()) return "date:" + v.as<partial_date>().to_string() + "/" + std::string(to_string(v.as<partial_date>().precision()));
  return std::string(to_string(v.kind())) + ":" + to_cypher(v);
}

std::string props_text(const graph& g, const property_set& props) {
  std::map<std::string, std::string> sorted;
  for (const auto& [k, v] : props) sorted[g.name(k)] = exact(v);
  std::string s;
  for (const auto& [k, v] : sorted) s += " " + k + "=" + v;
  return s;
}

// Everything a snapshot must keep, as text: schema, derived
// definitions, nodes by id, stored relationships by id, derived relationships
// (whose ids are recomputed) as a sorted list, and the indexes.
std::string canonical(database& db) {
  db.refresh_derived();
  const graph& g = db.graph();
  std::ostringstream out;
  for (const auto& [name, t] : g.schema().node_tables()) {
    out << "node table " << name << " key " << t.primary_key;
    for (const auto& c : t.columns) out << " " << c.name << ":" << c.type.to_string();
    out << "\n";
  }
  std::set<std::string> derived_types;
  for (const auto& [name, t] : g.schema().rel_tables()) {
    out << "rel table " << name;
    for (const auto& [f, to] : t.endpoints) out << " " << f << "->" << to;
    for (const auto& c : t.columns) out << " " << c.name << ":" << c.type.to_string();
    out << " derived:" << t.derived_query << "\n";
    if (t.is_derived()) derived_types.insert(name);
  }
  for (const auto& [name, text] : db.derived_definitions()) out << "definition " << name << ": " << text << "\n";
  out << "nodes " << g.node_count() << "/" << g.node_capacity() << "\n";
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    if (!g.node_alive(n)) {
      out << n << " deleted\n";
      continue;
    }
    out << n;
    std::set<std::string> names;
    for (symbol l : g.node(n).labels) names.insert(g.name(l));
    for (const auto& l : names) out << ":" << l;
    out << props_text(g, g.node(n).properties) << "\n";
  }
  std::vector<std::string> derived;
  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r)) continue;
    const std::string type = g.name(g.rel(r).type);
    std::ostringstream line;
    line << g.source(r) << "-[:" << type << props_text(g, g.rel(r).properties) << "]->" << g.target(r);
    if (derived_types.count(type)) derived.push_back(line.str());
    else out << "rel " << r << " " << line.str() << "\n";
  }
  std::sort(derived.begin(), derived.end());
  for (const auto& d : derived) out << "derived " << d << "\n";
  // Adjacency and indexes, through the public reading API.
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    if (!g.node_alive(n)) continue;
    // In (type, id) order, which depends on symbol ids: compared sorted by name.
    std::vector<std::string> adjacency;
    auto entry = [&](const adjacent& a, const char* arrow) {
      const std::string type = g.name(a.type);
      return " " + type + arrow + std::to_string(a.other) + (derived_types.count(type) ? "" : "#" + std::to_string(a.rel));
    };
    for (const auto& a : g.out(n)) adjacency.push_back(entry(a, ">"));
    for (const auto& a : g.in(n)) adjacency.push_back(entry(a, "<"));
    std::sort(adjacency.begin(), adjacency.end());
    out << "adj " << n << ":";
    for (const auto& a : adjacency) out << a;
    out << "\n";
  }
  std::map<std::string, std::string> labels; // by name: symbol ids may differ
  for (symbol s = 0; s < g.symbols().size(); ++s)
    for (node_id n : g.nodes_with_label(s)) labels[g.name(s)] += " " + std::to_string(n);
  for (const auto& [name, nodes] : labels) out << "label " << name << ":" << nodes << "\n";
  for (const auto& [name, t] : g.schema().node_tables()) {
    const auto label = g.find_symbol(name);
    const auto key = g.find_symbol(t.primary_key);
    if (!label || !key) continue;
    for (node_id n : g.nodes_with_label(*label))
      if (const value* k = g.property(n, *key)) out << "key " << name << " " << to_cypher(*k) << " -> " << g.find_node(name, *k).value_or(~0u) << "\n";
  }
  out << "bgl " << boost::num_vertices(g.bgl()) << " " << boost::num_edges(g.bgl()) << "\n";
  return out.str();
}

// A graph with every kind of value and record the format has to carry.
void build_everything(database& db) {
  db.execute(R"(
CREATE NODE TABLE Person(name STRING, born DATE, died DATE, rank INT64, height DOUBLE, alive BOOL,
                         aliases STRING[], wounds INT64[], battles DATE[], PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, start DATE, PRIMARY KEY(name));
CREATE NODE TABLE Regiment(number INT64, name STRING, PRIMARY KEY(number));
CREATE REL TABLE COMMANDED(FROM Person TO Battle, FROM Regiment TO Battle, side STRING, losses INT64);
CREATE REL TABLE SERVED_IN(FROM Person TO Regiment, since DATE);
CREATE (:Person {name: 'Benito Juárez', born: date('1806-03-21'), died: date('1872-07'), rank: 1, height: 1.37,
                 alive: false, aliases: ['Juárez', ''], wounds: [], battles: [date('1867'), date('1862-05'), date('1866-10?'), date('186X'), date('1862/..'), date('/1867-06-XX%')]});
CREATE (:Person {name: 'Porfirio Díaz', born: date('1830'), rank: -9223372036854775807 - 1, height: -0.0, alive: true});
CREATE (:Person {name: 'Ignacio Zaragoza', rank: 9223372036854775807, height: 1e308});
CREATE (:Battle {name: 'Puebla', start: date('1862-05-05')});
CREATE (:Battle {name: 'Camarón', start: date('-0044-03-15')});
CREATE (:Regiment {number: 3, name: 'Third'});
MATCH (p:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'Republic', losses: 83}]->(b);
MATCH (p:Person {name: 'Ignacio Zaragoza'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'Republic'}]->(b);
MATCH (r:Regiment), (b:Battle {name: 'Camarón'}) CREATE (r)-[:COMMANDED {side: 'France'}]->(b);
MATCH (p:Person {name: 'Porfirio Díaz'}), (r:Regiment) CREATE (p)-[:SERVED_IN {since: date('1855')}]->(r);
CREATE (:Note:Source {text: 'open labels', n: 1, x: 2.5, tags: ['a', 'b'], empty: ''});
CREATE (:Note {text: 'to delete'});
CREATE (:Scratch)-[:TMP]->(:Scratch);
MATCH (n:Note {text: 'to delete'}) DELETE n;
MATCH ()-[r:TMP]->() DELETE r;
CREATE DERIVED REL TABLE COMRADE(FROM Person TO Person) AS
  MATCH (a:Person)-[x:COMMANDED]->(b:Battle)<-[y:COMMANDED]-(c:Person) WHERE a <> c AND x.side = y.side
  RETURN a, c, b.name AS battle, b.start AS date;
CREATE (:Person {name: 'Jesús González Ortega'});
MATCH (p:Person {name: 'Jesús González Ortega'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'Republic'}]->(b);
CREATE DERIVED REL TABLE COMRADE_OF_COMRADE(FROM Person TO Person) AS
  MATCH (a:Person)-[:COMRADE]->(b:Person)-[:COMRADE]->(c:Person) WHERE a <> c RETURN a, c;
)");
  // What queries cannot write: maps, nested lists, special doubles, NUL bytes, odd strings.
  graph& g = db.graph();
  value_map inner{{"k", value(1)}, {"when", date("1864-06")}};
  value_map outer{{"inner", value(inner)}, {"list", value(value_list{value(1), value("two"), value(), value(value_list{})})}};
  const node_id n = g.add_node({"Blob"}, {{"map", value(outer)},
                                          {"nan", value(std::numeric_limits<double>::quiet_NaN())},
                                          {"inf", value(-std::numeric_limits<double>::infinity())},
                                          {"nul", value(std::string("a\0b", 3))},
                                          {"bytes", value(std::string("\xFF\xFE"))},
                                          {"deep", value(value_list{value(value_list{value(value_list{value(true)})})})}});
  g.add_relationship(n, n, "SELF", {{"map", value(inner)}, {"when", date("2024")}});
  db.refresh_derived();
}

std::string failure(const std::function<void()>& f) {
  try {
    f();
  } catch (const error& e) {
    return e.describe();
  }
  return "no error";
}

// The offsets of a snapshot's sections: {tag offset, payload offset, payload length, name}.
struct section_at {
  std::size_t at, payload, length;
  std::string name;
};
std::vector<section_at> layout(const std::string& bytes) {
  std::vector<section_at> out;
  std::size_t at = snap::header_size;
  for (const auto& kind : snap::sections) {
    std::uint64_t length;
    std::memcpy(&length, bytes.data() + at + 4, 8);
    out.push_back({at, at + 16, static_cast<std::size_t>(length), kind.name});
    at += 16 + length;
  }
  return out;
}

std::string tag_text(std::uint32_t tag) {
  std::string s;
  for (int i = 0; i < 4; ++i) {
    const char c = static_cast<char>((tag >> (8 * i)) & 0xFF);
    if (c < 0x21 || c > 0x7E) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "0x%08X", tag);
      return hex;
    }
    s += c;
  }
  return "'" + s + "'";
}

// The error the reader must give for `bytes`, a copy of `good` with one bit flipped at `at`.
std::string expected_flip_error(const std::string& file, const std::string& good, const std::string& bad, std::size_t at) {
  const std::string size = std::to_string(good.size());
  if (at < 8) return "LoadError: " + file + ": not an annals snapshot: the file does not start with the snapshot magic (at byte 0)";
  if (at < 12) {
    std::uint32_t v;
    std::memcpy(&v, bad.data() + 8, 4);
    return "LoadError: " + file + ": unsupported snapshot format version " + std::to_string(v) + " (at byte 8); this build of annals reads version 1";
  }
  if (at < 32) return "LoadError: " + file + ": corrupted snapshot: the header (bytes 0..32) fails its checksum";
  for (const auto& s : layout(good)) {
    if (at >= s.payload + s.length) continue;
    if (at < s.at + 4) {
      std::uint32_t tag;
      std::memcpy(&tag, bad.data() + s.at, 4);
      return "LoadError: " + file + ": corrupted snapshot: expected section " + s.name + " at byte " + std::to_string(s.at) + ", found " + tag_text(tag);
    }
    std::size_t length = s.length;
    if (at < s.at + 12) {
      std::uint64_t l;
      std::memcpy(&l, bad.data() + s.at + 4, 8);
      if (l > good.size() - s.payload)
        return "LoadError: " + file + ": corrupted snapshot: section " + s.name + " at byte " + std::to_string(s.at) + " claims " + std::to_string(l) + " bytes, past the end of the file at byte " + size;
      length = static_cast<std::size_t>(l);
    }
    return "LoadError: " + file + ": corrupted snapshot: section " + s.name + " (bytes " + std::to_string(s.payload) + ".." + std::to_string(s.payload + length) + ") fails its checksum";
  }
  return "?";
}

std::string expected_truncation_error(const std::string& file, std::size_t full, std::size_t k) {
  if (k == 0) return "LoadError: " + file + ": truncated snapshot: the file is empty";
  if (k < 32) return "LoadError: " + file + ": truncated snapshot: the file ends at byte " + std::to_string(k) + ", inside the 32-byte header";
  return "LoadError: " + file + ": truncated snapshot: the file ends at byte " + std::to_string(k) + ", its header says " + std::to_string(full) + " bytes";
}

} // namespace

BOOST_AUTO_TEST_CASE(crc32_matches_boost) {
  std::mt19937 rng(7);
  for (std::size_t n : {0u, 1u, 7u, 8u, 9u, 63u, 1000u}) {
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng());
    boost::crc_32_type reference;
    reference.process_bytes(s.data(), s.size());
    BOOST_TEST(snap::crc32::of(s) == reference.checksum());
  }
}

BOOST_AUTO_TEST_CASE(round_trip_keeps_everything) {
  const auto dir = fresh_dir("round_trip");
  database original;
  build_everything(original);
  const std::string before = canonical(original);
  original.save(dir / "g.annals");

  database copy;
  copy.execute("CREATE (:Leftover {x: 1})"); // replaced by the snapshot
  copy.open(dir / "g.annals");
  BOOST_TEST(canonical(copy) == before);
  BOOST_TEST(canonical(original) == before); // saving changed nothing

  // The loaded database works like the original: queries, derived types, writes, refusals.
  for (const char* q : {"MATCH (a)-[:COMRADE]->(b) RETURN a.name, b.name ORDER BY a.name, b.name",
                        "MATCH (a)-[:COMRADE_OF_COMRADE]->(b) RETURN a.name, b.name ORDER BY a.name, b.name",
                        "MATCH (p:Person) RETURN p.name, p.born, p.rank, p.aliases ORDER BY p.name",
                        "MATCH (n:Note) RETURN labels(n), n.tags",
                        "MATCH (n:Blob)-[r:SELF]->(n) RETURN r.when"}) {
    const auto a = original.query(q), b = copy.query(q);
    BOOST_TEST((a.rows() == b.rows()), q);
  }
  BOOST_TEST(failure([&] { copy.execute("CREATE (:Person {name: 'Benito Juárez'})"); }) ==
             failure([&] { original.execute("CREATE (:Person {name: 'Benito Juárez'})"); }));
  copy.execute("MATCH (p:Person {name: 'Benito Juárez'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'Republic'}]->(b)");
  BOOST_TEST(copy.query("MATCH (:Person {name: 'Benito Juárez'})-[:COMRADE]->(c) RETURN count(c)")[0][0] == value(3));

  // Into an empty database the symbol table comes back as it was, ids included.
  database fresh;
  fresh.open(dir / "g.annals");
  BOOST_TEST(fresh.graph().symbols().size() == original.graph().symbols().size());
  for (symbol s = 0; s < original.graph().symbols().size(); ++s) BOOST_TEST(fresh.graph().name(s) == original.graph().name(s));

  // A second round trip, after more writes, is stable too.
  copy.save(dir / "g.annals");
  database third;
  third.open(dir / "g.annals");
  BOOST_TEST(canonical(third) == canonical(copy));
  BOOST_TEST(!fs::exists(dir / ".g.annals.tmp"), "no temporary file is left");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  BOOST_TEST(files == 1u);
}

// Opening over a database keeps the ids of its symbols, so a statement prepared
// before still names the same labels and keys, and answers from the new data.
BOOST_AUTO_TEST_CASE(open_keeps_symbol_ids_of_the_database_it_replaces) {
  const auto dir = fresh_dir("symbols");
  database other;
  other.execute("CREATE (:Zeta {q: 1}), (:Person {name: 'from the snapshot'})");
  other.save(dir / "o.annals");
  database db;
  db.execute("CREATE (:Person {name: 'before'})");
  auto names = db.prepare("MATCH (p:Person) RETURN p.name");
  BOOST_TEST(names.run()[0][0] == value("before"));
  db.open(dir / "o.annals");
  const auto r = names.run();
  BOOST_TEST_REQUIRE(r.size() == 1u);
  BOOST_TEST(r[0][0] == value("from the snapshot"));
  BOOST_TEST(db.graph().name(*db.graph().find_symbol("Person")) == "Person");
  BOOST_TEST(canonical(db) == canonical(other));
}

BOOST_AUTO_TEST_CASE(partial_dates_of_each_precision) {
  const auto dir = fresh_dir("dates");
  database db;
  const char* dates[] = {"1864", "1864-03", "1864-09-26", "-0044", "-0044-03", "-0044-03-15", "0000", "9999-12-31", "2024-02-29",
                         "1862?", "186X~", "1862/1867", "../1867-06-XX", "1866-XX-XX%", "Y170000002"};
  for (const char* d : dates) db.add_node({"D"}, {{"d", date(d)}, {"text", value(d)}});
  db.add_node({"D"}, {{"d", value(partial_date::from_days(-5000000))}, {"text", value("far back")}});
  db.save(dir / "d.annals");
  database copy;
  copy.open(dir / "d.annals");
  BOOST_TEST(canonical(copy) == canonical(db));
  for (node_id n = 0; n < db.graph().node_capacity(); ++n) {
    const auto key = *db.graph().find_symbol("d");
    BOOST_TEST(*copy.graph().property(n, key) == *db.graph().property(n, key));
    BOOST_TEST((copy.graph().property(n, key)->as<partial_date>().precision() ==
                db.graph().property(n, key)->as<partial_date>().precision()));
  }
}

BOOST_AUTO_TEST_CASE(empty_database) {
  const auto dir = fresh_dir("empty");
  database db;
  db.save(dir / "e.annals");
  database copy;
  copy.add_node({"X"}, {});
  copy.open(dir / "e.annals");
  BOOST_TEST(copy.graph().node_count() == 0u);
  BOOST_TEST(canonical(copy) == canonical(db));
}

BOOST_AUTO_TEST_CASE(every_truncation_is_refused_and_changes_nothing) {
  const auto dir = fresh_dir("truncated");
  database source;
  build_everything(source);
  source.save(dir / "good.annals");
  const std::string good = read_bytes(dir / "good.annals");

  database target;
  target.execute("CREATE (:Kept {x: 1})-[:K]->(:Kept {x: 2})");
  const std::string before = canonical(target);
  const auto bad = dir / "bad.annals";
  const std::string file = bad.string();
  std::size_t checked = 0;
  for (std::size_t k = 0; k < good.size(); ++k) {
    write_bytes(bad, good.substr(0, k));
    BOOST_TEST(failure([&] { target.open(bad); }) == expected_truncation_error(file, good.size(), k), "truncated at " << k);
    ++checked;
  }
  BOOST_TEST(canonical(target) == before);
  BOOST_TEST_MESSAGE(checked << " truncations refused");
}

BOOST_AUTO_TEST_CASE(every_bit_flip_is_refused_and_changes_nothing) {
  const auto dir = fresh_dir("flipped");
  database source;
  build_everything(source);
  source.save(dir / "good.annals");
  const std::string good = read_bytes(dir / "good.annals");

  database target;
  target.execute("CREATE (:Kept {x: 1})-[:K]->(:Kept {x: 2})");
  const std::string before = canonical(target);
  const auto bad = dir / "bad.annals";
  std::mt19937 rng(20261125);
  // Every byte, one seeded-random bit each, and every bit of the header.
  std::vector<std::pair<std::size_t, int>> flips;
  for (std::size_t at = 0; at < good.size(); ++at) flips.emplace_back(at, static_cast<int>(rng() % 8));
  for (std::size_t at = 0; at < snap::header_size; ++at)
    for (int bit = 0; bit < 8; ++bit) flips.emplace_back(at, bit);
  for (const auto& [at, bit] : flips) {
    std::string b = good;
    b[at] = static_cast<char>(b[at] ^ (1 << bit));
    write_bytes(bad, b);
    BOOST_TEST(failure([&] { target.open(bad); }) == expected_flip_error(bad.string(), good, b, at), "bit " << bit << " of byte " << at);
  }
  BOOST_TEST(canonical(target) == before);
  BOOST_TEST(target.query("MATCH (n:Kept) RETURN count(n)")[0][0] == value(2));
  BOOST_TEST_MESSAGE(flips.size() << " bit flips refused");
}

BOOST_AUTO_TEST_CASE(foreign_and_wrong_version_files) {
  const auto dir = fresh_dir("foreign");
  database db;
  db.add_node({"Kept"}, {});
  const auto f = dir / "f";
  const std::string file = f.string();
  write_bytes(f, "name,born\nJuan,1803\n");
  BOOST_TEST(failure([&] { db.open(f); }) == "LoadError: " + file + ": not an annals snapshot: the file does not start with the snapshot magic (at byte 0)");
  database empty;
  empty.save(f);
  std::string b = read_bytes(f);
  b[8] = 2;
  write_bytes(f, b);
  BOOST_TEST(failure([&] { db.open(f); }) == "LoadError: " + file + ": unsupported snapshot format version 2 (at byte 8); this build of annals reads version 1");
  BOOST_TEST(failure([&] { db.open(dir / "missing"); }) == "LoadError: " + (dir / "missing").string() + ": cannot open (No such file or directory)");
  BOOST_TEST(failure([&] { db.open(dir); }) == "LoadError: " + dir.string() + ": cannot read: it is a directory");
  BOOST_TEST(failure([&] { db.open("/dev/zero"); }) == "LoadError: /dev/zero: cannot read: not a regular file");
  BOOST_TEST(db.graph().node_count() == 1u);
}

BOOST_AUTO_TEST_CASE(save_errors_leave_the_old_file) {
  const auto dir = fresh_dir("save_errors");
  database db;
  db.add_node({"X"}, {});
  BOOST_TEST(failure([&] { db.save(dir / "no" / "such" / "dir.annals"); }) ==
             "IOError: " + (dir / "no" / "such" / "dir.annals").string() + ": cannot save: cannot create a temporary file in " +
                 (dir / "no" / "such").string() + " (No such file or directory)");
  // A value a snapshot cannot hold: the old file stays, no temporary file is left.
  db.save(dir / "g.annals");
  const std::string old = read_bytes(dir / "g.annals");
  db.add_node({"Y"}, {{"ref", value(node_ref{0})}});
  BOOST_TEST(failure([&] { db.save(dir / "g.annals"); }) ==
             "IOError: " + (dir / "g.annals").string() + ": cannot save: node 1's property ref holds a NODE, which a snapshot cannot store");
  BOOST_TEST(read_bytes(dir / "g.annals") == old);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  BOOST_TEST(files == 1u);
}

// What is not a snapshot is refused after its first 32 bytes, however big,
// and a FIFO at once (it would block a reader waiting for a writer).
BOOST_AUTO_TEST_CASE(opening_checks_the_header_first_and_never_blocks) {
  const auto dir = fresh_dir("header_first");
  const auto big = dir / "big.annals";
  { std::ofstream(big) << "not a snapshot"; }
  fs::resize_file(big, std::uintmax_t{3} << 30); // sparse: 3 GB that cost nothing
  database db;
  db.add_node({"Kept"}, {});
  const auto started = std::chrono::steady_clock::now();
  BOOST_TEST(failure([&] { db.open(big); }) ==
             "LoadError: " + big.string() +
                 ": not an annals snapshot: the file does not start with the snapshot magic (at byte 0)");
  // Reading 3 GB takes seconds; reading a header, microseconds.
  BOOST_TEST((std::chrono::steady_clock::now() - started < std::chrono::seconds(1)));
  BOOST_TEST(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  BOOST_TEST(failure([&] { db.open(dir / "fifo"); }) ==
             "LoadError: " + (dir / "fifo").string() + ": cannot read: not a regular file");
  BOOST_TEST(failure([&] { database durable(dir / "fifo"); }) ==
             "LoadError: " + (dir / "fifo").string() + ": cannot read: not a regular file");
  BOOST_TEST(!fs::exists(dir / "fifo.wal")); // refused before a log was made beside it
  BOOST_TEST(failure([&] { database durable(big); }) ==
             "LoadError: " + big.string() +
                 ": not an annals snapshot: the file does not start with the snapshot magic (at byte 0)");
  BOOST_TEST(!fs::exists(dir / "big.annals.wal")); // the log made for it is gone again
  BOOST_TEST(db.graph().node_count() == 1u);
}

// Saves go through storage::atomic_file (tests/storage/atomic_file_test.cpp):
// here, what that means for database::save.
BOOST_AUTO_TEST_CASE(saves_write_through_symlinks_and_refuse_read_only_or_locked_files) {
  const auto dir = fresh_dir("save_targets");
  database db;
  db.add_node({"X"}, {});
  fs::create_directories(dir / "data");
  db.save(dir / "data" / "g.annals");
  fs::create_symlink("data/g.annals", dir / "current.annals");
  db.add_node({"Y"}, {});
  db.save(dir / "current.annals");
  BOOST_TEST(fs::is_symlink(dir / "current.annals"));
  database back;
  back.open(dir / "data" / "g.annals");
  BOOST_TEST(back.graph().node_count() == 2u);

  ::chmod((dir / "data" / "g.annals").c_str(), 0444);
  BOOST_TEST(failure([&] { db.save(dir / "current.annals"); }) ==
             "IOError: " + (dir / "current.annals").string() +
                 ": cannot save: it is read-only (make it writable first, or write elsewhere)");
  ::chmod((dir / "data" / "g.annals").c_str(), 0644);

  const int fd = ::open((dir / "data" / "g.annals").c_str(), O_RDONLY);
  BOOST_TEST(::flock(fd, LOCK_EX | LOCK_NB) == 0); // another writer
  BOOST_TEST(failure([&] { db.save(dir / "data" / "g.annals"); }) ==
             "IOError: " + (dir / "data" / "g.annals").string() +
                 ": cannot save: another process (or thread) is writing it; try again once it is done");
  ::close(fd);
  BOOST_TEST(failure([&] { db.save(""); }) == "IOError: : cannot save: no file name given");
  BOOST_TEST(failure([&] { db.save("/dev/null"); }) == "IOError: /dev/null: cannot save: it is not a regular file");
}

// The writer is killed (SIGKILL) at random moments while it saves a big graph
// over an existing snapshot; the file left must open and be the old graph or
// the new one, never a mix or an error.
BOOST_AUTO_TEST_CASE(killed_writer_leaves_old_or_new) {
  const auto dir = fresh_dir("killed");
  const auto target = dir / "g.annals";
  auto make = [](database& db, const std::string& marker, int nodes) {
    graph& g = db.graph();
    for (int i = 0; i < nodes; ++i)
      g.add_node({"N"}, {{"i", value(i)}, {"marker", value(marker)}, {"text", value(std::string(40, 'a' + i % 26))}});
    for (int i = 0; i + 1 < nodes; ++i) {
      g.add_relationship(static_cast<node_id>(i), static_cast<node_id>(i + 1), "NEXT", {{"w", value(i * 0.5)}});
      g.add_relationship(static_cast<node_id>(i), static_cast<node_id>((i * 7919) % nodes), "JUMP", {});
    }
  };
  database a, b;
  make(a, "old", 10000);
  make(b, "new", 10400);
  const std::string text_a = canonical(a), text_b = canonical(b);
  a.save(target);

  // How long a forked writer takes, from fork to exit, to spread the kills over it (and a little past it).
  auto save_in_child = [&](database& db) {
    const pid_t child = ::fork();
    if (child == 0) {
      try {
        db.save(target);
      } catch (...) {
        ::_exit(1);
      }
      ::_exit(0);
    }
    return child;
  };
  const auto t0 = std::chrono::steady_clock::now();
  int status = 0;
  ::waitpid(save_in_child(a), &status, 0);
  const auto save_time = std::chrono::steady_clock::now() - t0;
  BOOST_TEST_REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));

  std::mt19937 rng(20261125);
  int saw_old = 0, saw_new = 0;
  std::string current = text_a;
  const int iterations = 30;
  for (int i = 0; i < iterations; ++i) {
    const pid_t child = save_in_child(current == text_a ? b : a);
    BOOST_TEST_REQUIRE(child >= 0);
    const auto delay = std::chrono::duration_cast<std::chrono::microseconds>(save_time * 1.3) * (rng() % 1000) / 1000;
    std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    ::waitpid(child, &status, 0);
    database loaded;
    loaded.open(target); // must not throw
    const std::string text = canonical(loaded);
    const bool is_old = text == current;
    const bool is_new = text == (current == text_a ? text_b : text_a);
    BOOST_TEST((is_old || is_new), "iteration " << i << ": the file is neither the old graph nor the new one");
    (is_old ? saw_old : saw_new)++;
    current = text;
    // Temporary files of killed writers are left behind; they are never read.
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path() != target) fs::remove(e.path());
  }
  BOOST_TEST_MESSAGE("killed writer: " << saw_old << " times the old snapshot remained, " << saw_new << " times the new one");
  BOOST_WARN(saw_old > 0);
  BOOST_WARN(saw_new > 0);
}

namespace {

// The structure of a graph, in order: the BGL edge list, each vertex's BGL
// out- and in-edges and its typed adjacency, as relationship ids (and symbol
// ids: compare graphs whose symbols have the same ids). A snapshot builds
// these directly, so they must come out as add_relationship makes them.
std::string structure_text(const graph& g) {
  const auto& b = g.bgl();
  std::ostringstream out;
  out << "edges";
  for (auto [e, end] = boost::edges(b); e != end; ++e) out << " " << b[*e].id;
  out << "\n";
  for (std::size_t v = 0; v < boost::num_vertices(b); ++v) {
    out << v << " out";
    for (auto [e, end] = boost::out_edges(v, b); e != end; ++e) out << " " << b[*e].id << ">" << boost::target(*e, b);
    out << " in";
    for (auto [e, end] = boost::in_edges(v, b); e != end; ++e) out << " " << b[*e].id << "<" << boost::source(*e, b);
    out << " adjacency";
    for (const auto& a : g.out(static_cast<node_id>(v))) out << " " << a.type << ":" << a.rel << ">" << a.other;
    for (const auto& a : g.in(static_cast<node_id>(v))) out << " " << a.type << ":" << a.rel << "<" << a.other;
    out << "\n";
  }
  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r)) continue;
    const auto e = g.edge_of(r);
    if (b[e].id != r || boost::source(e, b) != g.source(r) || boost::target(e, b) != g.target(r))
      out << "edge_of(" << r << ") is wrong\n";
  }
  return out.str();
}

} // namespace

// A snapshot of CSV-loaded data opens as the same graph: records, indexes,
// adjacency and the BGL edges in the same order. Hubs, several relationship
// types mixed in id order, deleted relationships and nodes exercise the bulk
// linking. (How much faster the snapshot loads is bench/annals_bench's to say.)
BOOST_AUTO_TEST_CASE(snapshot_of_csv_load_is_the_same_graph) {
  const auto dir = fresh_dir("csv");
  const int nodes = 3000, rels = 20000;
  {
    std::ofstream n(dir / "person.csv");
    n << "name,born:DATE,rank:INT64\n";
    for (int i = 0; i < nodes; ++i) n << "p" << i << "," << 1800 + i % 100 << "-0" << 1 + i % 9 << "," << i << "\n";
    std::ofstream r(dir / "knows.csv");
    r << "from,to,since:INT64\n";
    std::mt19937 rng(1);
    // A third of the relationships touch node 0 or 1, the rest are spread out.
    auto pick = [&] { return rng() % 3 == 0 ? rng() % 2 : rng() % nodes; };
    for (int i = 0; i < rels; ++i) r << "p" << pick() << ",p" << pick() << "," << i << "\n";
  }
  database db;
  // ADMIRES is declared first, so its symbol sorts before KNOWS in adjacency,
  // but its relationships come after: adjacency is not in id order.
  db.execute("CREATE NODE TABLE Person(name STRING, born DATE, rank INT64, PRIMARY KEY(name)); "
             "CREATE REL TABLE ADMIRES(FROM Person TO Person); "
             "CREATE REL TABLE KNOWS(FROM Person TO Person, since INT64)");
  csv_options quiet;
  quiet.progress = false;
  load_csv_nodes(db.graph(), "Person", dir / "person.csv", quiet);
  load_csv_relationships(db.graph(), "KNOWS", dir / "knows.csv", quiet);
  db.execute("MATCH (a:Person {rank: 0}), (b:Person) WHERE b.rank < 50 CREATE (a)-[:ADMIRES]->(b), (b)-[:ADMIRES]->(a)");
  db.execute("MATCH ()-[k:KNOWS]->() WHERE k.since % 7 = 0 DELETE k");
  db.execute("MATCH (a:Person {rank: 1}), (b:Person) WHERE b.rank >= 2990 CREATE (b)-[:ADMIRES]->(a)");
  db.execute("MATCH (p:Person {rank: 2999}) DETACH DELETE p");
  db.save(dir / "g.annals");
  database copy;
  copy.open(dir / "g.annals");
  BOOST_TEST(copy.graph().relationship_count() == db.graph().relationship_count());
  BOOST_TEST(canonical(copy) == canonical(db));
  BOOST_TEST(structure_text(copy.graph()) == structure_text(db.graph()));
}
