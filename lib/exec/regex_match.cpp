#include "exec/regex_match.hpp"

#include "annals/error.hpp"
#include "values/utf8.hpp"

#include <boost/regex.hpp>

#include <locale>

namespace annals::exec {

namespace {

[[noreturn]] void fail(const std::string& category, const std::string& detail, const std::string& message) {
  throw runtime_error(category, detail, message);
}

// Boost's messages run on with advice and a copy of the pattern; the first sentence says it.
std::string first_sentence(const char* what) {
  std::string s(what);
  s = s.substr(0, s.find(". "));
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The expression, as the error quotes it: a megabyte string literal would drown the message.
std::string quoted(const std::string& where) {
  constexpr std::size_t most = 100;
  if (where.size() <= most) return "`" + where + "`";
  std::size_t cut = most;
  while (cut > 0 && (static_cast<unsigned char>(where[cut]) & 0xC0) == 0x80) --cut; // not inside a UTF-8 character
  return "`" + where.substr(0, cut) + "…` (" + std::to_string(where.size()) + " bytes)";
}

// Patterns and subjects are matched as code points (wchar_t holds one on the
// platforms annals builds on), so '.' is one character and [é] a class of one.
static_assert(sizeof(wchar_t) == 4, "=~ matches UTF-32 code points in wchar_t");

std::wstring code_points_of(const std::string& utf8) {
  std::wstring out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out.push_back(static_cast<wchar_t>(values::decode_code_point(utf8, i)));
  return out;
}

// Case-insensitive matching and classes such as \w need to know letters beyond
// ASCII: the C.UTF-8 locale's tables, given to each pattern (never set globally),
// or the classic locale where the system lacks it.
std::locale unicode_locale() {
  try {
    return std::locale("C.UTF-8");
  } catch (const std::runtime_error&) {
    return std::locale::classic();
  }
}

constexpr std::size_t max_pattern_bytes = 10000;
// Patterns compiled per query: a pattern that changes every row must not grow the cache without end.
constexpr std::size_t max_cached_patterns = 256;

} // namespace

struct regex_cache::compiled {
  boost::wregex re;
};

regex_cache::regex_cache() = default;
regex_cache::~regex_cache() = default;

bool regex_cache::matches(const std::string& text, const std::string& pattern, const std::string& where) {
  auto it = patterns_.find(pattern);
  if (it == patterns_.end()) {
    if (pattern.size() > max_pattern_bytes)
      fail("ArgumentError", "InvalidArgumentValue",
                   "=~ takes patterns up to " + std::to_string(max_pattern_bytes) + " bytes, in " + quoted(where));
    if (patterns_.size() >= max_cached_patterns) patterns_.clear();
    try {
      auto c = std::make_unique<compiled>();
      c->re.imbue(unicode_locale());
      c->re.assign(code_points_of(pattern), boost::regex::perl);
      it = patterns_.emplace(pattern, std::move(c)).first;
    } catch (const boost::regex_error& e) {
      fail("ArgumentError", "InvalidArgumentValue",
                   "invalid regular expression in " + quoted(where) + ": " + first_sentence(e.what()) + " (at offset " +
                       std::to_string(e.position()) + " of the pattern)");
    }
  }
  try {
    return boost::regex_match(code_points_of(text), it->second->re);
  } catch (const std::runtime_error& e) {
    // Boost.Regex gave up: too many states (catastrophic backtracking) or too much backtracking memory.
    fail("RuntimeError", "RegexTooComplex",
                 "=~ gave up matching a " + std::to_string(text.size()) + "-byte string in " + quoted(where) + ": " + first_sentence(e.what()) + "; simplify the pattern");
  }
}

} // namespace annals::exec
