// Type detection by magic bytes, and the errors a user sees for files the host cannot read.
#include "file_type.hpp"
#include "temp_dir.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <random>
#include <string>

using reshost::detail::detect_file_type;
using reshost::detail::first_invalid_utf8;

namespace {

// A host that sees no plugin at all.
reshost::HostOptions no_plugins() {
    reshost::HostOptions o;
    o.use_environment = false;
    o.use_install_dir = false;
    o.registry_cache = "none";
    o.log = [](reshost::LogLevel, std::string_view) {};
    return o;
}

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(gen() & 0xFF);
    return out;
}

}  // namespace

TEST(FileType, EmptyFile) {
    auto t = detect_file_type("");
    EXPECT_EQ(t.type, "");
    EXPECT_EQ(t.error, "empty file");
}

TEST(FileType, PdfHeaderAnywhereInFirstKilobyte) {
    EXPECT_EQ(detect_file_type("%PDF-1.7\n%...").type, "pdf");
    EXPECT_EQ(detect_file_type(std::string(1000, ' ') + "%PDF-1.4").type, "pdf");
    // Past the first 1024 bytes it is just text that mentions a PDF header.
    auto late = detect_file_type(std::string(1030, 'a') + "%PDF-1.4");
    EXPECT_EQ(late.type, "markdown");
}

TEST(FileType, ZipIsDocxWhateverTheName) {
    EXPECT_EQ(detect_file_type(std::string("PK\x03\x04\x14\x00", 6)).type, "docx");
}

TEST(FileType, LegacyOfficeFileIsRefusedWithAdvice) {
    auto t = detect_file_type(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10));
    EXPECT_EQ(t.type, "");
    EXPECT_EQ(t.error, "legacy .doc or encrypted Office document: unsupported, save as DOCX or PDF");
}

TEST(FileType, Utf8TextIsMarkdown) {
    auto t = detect_file_type("# Jane Doe\n\nRésumé — 日本語 ✓\n");
    EXPECT_EQ(t.type, "markdown");
    EXPECT_EQ(t.error, "");
}

TEST(FileType, Latin1TextNamesTheFirstBadByte) {
    // "Résumé" in Latin-1: 0xE9 at offset 3 starts no valid UTF-8 sequence.
    std::string text = "# R\xE9sum\xE9 of Jane Doe, backend engineer with many years of experience\n";
    auto t = detect_file_type(text);
    EXPECT_EQ(t.type, "");
    EXPECT_EQ(t.error, "not valid UTF-8 text (first bad byte at offset 3)");
}

TEST(FileType, RandomBytesAreUnrecognized) {
    auto t = detect_file_type(random_bytes(4096, 7));
    EXPECT_EQ(t.type, "");
    EXPECT_EQ(t.error, "unrecognized file type (not PDF, DOCX or UTF-8 text)");
}

TEST(FileType, NulBytesAreNotText) {
    // UTF-16: every other byte is NUL.
    std::string utf16;
    for (char c : std::string("Jane Doe, Backend Engineer")) utf16 += std::string{c, '\0'};
    EXPECT_EQ(detect_file_type(utf16).error, "unrecognized file type (not PDF, DOCX or UTF-8 text)");
}

TEST(FileType, Utf8Validation) {
    EXPECT_EQ(first_invalid_utf8("plain"), std::string_view::npos);
    EXPECT_EQ(first_invalid_utf8("\xC3\xA9t\xC3\xA9"), std::string_view::npos);
    EXPECT_EQ(first_invalid_utf8("ab\xC0\xAF"), 2u);              // overlong '/'
    EXPECT_EQ(first_invalid_utf8("a\xED\xA0\x80"), 1u);           // UTF-16 surrogate
    EXPECT_EQ(first_invalid_utf8("abc\xE2\x82"), 3u);             // cut short
    EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);        // over U+10FFFF
    EXPECT_EQ(first_invalid_utf8(std::string("ok\0", 3)), 2u);    // NUL
}

TEST(HostInput, ErrorsGiveExitCodeThreeAndOneLine) {
    reshost::Host host(no_plugins());
    reshost::test::TempDir dir;

    struct Case {
        std::string path, error;
    };
    std::string big(2048, 'x');
    reshost::HostOptions small = no_plugins();
    small.max_file_bytes = 1000;
    reshost::Host small_host(small);

    std::vector<Case> cases = {
        {dir.write("empty.md", ""), "empty file"},
        {dir.write("noise.bin", random_bytes(2000, 3)), "unrecognized file type (not PDF, DOCX or UTF-8 text)"},
        {dir.write("latin1.md", "Caf\xE9 owner\n"), "not valid UTF-8 text (first bad byte at offset 3)"},
        {dir.write("old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)),
         "legacy .doc or encrypted Office document: unsupported, save as DOCX or PDF"},
        {(dir.path() / "missing.md").string(), "no such file"},
        {dir.path().string(), "is a directory"},
        {dir.write("resume.pdf", "%PDF-1.7\n"), "no importer for pdf documents is installed"},
        {dir.write("resume.md", "# Jane\n"), "no importer for markdown documents is installed"},
    };
    for (const auto& c : cases) {
        auto a = host.analyze(c.path);
        EXPECT_EQ(a.error(), c.error) << c.path;
        EXPECT_EQ(a.exit_code(), reshost::ExitCode::unreadable) << c.path;
        EXPECT_EQ(a.error().find('\n'), std::string::npos);
        EXPECT_TRUE(a.findings().empty());
        EXPECT_EQ(a.resume_json(), "");
    }

    auto big_file = dir.write("big.md", big);
    auto a = small_host.analyze(big_file);
    EXPECT_EQ(a.error(), "file too large (2048 bytes, limit 1000)");
    EXPECT_EQ(a.exit_code(), reshost::ExitCode::unreadable);

    auto b = small_host.analyze_bytes("memory.md", big);
    EXPECT_EQ(b.error(), "file too large (2048 bytes, limit 1000)");
    EXPECT_EQ(b.path(), "memory.md");
}
