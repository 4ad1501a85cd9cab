// reshost-score/1 arithmetic (docs/scoring.md) and the exit code it leads to.
#include "scoring.hpp"

#include <gtest/gtest.h>

#include <map>

using reshost::Finding;
using reshost::detail::exit_code_for;
using reshost::detail::score_findings;

namespace {

Finding finding(std::string rule, std::string severity, std::string category) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = std::move(severity);
    f.category = std::move(category);
    return f;
}

std::map<std::string, double> by_category(const std::vector<reshost::Score>& scores) {
    std::map<std::string, double> out;
    for (const auto& s : scores) out[s.category] = s.value;
    return out;
}

}  // namespace

TEST(Scoring, NoFindingsScoreFullMarks) {
    auto scores = score_findings({}, false);
    ASSERT_EQ(scores.size(), 5u);
    EXPECT_EQ(scores[0].category, "ats");
    EXPECT_EQ(scores[1].category, "impact");
    EXPECT_EQ(scores[2].category, "content");
    EXPECT_EQ(scores[3].category, "brevity");
    EXPECT_EQ(scores[4].category, "overall");
    for (const auto& s : scores) EXPECT_EQ(s.value, 100);
}

TEST(Scoring, PenaltiesPerSeverityAndWeightedOverall) {
    std::vector<Finding> f = {
        finding("ats.table", "error", "ats"),          // ats -15
        finding("ats.images", "warning", "ats"),       // ats -5
        finding("impact.vague", "warning", "impact"),  // impact -5
        finding("impact.share", "info", "impact"),     // impact -1
        finding("verbs.tense", "info", ""),            // no category: content -1
        finding("custom.rule", "error", "style"),      // unknown category: content -15
    };
    auto s = by_category(score_findings(f, false));
    EXPECT_EQ(s["ats"], 80);
    EXPECT_EQ(s["impact"], 94);
    EXPECT_EQ(s["content"], 84);
    EXPECT_EQ(s["brevity"], 100);
    // 80*.30 + 94*.30 + 84*.25 + 100*.15 = 24 + 28.2 + 21 + 15 = 88.2
    EXPECT_EQ(s["overall"], 88);
    EXPECT_EQ(s.count("keywords"), 0u);
}

TEST(Scoring, AtMostThreeFindingsPerRuleCountMostSevereFirst) {
    std::vector<Finding> f;
    for (int i = 0; i < 10; ++i) f.push_back(finding("impact.unquantified", "info", "impact"));
    f.push_back(finding("impact.unquantified", "error", "impact"));
    // Counted: error 15 + info 1 + info 1.
    EXPECT_EQ(by_category(score_findings(f, false))["impact"], 83);
}

TEST(Scoring, CategoryFloorsAtZero) {
    std::vector<Finding> f;
    for (int r = 0; r < 4; ++r)
        for (int i = 0; i < 3; ++i) f.push_back(finding("ats.rule" + std::to_string(r), "error", "ats"));
    auto s = by_category(score_findings(f, false));
    EXPECT_EQ(s["ats"], 0);  // 12 errors would be -180
    // 0*.30 + 100*.70 = 70
    EXPECT_EQ(s["overall"], 70);
}

TEST(Scoring, KeywordsOnlyWithAJobAndRenormalized) {
    std::vector<Finding> f = {finding("keywords.missing", "error", "keywords"),
                              finding("keywords.exact", "warning", "keywords")};
    auto without = by_category(score_findings(f, false));
    EXPECT_EQ(without.count("keywords"), 0u);
    EXPECT_EQ(without["overall"], 100);

    auto with = score_findings(f, true);
    ASSERT_EQ(with.size(), 6u);
    EXPECT_EQ(with[4].category, "keywords");
    EXPECT_EQ(with[4].value, 80);
    // (100*.30 + 100*.30 + 100*.25 + 100*.15 + 80*.20) / 1.20 = 116/1.2 = 96.67
    EXPECT_EQ(with[5].category, "overall");
    EXPECT_EQ(with[5].value, 97);
}

TEST(ExitCode, FailOnThresholds) {
    std::vector<Finding> warnings = {finding("verbs.tense", "warning", "content")};
    reshost::AnalyzeOptions o;
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::clean);
    o.fail_on = "warning";
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::findings);
    o.fail_on = "info";
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::findings);
    o.fail_on = "none";
    EXPECT_EQ(exit_code_for({finding("ats.table", "error", "ats")}, 95, o), reshost::ExitCode::clean);
    o.fail_on = "error";
    EXPECT_EQ(exit_code_for({finding("ats.table", "error", "ats")}, 95, o), reshost::ExitCode::findings);
}

TEST(ExitCode, FailUnder) {
    reshost::AnalyzeOptions o;
    o.fail_under = 90;
    EXPECT_EQ(exit_code_for({}, 89, o), reshost::ExitCode::findings);
    EXPECT_EQ(exit_code_for({}, 90, o), reshost::ExitCode::clean);
}

TEST(ExitCode, UnknownFailOnIsAUsageError) {
    EXPECT_THROW(reshost::detail::check_fail_on("fatal"), std::invalid_argument);
    EXPECT_NO_THROW(reshost::detail::check_fail_on("none"));
}
