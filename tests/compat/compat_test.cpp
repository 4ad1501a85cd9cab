// ABI compatibility of real plugin libraries: versions the host must refuse,
// an older minor it must load, a library without an entry point, and an
// analyzer that throws. Assertions are on what an embedder sees: plugins(),
// rules(), the log sink and analyze() on the example resume.
#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <sys/wait.h>
#include <mutex>
#include <string>
#include <vector>

namespace {

struct LogLine {
    reshost::LogLevel level;
    std::string text;
};

// One host over the compat plugins and the real ones, shared by all tests so
// that "one log line per bad plugin" holds across every call made on it.
class Compat : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        reshost::HostOptions o;
        o.plugin_paths = {COMPAT_PLUGIN_DIR, REAL_PLUGIN_DIR};
        o.use_environment = false;
        o.use_install_dir = false;
        o.registry_cache = "none";
        o.log = [](reshost::LogLevel level, std::string_view message) {
            std::lock_guard<std::mutex> lock(log_mutex);
            log.push_back({level, std::string(message)});
        };
        host = new reshost::Host(o);
        analysis = new reshost::Analysis(host->analyze(EXAMPLE_RESUME));
        {
            std::lock_guard<std::mutex> lock(log_mutex);
            log_after_first = log;
        }
        // A second analysis must not repeat any message about loading.
        reshost::Analysis again = host->analyze(EXAMPLE_RESUME);
        (void)again;
        plugins = host->plugins(true);  // opens every component, as `reshost plugins` does
        rules = host->rules();
    }
    static void TearDownTestSuite() {
        delete analysis;
        delete host;
    }

    static const reshost::PluginInfo* plugin(const std::string& file_stem) {
        for (const auto& p : plugins)
            if (p.file.size() >= file_stem.size() + 3 &&
                p.file.compare(p.file.size() - file_stem.size() - 3, std::string::npos, file_stem + ".so") == 0)
                return &p;
        return nullptr;
    }
    static std::vector<std::string> log_mentioning(const std::string& what) {
        std::lock_guard<std::mutex> lock(log_mutex);
        std::vector<std::string> out;
        for (const auto& l : log)
            if (l.text.find(what) != std::string::npos) out.push_back(l.text);
        return out;
    }
    static std::vector<const reshost::Finding*> findings(const std::string& rule) {
        std::vector<const reshost::Finding*> out;
        for (const auto& f : analysis->findings())
            if (f.rule == rule) out.push_back(&f);
        return out;
    }
    static bool has_rule(const std::string& id) {
        return std::any_of(rules.begin(), rules.end(), [&](const auto& r) { return r.id == id; });
    }

    static inline std::mutex log_mutex;
    static inline std::vector<LogLine> log;
    static inline std::vector<LogLine> log_after_first;  // the log up to the end of the first analysis
    static inline reshost::Host* host = nullptr;
    static inline reshost::Analysis* analysis = nullptr;
    static inline std::vector<reshost::PluginInfo> plugins;
    static inline std::vector<reshost::RuleInfo> rules;
};

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += "  " + l + "\n";
    return out;
}

