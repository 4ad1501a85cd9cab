#include "install_dir.hpp"

#include <dlfcn.h>

#include <system_error>

namespace reshost::detail {

std::filesystem::path library_dir() {
    Dl_info info{};
    // Any function of this library names its file.
    if (!dladdr(reinterpret_cast<const void*>(&library_dir), &info) || !info.dli_fname) return {};
    std::error_code ec;
    auto file = std::filesystem::weakly_canonical(info.dli_fname, ec);
    if (ec) file = std::filesystem::absolute(info.dli_fname, ec);
    return file.parent_path();
}

}  // namespace reshost::detail
