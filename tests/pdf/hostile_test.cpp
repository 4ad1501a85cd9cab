// Every hostile PDF of the shared corpus gives OK or a clear reason, within
// a time limit: each import runs in a forked child under alarm(), so a crash
// or a hang fails the test instead of the test program.
#include "child_run.hpp"
#include "corpus.hpp"
#include "importer_plugin.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace reshost::test {
namespace {

namespace fs = std::filesystem;

constexpr unsigned time_limit_seconds = 10;

fs::path hostile_dir() { return corpus_root() / "hostile"; }

ChildOutcome import_in_child(ImporterPlugin& plugin, const fs::path& file) {
    return run_in_child(
        [&] {
            CollectedDocument doc = plugin.import(read_file(file.string()), file.filename().string());
            return doc.status == RH_STATUS_OK ? std::string("ok") : "failed: " + doc.failure;
        },
        time_limit_seconds);
}

class HostilePdf : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(fs::is_directory(hostile_dir())) << hostile_dir() << " is missing (RESHOST_CORPUS_DIR)";
    }
    static ImporterPlugin& plugin() {
        static ImporterPlugin p(RESHOST_TEST_PLUGIN_DIR, "pdf", "pdf");
        return p;
    }
    static ChildOutcome run(const std::string& name) { return import_in_child(plugin(), hostile_dir() / name); }
};

TEST_F(HostilePdf, EveryFileEndsCleanlyInTime) {
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(hostile_dir())) {
        if (entry.path().extension() != ".pdf") continue;
        ++seen;
        ChildOutcome o = run(entry.path().filename().string());
        EXPECT_TRUE(o.finished) << entry.path().filename() << ": " << o.detail;
        // A failure always says why.
        if (o.detail.rfind("failed", 0) == 0) EXPECT_GT(o.detail.size(), std::string("failed: ").size() + 5) << entry.path();
        else EXPECT_EQ(o.detail, "ok") << entry.path();
    }
    EXPECT_GE(seen, 10u);
}

TEST_F(HostilePdf, PasswordProtected) {
    ChildOutcome o = run("qpdf_enc-R6-AES256_user-password-view.pdf");
    EXPECT_EQ(o.detail, "failed: password-protected PDF");
}

TEST_F(HostilePdf, OwnerPasswordOnlyStillReads) {
    // It has 30 pages; the limit is raised so that it is read through.
    plugin().config()["pdf.max_pages"] = "40";
    ChildOutcome o = run("qpdf_enc-R3-RC4_owner-password-only.pdf");
    plugin().config().clear();
    EXPECT_EQ(o.detail, "ok");
}

TEST_F(HostilePdf, TenThousandPagesHitThePageLimit) {
    EXPECT_EQ(run("many_pages_10000.pdf").detail, "failed: too many pages: 10000 (limit 20)");
}

TEST_F(HostilePdf, EmptyAndForeignFilesAreNotPdfs) {
    EXPECT_EQ(run("empty_0_bytes.pdf").detail, "failed: not a PDF file (no %PDF- header)");
    EXPECT_EQ(run("docx_disguised_as.pdf").detail, "failed: not a PDF file (no %PDF- header)");
    EXPECT_EQ(run("random_bytes_8k.pdf").detail, "failed: not a PDF file (no %PDF- header)");
}

}  // namespace
}  // namespace reshost::test
