// Whole-number thresholds from the configuration, for the experience,
// projects and education packs.
#pragma once

#include <reshost/sdk.hpp>

#include <string_view>

namespace reshost::level {

// Returns the count configured under `key`; a missing, negative, huge or NaN value reads as `fallback`.
inline int config_count(const sdk::Host& host, std::string_view key, int fallback) {
    double v = host.number(key, fallback);
    return v >= 0 && v <= 1e6 ? static_cast<int>(v) : fallback;
}

}  // namespace reshost::level
