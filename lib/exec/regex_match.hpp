// `text =~ pattern`: a whole-string match with Boost.Regex (Perl syntax, the
// closest to the Java regular expressions openCypher specifies).
//
// Boost.Regex matches without recursion and bounds its own work, so a long
// subject or a catastrophically backtracking pattern ends the query with an
// error in milliseconds instead of overflowing the stack or running forever.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

namespace annals::exec {

// The patterns one query compiled, so a `WHERE x =~ $p` over many rows
// compiles $p once.
class regex_cache {
public:
  regex_cache();
  ~regex_cache();
  regex_cache(const regex_cache&) = delete;
  regex_cache& operator=(const regex_cache&) = delete;

  // `where` is the expression's text, for the error messages.
  bool matches(const std::string& text, const std::string& pattern, const std::string& where);

private:
  struct compiled;
  std::unordered_map<std::string, std::unique_ptr<compiled>> patterns_;
};

} // namespace annals::exec
