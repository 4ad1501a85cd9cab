// Reading and writing the C ABI structs of reshost/plugin.h from host code:
// the SDK's own helpers, under the names the host code uses, so both sides of
// the boundary read a struct given with a smaller size the same way.
#pragma once

#include <reshost/plugin.h>
#include <reshost/sdk.hpp>

#include <string_view>

namespace reshost::detail {

// Reads a C ABI string as a string_view.
inline std::string_view as_view(rh_str s) noexcept { return sdk::view(s); }

// Makes a C ABI string that borrows `s`.
inline rh_str as_rh_str(std::string_view s) noexcept { return sdk::str(s); }

// Copies a struct the other side may have given with a smaller size into a
// zeroed struct of the host's size, so fields it lacks read as zero.
template <class T>
T read_struct(const T* p) noexcept {
    return sdk::detail::read_sized(p);
}

}  // namespace reshost::detail
