// The Markdown importer, loaded from its built library through the C ABI,
// against fixtures: tests/fixtures/markdown/<name>.md beside <name>.expected.txt.
#include "document_dump.hpp"
#include "plugin_library.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using reshost::test::DocumentDump;
using reshost::test::PluginLibrary;

namespace {

const fs::path kFixtures = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "markdown";

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> fixture_names() {
    std::vector<std::string> out;
    if (!fs::is_directory(kFixtures)) return out;
    for (const auto& e : fs::directory_iterator(kFixtures))
        if (e.path().extension() == ".md") out.push_back(e.path().stem().string());
    std::sort(out.begin(), out.end());
    return out;
}

// Imports `data` with the markdown plugin; returns the status.
int import(PluginLibrary& lib, const rh_component& c, std::string_view data, DocumentDump& dump) {
    rh_import_input in{};
    in.struct_size = sizeof(in);
    in.host = &lib.host().api;
    in.path = rh_str{"input.md", 8};
    in.format = rh_str{"markdown", 8};
    in.data = reinterpret_cast<const unsigned char*>(data.data());
    in.size = data.size();
    return c.import(lib.state(), &in, dump.sink());
}

class MarkdownFixture : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST(MarkdownImporter, DescribesItself) {
    PluginLibrary lib("markdown");
    const rh_plugin_descriptor& d = lib.descriptor();
    EXPECT_EQ(d.abi_major, static_cast<uint32_t>(RESHOST_ABI_MAJOR));
    EXPECT_EQ(reshost::test::sv(d.name), "markdown");
    EXPECT_EQ(reshost::test::sv(d.version), "1.0.0");
    const rh_component& c = lib.open(RH_KIND_IMPORTER);
    ASSERT_EQ(c.format_count, 1u);
    EXPECT_EQ(reshost::test::sv(c.formats[0]), "markdown");
}

TEST_P(MarkdownFixture, MatchesExpectedDump) {
    const fs::path md = kFixtures / (GetParam() + ".md");
    const fs::path expected = kFixtures / (GetParam() + ".expected.txt");
    ASSERT_TRUE(fs::exists(expected)) << expected << " is missing";
    PluginLibrary lib("markdown");
    const rh_component& c = lib.open(RH_KIND_IMPORTER);
    DocumentDump dump;
    ASSERT_EQ(import(lib, c, read_file(md), dump), RH_STATUS_OK) << dump.failure();
    EXPECT_EQ(dump.text(), read_file(expected)) << "actual dump of " << md.filename() << ":\n" << dump.text();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MarkdownFixture, ::testing::ValuesIn(fixture_names()),
                         [](const auto& info) {
                             std::string n = info.param;
                             std::replace_if(n.begin(), n.end(), [](char ch) { return !std::isalnum(ch); }, '_');
                             return n;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(MarkdownFixture);

TEST(MarkdownImporter, EmptyInputGivesNoBlocks) {
    PluginLibrary lib("markdown");
    const rh_component& c = lib.open(RH_KIND_IMPORTER);
    DocumentDump dump;
    ASSERT_EQ(import(lib, c, "", dump), RH_STATUS_OK);
    EXPECT_EQ(dump.block_count(), 0u);
}

// 240 KB of 50k nested quotes, 30k nested brackets, 30k emphasis openers and
// 20k nested list items: must finish fast, without deep recursion.
TEST(MarkdownImporter, SurvivesPathologicalNesting) {
    const fs::path file = fs::path(RESHOST_SOURCE_DIR) / ".." / "shared" / "corpus" / "hostile" / "md_pathological_nesting.md";
    if (!fs::exists(file)) GTEST_SKIP() << "hostile corpus not present";
    std::string data = read_file(file);
    PluginLibrary lib("markdown");
    const rh_component& c = lib.open(RH_KIND_IMPORTER);
    DocumentDump dump;
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(import(lib, c, data, dump), RH_STATUS_OK) << dump.failure();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
#if defined(__SANITIZE_ADDRESS__)
    const double limit = 10.0;  // instrumented builds run several times slower
#else
    const double limit = 1.0;
#endif
    EXPECT_LT(seconds, limit);
    const auto& texts = dump.block_texts();
    ASSERT_FALSE(texts.empty());
    EXPECT_EQ(texts.front(), "John Doe");
    EXPECT_NE(std::find(texts.begin(), texts.end(), "deep quote"), texts.end());
    EXPECT_NE(std::find(texts.begin(), texts.end(), "item"), texts.end());
}
