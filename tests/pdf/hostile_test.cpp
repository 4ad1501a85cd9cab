// Every hostile PDF of the shared corpus gives OK or a clear reason, within
// a time limit: each import runs in a forked child under alarm(), so a crash
// or a hang fails the test instead of the test program.
#include "collected_document.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace reshost::pdf_test {
namespace {

namespace fs = std::filesystem;

constexpr unsigned time_limit_seconds = 10;

fs::path hostile_dir() { return fs::path(RESHOST_SOURCE_DIR) / ".." / "shared" / "corpus" / "hostile"; }

struct Outcome {
    bool finished = false;  // exited normally in time
    std::string detail;     // "ok" or "failed: <reason>", or how the child died
};

Outcome import_in_child(PdfPlugin& plugin, const fs::path& file) {
    int fds[2];
    if (pipe(fds) != 0) return {false, "pipe failed"};
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        alarm(time_limit_seconds);
        CollectedDocument doc = plugin.import(read_file(file.string()), file.filename().string());
        std::string out = doc.status == RH_STATUS_OK ? "ok" : "failed: " + doc.failure;
        (void)!write(fds[1], out.data(), out.size());
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    std::string detail;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) detail.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status))
        return {false, WTERMSIG(status) == SIGALRM ? "took over the time limit" : "killed by signal " + std::to_string(WTERMSIG(status))};
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, detail};
}

class HostilePdf : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::is_directory(hostile_dir())) GTEST_SKIP() << "the shared corpus is not present";
    }
    static PdfPlugin& plugin() {
        static PdfPlugin p(RESHOST_TEST_PLUGIN_DIR);
        return p;
    }
    static Outcome run(const std::string& name) { return import_in_child(plugin(), hostile_dir() / name); }
};

TEST_F(HostilePdf, EveryFileEndsCleanlyInTime) {
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(hostile_dir())) {
        if (entry.path().extension() != ".pdf") continue;
        ++seen;
        Outcome o = run(entry.path().filename().string());
        EXPECT_TRUE(o.finished) << entry.path().filename() << ": " << o.detail;
        // A failure always says why.
        if (o.detail.rfind("failed", 0) == 0) EXPECT_GT(o.detail.size(), std::string("failed: ").size() + 5) << entry.path();
        else EXPECT_EQ(o.detail, "ok") << entry.path();
    }
    EXPECT_GE(seen, 10u);
}

TEST_F(HostilePdf, PasswordProtected) {
    Outcome o = run("qpdf_enc-R6-AES256_user-password-view.pdf");
    EXPECT_EQ(o.detail, "failed: password-protected PDF");
}

TEST_F(HostilePdf, OwnerPasswordOnlyStillReads) {
    // It has 30 pages; the limit is raised so that it is read through.
    plugin().config["pdf.max_pages"] = "40";
    Outcome o = run("qpdf_enc-R3-RC4_owner-password-only.pdf");
    plugin().config.clear();
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
}  // namespace reshost::pdf_test
