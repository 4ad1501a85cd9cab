#include "scoring.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace reshost::detail {

namespace {

// Rules that say the text could not be read: nothing else about the document can be judged.
constexpr std::array<std::string_view, 2> unread_rules{"ats.no-text", "ats.garbled-text"};
constexpr std::string_view not_resume_rule = "ats.not-a-resume";

struct Category {
    std::string_view name;
    double weight;
};

std::vector<Category> categories(const ScoringSettings& s, bool with_job) {
    std::vector<Category> out{{"ats", s.weight_ats},
                              {"impact", s.weight_impact},
                              {"content", s.weight_content},
                              {"brevity", s.weight_brevity}};
    if (with_job) out.push_back({"keywords", s.weight_keywords});
    return out;
}

std::string counted(std::size_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

double round_score(double v) { return std::round(std::clamp(v, 0.0, 100.0)); }

double ratio(double have, double full) { return full <= 0 ? 1.0 : std::min(1.0, have / full); }

std::optional<double> metric(const ScoringInput& in, std::string_view name) {
    for (const auto& [key, value] : in.metrics)
        if (key == name) return value;
    return std::nullopt;
}

// Points each category loses to its findings: per rule, the most severe first, at most
// findings_per_rule of them, each further one costing repeat_factor of the one before.
std::map<std::string_view, double> points_lost(const ScoringInput& in, const ScoringSettings& s,
                                               const std::vector<Category>& scored) {
    std::map<std::string, std::pair<std::string_view, std::vector<int>>> by_rule;
    for (const auto& f : in.findings) {
        std::string_view category = "content";  // no category, or one this method does not know
        for (const auto& c : scored)
            if (c.name == f.category) category = c.name;
        if (f.category == "keywords" && category != "keywords") continue;  // no job: reported, not scored
        auto& [c, ranks] = by_rule[f.rule];
        c = category;
        ranks.push_back(std::max(0, severity_rank(f.severity)));
    }
    const std::array<double, 3> penalty{s.penalty_info, s.penalty_warning, s.penalty_error};
    std::map<std::string_view, double> lost;
    for (auto& [rule, entry] : by_rule) {
        auto& [category, ranks] = entry;
        std::sort(ranks.rbegin(), ranks.rend());
        double share = 1;
        for (std::size_t i = 0; i < ranks.size() && static_cast<double>(i) < s.findings_per_rule; ++i) {
            lost[category] += share * penalty[static_cast<std::size_t>(ranks[i])];
            share *= s.repeat_factor;
        }
    }
    return lost;
}

// Why the document was not read, or was read and is no resume; empty when it is one.
std::string unread_reason(const ScoringInput& in, const ScoringSettings& s) {
    for (const auto& f : in.findings) {
        for (auto rule : unread_rules)
            if (f.rule == rule) return fmt::format("the text could not be read ({})", rule);
        // The analyzers judge whether the document is a resume at all (one owner for it).
        if (f.rule == not_resume_rule) return fmt::format("the document is not a resume ({})", not_resume_rule);
    }
    if (static_cast<double>(in.facts.words) < s.min_words)
        return fmt::format("the document has {} words of text", in.facts.words);
    return {};
}

// Why the resume is hard to call one, empty when it has the sections of one. (A document
// that is no resume at all is reported by ats.not-a-resume and fails, see unread_reason.)
std::string not_resume_reason(const ResumeFacts& f) {
    if (f.sections == 0) return "no section a resume has (experience, education, skills, ...)";
    return {};
}

Score unscored(std::string_view category, std::string note) {
    return Score{std::string(category), 0, false, std::move(note)};
}

}  // namespace

int severity_rank(std::string_view severity) {
    if (severity == "info") return 0;
    if (severity == "warning") return 1;
    if (severity == "error") return 2;
    return -1;
}

std::vector<Score> score_resume(const ScoringInput& in, const ScoringSettings& s) {
    const auto cats = categories(s, in.with_job);
    const ResumeFacts& facts = in.facts;
    std::vector<Score> out;

    if (std::string why = unread_reason(in, s); !why.empty()) {
        for (const auto& c : cats)
            out.push_back(c.name == "ats" ? Score{"ats", 0, true, why} : unscored(c.name, "not read: " + why));
        out.push_back(Score{"overall", 0, true, "fails: " + why});
        return out;
    }

    auto lost = points_lost(in, s, cats);
    double words = static_cast<double>(facts.words);
    for (const auto& c : cats) {
        double value = 100 - lost[c.name];
        std::string note;
        if (c.name == "impact") {
            if (static_cast<double>(facts.bullets) < s.impact_min_bullets) {
                out.push_back(unscored(c.name, fmt::format("{} in roles and projects: too few to judge "
                                                           "the impact they show",
                                                           counted(facts.bullets, "bullet"))));
                continue;
            }
            double share = static_cast<double>(facts.quantified_bullets) / static_cast<double>(facts.bullets);
            double ceiling = s.impact_floor + (100 - s.impact_floor) * ratio(share, s.impact_share_full);
            if (value > ceiling + 1e-9) {
                value = ceiling;
                note = fmt::format("at most {:.0f}: {} of {} bullets hold a figure", ceiling,
                                   facts.quantified_bullets, facts.bullets);
            }
        } else if (c.name == "content" || c.name == "brevity") {
            if (words < s.content_min_words) {
                out.push_back(unscored(c.name, fmt::format("{} words: too little text to judge", facts.words)));
                continue;
            }
        } else if (c.name == "keywords") {
            // The share of the job's requirements met decides; wording findings only nudge it.
            if (auto rate = metric(in, "keywords.match_rate")) {
                value = 100 * *rate - lost[c.name] / 4;
                note = fmt::format("{:.0f}% of the job's requirements met", 100 * *rate);
            }
        }
        out.push_back(Score{std::string(c.name), round_score(value), true, std::move(note)});
    }

    // The overall score: the weighted mean of the categories scored.
    double sum = 0, weight = 0;
    std::string based_on, left_out;
    for (std::size_t i = 0; i < cats.size(); ++i) {
        auto& target = out[i].scored ? based_on : left_out;
        target += (target.empty() ? "" : ", ") + std::string(cats[i].name);
        if (!out[i].scored) continue;
        sum += out[i].value * cats[i].weight;
        weight += cats[i].weight;
    }
    double overall = weight > 0 ? sum / weight : 0;
    std::string note = "based on " + based_on;
    if (!left_out.empty()) note += " (not scored: " + left_out + ")";

    // What the resume holds caps the overall score: few roles, bullets or figures cannot score high.
    double roles = static_cast<double>(facts.roles) + 0.5 * static_cast<double>(facts.projects);
    double substance = (ratio(roles, s.roles_full) + ratio(static_cast<double>(facts.bullets), s.bullets_full) +
                        ratio(static_cast<double>(facts.quantified_bullets), s.quantified_full)) /
                       3;
    double ceiling = s.thin_floor + (100 - s.thin_floor) * substance;
    if (overall > ceiling + 1e-9) {
        overall = ceiling;
        note += fmt::format("; at most {:.0f} for a thin resume: {}, {}, {}, {} with a figure", ceiling,
                            counted(facts.roles, "role"), counted(facts.projects, "project"),
                            counted(facts.bullets, "bullet"), facts.quantified_bullets);
    }
    if (std::string why = not_resume_reason(facts); !why.empty()) {
        overall = std::min(overall, s.not_resume_cap);
        note += fmt::format("; at most {:.0f}: {}", s.not_resume_cap, why);
    }
    out.push_back(Score{"overall", round_score(overall), true, std::move(note)});
    return out;
}

void check_fail_on(std::string_view fail_on) {
    if (fail_on != "none" && severity_rank(fail_on) < 0)
        throw std::invalid_argument(
            fmt::format("fail-on must be error, warning, info or none, not '{}'", fail_on));
}

ExitCode exit_code_for(const std::vector<Finding>& findings, double overall, const AnalyzeOptions& options) {
    if (options.fail_on != "none") {
        int threshold = severity_rank(options.fail_on);
        for (const auto& f : findings)
            if (severity_rank(f.severity) >= threshold) return ExitCode::findings;
    }
    if (options.fail_under && overall < *options.fail_under) return ExitCode::findings;
    return ExitCode::clean;
}

}  // namespace reshost::detail
