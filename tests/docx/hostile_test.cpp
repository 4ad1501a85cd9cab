// Every hostile DOCX (and zip) of the shared corpus gives OK or a clear
// reason, in bounded time and memory: each import runs in a forked child
// under alarm() and an address-space limit, so that a crash, a hang or a
// runaway allocation fails the test instead of the test program.
#include "docx_plugin.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace reshost::docx_test {
namespace {

namespace fs = std::filesystem;

constexpr unsigned time_limit_seconds = 10;
// The child's address space; sanitizers reserve far more, so they go without.
constexpr rlim_t address_space_limit = rlim_t(1) << 30;
// Peak resident memory allowed for one import of a small hostile file.
constexpr long peak_rss_limit_kib = 200 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

fs::path hostile_dir() { return fs::path(RESHOST_SOURCE_DIR) / ".." / "shared" / "corpus" / "hostile"; }

struct Outcome {
    bool finished = false;  // exited normally in time
    std::string detail;     // "ok\n<dump>" or "failed: <reason>", or how the child died
    long peak_rss_kib = 0;
};

Outcome import_in_child(const fs::path& file) {
    DocxPlugin& p = plugin();  // loaded before forking, as a host would have it
    int fds[2];
    if (pipe(fds) != 0) return {false, "pipe failed"};
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        alarm(time_limit_seconds);
        if (!sanitized) {
            rlimit limit{address_space_limit, address_space_limit};
            setrlimit(RLIMIT_AS, &limit);
        }
        Imported doc = p.import(read_file(file.string()), file.filename().string());
        std::string out = doc.status == RH_STATUS_OK ? "ok\n" + doc.dump() : "failed: " + doc.failure;
        (void)!write(fds[1], out.data(), out.size());
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    std::string detail;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) detail.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (WIFSIGNALED(status))
        return {false, WTERMSIG(status) == SIGALRM ? "took over the time limit" : "killed by signal " + std::to_string(WTERMSIG(status)), 0};
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, detail, usage.ru_maxrss};
}

class HostileDocx : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::is_directory(hostile_dir())) GTEST_SKIP() << "the shared corpus is not present";
    }
    static Outcome run(const std::string& name) { return import_in_child(hostile_dir() / name); }
};

TEST_F(HostileDocx, EveryFileEndsCleanlyInTimeAndMemory) {
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(hostile_dir())) {
        std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".docx" && name != "docx_disguised_as.pdf") continue;
        ++seen;
        Outcome o = run(name);
        EXPECT_TRUE(o.finished) << name << ": " << o.detail;
        if (!sanitized) {
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
    Outcome o = run("zip_bomb_1GB_document_xml.docx");
    EXPECT_EQ(o.detail, "failed: zip bomb guard: word/document.xml would inflate to 1065353418 bytes (limit 64 MiB)");
    if (!sanitized) {
        EXPECT_LT(o.peak_rss_kib, 64 * 1024);
    }
}

TEST_F(HostileDocx, BillionLaughsDoesNotExpand) {
    Outcome o = run("billion_laughs_document_xml.docx");
    // pugixml does not read the DTD: the reference stays as written.
    EXPECT_EQ(o.detail, "ok\np word/document.xml#1: John Doe &lol9;\n");
}

TEST_F(HostileDocx, ExternalEntitiesAreNotResolved) {
    Outcome o = run("xxe_external_entity.docx");
    EXPECT_EQ(o.detail,
              "ok\np word/document.xml#1: Jane Doe\np word/document.xml#2: &xxe;\np word/document.xml#3: &rem;\n");
}

TEST_F(HostileDocx, Utf16DocumentXml) {
    Outcome o = run("utf16_document_xml.docx");
    EXPECT_EQ(o.detail, "ok\n"
                        "p word/document.xml#1: Jane Doe\n"
                        "p word/document.xml#2: jane.doe@example.com\n"
                        "p word/document.xml#3: Experience\n"
                        "p word/document.xml#4: Software Engineer, ABC Corp, 2020 - Present\n");
}

TEST_F(HostileDocx, BrokenPackagesSayWhy) {
    Outcome not_xml = run("document_xml_not_xml.docx");
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
    Outcome o = run("docx_disguised_as.pdf");
    EXPECT_NE(o.detail.find("\nli1 • word/document.xml#16: Led code reviews & mentored junior developers\n"), std::string::npos)
        << o.detail;
}

TEST_F(HostileDocx, StrictTemplateWithMergeFields) {
    Outcome o = run("online-resume-docx_strict-ooxml-template.docx");
    ASSERT_EQ(o.detail.rfind("ok\n", 0), 0u) << o.detail;
    EXPECT_NE(o.detail.find("td [table] [box] word/document.xml#2: «name»\n"), std::string::npos) << o.detail;
    EXPECT_NE(o.detail.find("td [table] word/document.xml#7: 求职意向\n"), std::string::npos) << o.detail;
}

}  // namespace
}  // namespace reshost::docx_test
