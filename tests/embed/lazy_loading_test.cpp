// The host maps a plugin library only when it is needed: analyzing Markdown
// must not pull in the PDF importer and Poppler. probe_pdf, a test importer
// that links Poppler, stands in for any PDF importer.
#include "corpus.hpp"
#include "test_host.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace reshost;
namespace fs = std::filesystem;

std::string mappings() {
    std::ifstream in("/proc/self/maps");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool maps_poppler() { return mappings().find("/libpoppler") != std::string::npos; }

bool maps_file(const std::string& file) {
    std::error_code ec;
    const fs::path real = fs::canonical(file, ec);
    return mappings().find(ec ? file : real.string()) != std::string::npos;
}

bool reads(const ComponentInfo& c, const std::string& format) {
    return std::find(c.formats.begin(), c.formats.end(), format) != c.formats.end();
}

// Plugins with an importer that does not read Markdown.
std::vector<PluginInfo> other_importers(const Host& host) {
    std::vector<PluginInfo> out;
    for (const auto& p : host.plugins()) {
        if (!p.rejected.empty()) continue;
        for (const auto& c : p.components)
            if (c.kind == "importer" && !reads(c, "markdown")) {
                out.push_back(p);
                break;
            }
    }
    return out;
}

class LazyLoading : public ::testing::Test {
protected:
    void SetUp() override {
        cache_ = fs::temp_directory_path() / ("reshost-lazy-" + std::to_string(getpid()) + ".json");
        options_ = test::isolated_options({RESHOST_PROBE_PLUGIN_DIR, test::plugin_dir()});
        options_.registry_cache = cache_.string();
        // Filling the registry cache maps every plugin, which cannot be undone
        // in this process; a child does it.
        const pid_t child = fork();
        ASSERT_NE(child, -1);
        if (child == 0) {
            { const Host warm(options_); }
            _exit(0);
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        ASSERT_TRUE(fs::exists(cache_)) << "the registry cache was not written";
    }
    void TearDown() override { fs::remove(cache_); }

    fs::path cache_;
    HostOptions options_;
};

TEST_F(LazyLoading, MarkdownMapsNoPdfImporterAndPdfDoes) {
    ASSERT_FALSE(maps_poppler()) << "Poppler mapped before any host existed";
    const Host host(options_);
    EXPECT_FALSE(maps_poppler()) << "listing plugins from a warm cache mapped Poppler";

    const std::vector<PluginInfo> others = other_importers(host);
    ASSERT_TRUE(std::any_of(others.begin(), others.end(), [](const PluginInfo& p) { return p.name == "probe_pdf"; }))
        << "probe_pdf was not found";

    const Analysis md = host.analyze(test::example_resume());
    ASSERT_EQ(md.error(), "");
    ASSERT_EQ(md.format(), "markdown");
    EXPECT_FALSE(maps_poppler()) << "analyzing Markdown mapped Poppler";
    for (const auto& p : other_importers(host)) {
        EXPECT_FALSE(p.loaded) << p.name << " was loaded to analyze Markdown";
        EXPECT_FALSE(maps_file(p.file)) << p.file << " is mapped after analyzing Markdown";
    }
    for (const auto& p : host.plugins())
        for (const auto& c : p.components)
            if (c.kind == "importer" && reads(c, "markdown")) {
                EXPECT_TRUE(p.loaded) << p.name;
            }

    const std::string pdf = (reshost::test::corpus_root() / "real/pdf/open-resume_john-doe.pdf").string();
    ASSERT_TRUE(fs::exists(pdf)) << "no sample PDF at " << pdf << " (RESHOST_CORPUS_DIR)";
    const Analysis a = host.analyze(pdf);
    EXPECT_EQ(a.format(), "pdf");
    EXPECT_EQ(a.error(), "");
    EXPECT_TRUE(maps_poppler()) << "analyzing a PDF did not map Poppler";
    bool pdf_importer_loaded = false;
    for (const auto& p : other_importers(host))
        for (const auto& c : p.components)
            if (c.kind == "importer" && reads(c, "pdf") && p.loaded) pdf_importer_loaded = true;
    EXPECT_TRUE(pdf_importer_loaded);
}

}  // namespace
