// Where this libreshost lives, so the host finds the plugins and data installed beside it.
#pragma once

#include <filesystem>

namespace reshost::detail {

// The directory holding the libreshost shared library (empty if unknown).
std::filesystem::path library_dir();

}  // namespace reshost::detail
