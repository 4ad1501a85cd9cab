// The Markdown importer, loaded from its built library through the C ABI,
// against fixtures: tests/fixtures/markdown/<name>.md beside <name>.expected.txt.
#include "corpus.hpp"
#include "document_dump.hpp"
#include "importer_plugin.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;
using reshost::test::DocumentDump;
using reshost::test::ImporterPlugin;
using reshost::test::read_file;

namespace {

const fs::path kFixtures = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "markdown";

std::vector<std::string> fixture_names() {
    std::vector<std::string> out;
    if (!fs::is_directory(kFixtures)) return out;
    for (const auto& e : fs::directory_iterator(kFixtures))
        if (e.path().extension() == ".md") out.push_back(e.path().stem().string());
    std::sort(out.begin(), out.end());
    return out;
}

ImporterPlugin markdown_plugin() { return ImporterPlugin(RESHOST_TEST_PLUGIN_DIR, "markdown", "markdown"); }

// Imports `data` with the markdown plugin into `dump`; returns the status.
int import(ImporterPlugin& plugin, std::string_view data, DocumentDump& dump) {
    return plugin.import(data, "input.md", *dump.sink());
}

class MarkdownFixture : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST(MarkdownImporter, DescribesItself) {
    ImporterPlugin plugin = markdown_plugin();
    const rh_plugin_descriptor& d = plugin.descriptor();
    EXPECT_EQ(d.abi_major, static_cast<uint32_t>(RESHOST_ABI_MAJOR));
    EXPECT_EQ(reshost::test::sv(d.name), "markdown");
    EXPECT_EQ(reshost::test::sv(d.version), "1.0.0");
    const rh_component& c = plugin.component();
    EXPECT_EQ(c.kind, static_cast<uint32_t>(RH_KIND_IMPORTER));
    ASSERT_EQ(c.format_count, 1u);
    EXPECT_EQ(reshost::test::sv(c.formats[0]), "markdown");
}

TEST_P(MarkdownFixture, MatchesExpectedDump) {
    const fs::path md = kFixtures / (GetParam() + ".md");
    const fs::path expected = kFixtures / (GetParam() + ".expected.txt");
    ASSERT_TRUE(fs::exists(expected)) << expected << " is missing";
    ImporterPlugin plugin = markdown_plugin();
    DocumentDump dump;
    ASSERT_EQ(import(plugin, read_file(md.string()), dump), RH_STATUS_OK) << dump.failure();
    EXPECT_EQ(dump.text(), read_file(expected.string())) << "actual dump of " << md.filename() << ":\n" << dump.text();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MarkdownFixture, ::testing::ValuesIn(fixture_names()),
                         [](const auto& info) {
                             std::string n = info.param;
                             std::replace_if(n.begin(), n.end(), [](char ch) { return !std::isalnum(ch); }, '_');
                             return n;
                         });

TEST(MarkdownImporter, EmptyInputGivesNoBlocks) {
    ImporterPlugin plugin = markdown_plugin();
    DocumentDump dump;
    ASSERT_EQ(import(plugin, "", dump), RH_STATUS_OK);
    EXPECT_EQ(dump.block_count(), 0u);
}

// 240 KB of 50k nested quotes, 30k nested brackets, 30k emphasis openers and
// 20k nested list items: must finish fast, without deep recursion.
TEST(MarkdownImporter, SurvivesPathologicalNesting) {
    const fs::path file = reshost::test::corpus_root() / "hostile" / "md_pathological_nesting.md";
    ASSERT_TRUE(fs::exists(file)) << file << " is missing (RESHOST_CORPUS_DIR)";
    std::string data = read_file(file.string());
    ImporterPlugin plugin = markdown_plugin();
    DocumentDump dump;
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(import(plugin, data, dump), RH_STATUS_OK) << dump.failure();
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
