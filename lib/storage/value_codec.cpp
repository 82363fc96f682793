#include "storage/value_codec.hpp"

namespace annals::storage {

namespace snap = snapshot;

namespace {

std::optional<std::string> encode(std::string& out, const value& v, std::size_t depth) {
  using snap::put;
  using tag = snap::value_tag;
  if (depth > snap::max_value_depth)
    return "nests lists and maps deeper than " + std::to_string(snap::max_value_depth);
  switch (v.kind()) {
  case value_kind::null: put(out, tag::null); return {};
  case value_kind::boolean:
    put(out, tag::boolean);
    put(out, static_cast<std::uint8_t>(v.as<bool>()));
    return {};
  case value_kind::integer:
    put(out, tag::integer);
    put(out, v.as<std::int64_t>());
    return {};
  case value_kind::floating:
    put(out, tag::floating);
    put(out, v.as<double>());
    return {};
  case value_kind::string:
    put(out, tag::string);
    snap::put_string(out, v.as<std::string>());
    return {};
  case value_kind::date: {
    const auto& d = v.as<partial_date>();
    if (!d.is_plain()) {
      put(out, tag::edtf_date);
      snap::put_string(out, d.to_string());
      return {};
    }
    put(out, tag::date);
    put(out, d.year());
    put(out, static_cast<std::uint8_t>(d.month().value_or(1)));
    put(out, static_cast<std::uint8_t>(d.day().value_or(1)));
    put(out, static_cast<std::uint8_t>(d.precision()));
    return {};
  }
  case value_kind::list:
    put(out, tag::list);
    put(out, static_cast<std::uint32_t>(v.as<value_list>().size()));
    for (const auto& x : v.as<value_list>())
      if (auto why = encode(out, x, depth + 1)) return why;
    return {};
  case value_kind::map:
    put(out, tag::map);
    put(out, static_cast<std::uint32_t>(v.as<value_map>().size()));
    for (const auto& [k, x] : v.as<value_map>()) {
      snap::put_string(out, k);
      if (auto why = encode(out, x, depth + 1)) return why;
    }
    return {};
  case value_kind::node:
  case value_kind::relationship:
  case value_kind::path: break;
  }
  // The query language refuses these as properties too: they only mean something in one graph.
  return "holds a " + std::string(to_string(v.kind())) + ", which a snapshot cannot store";
}

value decode(snap::reader& in, std::size_t depth) {
  using tag = snap::value_tag;
  if (depth > snap::max_value_depth) in.fail("lists and maps nested deeper than " + std::to_string(snap::max_value_depth));
  const std::size_t at = in.offset();
  const auto kind = in.get<std::uint8_t>();
  switch (static_cast<tag>(kind)) {
  case tag::null: return value{};
  case tag::boolean: {
    const auto b = in.get<std::uint8_t>();
    if (b > 1) in.fail_at(at + 1, "a boolean that is neither 0 nor 1");
    return value(b == 1);
  }
  case tag::integer: return value(in.get<std::int64_t>());
  case tag::floating: return value(in.get<double>());
  case tag::string: return value(std::string(in.get_string()));
  case tag::date: {
    const auto year = in.get<std::int32_t>();
    const int month = in.get<std::uint8_t>(), day = in.get<std::uint8_t>();
    const auto precision = in.get<std::uint8_t>();
    std::optional<partial_date> d;
    if (precision <= static_cast<std::uint8_t>(date_precision::day))
      d = partial_date::from_fields(year, static_cast<date_precision>(precision), month, day);
    if (!d) in.fail_at(at, "an invalid date");
    return value(*d);
  }
  case tag::edtf_date: {
    auto d = partial_date::parse(in.get_string());
    if (!d || d->is_plain()) in.fail_at(at, "an invalid EDTF date");
    return value(*d);
  }
  case tag::list: {
    const auto n = in.get_count(1, "list elements");
    value_list l;
    l.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) l.push_back(decode(in, depth + 1));
    return value(std::move(l));
  }
  case tag::map: {
    const auto n = in.get_count(5, "map entries");
    value_map m;
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::size_t key_at = in.offset();
      std::string key(in.get_string());
      if (!m.emplace(std::move(key), decode(in, depth + 1)).second) in.fail_at(key_at, "a map with a repeated key");
    }
    return value(std::move(m));
  }
  }
  in.fail_at(at, "an unknown value tag " + std::to_string(kind));
}

} // namespace

std::optional<std::string> encode_value(std::string& out, const value& v) { return encode(out, v, 0); }

value decode_value(snap::reader& in) { return decode(in, 0); }

} // namespace annals::storage
