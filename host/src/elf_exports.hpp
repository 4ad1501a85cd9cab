// Reads the dynamic symbol table of an ELF file without loading it.
#pragma once

#include <filesystem>
#include <string_view>

namespace reshost::detail {

// Whether the ELF shared library `file` exports `symbol` in its dynamic symbol table.
// Boost 1.74's library_info lists only the static symbol table, which `strip`
// removes from installed libraries; the dynamic table is what the loader uses.
bool elf_exports_symbol(const std::filesystem::path& file, std::string_view symbol);

}  // namespace reshost::detail
