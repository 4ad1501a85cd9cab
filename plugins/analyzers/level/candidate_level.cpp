#include "candidate_level.hpp"

namespace reshost::level {
namespace {

// Fixed rather than configurable: a [level] table would clash with the
// top-level `level` key that names the level outright.
constexpr float kJuniorBelowYears = 3;
constexpr float kSeniorFromYears = 7;

std::optional<Level> parse_level(std::string_view text) {
    std::string t;
    for (char c : text) t += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (t == "junior") return Level::junior;
    if (t == "mid") return Level::mid;
    if (t == "senior") return Level::senior;
    return std::nullopt;
}

std::string years_text(float years) {
    if (years < 1) return "under a year";
    int whole = static_cast<int>(years);
    return std::to_string(whole) + (whole == 1 ? " year" : " years");
}

}  // namespace

const char* level_name(Level level) {
    switch (level) {
        case Level::junior: return "junior";
        case Level::mid: return "mid";
        case Level::senior: return "senior";
    }
    return "mid";
}

CandidateLevel read_level(const sdk::Host& host, const sdk::Resume& resume) {
    CandidateLevel out;
    if (auto given = host.config("level")) {
        out.level = parse_level(*given);
        if (out.level)
            out.basis = std::string("given as ") + level_name(*out.level);
        else
            out.reason = "the configured level \"" + *given + "\" is not junior, mid or senior";
        return out;
    }
    float years = resume.years_experience();
    if (years < 0) {
        out.reason = "the years of experience are unknown (no role with readable dates); give --level";
        return out;
    }
    out.level = years < kJuniorBelowYears ? Level::junior : years >= kSeniorFromYears ? Level::senior : Level::mid;
    out.basis = years_text(years) + " of experience";
    return out;
}

}  // namespace reshost::level
