// Scoring "reshost-score/2" (docs/scoring.md): category scores from findings
// and from what the resume holds, an overall score, and the exit code they lead to.
#pragma once

#include "host_api.hpp"
#include "resume_facts.hpp"

#include <reshost/host.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::detail {

inline constexpr std::string_view scoring_method = "reshost-score/2";

// The numbers of the method; each one is a configuration key "scoring.<name>" (docs/configuration.md).
struct ScoringSettings {
    double weight_ats = 0.25, weight_impact = 0.35, weight_content = 0.30, weight_brevity = 0.10;
    double weight_keywords = 0.40;  // only with a job description
    double penalty_error = 20, penalty_warning = 6, penalty_info = 1;
    double findings_per_rule = 3;  // findings of one rule that count, the most severe first
    double repeat_factor = 0.5;    // each further finding of one rule costs this share of the one before
    double min_words = 30;         // fewer words: the document was not read
    double impact_min_bullets = 3;  // fewer bullets: impact is not scored
    double content_min_words = 80;  // fewer words: content and brevity are not scored
    double impact_floor = 30;       // impact's ceiling with no quantified bullet
    double impact_share_full = 0.5;  // share of bullets with a figure that lifts impact's ceiling to 100
    double thin_floor = 20;          // overall ceiling of a resume with no roles, bullets or figures
    double roles_full = 3, bullets_full = 12, quantified_full = 4;  // what lifts the overall ceiling to 100
    double not_resume_cap = 25;  // overall ceiling of a document that does not read as a resume
};

// The settings, from the configuration values "scoring.*"; throws std::invalid_argument for a value
// that is not a number.
ScoringSettings scoring_settings(const ConfigValues& values);

struct ScoringInput {
    const std::vector<Finding>& findings;
    const ResumeFacts& facts;
    const std::vector<std::pair<std::string, double>>& metrics;  // the analyzers' measurements
    bool with_job = false;
};

// Scores ats, impact, content, brevity (and keywords when a job was given),
// then "overall" last. Categories other than these count as content.
std::vector<Score> score_resume(const ScoringInput& input, const ScoringSettings& settings);

// The rank of a severity name: info 0, warning 1, error 2; -1 when unknown.
int severity_rank(std::string_view severity);

// Checks AnalyzeOptions.fail_on; throws std::invalid_argument when it is not error, warning, info or none.
void check_fail_on(std::string_view fail_on);

// findings (1) when a finding is at or over options.fail_on or the overall
// score is under options.fail_under, else clean (0).
ExitCode exit_code_for(const std::vector<Finding>& findings, double overall, const AnalyzeOptions& options);

}  // namespace reshost::detail
