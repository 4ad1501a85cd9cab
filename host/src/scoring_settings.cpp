// The scoring method's numbers, as the configuration file may set them ([scoring] table).
#include "scoring.hpp"

#include <fmt/format.h>

#include <charconv>
#include <stdexcept>

namespace reshost::detail {

namespace {

double setting(const ConfigValues& values, std::string_view key, double fallback) {
    auto it = values.find(key);
    if (it == values.end()) return fallback;
    const std::string& text = it->second;
    double out = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc() || end != text.data() + text.size() || out < 0)
        throw std::invalid_argument(fmt::format("{} must be a number of 0 or more, not '{}'", key, text));
    return out;
}

}  // namespace

ScoringSettings scoring_settings(const ConfigValues& values) {
    ScoringSettings s;
    s.weight_ats = setting(values, "scoring.weight_ats", s.weight_ats);
    s.weight_impact = setting(values, "scoring.weight_impact", s.weight_impact);
    s.weight_content = setting(values, "scoring.weight_content", s.weight_content);
    s.weight_brevity = setting(values, "scoring.weight_brevity", s.weight_brevity);
    s.weight_keywords = setting(values, "scoring.weight_keywords", s.weight_keywords);
    s.penalty_error = setting(values, "scoring.penalty_error", s.penalty_error);
    s.penalty_warning = setting(values, "scoring.penalty_warning", s.penalty_warning);
    s.penalty_info = setting(values, "scoring.penalty_info", s.penalty_info);
    s.findings_per_rule = setting(values, "scoring.findings_per_rule", s.findings_per_rule);
    s.repeat_factor = setting(values, "scoring.repeat_factor", s.repeat_factor);
    s.min_words = setting(values, "scoring.min_words", s.min_words);
    s.impact_min_bullets = setting(values, "scoring.impact_min_bullets", s.impact_min_bullets);
    s.content_min_words = setting(values, "scoring.content_min_words", s.content_min_words);
    s.impact_floor = setting(values, "scoring.impact_floor", s.impact_floor);
    s.impact_share_full = setting(values, "scoring.impact_share_full", s.impact_share_full);
    s.thin_floor = setting(values, "scoring.thin_floor", s.thin_floor);
    s.roles_full = setting(values, "scoring.roles_full", s.roles_full);
    s.bullets_full = setting(values, "scoring.bullets_full", s.bullets_full);
    s.quantified_full = setting(values, "scoring.quantified_full", s.quantified_full);
    s.not_resume_cap = setting(values, "scoring.not_resume_cap", s.not_resume_cap);
    return s;
}

}  // namespace reshost::detail
