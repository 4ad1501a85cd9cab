// The impact, summary, length and spelling packs beyond their Markdown rule
// fixtures: the page limit on real PDFs, rules reported as not evaluated, the
// metrics they record and thresholds changed by a configuration file.
#include "pipeline_host.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

namespace fs = std::filesystem;

using namespace reshost::test;

namespace {

const fs::path kSource(RESHOST_SOURCE_DIR);
const fs::path kRules = kSource / "tests" / "fixtures" / "rules";
const fs::path kPdf = kSource / "tests" / "fixtures" / "pdf";

}  // namespace

TEST(LengthPages, ThreePagesExceedTheMaximum) {
    reshost::Analysis a = pipeline_host().analyze((kPdf / "rendercv_john-doe_sb2nov.pdf").string());
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, "length.pages");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].category, "brevity");
    EXPECT_NE(found[0].message.find("runs to 3 pages"), std::string::npos) << found[0].message;
    ASSERT_TRUE(found[0].location.has_value());
    // The first page past the limit (1 or 2 pages, by the years of experience).
    EXPECT_GE(found[0].location->page, 2u);
    EXPECT_LE(found[0].location->page, 3u);
    EXPECT_EQ(metric(a, "length.pages"), 3.0);
}

TEST(LengthPages, OnePageKeepsToAnyLimit) {
    reshost::Analysis a = pipeline_host().analyze((kPdf / "deedy_resume-openfont.pdf").string());
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "length.pages").empty());
    EXPECT_EQ(metric(a, "length.pages"), 1.0);
}

TEST(LengthPages, JuniorLevelAllowsOnePage) {
    reshost::AnalyzeOptions options;
    options.level = "junior";
    reshost::Analysis a = pipeline_host().analyze((kPdf / "altacv_sample.pdf").string(), options);
    ASSERT_EQ(a.error(), "");
    if (auto reason = not_evaluated_reason(a, "length.pages")) FAIL() << *reason;
    auto found = findings_of(a, "length.pages");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("the limit is 1 page"), std::string::npos) << found[0].message;
}

TEST(LengthPages, MarkdownHasNoPages) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "length.words" / "passes.md").string());
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "length.pages").empty());
    auto reason = not_evaluated_reason(a, "length.pages");
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("no pages"), std::string::npos) << *reason;
}

TEST(ImpactShare, ReportsTheShareAndHonoursTheTarget) {
    const fs::path fires = kRules / "impact.share" / "fires.md";
    reshost::Analysis a = pipeline_host().analyze(fires.string());
    ASSERT_EQ(a.error(), "");
    EXPECT_EQ(metric(a, "impact.quantified_share"), 3.0 / 8.0);
    auto found = findings_of(a, "impact.share");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("3 of 8 experience bullets (38%) carry a figure; the target is 60%"),
              std::string::npos)
        << found[0].message;
    EXPECT_EQ(found[0].section_heading, "Experience");

    reshost::AnalyzeOptions options;
    options.config_file = (kRules / "impact.share" / "share_target_0.3.toml").string();
    reshost::Analysis relaxed = pipeline_host().analyze(fires.string(), options);
    ASSERT_EQ(relaxed.error(), "");
    EXPECT_TRUE(findings_of(relaxed, "impact.share").empty());
}

TEST(ImpactBullets, OneFindingPerBulletWithTheFittingMetric) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "impact.vague" / "fires.md").string());
    auto vague = findings_of(a, "impact.vague");
    ASSERT_EQ(vague.size(), 1u);
    EXPECT_NE(vague[0].message.find("\"Improved performance\""), std::string::npos) << vague[0].message;
    EXPECT_NE(vague[0].suggestion.find("latency"), std::string::npos) << vague[0].suggestion;
    EXPECT_EQ(vague[0].entry, 1);
    EXPECT_EQ(vague[0].bullet, 3);
    // The vague bullet is not reported again as unquantified or task-only.
    EXPECT_TRUE(findings_of(a, "impact.unquantified").empty());
    EXPECT_TRUE(findings_of(a, "impact.task-only").empty());

    reshost::Analysis task = pipeline_host().analyze((kRules / "impact.task-only" / "fires.md").string());
    auto duty = findings_of(task, "impact.task-only");
    ASSERT_EQ(duty.size(), 1u);
    EXPECT_NE(duty[0].suggestion.find("uptime"), std::string::npos) << duty[0].suggestion;
}

