// Every file that COPY and LOAD CSV read is opened here, so that a policy on
// which files may be read (regular files only, an import directory) applies
// to all of them in one place.
#pragma once

#include <filesystem>
#include <string>

namespace annals::storage {

// The whole content of `path`. Throws load_error "file: cannot read …" when
// it is not a readable regular file (a device or a pipe may never end).
// Thread-safety: touches no shared state.
std::string read_import_file(const std::filesystem::path& path);

} // namespace annals::storage
