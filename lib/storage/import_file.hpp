// Every file that COPY reads is opened here, so that the file-access policy
// (regular files only; inside the import directory, include/annals/import_policy.hpp)
// applies to all of them in one place.
#pragma once

#include "annals/import_policy.hpp"

#include <filesystem>
#include <string>

namespace annals::storage {

// Where a path given to COPY is looked for: relative ones under the policy's
// directory (when it names one). No policy: the path as it is.
std::filesystem::path import_path(const std::filesystem::path& path, const import_policy* policy);

// The whole content of `path`. Throws load_error "file: …" when it is not a
// readable regular file (a device or a FIFO may never end; neither is
// opened in a way that could block), or when `policy` (null: any file) keeps
// it out: outside the import directory (OutsideImportDirectory), after
// symlinks and "..". Nothing of a refused file is read, so no error can show
// any of it. Thread-safety: touches no shared state.
std::string read_import_file(const std::filesystem::path& path, const import_policy* policy = nullptr);

} // namespace annals::storage
