// A document whose text was not read - pages that are pictures, or text that
// comes out as word salad - gets the ats finding that says so, and every
// content rule reports "not evaluated" instead of findings about a resume
// nobody could read. A readable twin of the same resume gets content findings.
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

const fs::path kFixtures = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "advice";

reshost::Analysis analyze_corpus_pdf(const std::string& name) {
    fs::path file = reshost::test::corpus_dir("real/pdf") / name;
    if (!fs::exists(file)) throw std::runtime_error("no corpus file " + file.string());
    return ats_host().analyze(file.string());
}

bool is_ats(const std::string& rule) { return rule.rfind("ats.", 0) == 0; }

std::string listing(const reshost::Analysis& a) {
    std::string out;
    for (const auto& f : a.findings()) out += "  " + f.rule + ": " + f.message + "\n";
    return out;
}

bool not_evaluated(const reshost::Analysis& a, const std::string& rule) {
    const auto& list = a.not_evaluated();
    return std::any_of(list.begin(), list.end(), [&](const auto& n) { return n.rule == rule; });
}

void expect_content_not_evaluated(const reshost::Analysis& a, const char* file) {
    for (const auto& f : a.findings())
        EXPECT_TRUE(is_ats(f.rule)) << file << ": a content finding on a document that was not read: " << f.rule
                                    << ": " << f.message;
    for (const char* rule : {"sections.missing", "sections.contact", "education.missing", "impact.task-only",
                             "verbs.no-verb", "length.bullet", "summary.length", "experience.bullet-count"})
        EXPECT_TRUE(not_evaluated(a, rule)) << file << ": " << rule << " is not reported as not evaluated";
}

}  // namespace

TEST(UnreadDocument, ImageOnlyPdfGetsOnlyNoTextAndContentIsNotEvaluated) {
    reshost::Analysis a = analyze_corpus_pdf("jake-resume_image-only.pdf");
    ASSERT_EQ(a.error(), "");
    ASSERT_EQ(findings_of(a, "ats.no-text").size(), 1u) << listing(a);
    expect_content_not_evaluated(a, "jake-resume_image-only.pdf");
}

// word-salad.md is readable.md with the spaces lost between most words, as
// a text layer without word gaps comes out.
TEST(UnreadDocument, WordSaladIsGarbledAndContentIsNotEvaluated) {
    reshost::Analysis a = ats_host().analyze((kFixtures / "word-salad.md").string());
    ASSERT_EQ(a.error(), "");
    auto garbled = findings_of(a, "ats.garbled-text");
    ASSERT_EQ(garbled.size(), 1u) << listing(a);
    EXPECT_NE(garbled[0].message.find("run together"), std::string::npos) << garbled[0].message;
    expect_content_not_evaluated(a, "word-salad.md");
}

TEST(UnreadDocument, ReadableTwinOfTheWordSaladIsEvaluated) {
    reshost::Analysis a = ats_host().analyze((kFixtures / "readable.md").string());
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "ats.garbled-text").empty()) << listing(a);
    EXPECT_FALSE(not_evaluated(a, "sections.missing"));
    EXPECT_FALSE(not_evaluated(a, "impact.task-only"));
    EXPECT_FALSE(findings_of(a, "summary.length").empty()) << listing(a);
}

// The same template's readable resumes are judged: content findings, no
// garbled-text finding.
TEST(UnreadDocument, ReadableResumesAreEvaluated) {
    for (const char* file : {"resume-matcher_single-column.pdf", "resume-matcher_modern-two-column.pdf", "awesome-cv_resume.pdf",
                             "qwikresume_robert-smith_data-scientist.pdf", "open-resume_john-doe.pdf"}) {
        reshost::Analysis a = analyze_corpus_pdf(file);
        ASSERT_EQ(a.error(), "") << file;
        EXPECT_TRUE(findings_of(a, "ats.garbled-text").empty()) << file << "\n" << listing(a);
        EXPECT_TRUE(findings_of(a, "ats.no-text").empty()) << file;
        bool content = std::any_of(a.findings().begin(), a.findings().end(),
                                   [](const auto& f) { return !is_ats(f.rule); });
        EXPECT_TRUE(content) << file << ": no content finding on a readable resume";
        EXPECT_FALSE(not_evaluated(a, "sections.missing")) << file;
    }
}

// A referees section is advised away, not renamed into a standard heading.
TEST(HeadingAdvice, RefereesAreDeletedNotRenamed) {
    reshost::Analysis a = ats_host().analyze((kFixtures / "referees.md").string());
    ASSERT_EQ(a.error(), "");
    auto found = findings_of(a, "ats.nonstandard-heading");
    ASSERT_EQ(found.size(), 1u) << listing(a);
    EXPECT_EQ(found[0].suggestion.rfind("Delete the section \"Referees\"", 0), 0u) << found[0].suggestion;
    EXPECT_EQ(found[0].suggestion.find("Rename"), std::string::npos) << found[0].suggestion;
    EXPECT_TRUE(findings_of(ats_host().analyze((kFixtures / "readable.md").string()), "ats.nonstandard-heading").empty());
}
