// Every rule fixture through the whole pipeline of the host library: the
// real importer, normalizer, analyzer plugins, scoring and emitters.
// tests/fixtures/rules/<rule>/fires.md must report <rule>; passes.md must not.
// A rule folder may hold more cases beside them, each a resume of its own:
// fires-<case>.md must report the rule, passes-<case>.md must not.
#include "pipeline_host.hpp"
#include "report_schema.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>


namespace fs = std::filesystem;

using namespace reshost::test;

namespace {

const fs::path kRules = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "rules";

std::vector<std::string> rule_dirs() {
    std::vector<std::string> out;
    if (!fs::is_directory(kRules)) return out;
    for (const auto& e : fs::directory_iterator(kRules))
        if (e.is_directory()) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// The extra cases of every rule folder: "<rule>/fires-<case>.md", "<rule>/passes-<case>.md".
std::vector<std::string> rule_cases() {
    std::vector<std::string> out;
    for (const std::string& rule : rule_dirs())
        for (const auto& e : fs::directory_iterator(kRules / rule)) {
            std::string name = e.path().filename().string();
            bool named = name.rfind("fires-", 0) == 0 || name.rfind("passes-", 0) == 0;
            if (named && e.path().extension() == ".md") out.push_back(rule + "/" + name);
        }
    std::sort(out.begin(), out.end());
    return out;
}

std::string listing(const reshost::Analysis& a) {
    std::string out;
    for (const auto& f : a.findings()) out += "  " + f.rule + ": " + f.message + "\n";
    return out;
}

class RuleFixture : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(RuleFixture, FiresOnFiresMd) {
    const std::string rule = GetParam();
    reshost::Analysis a = pipeline_host().analyze((kRules / rule / "fires.md").string());
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, rule);
    ASSERT_FALSE(found.empty()) << rule << " did not fire; findings were:\n" << listing(a);
    for (const auto& f : found) {
        EXPECT_FALSE(f.message.empty());
        EXPECT_FALSE(f.suggestion.empty()) << f.message;
        EXPECT_FALSE(f.severity.empty());
    }
}

TEST_P(RuleFixture, StaysQuietOnPassesMd) {
    const std::string rule = GetParam();
    reshost::Analysis a = pipeline_host().analyze((kRules / rule / "passes.md").string());
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, rule).empty()) << rule << " fired on passes.md:\n" << listing(a);
}

class RuleCase : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleCase, FiresOrStaysQuietAsNamed) {
    const std::string path = GetParam();
    const std::string rule = path.substr(0, path.find('/'));
    const bool fires = path.compare(rule.size() + 1, 6, "fires-") == 0;
    reshost::Analysis a = pipeline_host().analyze((kRules / path).string());
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, rule);
    if (fires)
        EXPECT_FALSE(found.empty()) << rule << " did not fire on " << path << "; findings were:\n" << listing(a);
    else
        EXPECT_TRUE(found.empty()) << rule << " fired on " << path << ":\n" << listing(a);
}

INSTANTIATE_TEST_SUITE_P(Cases, RuleCase, ::testing::ValuesIn(rule_cases()), [](const auto& info) {
    std::string n = info.param;
    std::replace_if(n.begin(), n.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return n;
});

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(rule_dirs()), [](const auto& info) {
    std::string n = info.param;
    std::replace_if(n.begin(), n.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return n;
});

// Findings a user can act on: bullet rules point at the bullet's line and
// its place in the resume.
TEST(RuleFindings, BulletFindingsCarryLineAndIndexes) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "verbs.weak-opener" / "fires.md").string());
    auto found = findings_of(a, "verbs.weak-opener");
    ASSERT_EQ(found.size(), 1u) << listing(a);
    const auto& f = found.front();
    ASSERT_TRUE(f.location.has_value());
    EXPECT_EQ(f.location->line, 24u);
    EXPECT_GE(f.section, 0);
    EXPECT_EQ(f.entry, 0);
    EXPECT_EQ(f.bullet, 1);
    EXPECT_EQ(f.section_heading, "Experience");
    EXPECT_NE(f.message.find("\"Responsible for\""), std::string::npos) << f.message;
    // "migrating ... Kubernetes" points at migration and deployment verbs.
    EXPECT_NE(f.suggestion.find("Migrated"), std::string::npos) << f.suggestion;
}

// "Participated in reviews of the team of engineers": the fix names the candidate's own
// part and never a verb that claims the lead ("Led", "Mentored"), however the bullet reads.
TEST(RuleFindings, SupportingOpenerIsNotToldToClaimTheLead) {
    reshost::Analysis a =
        pipeline_host().analyze((kRules / "verbs.weak-opener" / "fires-supporting-part.md").string());
    auto found = findings_of(a, "verbs.weak-opener");
    ASSERT_EQ(found.size(), 1u) << listing(a);
    const std::string& fix = found.front().suggestion;
    EXPECT_NE(fix.find("what you did yourself"), std::string::npos) << fix;
    EXPECT_NE(fix.find("\"Reviewed"), std::string::npos) << fix;
    for (const char* claim : {"\"Led", "\"Mentored", "\"Architected", "\"Spearheaded"})
        EXPECT_EQ(fix.find(claim), std::string::npos) << fix;
}