TEST(SummaryLines, MarkdownSummaryWrappedAtTheLineWidth) {
    reshost::Analysis shorter = pipeline_host().analyze((kRules / "summary.length" / "fires.md").string());
    EXPECT_EQ(metric(shorter, "summary.lines"), 2.0);
    reshost::Analysis fits = pipeline_host().analyze((kRules / "summary.length" / "passes.md").string());
    EXPECT_EQ(metric(fits, "summary.lines"), 4.0);
}

TEST(PackRules, NotEvaluatedWithoutTheirSections) {
    // A resume with no Summary and no Experience section.
    reshost::Analysis a = pipeline_host().analyze((kRules / "summary.years" / "no-summary.md").string());
    ASSERT_EQ(a.error(), "");
    for (const char* rule : {"summary.length", "summary.years", "summary.target-role", "summary.quantified",
                             "summary.languages"})
        EXPECT_EQ(not_evaluated_reason(a, rule), "no Summary section found") << rule;
    for (const char* rule : {"impact.unquantified", "impact.share", "impact.vague", "impact.task-only"})
        EXPECT_EQ(not_evaluated_reason(a, rule), "no Experience section found") << rule;
    EXPECT_EQ(not_evaluated_reason(a, "length.wall-of-text"), "no Experience section found");
}

TEST(SpellingTypo, OneFindingPerWordAtItsFirstOccurrence) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "spelling.typo" / "fires.md").string());
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, "spelling.typo");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_NE(found[0].message.find("\"enviroment\" looks misspelled: \"\u2026zero downtime, following the "
                                    "enviroment runbook\" (also 1 more time)."),
              std::string::npos)
        << found[0].message;
    EXPECT_EQ(found[0].suggestion, "Did you mean \"environment\"?");
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->line, 24u);
    EXPECT_EQ(found[0].section_heading, "Experience");
    EXPECT_EQ(found[0].entry, 0);
    EXPECT_EQ(found[0].bullet, 1);
    EXPECT_NE(found[1].message.find("\"sucessfully\""), std::string::npos) << found[1].message;
    EXPECT_EQ(found[1].entry, 1);
}

TEST(SpellingTypo, HonoursMaxFindings) {
    reshost::AnalyzeOptions options;
    options.config_file = (kRules / "spelling.typo" / "max_findings_1.toml").string();
    reshost::Analysis a = pipeline_host().analyze((kRules / "spelling.typo" / "fires.md").string(), options);
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, "spelling.typo");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("enviroment"), std::string::npos) << found[0].message;
}

TEST(SpellingTypo, WithoutDictionariesIsNotEvaluated) {
    reshost::AnalyzeOptions options;
    options.config_file = (kRules / "spelling.typo" / "no_dictionaries.toml").string();
    reshost::Analysis a = pipeline_host().analyze((kRules / "spelling.typo" / "fires.md").string(), options);
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "spelling.typo").empty());
    auto reason = not_evaluated_reason(a, "spelling.typo");
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("/nonexistent/hunspell/en_US.words"), std::string::npos) << *reason;
}

TEST(SpellingTypo, TextInAnotherLanguageIsNotEvaluated) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "spelling.typo" / "german.md").string());
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "spelling.typo").empty());
    auto reason = not_evaluated_reason(a, "spelling.typo");
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("not in English"), std::string::npos) << *reason;
}
