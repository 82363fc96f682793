// The binary form of a property value, shared by snapshots (snapshot_format.hpp
// describes the layout) and the write-ahead log, so a value reads back the same
// whichever file it went through.
#pragma once

#include "annals/value.hpp"
#include "storage/snapshot_format.hpp"

#include <optional>
#include <string>

namespace annals::storage {

// Appends `v` to `out`. Returns why it cannot be stored (a node, a relationship
// or a path, or nesting deeper than snapshot::max_value_depth), nothing when it was.
std::optional<std::string> encode_value(std::string& out, const value& v);

// Reads one value; damage throws the reader's load_error with its byte offset.
value decode_value(snapshot::reader& in);

} // namespace annals::storage
