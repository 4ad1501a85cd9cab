// The candidate's career level: given by the user (--level, or the
// top-level `level` key of the config file), else read from the years of
// experience the host computed from role dates.
#pragma once

#include <reshost/sdk.hpp>

#include <optional>
#include <string>

namespace reshost::level {

enum class Level { junior, mid, senior };

// A level and how it was found, or why it could not be.
struct CandidateLevel {
    std::optional<Level> level;
    std::string basis;   // "given as senior", "8 years of experience"
    std::string reason;  // why `level` is unknown
};

// Reads the level from the configuration key "level", else from the years
// of experience: junior under 3 years, senior from 7, mid between.
CandidateLevel read_level(const sdk::Host& host, const sdk::Resume& resume);

// Returns "junior", "mid" or "senior".
const char* level_name(Level level);

}  // namespace reshost::level
