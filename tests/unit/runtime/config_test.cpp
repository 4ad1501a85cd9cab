// The config file: values flattened for plugins, the [rules] table, and bad files.
#include "config.hpp"
#include "temp_dir.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

using reshost::detail::parse_config;

namespace {

// The message of the std::invalid_argument that `f` throws, or "" if it throws none.
template <class F>
std::string invalid_argument_of(F f) {
    try {
        f();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(Config, FlattensTablesToDottedKeys) {
    auto c = parse_config(R"(
[verbs]
repeated_max = 2
weak_openers = ["Helped", "Worked on"]

[verbs.repeated]
max = 3

[impact]
share = 0.6
strict = true
name = "impact pack"
)",
                          "reshost.toml");
    EXPECT_EQ(c.values.at("verbs.repeated_max"), "2");
    EXPECT_EQ(c.values.at("verbs.repeated.max"), "3");
    EXPECT_EQ(c.values.at("verbs.weak_openers"), "Helped,Worked on");
    EXPECT_EQ(c.values.at("impact.share"), "0.6");
    EXPECT_EQ(c.values.at("impact.strict"), "true");
    EXPECT_EQ(c.values.at("impact.name"), "impact pack");
    EXPECT_EQ(c.values.size(), 6u);
    EXPECT_EQ(c.file, "reshost.toml");
}

TEST(Config, ReadsTheRulesTable) {
    auto c = parse_config(R"(
[rules]
enable = ["verbs.pronoun"]
disable = ["length", "ats.file-type"]

[rules.severity]
"verbs.pronoun" = "error"
impact = "info"
)",
                          "reshost.toml");
    EXPECT_EQ(c.enable, (std::vector<std::string>{"verbs.pronoun"}));
    EXPECT_EQ(c.disable, (std::vector<std::string>{"length", "ats.file-type"}));
    auto severity = c.severity;
    std::sort(severity.begin(), severity.end());
    EXPECT_EQ(severity, (std::vector<std::pair<std::string, uint32_t>>{{"impact", RH_SEVERITY_INFO},
                                                                        {"verbs.pronoun", RH_SEVERITY_ERROR}}));
    // The rules table is the host's, not a plugin value.
    EXPECT_TRUE(c.values.empty());
}

TEST(Config, SyntaxErrorNamesFileAndLine) {
    auto msg = invalid_argument_of([] { parse_config("[verbs]\nrepeated_max = 2\nbroken = \n", "my.toml"); });
    EXPECT_EQ(msg.rfind("my.toml:3: ", 0), 0u) << msg;
}

TEST(Config, WrongRuleValuesNameFileAndLine) {
    EXPECT_EQ(invalid_argument_of([] { parse_config("[rules.severity]\n\"verbs.pronoun\" = \"fatal\"\n", "c.toml"); }),
              "c.toml:2: rules.severity.\"verbs.pronoun\" must be \"error\", \"warning\" or \"info\"");
    EXPECT_EQ(invalid_argument_of([] { parse_config("[rules]\n\ndisable = \"verbs\"\n", "c.toml"); }),
              "c.toml:3: rules.disable must be a list of rule ids or packs");
    EXPECT_EQ(invalid_argument_of([] { parse_config("[rules]\nenable = [1]\n", "c.toml"); }),
              "c.toml:2: rules.enable must hold strings (rule ids or packs)");
    EXPECT_EQ(invalid_argument_of([] { parse_config("[rules]\nskip = []\n", "c.toml"); }),
              "c.toml:2: unknown key rules.skip (expected enable, disable or severity)");
}

TEST(Config, LevelIsCheckedAndTheOptionWinsOverTheFile) {
    auto c = parse_config("level = \"senior\"\n[impact]\nshare = 0.5\n", "reshost.toml");
    EXPECT_EQ(c.values.at("level"), "senior");
    reshost::detail::set_level(c, "junior");
    EXPECT_EQ(c.values.at("level"), "junior");
    EXPECT_EQ(invalid_argument_of([] { parse_config("level = \"expert\"\n", "c.toml"); }),
              "c.toml:1: level must be \"junior\", \"mid\" or \"senior\"");
    EXPECT_EQ(invalid_argument_of([&] { reshost::detail::set_level(c, "lead"); }),
              "level must be junior, mid or senior, not 'lead'");
}

TEST(Config, HostRefusesABadConfigBeforeReadingTheFile) {
    reshost::test::TempDir dir;
    auto config = dir.write("bad.toml", "[rules]\ndisable = [\"verbs\"\n");
    auto resume = dir.write("resume.md", "# Jane Doe\n");
    reshost::HostOptions o;
    o.use_environment = false;
    o.use_install_dir = false;
    o.registry_cache = "none";
    reshost::Host host(o);

    reshost::AnalyzeOptions opts;
    opts.config_file = config;
    auto msg = invalid_argument_of([&] { host.analyze(resume, opts); });
    EXPECT_EQ(msg.rfind(config + ":", 0), 0u) << msg;

    opts.config_file = (dir.path() / "absent.toml").string();
    EXPECT_EQ(invalid_argument_of([&] { host.analyze(resume, opts); }), opts.config_file + ": no such config file");

    // reshost.toml beside the input applies when no config is named.
    dir.write("reshost.toml", "[rules\n");
    msg = invalid_argument_of([&] { host.analyze(resume); });
    EXPECT_EQ(msg.rfind((dir.path() / "reshost.toml").string() + ":1: ", 0), 0u) << msg;
}

TEST(Config, FindConfigPrefersTheNamedFileThenTheInputDirectory) {
    reshost::test::TempDir dir;
    auto named = dir.write("named.toml", "");
    auto beside = dir.write("docs/reshost.toml", "");
    EXPECT_EQ(reshost::detail::find_config(named, dir.path() / "docs")->string(), named);
    EXPECT_EQ(reshost::detail::find_config("", dir.path() / "docs")->string(), beside);
}
