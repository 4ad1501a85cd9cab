// Every hostile DOCX (and zip) of the shared corpus gives OK or a clear
// reason, in bounded time and memory: each import runs in a forked child
// under alarm() and an address-space limit, so that a crash, a hang or a
// runaway allocation fails the test instead of the test program.
#include "child_run.hpp"
#include "corpus.hpp"
#include "docx_plugin.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace reshost::test {
namespace {

namespace fs = std::filesystem;

constexpr unsigned time_limit_seconds = 10;
// The child's address space; sanitizers reserve far more, so they go without.
constexpr std::size_t address_space_limit = std::size_t(1) << 30;
// Peak resident memory allowed for one import of a small hostile file.
constexpr long peak_rss_limit_kib = 200 * 1024;

fs::path hostile_dir() { return corpus_root() / "hostile"; }

ChildOutcome import_in_child(const fs::path& file) {
    ImporterPlugin& p = plugin();  // loaded before forking, as a host would have it
    return run_in_child(
        [&] {
            CollectedDocument doc = p.import(read_file(file.string()), file.filename().string());
            return doc.status == RH_STATUS_OK ? "ok\n" + doc.dump() : "failed: " + doc.failure;
        },
        time_limit_seconds, sanitized_build ? 0 : address_space_limit);
}

class HostileDocx : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(fs::is_directory(hostile_dir())) << hostile_dir() << " is missing (RESHOST_CORPUS_DIR)";
    }
    static ChildOutcome run(const std::string& name) { return import_in_child(hostile_dir() / name); }
};

TEST_F(HostileDocx, EveryFileEndsCleanlyInTimeAndMemory) {
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(hostile_dir())) {
        std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".docx" && name != "docx_disguised_as.pdf") continue;
        ++seen;
        ChildOutcome o = run(name);
        EXPECT_TRUE(o.finished) << name << ": " << o.detail;
        if (!sanitized_build) {
            EXPECT_LT(o.peak_rss_kib, peak_rss_limit_kib) << name;
        }
        // A failure always says why; success gives a document.
        if (o.detail.rfind("failed: ", 0) == 0) {
            EXPECT_GT(o.detail.size(), std::string("failed: ").size() + 8) << name;
        } else {
            EXPECT_EQ(o.detail.rfind("ok\n", 0), 0u) << name << ": " << o.detail;
        }
    }
    EXPECT_GE(seen, 16u);
}

TEST_F(HostileDocx, ZipBombStopsBeforeInflating) {
    ChildOutcome o = run("zip_bomb_1GB_document_xml.docx");
    EXPECT_EQ(o.detail, "failed: zip bomb guard: word/document.xml would inflate to 1065353418 bytes (limit 64 MiB)");
    if (!sanitized_build) {
        EXPECT_LT(o.peak_rss_kib, 64 * 1024);
    }
}

TEST_F(HostileDocx, BillionLaughsDoesNotExpand) {
    ChildOutcome o = run("billion_laughs_document_xml.docx");
    // pugixml does not read the DTD: the reference stays as written.
    EXPECT_EQ(o.detail, "ok\np word/document.xml#1: John Doe &lol9;\n");
}

TEST_F(HostileDocx, ExternalEntitiesAreNotResolved) {
    ChildOutcome o = run("xxe_external_entity.docx");
    EXPECT_EQ(o.detail,
              "ok\np word/document.xml#1: Jane Doe\np word/document.xml#2: &xxe;\np word/document.xml#3: &rem;\n");
}

TEST_F(HostileDocx, Utf16DocumentXml) {
    ChildOutcome o = run("utf16_document_xml.docx");
    EXPECT_EQ(o.detail, "ok\n"
                        "p word/document.xml#1: Jane Doe\n"
                        "p word/document.xml#2: jane.doe@example.com\n"
                        "p word/document.xml#3: Experience\n"
                        "p word/document.xml#4: Software Engineer, ABC Corp, 2020 - Present\n");
}

TEST_F(HostileDocx, BrokenPackagesSayWhy) {
    ChildOutcome not_xml = run("document_xml_not_xml.docx");
    EXPECT_EQ(not_xml.detail, "failed: word/document.xml is not well-formed XML: Could not determine tag type at offset 10");
    EXPECT_EQ(run("missing_document_xml.docx").detail, "failed: not a Word document: word/document.xml is missing");
    EXPECT_EQ(run("mammoth_hello-zip-no-docx-parts.docx").detail,
              "failed: not a Word document: the zip archive has no [Content_Types].xml and no word/document.xml");
    EXPECT_EQ(run("mammoth_empty.zip.docx").detail,
              "failed: not a Word document: the zip archive has no [Content_Types].xml and no word/document.xml");
    EXPECT_EQ(run("empty_0_bytes.docx").detail, "failed: empty file");
    EXPECT_EQ(run("truncated_60pct_akunna1_john-doe.docx").detail.rfind("failed: damaged zip archive: ", 0), 0u);
    EXPECT_EQ(run("pdf_disguised_as.docx").detail.rfind("failed: damaged zip archive: ", 0), 0u);
}

TEST_F(HostileDocx, DisguisedDocxStillReads) {
    ChildOutcome o = run("docx_disguised_as.pdf");
    EXPECT_NE(o.detail.find("\nli1 • word/document.xml#16: Led code reviews & mentored junior developers\n"), std::string::npos)
        << o.detail;
}

TEST_F(HostileDocx, StrictTemplateWithMergeFields) {
    ChildOutcome o = run("online-resume-docx_strict-ooxml-template.docx");
    ASSERT_EQ(o.detail.rfind("ok\n", 0), 0u) << o.detail;
    // The name in large type is the title; the section titles, each alone in a shaded cell, are headings.
    EXPECT_EQ(o.detail.rfind("ok\nh1 [table] [box] word/document.xml#2: «name»\n", 0), 0u) << o.detail;
    EXPECT_NE(o.detail.find("\nh3 [table] word/document.xml#7: 求职意向\n"), std::string::npos) << o.detail;
    EXPECT_NE(o.detail.find("\nh3 [table] word/document.xml#15: 教育背景\n"), std::string::npos) << o.detail;
}

}  // namespace
}  // namespace reshost::test
