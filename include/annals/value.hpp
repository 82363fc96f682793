// The values annals stores and queries return.
//
// A value is null, a boolean, a 64-bit integer, a double, a string, a partial
// date, a list, a map, or a reference to a node, a relationship or a path of
// the graph it came from.
#pragma once

#include "annals/detail/requires_cxx20.hpp"
#include "annals/partial_date.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace annals {

using node_id = std::uint32_t;
using rel_id = std::uint32_t;

struct node_ref {
  node_id id;
  friend bool operator==(const node_ref&, const node_ref&) = default;
};
struct rel_ref {
  rel_id id;
  friend bool operator==(const rel_ref&, const rel_ref&) = default;
};
// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct path_value {
  std::vector<node_id> nodes;
  std::vector<rel_id> rels;
  friend bool operator==(const path_value&, const path_value&) = default;
};

enum class value_kind : std::uint8_t { null, boolean, integer, floating, string, date, list, map, node, relationship, path };
std::string_view to_string(value_kind k);

struct value;

namespace detail {
// The position of T among a variant's alternatives (== the value_kind it is stored as).
template <class T, class Variant> struct alternative_index;
template <class T, class... Ts> struct alternative_index<T, std::variant<Ts...>> {
  static constexpr std::size_t get() {
    constexpr bool same[] = {std::is_same_v<T, Ts>...};
    for (std::size_t i = 0; i < sizeof...(Ts); ++i)
      if (same[i]) return i;
    return sizeof...(Ts);
  }
};
// Throws annals::type_error "… wanted a DOUBLE, the value is a STRING" (lib/values/value.cpp).
[[noreturn]] void throw_wrong_kind(value_kind wanted, value_kind actual);
} // namespace detail

using value_list = std::vector<value>;
using value_map = std::map<std::string, value, std::less<>>;

// Reading a value in C++:
//   v.as<std::string>()       the string; an annals::type_error naming both kinds when v holds another
//   v.as<double>()            a DOUBLE, or an INT64 converted (the one promotion as<> makes)
//   v.try_as<std::int64_t>()  std::optional: empty when v holds another kind (or null)
//   v.value_or<double>(0.0)   the fallback when v is null; as<>() otherwise
// All are const and touch nothing shared: any number of threads may read one value at once.
struct value {
  using storage = std::variant<std::monostate, bool, std::int64_t, double, std::string, partial_date, value_list,
                               value_map, node_ref, rel_ref, path_value>;
  storage data;

  value() = default;
  value(std::nullptr_t) {}
  value(bool b) : data(b) {}
  value(int i) : data(std::int64_t{i}) {}
  value(std::int64_t i) : data(i) {}
  value(double d) : data(d) {}
  value(const char* s) : data(std::string(s)) {}
  value(std::string s) : data(std::move(s)) {}
  value(std::string_view s) : data(std::string(s)) {}
  value(partial_date d) : data(d) {}
  value(value_list l) : data(std::move(l)) {}
  value(value_map m) : data(std::move(m)) {}
  value(node_ref n) : data(n) {}
  value(rel_ref r) : data(r) {}
  value(path_value p) : data(std::move(p)) {}
  // A pointer would otherwise convert to bool silently (`value v = g.property(n, key)` kept
  // true/false, not the property): refused. Text is const char*, std::string or std::string_view.
  template <class T> value(const T*) = delete;

  // The kind a C++ type is stored as: kind_of<std::string>() == value_kind::string.
  template <class T> static constexpr value_kind kind_of() {
    constexpr std::size_t i = detail::alternative_index<T, storage>::get();
    static_assert(i < std::variant_size_v<storage>, "not a type a value holds (see value::storage)");
    return static_cast<value_kind>(i);
  }

  value_kind kind() const { return static_cast<value_kind>(data.index()); }
  bool is_null() const { return data.index() == 0; }
  template <class T> bool is() const { return std::holds_alternative<T>(data); }

  // Numbers and booleans by value (so an INT64 can be read as a double), the rest by reference.
  template <class T> std::conditional_t<std::is_arithmetic_v<T>, T, const T&> as() const {
    if constexpr (std::is_same_v<T, double>)
      if (const auto* i = std::get_if<std::int64_t>(&data)) return static_cast<double>(*i);
    if (const auto* p = std::get_if<T>(&data)) return *p;
    detail::throw_wrong_kind(kind_of<T>(), kind());
  }
  // In place, for changing it; no promotion (numbers are read through the const as<>).
  template <class T>
    requires(!std::is_arithmetic_v<T>)
  T& as() {
    if (auto* p = std::get_if<T>(&data)) return *p;
    detail::throw_wrong_kind(kind_of<T>(), kind());
  }
  template <class T> std::optional<T> try_as() const {
    if constexpr (std::is_same_v<T, double>)
      if (const auto* i = std::get_if<std::int64_t>(&data)) return static_cast<double>(*i);
    if (const auto* p = std::get_if<T>(&data)) return *p;
    return std::nullopt;
  }
  template <class T> T value_or(T fallback) const {
    if (is_null()) return fallback;
    return as<T>();
  }
  // value_or("none") and value_or(0) read as std::string and std::int64_t.
  std::string value_or(const char* fallback) const { return value_or<std::string>(fallback); }
  std::int64_t value_or(int fallback) const { return value_or<std::int64_t>(fallback); }
  template <class T> const T* get_if() const { return std::get_if<T>(&data); }

  // Structural equality: 1 == 1.0 is false here (use the query language's
  // `=` for Cypher equality); two nulls are equal. Used by indexes and tests.
  friend bool operator==(const value& a, const value& b) { return a.data == b.data; }
};

// Cypher literal syntax: 'text', 1, 1.5, [1, 2], {a: 1}, 1864-03 for dates.
std::string to_cypher(const value& v);

// Shortest text that reads back as the same double, always with a '.', 'e', or NaN/Infinity.
std::string format_double(double d);

// Total order across all values (Cypher's orderability: maps, nodes,
// relationships, lists, paths, dates, strings, booleans, numbers, then null).
int compare_total(const value& a, const value& b);

struct value_hash {
  std::size_t operator()(const value& v) const;
};
// Equality consistent with value_hash (numbers compare by value, so 1 == 1.0).
struct value_equivalent {
  bool operator()(const value& a, const value& b) const { return compare_total(a, b) == 0; }
};

} // namespace annals
