// The registry cache: a warm cache lists every plugin without mapping any
// library, libraries are mapped on first use only, and changed files are re-read.
#include "real_plugins.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace reshost::test;

namespace {

const std::vector<std::string> needed = {"markdown", "analyzers", "json", "text"};

const reshost::PluginInfo* find(const std::vector<reshost::PluginInfo>& plugins, const std::string& name) {
    for (const auto& p : plugins)
        if (p.name == name && p.rejected.empty()) return &p;
    return nullptr;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST(RegistryCache, SecondHostReadsTheCacheAndMapsNothing) {
    ASSERT_TRUE(have_plugins(needed)) << "the build tree lacks the first-party plugins";
    TempDir dir;
    auto cache = (dir.path() / "cache" / "registry.tsv").string();

    std::vector<reshost::PluginInfo> first;
    {
        reshost::Host host(only({plugin_dir()}, cache));
        first = host.plugins();
    }
    ASSERT_TRUE(fs::exists(cache));
    auto text = read_text(cache);
    EXPECT_NE(text.find("reshost-registry/2\t"), std::string::npos);
    for (const auto& n : needed) {
        const auto* p = find(first, n);
        ASSERT_NE(p, nullptr) << n;
        EXPECT_TRUE(p->loaded) << n << ": a cold start reads each library's descriptor";
        EXPECT_NE(text.find((fs::path(plugin_dir()) / n / (n + ".so")).lexically_normal().string()), std::string::npos);
    }
    // No temp file is left behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path() / "cache"), fs::directory_iterator()), 1);

    reshost::Host warm(only({plugin_dir()}, cache));
    auto second = warm.plugins();
    ASSERT_EQ(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_FALSE(second[i].loaded) << second[i].file;
        EXPECT_EQ(second[i].file, first[i].file);
        EXPECT_EQ(second[i].name, first[i].name);
        EXPECT_EQ(second[i].version, first[i].version);
        EXPECT_EQ(second[i].description, first[i].description);
        EXPECT_EQ(second[i].abi, first[i].abi);
        EXPECT_EQ(second[i].rejected, first[i].rejected);
        ASSERT_EQ(second[i].components.size(), first[i].components.size());
        for (std::size_t c = 0; c < first[i].components.size(); ++c) {
            EXPECT_EQ(second[i].components[c].kind, first[i].components[c].kind);
            EXPECT_EQ(second[i].components[c].name, first[i].components[c].name);
            EXPECT_EQ(second[i].components[c].formats, first[i].components[c].formats);
            EXPECT_EQ(second[i].components[c].rules, first[i].components[c].rules);
        }
    }
    // Rules come from the cache too, with their categories and severities.
    reshost::Host cold(only({plugin_dir()}));
    auto cached_rules = warm.rules();
    auto read_rules = cold.rules();
    ASSERT_EQ(cached_rules.size(), read_rules.size());
    for (std::size_t i = 0; i < read_rules.size(); ++i) {
        EXPECT_EQ(cached_rules[i].id, read_rules[i].id);
        EXPECT_EQ(cached_rules[i].severity, read_rules[i].severity);
        EXPECT_EQ(cached_rules[i].category, read_rules[i].category);
        EXPECT_EQ(cached_rules[i].description, read_rules[i].description);
        EXPECT_EQ(cached_rules[i].plugin, read_rules[i].plugin);
    }
}

TEST(RegistryCache, LibrariesAreMappedWhenFirstNeeded) {
    ASSERT_TRUE(have_plugins(needed)) << "the build tree lacks the first-party plugins";
    TempDir dir;
    auto cache = (dir.path() / "registry.json").string();
    { reshost::Host warmup(only({plugin_dir()}, cache)); }

    reshost::Host host(only({plugin_dir()}, cache));
    auto loaded = [&](const std::string& name) { return find(host.plugins(), name)->loaded; };
    for (const auto& n : needed) EXPECT_FALSE(loaded(n)) << n;

    auto parsed = host.parse(RESHOST_EXAMPLE_RESUME);
    ASSERT_EQ(parsed.error(), "");
    EXPECT_TRUE(loaded("markdown"));
    EXPECT_FALSE(loaded("analyzers"));

    auto empty_config = dir.write("empty.toml", "");
    reshost::AnalyzeOptions o;
    o.config_file = empty_config;
    auto a = host.analyze(RESHOST_EXAMPLE_RESUME, o);
    ASSERT_EQ(a.error(), "");
    EXPECT_TRUE(loaded("analyzers"));
    EXPECT_FALSE(loaded("json"));
    EXPECT_FALSE(loaded("text"));

    host.emit("json", {a});
    EXPECT_TRUE(loaded("json"));
    EXPECT_FALSE(loaded("text"));

    // Named ahead, an output format's emitter is readied during the analysis.
    o.emit_format = "text";
    auto b = host.analyze(RESHOST_EXAMPLE_RESUME, o);
    ASSERT_EQ(b.error(), "");
    EXPECT_TRUE(loaded("text"));
}

TEST(RegistryCache, ChangedLibraryIsReadAgain) {
    ASSERT_TRUE(have_plugins({"analyzers"})) << "the build tree lacks the analyzers plugin";
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    fs::create_directories(plugins / "analyzers");
    for (const auto& e : fs::directory_iterator(fs::path(plugin_dir()) / "analyzers"))
        fs::copy(e.path(), plugins / "analyzers" / e.path().filename());
    auto cache = (dir.path() / "registry.json").string();
    { reshost::Host warmup(only({plugins.string()}, cache)); }
    {
        reshost::Host warm(only({plugins.string()}, cache));
        EXPECT_FALSE(find(warm.plugins(), "analyzers")->loaded);
    }
    auto so = plugins / "analyzers" / "analyzers.so";
    fs::last_write_time(so, fs::last_write_time(so) + std::chrono::seconds(5));
    reshost::Host changed(only({plugins.string()}, cache));
    EXPECT_TRUE(find(changed.plugins(), "analyzers")->loaded) << "a changed file must be inspected again";
}

TEST(RegistryCache, RejectionsAreCachedAndReportedEveryStart) {
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    dir.write("plugins/notes.so", "not a library at all\n");
    auto cache = (dir.path() / "registry.json").string();
    for (int run = 0; run < 2; ++run) {
        LogRecord log;
        reshost::Host host(only({plugins.string()}, cache, log.sink()));
        auto infos = host.plugins();
        ASSERT_EQ(infos.size(), 1u);
        EXPECT_EQ(infos[0].rejected, "not a shared library");
        EXPECT_FALSE(infos[0].loaded);
        auto lines = log.mentioning("notes.so");
        ASSERT_EQ(lines.size(), 1u) << "run " << run;
        EXPECT_EQ(lines[0], (plugins / "notes.so").string() + ": rejected: not a shared library");
    }
    EXPECT_NE(read_text(cache).find("not a shared library"), std::string::npos);
}

TEST(RegistryCache, StrippedPluginIsStillFound) {
    // Installed libraries are usually stripped of their static symbol table;
    // the entry point must still be found in the dynamic one.
    std::string strip = RESHOST_STRIP;
    ASSERT_TRUE(have_plugins({"analyzers"})) << "the build tree lacks the analyzers plugin";
    ASSERT_FALSE(strip.empty()) << "no strip program (CMAKE_STRIP)";
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    fs::create_directories(plugins / "analyzers");
    for (const auto& e : fs::directory_iterator(fs::path(plugin_dir()) / "analyzers"))
        fs::copy(e.path(), plugins / "analyzers" / e.path().filename());
    auto so = plugins / "analyzers" / "analyzers.so";
    ASSERT_EQ(std::system((strip + " --strip-all '" + so.string() + "'").c_str()), 0);

    reshost::Host host(only({plugins.string()}));
    auto infos = host.plugins();
    ASSERT_EQ(infos.size(), 1u);
    EXPECT_EQ(infos[0].rejected, "");
    EXPECT_EQ(infos[0].name, "analyzers");
}

TEST(RegistryCache, LaterPluginOfTheSameNameIsShadowed) {
    ASSERT_TRUE(have_plugins({"analyzers"})) << "the build tree lacks the analyzers plugin";
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    fs::create_directories(plugins / "analyzers");
    for (const auto& e : fs::directory_iterator(fs::path(plugin_dir()) / "analyzers"))
        fs::copy(e.path(), plugins / "analyzers" / e.path().filename());

    reshost::Host host(only({plugins.string(), plugin_dir()}));
    auto first = (plugins / "analyzers" / "analyzers.so").string();
    int copies = 0;
    for (const auto& p : host.plugins()) {
        if (p.name != "analyzers") continue;
        ++copies;
        if (p.file == first) EXPECT_EQ(p.rejected, "");
        else EXPECT_EQ(p.rejected, "shadowed by " + first);
    }
    EXPECT_EQ(copies, 2);
}

TEST(RegistryCache, UnwritableCacheIsNotAnError) {
    ASSERT_TRUE(have_plugins({"markdown"})) << "the build tree lacks the markdown plugin";
    TempDir dir;
    auto blocker = dir.write("file", "a file where the cache directory would be");
    LogRecord log;
    reshost::Host host(only({plugin_dir()}, blocker + "/reshost/registry.tsv", log.sink()));
    EXPECT_NE(find(host.plugins(), "markdown"), nullptr);
    for (const auto& [level, text] : log.lines) EXPECT_LT(level, reshost::LogLevel::warning) << text;
}

TEST(RegistryCache, EmptyEnvironmentElementIsNotTheCurrentDirectory) {
    ASSERT_TRUE(have_plugins({"markdown"})) << "the build tree lacks the markdown plugin";
    auto old = fs::current_path();
    fs::current_path(plugin_dir());
    setenv("RESHOST_PLUGIN_PATH", ":", 1);
    auto o = only({});
    o.use_environment = true;
    reshost::Host host(o);
    fs::current_path(old);
    unsetenv("RESHOST_PLUGIN_PATH");
    EXPECT_TRUE(host.plugins().empty());
}

TEST(RegistryCache, EachSetOfPluginDirectoriesHasItsOwnFile) {
    ASSERT_TRUE(have_plugins(needed)) << "the build tree lacks the first-party plugins";
    TempDir dir;
    TempDir other_plugins;
    const char* old = std::getenv("XDG_CACHE_HOME");
    std::string saved = old ? old : "";
    setenv("XDG_CACHE_HOME", dir.path().c_str(), 1);
    auto files = [&] {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(dir.path() / "reshost")) out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    };
    {
        reshost::Host a(only({plugin_dir()}, ""));
        reshost::Host again(only({plugin_dir()}, ""));
    }
    auto after_one = files();
    {
        reshost::Host b(only({plugin_dir(), other_plugins.path().string()}, ""));
    }
    auto after_two = files();
    if (old) setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    else unsetenv("XDG_CACHE_HOME");

    ASSERT_EQ(after_one.size(), 1u);
    EXPECT_EQ(after_one[0].rfind("registry-v2-", 0), 0u) << after_one[0];
    ASSERT_EQ(after_two.size(), 2u) << "another set of directories writes another file";
    // The first installation's file holds only its own plugins.
    auto text = read_text(dir.path() / "reshost" / after_one[0]);
    EXPECT_EQ(text.find(other_plugins.path().string()), std::string::npos);
}

TEST(RegistryCache, DamagedRecordsAreDroppedAndReadAgain) {
    ASSERT_TRUE(have_plugins(needed)) << "the build tree lacks the first-party plugins";
    TempDir dir;
    auto cache = (dir.path() / "registry.tsv").string();
    std::vector<reshost::RuleInfo> rules;
    {
        reshost::Host host(only({plugin_dir()}, cache));
        rules = host.rules();
    }
    // Damage the record of the analyzer packs: their rule lines lose their severity.
    auto text = read_text(cache);
    auto packs = text.find((fs::path(plugin_dir()) / "analyzers" / "analyzers.so").lexically_normal().string());
    ASSERT_NE(packs, std::string::npos);
    auto rule = text.find("\nrule\t", packs);
    ASSERT_NE(rule, std::string::npos);
    auto severity = text.find('\t', rule + 6) + 1;  // the field after the rule id
    text.replace(severity, text.find('\t', severity) - severity, "loud");
    { std::ofstream(cache, std::ios::binary | std::ios::trunc) << text; }

    reshost::Host again(only({plugin_dir()}, cache));
    auto plugins = again.plugins();
    const auto* damaged = find(plugins, "analyzers");
    const auto* intact = find(plugins, "markdown");
    ASSERT_NE(damaged, nullptr);
    ASSERT_NE(intact, nullptr);
    EXPECT_TRUE(damaged->loaded) << "a damaged record is read from the library again";
    EXPECT_FALSE(intact->loaded) << "the other records stay good";
    auto reread = again.rules();
    ASSERT_EQ(reread.size(), rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        EXPECT_EQ(reread[i].id, rules[i].id);
        EXPECT_EQ(reread[i].severity, rules[i].severity);
        EXPECT_EQ(reread[i].description, rules[i].description);
    }
    EXPECT_EQ(read_text(cache).find("\tloud\t"), std::string::npos) << "the file is rewritten without the damage";
}
