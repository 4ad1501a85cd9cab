// The skills pack beyond its rule fixtures: rules reported as not evaluated,
// the metrics it records, thresholds from a configuration file, where its
// findings point, and the skills it leaves out (spoken languages, soft skills).
#include "pipeline_host.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>

namespace fs = std::filesystem;

using namespace reshost::test;

namespace {

const fs::path kSource(RESHOST_SOURCE_DIR);
const fs::path kRules = kSource / "tests" / "fixtures" / "rules";
const fs::path kPack = kSource / "tests" / "fixtures" / "skills-pack";

reshost::Analysis analyze(const fs::path& file, const std::string& config = {}) {
    reshost::AnalyzeOptions options;
    if (!config.empty()) options.config_file = (kPack / config).string();
    reshost::Analysis a = pipeline_host().analyze(file.string(), options);
    EXPECT_EQ(a.error(), "") << file;
    return a;
}

}  // namespace

TEST(SkillsPack, WithoutASkillsSectionTheListRulesAreNotEvaluated) {
    reshost::Analysis a = analyze(kPack / "no-skills.md");
    for (const char* rule : {"skills.count", "skills.uncategorized", "skills.no-evidence", "skills.backend-coverage"}) {
        auto reason = not_evaluated_reason(a, rule);
        ASSERT_TRUE(reason.has_value()) << rule;
        EXPECT_EQ(*reason, "the resume has no skills section") << rule;
        EXPECT_TRUE(findings_of(a, rule).empty()) << rule;
    }
    // The bullets alone still tell whether the work leans on frontend.
    EXPECT_FALSE(not_evaluated_reason(a, "skills.frontend-heavy").has_value());
    EXPECT_FALSE(metric(a, "skills.count").has_value());
}

TEST(SkillsPack, MetricsOfAWellListedResume) {
    reshost::Analysis a = analyze(kRules / "skills.count" / "passes.md");
    EXPECT_EQ(metric(a, "skills.count"), 13.0);
    EXPECT_EQ(metric(a, "skills.backend_areas"), 6.0);
    EXPECT_EQ(metric(a, "skills.evidenced_share"), 1.0);
    for (const auto& f : a.findings()) EXPECT_NE(f.rule.rfind("skills.", 0), 0u) << f.rule << ": " << f.message;
}

TEST(SkillsPack, CountLimitsComeFromTheConfiguration) {
    // Six skills: under the default 12-15, within min = 5, over max = 5.
    const fs::path six = kRules / "skills.count" / "fires.md";
    EXPECT_EQ(findings_of(analyze(six), "skills.count").size(), 1u);
    EXPECT_TRUE(findings_of(analyze(six, "min-5.toml"), "skills.count").empty());
    auto over = findings_of(analyze(six, "min-5-max-5.toml"), "skills.count");
    ASSERT_EQ(over.size(), 1u);
    EXPECT_EQ(over[0].message, "The skills section lists 6 skills; past 5 the strongest ones get lost.");
}

TEST(SkillsPack, TooFewSkillsSuggestsTheOnesTheBulletsShow) {
    auto found = findings_of(analyze(kRules / "skills.count" / "fires.md"), "skills.count");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "The skills section lists 6 skills; the guide recommends 12-15.");
    EXPECT_NE(found[0].suggestion.find("already show REST, Redis, gRPC, Terraform"), std::string::npos)
        << found[0].suggestion;
    EXPECT_EQ(found[0].section_heading, "Skills");
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->line, 12u);
}

TEST(SkillsPack, UnshownSkillsPointAtTheirLine) {
    auto found = findings_of(analyze(kRules / "skills.no-evidence" / "fires.md"), "skills.no-evidence");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].message, "\"Rust\" is listed as a skill but appears in no experience or project bullet.");
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->line, 14u);
    EXPECT_EQ(found[1].message, "\"MongoDB\" is listed as a skill but appears in no experience or project bullet.");
    EXPECT_EQ(found[1].location->line, 15u);
    EXPECT_EQ(found[1].section_heading, "Skills");
}

TEST(SkillsPack, ManyUnshownSkillsMakeOneFinding) {
    auto found = findings_of(analyze(kPack / "many-unshown.md"), "skills.no-evidence");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message,
              "7 listed skills appear in no experience or project bullet: \"Rust\", \"Scala\", \"MongoDB\", "
              "\"Cassandra\" and 3 more.");
    EXPECT_EQ(found[0].location->line, 12u);
}

TEST(SkillsPack, SpokenLanguagesAndSoftSkillsAreNotTechnicalSkills) {
    reshost::Analysis a = analyze(kPack / "spoken-and-soft.md");
    EXPECT_EQ(metric(a, "skills.count"), 13.0);
    EXPECT_TRUE(findings_of(a, "skills.no-evidence").empty());
    EXPECT_TRUE(findings_of(a, "skills.uncategorized").empty());
}

TEST(SkillsPack, FrontendLeanIsNotJudgedForAFullStackCandidate) {
    reshost::Analysis a = analyze(kPack / "full-stack.md");
    EXPECT_TRUE(findings_of(a, "skills.frontend-heavy").empty());
    EXPECT_EQ(not_evaluated_reason(a, "skills.frontend-heavy"),
              "the summary or most recent title targets full-stack or frontend roles");
}