TEST_F(Compat, RejectsAnotherMajor) {
    const auto* p = plugin("abi_major_2");
    ASSERT_NE(p, nullptr) << "abi_major_2.so not listed by plugins()";
    EXPECT_EQ(p->abi, NEXT_MAJOR_ABI);
    EXPECT_NE(p->rejected.find(NEXT_MAJOR_ABI), std::string::npos) << p->rejected;
    EXPECT_NE(p->rejected.find(HOST_ABI), std::string::npos) << p->rejected;

    auto lines = log_mentioning("abi_major_2");
    ASSERT_EQ(lines.size(), 1u) << joined(lines);
    EXPECT_NE(lines[0].find("abi_major_2.so"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find(NEXT_MAJOR_ABI), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find(HOST_ABI), std::string::npos) << lines[0];

    EXPECT_FALSE(has_rule("major2.never"));
    EXPECT_TRUE(findings("major2.never").empty());
}

TEST_F(Compat, RejectsNewerMinor) {
    const auto* p = plugin("abi_newer_minor");
    ASSERT_NE(p, nullptr) << "abi_newer_minor.so not listed by plugins()";
    EXPECT_EQ(p->abi, NEWER_ABI);
    EXPECT_NE(p->rejected.find(NEWER_ABI), std::string::npos) << p->rejected;
    EXPECT_NE(p->rejected.find(HOST_ABI), std::string::npos) << p->rejected;

    auto lines = log_mentioning("abi_newer_minor");
    ASSERT_EQ(lines.size(), 1u) << joined(lines);
    EXPECT_NE(lines[0].find("abi_newer_minor.so"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find(NEWER_ABI), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find(HOST_ABI), std::string::npos) << lines[0];

    EXPECT_FALSE(has_rule("newer.never"));
    EXPECT_TRUE(findings("newer.never").empty());
}

TEST_F(Compat, LoadsOlderMinorAndItsFindingAppears) {
    const auto* p = plugin("abi_older_minor");
    ASSERT_NE(p, nullptr) << "abi_older_minor.so not listed by plugins()";
    EXPECT_EQ(p->rejected, "");
    EXPECT_EQ(p->abi, "1.0");
    EXPECT_EQ(p->name, "abi_older_minor");
    EXPECT_TRUE(log_mentioning("abi_older_minor").empty()) << joined(log_mentioning("abi_older_minor"));

    // Its 1.0 rh_rule has no category: the host reads the default.
    auto rule = std::find_if(rules.begin(), rules.end(), [](const auto& r) { return r.id == "compat10.first-heading"; });
    ASSERT_NE(rule, rules.end());
    EXPECT_EQ(rule->description, "Reports the first heading (ABI 1.0 plugin)");
    EXPECT_EQ(rule->severity, "info");
    EXPECT_EQ(rule->category, "content");
    EXPECT_EQ(rule->plugin, "abi_older_minor");

    auto found = findings("compat10.first-heading");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->message, "first heading: Alex Rivera");
    EXPECT_EQ(found[0]->severity, "info");
    ASSERT_TRUE(found[0]->location.has_value());
    EXPECT_EQ(found[0]->location->line, 1u);
}

// A plugin whose descriptor, component and rule carry a field appended past
// what this host knows (as one built for a later minor does) loads and runs.
TEST_F(Compat, LoadsStructsWithAppendedFields) {
    const auto* p = plugin("abi_future");
    ASSERT_NE(p, nullptr) << "abi_future.so not listed by plugins()";
    EXPECT_EQ(p->rejected, "");
    EXPECT_EQ(p->name, "abi_future");
    EXPECT_EQ(p->version, "1.0.0");
    // Nothing said about loading it (its dropped findings are another test's).
    EXPECT_TRUE(log_mentioning("abi_future.so").empty()) << joined(log_mentioning("abi_future.so"));

    auto rule = std::find_if(rules.begin(), rules.end(), [](const auto& r) { return r.id == "future.loaded"; });
    ASSERT_NE(rule, rules.end());
    EXPECT_EQ(rule->description, "Reports that it ran (appended fields)");
    EXPECT_EQ(rule->category, "content");

    auto found = findings("future.loaded");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->message, "a plugin with appended struct fields ran");
    // It gave RH_SEVERITY_RULE: the severity its rule declares applies.
    EXPECT_EQ(found[0]->severity, "warning");
    EXPECT_EQ(rule->severity, "warning");
}

TEST_F(Compat, FindingsForUndeclaredRulesAreDroppedAndSaid) {
    EXPECT_TRUE(findings("future.undeclared").empty());
    for (const auto* f : findings("verbs.weak-opener"))
        EXPECT_NE(f->message, "a finding passed off as another plugin's");
    auto own = log_mentioning("'future.undeclared' dropped");
    ASSERT_EQ(own.size(), 1u) << joined(own);  // once per Host, not once per file
    EXPECT_NE(own[0].find("plugin abi_future"), std::string::npos) << own[0];
    EXPECT_EQ(log_mentioning("'verbs.weak-opener' dropped").size(), 1u);
}

TEST_F(Compat, RuleIdWithoutDotIsRefused) {
    const auto* p = plugin("rule_without_dot");
    ASSERT_NE(p, nullptr);
    EXPECT_NE(p->rejected.find("rule id 'nodot'"), std::string::npos) << p->rejected;
    EXPECT_FALSE(has_rule("nodot"));
    auto lines = log_mentioning("rule_without_dot");
    ASSERT_EQ(lines.size(), 1u) << joined(lines);
    EXPECT_NE(lines[0].find("<namespace>.<rule>"), std::string::npos) << lines[0];
}

