#include "candidate_level.hpp"

#include <cmath>
#include <cstdio>

namespace reshost::level {
namespace {

constexpr double kJuniorBelowYears = 3;
constexpr double kSeniorFromYears = 7;

std::optional<Level> parse_level(std::string_view text) {
    std::string t;
    for (char c : text) t += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (t == "junior") return Level::junior;
    if (t == "mid") return Level::mid;
    if (t == "senior") return Level::senior;
    return std::nullopt;
}

std::string years_text(float years) {
    char buf[32];
    double whole = std::floor(years);
    if (years - whole < 0.05) std::snprintf(buf, sizeof buf, "%.0f", whole);
    else std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(years));
    return std::string(buf) + (std::string(buf) == "1" ? " year" : " years");
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
    for (const char* key : {"level", "level.candidate"}) {
        auto given = host.config(key);
        if (!given) continue;
        out.level = parse_level(*given);
        if (out.level) {
            out.basis = std::string("given as ") + level_name(*out.level);
        } else {
            out.reason = "the configured level \"" + *given + "\" is not junior, mid or senior";
        }
        return out;
    }
    float years = resume.years_experience();
    if (years < 0) {
        out.reason = "the years of experience are unknown (no role with readable dates); give --level";
        return out;
    }
    double junior = host.number("level.junior_below_years", kJuniorBelowYears);
    double senior = host.number("level.senior_from_years", kSeniorFromYears);
    out.level = years < junior ? Level::junior : years >= senior ? Level::senior : Level::mid;
    out.basis = years_text(years) + " of experience";
    return out;
}

}  // namespace reshost::level
