#include "values/footprint.hpp"

#include <string>

namespace annals {

namespace {

// What a std::map node costs beside its key and value: three pointers and a colour, rounded.
constexpr std::size_t map_node_overhead = 32;

std::size_t string_heap(const std::string& s) {
  // Short strings live inside the object (15 bytes in libstdc++).
  return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

} // namespace

std::size_t footprint(const value& root) {
  // Values nest as deep as a query builds them: walked with a stack of our own, not recursion.
  std::size_t bytes = 0;
  std::vector<const value*> pending{&root};
  while (!pending.empty()) {
    const value* v = pending.back();
    pending.pop_back();
    bytes += sizeof(value);
    if (const auto* s = v->get_if<std::string>()) bytes += string_heap(*s);
    else if (const auto* l = v->get_if<value_list>()) {
      // The elements' own sizes are counted when each is visited; the spare capacity here.
      bytes += (l->capacity() - l->size()) * sizeof(value);
      for (const auto& e : *l) pending.push_back(&e);
    } else if (const auto* m = v->get_if<value_map>()) {
      for (const auto& [key, e] : *m) {
        bytes += map_node_overhead + sizeof(std::string) + string_heap(key);
        pending.push_back(&e);
      }
    } else if (const auto* p = v->get_if<path_value>())
      bytes += p->nodes.capacity() * sizeof(node_id) + p->rels.capacity() * sizeof(rel_id);
  }
  return bytes;
}

std::size_t footprint(const std::vector<value>& values) {
  std::size_t bytes = sizeof(values) + (values.capacity() - values.size()) * sizeof(value);
  for (const auto& v : values) bytes += footprint(v);
  return bytes;
}

} // namespace annals