TEST_F(Compat, RuleInAnotherNamespaceIsRefused) {
    const auto* p = plugin("rule_squatter");
    ASSERT_NE(p, nullptr);
    EXPECT_NE(p->rejected.find("'verbs.squat'"), std::string::npos) << p->rejected;
    EXPECT_NE(p->rejected.find("outside the plugin's namespaces"), std::string::npos) << p->rejected;
    EXPECT_FALSE(has_rule("verbs.squat"));
    EXPECT_TRUE(findings("verbs.squat").empty());
    const auto& errs = analysis->errors();
    EXPECT_TRUE(std::any_of(errs.begin(), errs.end(), [](const auto& e) { return e.plugin == "rule_squatter"; }));
}

TEST_F(Compat, OlderPluginOutsideItsNamespaceLoadsWithAWarning) {
    const auto* p = plugin("rule_squatter_12");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->rejected, "");
    EXPECT_TRUE(has_rule("verbs.squat12"));
    auto lines = log_mentioning("rule_squatter_12");
    ASSERT_EQ(lines.size(), 1u) << joined(lines);
    EXPECT_NE(lines[0].find("outside the plugin's namespaces"), std::string::npos) << lines[0];
}

TEST_F(Compat, LibraryWithoutEntryPointIsRefusedOnce) {
    const auto* p = plugin("no_entry");
    ASSERT_NE(p, nullptr) << "no_entry.so not listed by plugins()";
    EXPECT_NE(p->rejected, "");
    EXPECT_NE(p->rejected.find("reshost_plugin_entry"), std::string::npos) << p->rejected;

    auto lines = log_mentioning("no_entry");
    ASSERT_EQ(lines.size(), 1u) << joined(lines);
    EXPECT_NE(lines[0].find("no_entry.so"), std::string::npos) << lines[0];
}

TEST_F(Compat, ThrowingAnalyzerFailsAloneAndSaysSo) {
    const auto* p = plugin("throws_in_analyze");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->rejected, "");

    // The first analysis logged one error that names the plugin and carries the exception's text.
    std::vector<std::string> errors;
    for (const auto& l : log_after_first)
        if (l.text.find("thrower") != std::string::npos || l.text.find("throws_in_analyze") != std::string::npos) {
            errors.push_back(l.text);
            EXPECT_EQ(l.level, reshost::LogLevel::error) << l.text;
        }
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    EXPECT_NE(errors[0].find("thrower looked past the last section"), std::string::npos) << errors[0];

    const auto& ne = analysis->not_evaluated();
    auto it = std::find_if(ne.begin(), ne.end(), [](const auto& n) { return n.rule == "thrower.always"; });
    ASSERT_NE(it, ne.end()) << "thrower.always not listed as not evaluated";
    EXPECT_NE(it->reason, "");
    EXPECT_TRUE(findings("thrower.always").empty());

    // The other analyzers ran on the same resume.
    auto weak = findings("verbs.weak-opener");
    ASSERT_FALSE(weak.empty());
    bool responsible = std::any_of(weak.begin(), weak.end(), [](const reshost::Finding* f) {
        return f->location && f->location->line == 30 && f->message.find("Responsible for") != std::string::npos;
    });
    EXPECT_TRUE(responsible) << "verbs.weak-opener on line 30 (\"Responsible for ...\") missing";
    EXPECT_TRUE(analysis->error().empty()) << analysis->error();

    // The failure is the file's error, not only a rule "not evaluated" (issue 17).
    const auto& errs = analysis->errors();
    auto e = std::find_if(errs.begin(), errs.end(), [](const auto& x) { return x.plugin == "throws_in_analyze"; });
    ASSERT_NE(e, errs.end()) << "no errors() entry for throws_in_analyze";
    EXPECT_EQ(e->component, "thrower");
    EXPECT_NE(e->message.find("thrower looked past the last section"), std::string::npos) << e->message;
    EXPECT_EQ(analysis->exit_code(), reshost::ExitCode::plugin_failed);
}

