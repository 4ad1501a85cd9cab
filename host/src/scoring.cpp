#include "scoring.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

namespace reshost::detail {

namespace {

struct Weight {
    std::string_view category;
    double weight;
};

constexpr std::array<Weight, 5> weights{{
    {"ats", 0.30}, {"impact", 0.30}, {"content", 0.25}, {"brevity", 0.15}, {"keywords", 0.20}}};

// What one finding costs its category.
constexpr std::array<double, 3> penalty{1, 5, 15};  // info, warning, error

// One rule's problem counts at most this many times, so one noisy rule cannot sink a score.
constexpr std::size_t findings_counted_per_rule = 3;

}  // namespace

int severity_rank(std::string_view severity) {
    if (severity == "info") return 0;
    if (severity == "warning") return 1;
    if (severity == "error") return 2;
    return -1;
}

std::vector<Score> score_findings(const std::vector<Finding>& findings, bool with_keywords) {
    std::size_t categories = with_keywords ? weights.size() : weights.size() - 1;
    auto category_of = [&](const Finding& f) -> std::string_view {
        for (std::size_t i = 0; i < categories; ++i)
            if (weights[i].category == f.category) return weights[i].category;
        return f.category == "keywords" ? std::string_view() : std::string_view("content");
    };

    // The severities of each rule's findings, most severe first.
    std::map<std::string, std::vector<int>> by_rule;
    std::map<std::string, std::string_view> rule_category;
    for (const auto& f : findings) {
        auto c = category_of(f);
        if (c.empty()) continue;
        by_rule[f.rule].push_back(std::max(0, severity_rank(f.severity)));
        rule_category.emplace(f.rule, c);
    }
    std::map<std::string_view, double> lost;
    for (auto& [rule, ranks] : by_rule) {
        std::sort(ranks.rbegin(), ranks.rend());
        for (std::size_t i = 0; i < ranks.size() && i < findings_counted_per_rule; ++i)
            lost[rule_category[rule]] += penalty[static_cast<std::size_t>(ranks[i])];
    }

    std::vector<Score> out;
    double sum = 0, total_weight = 0;
    for (std::size_t i = 0; i < categories; ++i) {
        double value = std::max(0.0, 100.0 - lost[weights[i].category]);
        out.push_back(Score{std::string(weights[i].category), value});
        sum += value * weights[i].weight;
        total_weight += weights[i].weight;
    }
    out.push_back(Score{"overall", std::round(sum / total_weight)});
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
