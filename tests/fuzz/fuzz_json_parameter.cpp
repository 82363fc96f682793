// Fuzz target: the command line's JSON parameter reader (cli/json_value.cpp),
// which reads `--param name=JSON` and the shell's `:params`. Any input is
// either refused with std::invalid_argument, never another exception, a crash
// or a deep recursion, or read into a value that, written back as JSON, reads
// as the same value again.
#include "json_value.hpp"

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace {

void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char code[8];
      std::snprintf(code, sizeof code, "\\u%04x", u);
      out += code;
    } else {
      out += c;
    }
  }
  out += '"';
}

// Arrays and maps nest at most max_json_depth deep, so recursion here is bounded.
void append_json(std::string& out, const annals::value& v) {
  if (v.is_null()) out += "null";
  else if (const auto* b = v.get_if<bool>()) out += *b ? "true" : "false";
  else if (const auto* i = v.get_if<std::int64_t>()) out += std::to_string(*i);
  else if (const auto* d = v.get_if<double>()) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", *d);
    out += text;
    if (std::string_view(text).find_first_of(".e") == std::string_view::npos) out += ".0";
  } else if (const auto* s = v.get_if<std::string>()) append_json_string(out, *s);
  else if (const auto* l = v.get_if<annals::value_list>()) {
    out += '[';
    for (std::size_t k = 0; k < l->size(); ++k) {
      if (k) out += ',';
      append_json(out, (*l)[k]);
    }
    out += ']';
  } else if (const auto* m = v.get_if<annals::value_map>()) {
    out += '{';
    bool first = true;
    for (const auto& [key, x] : *m) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, key);
      out += ':';
      append_json(out, x);
    }
    out += '}';
  } else {
    __builtin_trap(); // JSON makes no other kind of value
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  annals::value v;
  try {
    v = annals::cli::json_to_value(text);
  } catch (const std::invalid_argument& e) {
    if (std::string_view(e.what()).empty()) __builtin_trap(); // a refusal says why
    return 0;
  }
  std::string again;
  append_json(again, v);
  try {
    if (!(annals::cli::json_to_value(again) == v)) __builtin_trap(); // written back, it reads differently
  } catch (const std::invalid_argument&) {
    __builtin_trap(); // what it read, written back, is refused
  }
  return 0;
}