// The polish rules point at the line they quote, with the bullet's indexes
// when the line is a bullet.
TEST(RuleFindings, PolishFindingsCarryLineAndIndexes) {
    reshost::Analysis filler = pipeline_host().analyze((kRules / "polish.filler" / "fires.md").string());
    auto found = findings_of(filler, "polish.filler");
    ASSERT_EQ(found.size(), 1u) << listing(filler);
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->line, 32u);
    EXPECT_EQ(found[0].entry, 1);
    EXPECT_EQ(found[0].bullet, 2);
    EXPECT_NE(found[0].message.find("\"various tasks\""), std::string::npos) << found[0].message;

    reshost::Analysis placeholder = pipeline_host().analyze((kRules / "polish.template-text" / "fires.md").string());
    auto quoted = findings_of(placeholder, "polish.template-text");
    ASSERT_EQ(quoted.size(), 2u) << listing(placeholder);
    ASSERT_TRUE(quoted[0].location.has_value());
    EXPECT_EQ(quoted[0].location->line, 3u);
    EXPECT_NE(quoted[0].message.find("\"(123) 456-7890\""), std::string::npos) << quoted[0].message;
    EXPECT_NE(quoted[1].message.find("Lorem ipsum"), std::string::npos) << quoted[1].message;

    reshost::Analysis personal = pipeline_host().analyze((kRules / "polish.personal-data" / "fires.md").string());
    auto kinds = findings_of(personal, "polish.personal-data");
    ASSERT_EQ(kinds.size(), 2u) << listing(personal);
    EXPECT_NE(kinds[0].message.find("\"Date of birth: 12 March 1990\""), std::string::npos) << kinds[0].message;
    EXPECT_NE(kinds[1].message.find("\"Married\""), std::string::npos) << kinds[1].message;
}

TEST(RuleFindings, RepeatedOpenerHonoursConfiguredLimit) {
    // The default limit is 2: four "Built" openers report the third and fourth.
    reshost::Analysis a = pipeline_host().analyze((kRules / "verbs.repeated" / "fires.md").string());
    auto found = findings_of(a, "verbs.repeated");
    ASSERT_EQ(found.size(), 2u) << listing(a);
    EXPECT_NE(found[0].message.find("\"Built\" opens 4 bullets"), std::string::npos) << found[0].message;

    // verbs.repeated_max = 3 leaves only the fourth.
    reshost::AnalyzeOptions options;
    options.config_file = (fs::path(RESHOST_SOURCE_DIR) / "tests" / "plugins" / "config" / "repeated_max_3.toml").string();
    reshost::Analysis relaxed = pipeline_host().analyze((kRules / "verbs.repeated" / "fires.md").string(), options);
    ASSERT_EQ(relaxed.error(), "");
    auto fewer = findings_of(relaxed, "verbs.repeated");
    ASSERT_EQ(fewer.size(), 1u) << listing(relaxed);
    EXPECT_NE(fewer[0].message.find("(more than 3); this is number 4"), std::string::npos) << fewer[0].message;
}

// The json emitter's output for real analyses - findings of every rule, and
// a file that could not be read - validates against formats/report.schema.json.
TEST(RuleOutputs, JsonReportOfAllFixturesMatchesTheSchema) {
    std::vector<reshost::Analysis> analyses;
    for (const std::string& rule : rule_dirs()) analyses.push_back(pipeline_host().analyze((kRules / rule / "fires.md").string()));
    analyses.push_back(pipeline_host().analyze((kRules / "no-such-resume.md").string()));
    nlohmann::json doc = nlohmann::json::parse(pipeline_host().emit("json", analyses));
    ASSERT_EQ(doc["files"].size(), analyses.size());
    EXPECT_EQ(doc["version"], "reshost-report/1");
    EXPECT_TRUE(doc["files"].back()["error"].is_string());
    std::size_t findings = 0;
    for (const auto& f : doc["files"]) findings += f["findings"].size();
    EXPECT_GE(findings, rule_dirs().size());
    EXPECT_EQ(reshost::test::report_schema_errors(doc), "");
}

// The text emitter shows each finding under its section with the fix below.
TEST(RuleOutputs, TextReportShowsFindingAndFix) {
    reshost::Analysis a = pipeline_host().analyze((kRules / "verbs.weak-opener" / "fires.md").string());
    std::string text = pipeline_host().emit("text", {a});
    // Findings are grouped under their section; other packs may report on the same lines.
    auto experience = text.find("\nExperience\n");
    auto projects = text.find("\nProjects\n");
    auto finding = text.find("\n  line 24  warning  verbs.weak-opener  The bullet opens with \"Responsible for\"");
    ASSERT_NE(experience, std::string::npos) << text;
    ASSERT_NE(finding, std::string::npos) << text;
    EXPECT_GT(finding, experience) << text;
    EXPECT_LT(finding, projects) << text;
    EXPECT_NE(text.find("    \u2192 Open with the action and its result, e.g. \"Migrated"), std::string::npos) << text;
    EXPECT_NE(text.find("\nScore: "), std::string::npos) << text;
    EXPECT_EQ(text.find('\033'), std::string::npos);
}
