#include "storage/import_file.hpp"

#include "annals/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace annals::storage {
namespace {

[[noreturn]] void cannot_read(const std::string& file, const std::string& why) {
  throw load_error("LoadError", "CannotRead", file + ": " + why);
}

} // namespace

std::string read_import_file(const std::filesystem::path& path) {
  const std::string file = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) cannot_read(file, "cannot read: it is a directory");
  if (const auto st = std::filesystem::status(path, ec);
      !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
    cannot_read(file, "cannot read: not a regular file");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) cannot_read(file, std::string("cannot open (") + std::strerror(errno) + ")");
  std::string text;
  char buffer[1 << 16];
  if (std::fseek(f, 0, SEEK_END) == 0) {
    if (const long size = std::ftell(f); size > 0) text.reserve(static_cast<std::size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, f)) text.append(buffer, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) cannot_read(file, "cannot read");
  return text;
}

} // namespace annals::storage
