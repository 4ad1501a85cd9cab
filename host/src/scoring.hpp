// Scoring "reshost-score/1" (docs/scoring.md): category scores from findings,
// an overall score, and the exit code they lead to.
#pragma once

#include <reshost/host.hpp>

#include <string_view>
#include <vector>

namespace reshost::detail {

inline constexpr std::string_view scoring_method = "reshost-score/1";

// Scores ats, impact, content, brevity (and keywords when a job was given),
// then "overall" last. Categories other than these count as content.
std::vector<Score> score_findings(const std::vector<Finding>& findings, bool with_keywords);

// The rank of a severity name: info 0, warning 1, error 2; -1 when unknown.
int severity_rank(std::string_view severity);

// Checks AnalyzeOptions.fail_on; throws std::invalid_argument when it is not error, warning, info or none.
void check_fail_on(std::string_view fail_on);

// findings (1) when a finding is at or over options.fail_on or the overall
// score is under options.fail_under, else clean (0).
ExitCode exit_code_for(const std::vector<Finding>& findings, double overall, const AnalyzeOptions& options);

}  // namespace reshost::detail
