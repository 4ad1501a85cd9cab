// The ats pack on the real resumes of the shared corpus (RESHOST_CORPUS_DIR;
// a missing corpus or file fails): scanned pages, two-column layouts,
// and single-column templates that must get no ats error.
#include "ats_host.hpp"
#include "corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using reshost::test::ats_host;
using reshost::test::ats_listing;
using reshost::test::findings_of;

namespace {

fs::path pdf_corpus() { return reshost::test::corpus_dir("real/pdf"); }

#define ANALYZE_CORPUS_FILE(var, name)                                                    \
    ASSERT_TRUE(fs::exists(pdf_corpus() / (name))) << "no corpus file " << (name);        \
    reshost::Analysis var = ats_host().analyze((pdf_corpus() / (name)).string());         \
    ASSERT_EQ(var.error(), "")

}  // namespace

TEST(AtsCorpus, ImageOnlyPageHasNoText) {
    ANALYZE_CORPUS_FILE(a, "jake-resume_image-only.pdf");
    auto found = findings_of(a, "ats.no-text");
    ASSERT_EQ(found.size(), 1u) << ats_listing(a);
    EXPECT_EQ(found[0].severity, "error");
    EXPECT_NE(found[0].message.find("Page 1 is an image with no text layer"), std::string::npos) << found[0].message;
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->page, 1u);
    EXPECT_FLOAT_EQ(found[0].location->x1, 612.0f);
    EXPECT_FLOAT_EQ(found[0].location->y1, 792.0f);
}

TEST(AtsCorpus, TwoColumnLayoutsAreReported) {
    struct Case {
        const char* file;
        const char* sidebar_starts;
    };
    for (const Case& c : {Case{"deedy_resume-openfont.pdf", "\"EDUCATION\""},
                          Case{"altacv_sample.pdf", "\"MY LIFE PHILOSOPHY\""}}) {
        ASSERT_TRUE(fs::exists(pdf_corpus() / c.file)) << "no corpus file " << c.file;
        reshost::Analysis a = ats_host().analyze((pdf_corpus() / c.file).string());
        ASSERT_EQ(a.error(), "") << c.file;
        auto found = findings_of(a, "ats.multi-column");
        ASSERT_EQ(found.size(), 1u) << c.file << "\n" << ats_listing(a);
        EXPECT_EQ(found[0].severity, "warning");
        EXPECT_NE(found[0].message.find("2 columns"), std::string::npos) << found[0].message;
        EXPECT_NE(found[0].message.find(c.sidebar_starts), std::string::npos) << found[0].message;
        ASSERT_TRUE(found[0].location.has_value()) << c.file;
        EXPECT_EQ(found[0].location->page, 1u);
        EXPECT_GT(found[0].location->x1, found[0].location->x0);
    }
}

TEST(AtsCorpus, SingleColumnTemplatesGetNoAtsError) {
    for (const char* file : {"open-resume_john-doe.pdf", "open-resume_laverne.pdf", "akunna1_john-doe_resume.pdf",
                             "rendercv_john-doe_sb2nov.pdf", "rendercv_john-doe_moderncv.pdf",
                             "awesome-cv_resume.pdf"}) {
        ASSERT_TRUE(fs::exists(pdf_corpus() / file)) << "no corpus file " << file;
        reshost::Analysis a = ats_host().analyze((pdf_corpus() / file).string());
        ASSERT_EQ(a.error(), "") << file;
        for (const auto& f : a.findings())
            if (f.rule.rfind("ats.", 0) == 0) {
                EXPECT_NE(f.severity, "error") << file << ": " << f.rule << ": " << f.message;
            }
        EXPECT_TRUE(findings_of(a, "ats.multi-column").empty()) << file << "\n" << ats_listing(a);
        EXPECT_TRUE(findings_of(a, "ats.no-text").empty()) << file;
    }
}

// Icons the corpus labels list: FontAwesome glyphs in the contact lines.
TEST(AtsCorpus, IconFontsInContactLinesAreReported) {
    ANALYZE_CORPUS_FILE(a, "rendercv_john-doe_moderncv.pdf");
    auto found = findings_of(a, "ats.icon-glyphs");
    ASSERT_EQ(found.size(), 1u) << ats_listing(a);
    EXPECT_NE(found[0].message.find("[U+F0E0] john.doe@email.com"), std::string::npos) << found[0].message;
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->page, 1u);

    ANALYZE_CORPUS_FILE(b, "awesome-cv_resume.pdf");
    found = findings_of(b, "ats.icon-glyphs");
    ASSERT_EQ(found.size(), 1u) << ats_listing(b);
    EXPECT_NE(found[0].message.find("\"FontAwesome7Free\""), std::string::npos) << found[0].message;
}

