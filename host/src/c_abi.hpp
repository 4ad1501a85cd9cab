// Reading and writing the C ABI structs of reshost/plugin.h from host code.
//
// sdk.hpp offers the same helpers to plugins, but its C++ layer reuses names of
// the public host API (Finding, Location, Host...), so a file that includes
// reshost/host.hpp cannot include sdk.hpp. Only model_bridge.cpp includes both
// sides' headers indirectly, and it never includes host.hpp.
#pragma once

#include <reshost/plugin.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace reshost::detail {

// Reads a C ABI string as a string_view.
inline std::string_view as_view(rh_str s) noexcept {
    return s.data ? std::string_view(s.data, s.size) : std::string_view();
}

// Makes a C ABI string that borrows `s`.
inline rh_str as_rh_str(std::string_view s) noexcept { return rh_str{s.data(), s.size()}; }

// Copies a struct the other side may have given with a smaller size into a
// zeroed struct of the host's size, so fields it lacks read as zero.
template <class T>
T read_struct(const T* p) noexcept {
    T out{};
    if (!p) return out;
    std::size_t n = p->struct_size < sizeof(T) ? p->struct_size : sizeof(T);
    std::memcpy(static_cast<void*>(&out), p, n);
    out.struct_size = static_cast<uint32_t>(sizeof(T));
    return out;
}

}  // namespace reshost::detail
