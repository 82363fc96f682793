// Snapshot files for the bad-input catalogue, described in text so that each
// case says what is wrong with it. A description either starts from the
// fixture's own snapshot:
//
//   fixture
//   flip 100 3          flip bit 3 of byte 100
//
// or assembles a file from a header and sections, whose lengths and
// checksums are filled in (so the damage is in the content, not the CRCs):
//
//   header              magic, version 1; `header version=7 flags=1` to say otherwise
//   section SYMB        then the payload: u8 u32 u64 i32 i64 f64 NUMBER, str TEXT
//   u32 1               (the rest of the line, @@templates@@ expanded), bytes HH HH …
//   str Person
//
// Then, in order, on the bytes so far:
//   truncate N  |  chop N (off the end)  |  flip OFFSET BIT (OFFSET < 0: from the end)  |  poke OFFSET HH …  |  append HH …
//   fix-checksums       recompute the section CRCs, the file size and the header CRC
// Lines starting with '#' are comments.
#pragma once

#include <string>
#include <string_view>

namespace annals::bad_inputs {

std::string assemble_snapshot(std::string_view description, const std::string& fixture);

// Recomputes every section's CRC, the file size and the header CRC, walking the
// section headers as far as they stay inside the file.
void fix_checksums(std::string& bytes);

} // namespace annals::bad_inputs