// The raster icons beside "Linkedin" / "Github" are tiny: info, not warning;
// the labels hide their addresses.
TEST(AtsCorpus, IconImagesAndLabelLinks) {
    ANALYZE_CORPUS_FILE(a, "akunna1_john-doe_resume.pdf");
    auto images = findings_of(a, "ats.images");
    ASSERT_EQ(images.size(), 1u) << ats_listing(a);
    EXPECT_EQ(images[0].severity, "info");
    EXPECT_NE(images[0].message.find("2 small images"), std::string::npos) << images[0].message;
    auto links = findings_of(a, "ats.hidden-link");
    ASSERT_FALSE(links.empty()) << ats_listing(a);
    EXPECT_NE(links[0].message.find("The label \"Linkedin\" links to https://www.linkedin.com/in/john-doe-59297b8b/"),
              std::string::npos)
        << links[0].message;
    EXPECT_NE(links[0].suggestion.find("linkedin.com/in/john-doe-59297b8b"), std::string::npos) << links[0].suggestion;

    ANALYZE_CORPUS_FILE(b, "altacv_sample.pdf");
    images = findings_of(b, "ats.images");
    ASSERT_EQ(images.size(), 1u) << ats_listing(b);
    EXPECT_EQ(images[0].severity, "warning");  // a photo
    EXPECT_TRUE(findings_of(b, "ats.hidden-link").empty()) << ats_listing(b);  // every address is written out
}

// Open Resume's laverne sample separates words with tab glyphs: text, not garbage.
TEST(AtsCorpus, TabSeparatedWordsAreNotGarbled) {
    ANALYZE_CORPUS_FILE(a, "open-resume_laverne.pdf");
    EXPECT_TRUE(findings_of(a, "ats.garbled-text").empty()) << ats_listing(a);
    bool measured = false;
    for (const auto& [name, value] : a.metrics())
        if (name == "ats.garbled_share") {
            measured = true;
            EXPECT_LT(value, 0.01);
        }
    EXPECT_TRUE(measured);
}

// DOCX facts: tables, text boxes and Wingdings separators.
TEST(AtsCorpus, DocxTablesTextBoxesAndSymbolGlyphs) {
    auto formats = ats_host().formats();
    ASSERT_NE(std::find(formats.begin(), formats.end(), "docx"), formats.end()) << "no DOCX importer";
    const fs::path docx = reshost::test::corpus_dir("real/docx");
    ASSERT_TRUE(fs::exists(docx / "loom_ats-problem-resume.docx")) << "no corpus file loom_ats-problem-resume.docx";

    reshost::Analysis tables = ats_host().analyze((docx / "loom_ats-problem-resume.docx").string());
    ASSERT_EQ(tables.error(), "");
    auto found = findings_of(tables, "ats.table");
    ASSERT_EQ(found.size(), 2u) << ats_listing(tables);
    EXPECT_NE(found[0].message.find("starting with \"Email:\""), std::string::npos) << found[0].message;
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->part, "word/document.xml");
    EXPECT_GT(found[0].location->paragraph, 0u);

    reshost::Analysis boxed = ats_host().analyze((docx / "online-resume-docx_zhangsan_java.docx").string());
    ASSERT_EQ(boxed.error(), "");
    found = findings_of(boxed, "ats.text-box");
    ASSERT_FALSE(found.empty()) << ats_listing(boxed);
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->part, "word/document.xml");
    EXPECT_EQ(findings_of(boxed, "ats.multi-column").size(), 1u) << ats_listing(boxed);

    reshost::Analysis icons = ats_host().analyze((docx / "jsonresume-docx_jobby-mcjobface_rendered.docx").string());
    ASSERT_EQ(icons.error(), "");
    found = findings_of(icons, "ats.icon-glyphs");
    ASSERT_EQ(found.size(), 1u) << ats_listing(icons);
    EXPECT_NE(found[0].message.find("[U+F076] (555) 555-5555"), std::string::npos) << found[0].message;
}
