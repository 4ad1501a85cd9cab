// The candidate's career level: given by the user (--level, or
// [level] candidate in the config file), else read from the years of
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

// Reads the level from the configuration ("level", then "level.candidate")
// or from the years of experience, with the thresholds
// "level.junior_below_years" (3) and "level.senior_from_years" (7).
CandidateLevel read_level(const sdk::Host& host, const sdk::Resume& resume);

// Returns "junior", "mid" or "senior".
const char* level_name(Level level);

}  // namespace reshost::level