TEST_F(Compat, ThrowingConstructorShowsAsFailedWithItsReason) {
    const auto* p = plugin("throws_in_constructor");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->rejected, "");
    ASSERT_EQ(p->components.size(), 1u);
    EXPECT_NE(p->components[0].error, "") << "a component whose constructor throws is listed as healthy";
    EXPECT_NE(p->components[0].error.find("broken could not read its word list"), std::string::npos)
        << p->components[0].error;

    // The analysis says so too, with the reason, and its rule is not evaluated.
    const auto& errs = analysis->errors();
    auto e = std::find_if(errs.begin(), errs.end(), [](const auto& x) { return x.plugin == "throws_in_constructor"; });
    ASSERT_NE(e, errs.end()) << "no errors() entry for throws_in_constructor";
    EXPECT_EQ(e->component, "broken");
    EXPECT_NE(e->message.find("broken could not read its word list"), std::string::npos) << e->message;
    const auto& ne = analysis->not_evaluated();
    EXPECT_TRUE(std::any_of(ne.begin(), ne.end(), [](const auto& n) { return n.rule == "broken.never"; }));
}

TEST_F(Compat, RefusedPluginIsAnErrorOfEveryFile) {
    const auto& errs = analysis->errors();
    auto e = std::find_if(errs.begin(), errs.end(),
                          [](const auto& x) { return x.message.find("abi_major_2.so") != std::string::npos; });
    ASSERT_NE(e, errs.end()) << "no errors() entry for the refused abi_major_2";
    EXPECT_NE(e->message.find(NEXT_MAJOR_ABI), std::string::npos) << e->message;
    // Healthy plugins are no error.
    EXPECT_TRUE(std::none_of(errs.begin(), errs.end(), [](const auto& x) { return x.plugin == "abi_older_minor"; }));
}

// The CLI, on one failing plugin at a time (each sits in a directory of its own).
struct Cli {
    int code = -1;
    std::string out;
};

Cli reshost_cli(const std::string& args) {
    Cli r;
    std::string cmd = std::string(RESHOST_BIN) + " " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

const std::string thrower_dir = std::string(COMPAT_PLUGIN_DIR) + "/throws_in_analyze";
const std::string broken_dir = std::string(COMPAT_PLUGIN_DIR) + "/throws_in_constructor";

TEST(CompatCli, ThrowingAnalyzerMakesExitCode4AndAJsonError) {
    auto r = reshost_cli("analyze --fail-on none --format json --plugin-path " + thrower_dir + " " EXAMPLE_RESUME);
    EXPECT_EQ(r.code, 4) << r.out;
    EXPECT_NE(r.out.find("\"errors\": ["), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("thrower looked past the last section"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"plugin\": \"throws_in_analyze\""), std::string::npos) << r.out;

    auto text = reshost_cli("analyze --fail-on none --plugin-path " + thrower_dir + " " EXAMPLE_RESUME);
    EXPECT_EQ(text.code, 4);
    EXPECT_NE(text.out.find("Plugin errors:"), std::string::npos) << text.out;
    auto line = text.out.find("\n  throws_in_analyze/thrower: analyzer failed: ");
    ASSERT_NE(line, std::string::npos) << text.out;
    EXPECT_LT(text.out.find("thrower looked past the last section", line), text.out.find('\n', line + 1)) << text.out;
}

TEST(CompatCli, KeepGoingTreatsPluginFailuresAsWarnings) {
    auto r = reshost_cli("analyze --fail-on none --keep-going --plugin-path " + thrower_dir + " " EXAMPLE_RESUME);
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("Plugin errors:"), std::string::npos) << r.out;
    auto broken = reshost_cli("analyze --fail-on none --keep-going --plugin-path " + broken_dir + " " EXAMPLE_RESUME);
    EXPECT_EQ(broken.code, 0) << broken.out;
}

TEST(CompatCli, ThrowingConstructorMakesExitCode4) {
    auto r = reshost_cli("analyze --fail-on none --format json --plugin-path " + broken_dir + " " EXAMPLE_RESUME);
    EXPECT_EQ(r.code, 4) << r.out;
    EXPECT_NE(r.out.find("broken could not read its word list"), std::string::npos) << r.out;
}

TEST(CompatCli, PluginsListsAThrowingConstructorAsFailed) {
    auto r = reshost_cli("plugins --plugin-path " + broken_dir);
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("analyzer broken: 1 rules\n    FAILED: analyzer broken could not be opened: "),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("broken could not read its word list"), std::string::npos) << r.out;
    auto j = reshost_cli("plugins --format json --plugin-path " + broken_dir);
    EXPECT_NE(j.out.find("\"error\": \"analyzer broken could not be opened: "), std::string::npos) << j.out;
}

TEST(CompatCli, HealthyRunStillExitsZero) {
    auto r = reshost_cli("analyze --fail-on none --format json " EXAMPLE_RESUME);
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("\"errors\": []"), std::string::npos) << r.out;
}

}  // namespace
