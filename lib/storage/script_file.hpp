// Script files as database::load_script reads them: regular files of at most
// max_script_bytes, opened so that a FIFO is refused at once instead of
// waiting for a writer, and /dev/zero never read until memory runs out.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace annals::storage {

// Scripts are text to parse; bulk data belongs in CSV files for COPY.
inline constexpr std::uint64_t max_script_bytes = std::uint64_t{256} << 20;

// The whole file. Throws load_error "cannot read FILE: why" (CannotRead; ScriptTooBig past the cap).
// Thread-safety: touches no shared state.
std::string read_script_file(const std::filesystem::path& file);

} // namespace annals::storage
