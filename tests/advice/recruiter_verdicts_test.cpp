// What the recruiter who judged the shared expert files called noise or wrong
// stays gone, and what they called right stays, on the real resumes of the
// corpus (../shared/corpus/expert has every verdict and its reason).
#include "ats_host.hpp"
#include "corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using reshost::test::ats_host;
using reshost::test::findings_of;

namespace {

reshost::Analysis analyze_corpus(const std::string& path) {
    fs::path file = reshost::test::corpus_dir("real") / path;
    if (!fs::exists(file)) throw std::runtime_error("no corpus file " + file.string());
    reshost::Analysis a = ats_host().analyze(file.string());
    if (!a.error().empty()) throw std::runtime_error(path + ": " + a.error());
    return a;
}

std::string listing(const reshost::Analysis& a, const std::string& rule) {
    std::string out;
    for (const auto& f : a.findings())
        if (f.rule == rule) out += "  " + f.rule + ": " + f.message + "\n";
    return out;
}

bool not_evaluated(const reshost::Analysis& a, const std::string& rule) {
    const auto& list = a.not_evaluated();
    return std::any_of(list.begin(), list.end(), [&](const auto& n) { return n.rule == rule; });
}

}  // namespace

// "3 bullets on a full one-pager" and a summer role: not told to add bullets.
// A 161-word resume with 3-bullet roles is (the recruiter: "thin current role").
TEST(RecruiterVerdicts, BulletCountAsksForMoreOnlyWhereThePageHasRoom) {
    reshost::Analysis full = analyze_corpus("pdf/open-resume_john-doe.pdf");
    EXPECT_TRUE(findings_of(full, "experience.bullet-count").empty()) << listing(full, "experience.bullet-count");
    reshost::Analysis matcher = analyze_corpus("pdf/resume-matcher_single-column.pdf");
    EXPECT_TRUE(findings_of(matcher, "experience.bullet-count").empty()) << listing(matcher, "experience.bullet-count");
    reshost::Analysis thin = analyze_corpus("md/md2pdf_john-doe.md");
    EXPECT_EQ(findings_of(thin, "experience.bullet-count").size(), 2u) << listing(thin, "experience.bullet-count");
}

// "2 roles in 7 years is tenure"; two roles that ended in 2005 are not.
TEST(RecruiterVerdicts, TwoLongRolesUpToTodayAreTenure) {
    reshost::Analysis tenure = analyze_corpus("docx/loom_basic-formatted-resume.docx");
    EXPECT_TRUE(findings_of(tenure, "experience.role-count").empty()) << listing(tenure, "experience.role-count");
    reshost::Analysis stale = analyze_corpus("pdf/qwikresume_robert-smith_data-scientist.pdf");
    EXPECT_EQ(findings_of(stale, "experience.role-count").size(), 1u);
}

// The summary says "currently on a career sabbatical"; military service and a
// start-up overlapping by 4 months is a normal transition; "15+ years" is 15.
TEST(RecruiterVerdicts, StatedBreaksShortOverlapsAndStatedYears) {
    reshost::Analysis a = analyze_corpus("pdf/awesome-cv_resume.pdf");
    EXPECT_TRUE(findings_of(a, "experience.gap").empty()) << listing(a, "experience.gap");
    EXPECT_TRUE(not_evaluated(a, "experience.gap"));
    EXPECT_TRUE(findings_of(a, "experience.dates").empty()) << listing(a, "experience.dates");
    auto pages = findings_of(a, "length.pages");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_NE(pages[0].message.find("15 years"), std::string::npos) << pages[0].message;
}

// Links in a template's copyright footer are the template's problem, reported once.
TEST(RecruiterVerdicts, TemplateFooterIsOneFindingNotHiddenLinks) {
    reshost::Analysis a = analyze_corpus("pdf/qwikresume_robert-smith_data-scientist.pdf");
    EXPECT_TRUE(findings_of(a, "ats.hidden-link").empty()) << listing(a, "ats.hidden-link");
    EXPECT_EQ(findings_of(a, "polish.template-text").size(), 1u) << listing(a, "polish.template-text");
}

// "Menlo only sets dates and contact; the real risk is the Type 3 body font".
TEST(RecruiterVerdicts, NonstandardFontNamesTheBodyFont) {
    reshost::Analysis a = analyze_corpus("pdf/resume-matcher_single-column.pdf");
    auto fonts = findings_of(a, "ats.nonstandard-font");
    ASSERT_EQ(fonts.size(), 1u);
    EXPECT_EQ(fonts[0].message.find("Menlo"), std::string::npos) << fonts[0].message;
    EXPECT_NE(fonts[0].message.find(".SFNS"), std::string::npos) << fonts[0].message;
}

// A template guide is no resume: one finding, and nothing judged as if it were one.
TEST(RecruiterVerdicts, AGuideIsNotJudgedAsAResume) {
    reshost::Analysis a = analyze_corpus("md/hirefrog_backend-engineer_template-guide.md");
    EXPECT_EQ(findings_of(a, "ats.not-a-resume").size(), 1u);
    for (const auto& f : a.findings())
        EXPECT_TRUE(f.rule == "ats.not-a-resume" || f.rule == "ats.file-type") << f.rule << ": " << f.message;
    EXPECT_TRUE(not_evaluated(a, "sections.missing"));
}
