// The ats fixtures through the whole pipeline: tests/fixtures/ats/<rule>/
// fires.* must report <rule> and passes.* must not, whatever the input type;
// then what the findings say and where they point.
#include "ats_host.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using reshost::test::ats_host;
using reshost::test::ats_listing;
using reshost::test::findings_of;

namespace {

const fs::path kFixtures = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "ats";
const fs::path kRules = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "rules";

// Every fires.* / passes.* file, as (rule, file) pairs.
std::vector<std::pair<std::string, fs::path>> fixtures(std::string_view stem) {
    std::vector<std::pair<std::string, fs::path>> out;
    for (const auto& dir : fs::directory_iterator(kFixtures)) {
        if (!dir.is_directory()) continue;
        for (const auto& file : fs::directory_iterator(dir.path()))
            if (file.path().stem() == stem) out.emplace_back(dir.path().filename().string(), file.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

reshost::Analysis analyze(const fs::path& file) { return ats_host().analyze(file.string()); }

}  // namespace

TEST(AtsFixtures, EveryFiresFileReportsItsRule) {
    auto files = fixtures("fires");
    ASSERT_GE(files.size(), 6u);
    for (const auto& [rule, file] : files) {
        reshost::Analysis a = analyze(file);
        ASSERT_EQ(a.error(), "") << file;
        auto found = findings_of(a, rule);
        ASSERT_FALSE(found.empty()) << file << " did not report " << rule << ":\n" << ats_listing(a);
        for (const auto& f : found) {
            EXPECT_EQ(f.category, "ats") << file;
            EXPECT_FALSE(f.suggestion.empty()) << file << ": " << f.message;
            if (a.format() == "pdf") {
                ASSERT_TRUE(f.location.has_value()) << file << ": " << f.message;
                EXPECT_GE(f.location->page, 1u) << file;
            }
        }
    }
}

TEST(AtsFixtures, NoPassesFileReportsItsRule) {
    auto files = fixtures("passes");
    ASSERT_GE(files.size(), 6u);
    for (const auto& [rule, file] : files) {
        reshost::Analysis a = analyze(file);
        ASSERT_EQ(a.error(), "") << file;
        EXPECT_TRUE(findings_of(a, rule).empty()) << file << " reported " << rule << ":\n" << ats_listing(a);
    }
}

TEST(AtsFindings, HeaderContactPointsAtTheHeaderAndQuotesIt) {
    reshost::Analysis a = analyze(kFixtures / "ats.header-footer-contact" / "fires.pdf");
    auto found = findings_of(a, "ats.header-footer-contact");
    ASSERT_EQ(found.size(), 2u) << ats_listing(a);
    EXPECT_EQ(found[0].severity, "error");
    EXPECT_NE(found[0].message.find("\"jane.doe@example.com\" appears only in the page header"), std::string::npos)
        << found[0].message;
    EXPECT_NE(found[1].message.find("\"+1 555 010 0199\""), std::string::npos) << found[1].message;
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->page, 1u);
    EXPECT_LT(found[0].location->y1, 60.0f);  // the header band at the top of the page
}

TEST(AtsFindings, GarbledTextQuotesAffectedWords) {
    reshost::Analysis a = analyze(kFixtures / "ats.garbled-text" / "fires.pdf");
    auto found = findings_of(a, "ats.garbled-text");
    ASSERT_EQ(found.size(), 1u) << ats_listing(a);
    EXPECT_EQ(found[0].severity, "error");
    EXPECT_NE(found[0].message.find("\"J[U+FFFD]n[U+FFFD]\""), std::string::npos) << found[0].message;
}

TEST(AtsFindings, GarbledShareHonoursConfiguredLimit) {
    fs::path dir = fs::temp_directory_path() / "reshost-ats-config";
    fs::create_directories(dir);
    fs::path config = dir / "lenient.toml";
    {
        std::ofstream out(config);
        out << "[ats]\ngarbled_max_share = 0.5\n";
    }
    reshost::AnalyzeOptions options;
    options.config_file = config.string();
    reshost::Analysis a = ats_host().analyze((kFixtures / "ats.garbled-text" / "fires.pdf").string(), options);
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(findings_of(a, "ats.garbled-text").empty()) << ats_listing(a);
    fs::remove_all(dir);
}

TEST(AtsFindings, SmallBodyTextAndUnusualFont) {
    reshost::Analysis a = analyze(kFixtures / "ats.nonstandard-font" / "fires.pdf");
    auto found = findings_of(a, "ats.nonstandard-font");
    ASSERT_EQ(found.size(), 2u) << ats_listing(a);
    EXPECT_NE(found[0].message.find("The font \"Papyrus\" is not a standard font"), std::string::npos)
        << found[0].message;
    EXPECT_NE(found[1].message.find("Body text is set in 7 pt"), std::string::npos) << found[1].message;
}

TEST(AtsFindings, MarkdownHasNoFontsToJudge) {
    reshost::Analysis a = analyze(kRules / "ats.table" / "passes.md");
    ASSERT_EQ(a.error(), "");
    bool said = false;
    for (const auto& n : a.not_evaluated())
        if (n.rule == "ats.nonstandard-font") said = n.reason.find("carries no fonts") != std::string::npos;
    EXPECT_TRUE(said);
    auto type = findings_of(a, "ats.file-type");
    ASSERT_EQ(type.size(), 1u);
    EXPECT_EQ(type[0].severity, "info");
    EXPECT_NE(type[0].message.find("a markdown file"), std::string::npos) << type[0].message;
}

TEST(AtsFindings, MarkdownFindingsPointAtLines) {
    reshost::Analysis table = analyze(kRules / "ats.table" / "fires.md");
    auto found = findings_of(table, "ats.table");
    ASSERT_EQ(found.size(), 1u) << ats_listing(table);
    EXPECT_NE(found[0].message.find("starting with \"Area\""), std::string::npos) << found[0].message;
    ASSERT_TRUE(found[0].location.has_value());
    EXPECT_EQ(found[0].location->line, 14u);
    EXPECT_EQ(found[0].location->line_end, 19u);
    EXPECT_EQ(found[0].section_heading, "Skills");

    reshost::Analysis links = analyze(kRules / "ats.hidden-link" / "fires.md");
    found = findings_of(links, "ats.hidden-link");
    ASSERT_EQ(found.size(), 3u) << ats_listing(links);
    EXPECT_NE(found[1].message.find("The label \"GitHub\" links to https://github.com/janedoe"), std::string::npos)
        << found[1].message;
    EXPECT_NE(found[1].suggestion.find("\"GitHub: github.com/janedoe\""), std::string::npos) << found[1].suggestion;
    ASSERT_TRUE(found[1].location.has_value());
    EXPECT_EQ(found[1].location->line, 3u);

    reshost::Analysis icons = analyze(kRules / "ats.icon-glyphs" / "fires.md");
    found = findings_of(icons, "ats.icon-glyphs");
    ASSERT_EQ(found.size(), 3u) << ats_listing(icons);
    EXPECT_NE(found[2].message.find("[U+F09B] github.com/janedoe"), std::string::npos) << found[2].message;
    EXPECT_EQ(found[2].location->line, 7u);
}
