// The C API against the real plugins of the build tree.
#include "test_host.hpp"

#include <reshost/reshost.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace {

reshost_string rs(const std::string& s) { return reshost_string{s.data(), s.size()}; }

std::string text(reshost_string s) { return std::string(s.data, s.size); }

struct LogLines {
    std::mutex m;
    std::vector<std::string> lines;
};

void collect(void* ctx, int level, const char* message, std::size_t size) {
    auto* log = static_cast<LogLines*>(ctx);
    std::lock_guard<std::mutex> lock(log->m);
    log->lines.push_back(std::to_string(level) + " " + std::string(message, size));
}

class CApi : public ::testing::Test {
protected:
    void SetUp() override {
        plugin_dir_ = reshost::test::plugin_dir();
        reshost_string dirs[] = {rs(plugin_dir_)};
        reshost_host_options o;
        std::memset(&o, 0, sizeof o);
        o.struct_size = sizeof o;
        o.flags = RESHOST_HOST_IGNORE_ENVIRONMENT | RESHOST_HOST_NO_INSTALL_DIR;
        o.plugin_paths = dirs;
        o.plugin_path_count = 1;
        o.registry_cache = reshost_string{"none", 4};
        o.log = &collect;
        o.log_ctx = &log_;
        reshost_buffer error{};
        host_ = reshost_host_new(&o, &error);
        ASSERT_NE(host_, nullptr) << (error.data ? error.data : "");
        ASSERT_EQ(error.size, 0u);
    }
    void TearDown() override { reshost_host_free(host_); }

    reshost_analysis* analyze(const std::string& path, const reshost_analyze_options* opts = nullptr) {
        return reshost_analyze(host_, path.data(), path.size(), opts);
    }

    std::string plugin_dir_;
    LogLines log_;
    reshost_host* host_ = nullptr;
};

TEST_F(CApi, VersionIsTheHostVersion) {
    EXPECT_EQ(std::string(reshost_version()), std::string(reshost::Host::version()));
}

TEST_F(CApi, FindingsAndScoresMatchTheCppHost) {
    const std::string path = reshost::test::example_resume();
    reshost_analysis* a = analyze(path);
    ASSERT_NE(a, nullptr);
    std::size_t error_size = 1;
    EXPECT_STREQ(reshost_analysis_error(a, &error_size), "");
    EXPECT_EQ(error_size, 0u);

    const reshost::Host cpp(reshost::test::isolated_options());
    const reshost::Analysis expected = cpp.analyze(path);
    ASSERT_EQ(expected.error(), "");
    EXPECT_EQ(reshost_analysis_exit_code(a), static_cast<int>(expected.exit_code()));
    EXPECT_DOUBLE_EQ(reshost_analysis_score(a, "overall", 7), expected.overall());
    for (const auto& s : expected.scores())
        EXPECT_DOUBLE_EQ(reshost_analysis_score(a, s.category.data(), s.category.size()), s.scored ? s.value : -1)
            << s.category;
    EXPECT_EQ(reshost_analysis_score(a, "no-such-category", 16), -1);

    ASSERT_EQ(reshost_analysis_finding_count(a), expected.findings().size());
    ASSERT_GT(reshost_analysis_finding_count(a), 0u);
    bool any_line = false;
    for (std::size_t i = 0; i < expected.findings().size(); ++i) {
        const reshost::Finding& e = expected.findings()[i];
        reshost_finding f;
        std::memset(&f, 0, sizeof f);
        f.struct_size = sizeof f;
        ASSERT_EQ(reshost_analysis_finding(a, i, &f), RESHOST_OK);
        EXPECT_EQ(f.struct_size, sizeof f);
        EXPECT_EQ(text(f.rule), e.rule);
        EXPECT_EQ(text(f.severity), e.severity);
        EXPECT_EQ(text(f.message), e.message);
        EXPECT_EQ(text(f.suggestion), e.suggestion);
        EXPECT_EQ(text(f.category), e.category);
        EXPECT_EQ(text(f.section_heading), e.section_heading);
        EXPECT_EQ(f.section, e.section);
        EXPECT_EQ(f.bullet, e.bullet);
        EXPECT_EQ(f.line, e.location ? e.location->line : 0u);
        any_line = any_line || f.line > 0;
    }
    EXPECT_TRUE(any_line) << "a Markdown finding should name its line";

    reshost_finding none{};
    none.struct_size = sizeof none;
    EXPECT_EQ(reshost_analysis_finding(a, expected.findings().size(), &none), RESHOST_ERROR_ARGUMENT);
    reshost_analysis_free(a);
}

TEST_F(CApi, OlderCallerStructIsFilledOnlyUpToItsSize) {
    reshost_analysis* a = analyze(reshost::test::example_resume());
    ASSERT_NE(a, nullptr);
    ASSERT_GT(reshost_analysis_finding_count(a), 0u);
    // A caller built against a header whose struct ended before `category`.
    reshost_finding f;
    std::memset(&f, 0xAB, sizeof f);
    f.struct_size = offsetof(reshost_finding, category);
    ASSERT_EQ(reshost_analysis_finding(a, 0, &f), RESHOST_OK);
    EXPECT_GT(f.rule.size, 0u);
    EXPECT_EQ(f.struct_size, offsetof(reshost_finding, category));
    const unsigned char* tail = reinterpret_cast<const unsigned char*>(&f) + offsetof(reshost_finding, category);
    for (std::size_t i = 0; i < sizeof f - offsetof(reshost_finding, category); ++i)
        ASSERT_EQ(tail[i], 0xAB) << "byte " << i << " past the caller's struct was written";
    reshost_analysis_free(a);
}

TEST_F(CApi, EmitJsonReportsEveryAnalysis) {
    reshost_analysis* a = analyze(reshost::test::example_resume());
    reshost_analysis* b = analyze(reshost::test::junior_resume());
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    const reshost_analysis* list[] = {a, b};
    reshost_buffer out{};
    ASSERT_EQ(reshost_emit(host_, "json", 4, list, 2, 0, &out), RESHOST_OK) << (out.data ? out.data : "");
    ASSERT_NE(out.data, nullptr);
    EXPECT_EQ(std::strlen(out.data), out.size);
    const std::string json(out.data, out.size);
    reshost_buffer_free(&out);
    EXPECT_EQ(out.data, nullptr);

    const nlohmann::json report = nlohmann::json::parse(json);
    for (reshost_analysis* x : {a, b}) {
        ASSERT_GT(reshost_analysis_finding_count(x), 0u);
        reshost_finding f{};
        f.struct_size = sizeof f;
        ASSERT_EQ(reshost_analysis_finding(x, 0, &f), RESHOST_OK);
        EXPECT_NE(json.find("\"" + text(f.rule) + "\""), std::string::npos) << text(f.rule);
    }
    EXPECT_NE(json.find("resume.md"), std::string::npos);
    EXPECT_NE(json.find("junior.md"), std::string::npos);
    EXPECT_FALSE(report.is_null());

    reshost_analysis_free(a);
    reshost_analysis_free(b);
}

TEST_F(CApi, EmitInAnUnknownFormatFailsWithTheReason) {
    reshost_analysis* a = analyze(reshost::test::example_resume());
    ASSERT_NE(a, nullptr);
    const reshost_analysis* list[] = {a};
    reshost_buffer out{};
    EXPECT_EQ(reshost_emit(host_, "no-such-format", 14, list, 1, 0, &out), RESHOST_ERROR_FAILED);
    ASSERT_NE(out.data, nullptr);
    EXPECT_NE(std::string(out.data, out.size).find("no-such-format"), std::string::npos) << out.data;
    reshost_buffer_free(&out);
    reshost_analysis_free(a);
}

TEST_F(CApi, MissingFileGivesExitCode3AndTheReason) {
    const std::string path = std::string(RESHOST_TEST_FIXTURES) + "/no-such-resume.md";
    reshost_analysis* a = analyze(path);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(reshost_analysis_exit_code(a), RESHOST_EXIT_UNREADABLE);
    std::size_t size = 0;
    const std::string error = reshost_analysis_error(a, &size);
    EXPECT_EQ(error.size(), size);
    EXPECT_NE(error.find("no such file"), std::string::npos) << error;
    EXPECT_EQ(reshost_analysis_finding_count(a), 0u);
    reshost_analysis_free(a);
}

TEST_F(CApi, OptionsDisableARule) {
    const std::string path = reshost::test::junior_resume();
    reshost_analysis* all = analyze(path);
    ASSERT_NE(all, nullptr);
    ASSERT_GT(reshost_analysis_finding_count(all), 0u);
    reshost_finding first{};
    first.struct_size = sizeof first;
    ASSERT_EQ(reshost_analysis_finding(all, 0, &first), RESHOST_OK);
    const std::string rule = text(first.rule);

    reshost_string off[] = {rs(rule)};
    reshost_analyze_options o{};
    o.struct_size = sizeof o;
    o.disable = off;
    o.disable_count = 1;
    o.fail_on = reshost_string{"none", 4};
    reshost_analysis* fewer = analyze(path, &o);
    ASSERT_NE(fewer, nullptr);
    EXPECT_EQ(reshost_analysis_exit_code(fewer), RESHOST_EXIT_CLEAN);
    for (std::size_t i = 0; i < reshost_analysis_finding_count(fewer); ++i) {
        reshost_finding f{};
        f.struct_size = sizeof f;
        ASSERT_EQ(reshost_analysis_finding(fewer, i, &f), RESHOST_OK);
        EXPECT_NE(text(f.rule), rule);
    }
    EXPECT_LT(reshost_analysis_finding_count(fewer), reshost_analysis_finding_count(all));
    reshost_analysis_free(all);
    reshost_analysis_free(fewer);
}

TEST_F(CApi, HostWarningsReachTheLogCallback) {
    const std::string unknown = "nosuch.rule";
    reshost_string off[] = {rs(unknown)};
    reshost_analyze_options o{};
    o.struct_size = sizeof o;
    o.disable = off;
    o.disable_count = 1;
    reshost_analysis* a = analyze(reshost::test::example_resume(), &o);
    ASSERT_NE(a, nullptr);
    reshost_analysis_free(a);
    std::lock_guard<std::mutex> lock(log_.m);
    bool warned = false;
    for (const auto& line : log_.lines)
        warned = warned || (line.rfind(std::to_string(RESHOST_LOG_WARNING) + " ", 0) == 0 &&
                            line.find("nosuch.rule") != std::string::npos);
    EXPECT_TRUE(warned) << "no warning naming the unknown rule among " << log_.lines.size() << " log lines";
}

TEST_F(CApi, BadConfigurationGivesNoAnalysisAndLogsTheReason) {
    const std::string config = std::string(RESHOST_TEST_FIXTURES) + "/broken.toml";
    reshost_analyze_options o{};
    o.struct_size = sizeof o;
    o.config_file = rs(config);
    EXPECT_EQ(analyze(reshost::test::example_resume(), &o), nullptr);
    std::lock_guard<std::mutex> lock(log_.m);
    bool named = false;
    for (const auto& line : log_.lines)
        named = named || (line.rfind(std::to_string(RESHOST_LOG_ERROR) + " ", 0) == 0 &&
                          line.find("broken.toml") != std::string::npos);
    EXPECT_TRUE(named) << "no error naming the configuration file";
}

TEST_F(CApi, InvalidArgumentsAreRefusedNotFollowed) {
    EXPECT_EQ(reshost_analyze(nullptr, "x.md", 4, nullptr), nullptr);
    EXPECT_EQ(reshost_analyze(host_, nullptr, 0, nullptr), nullptr);
    EXPECT_EQ(reshost_analysis_finding_count(nullptr), 0u);
    EXPECT_EQ(reshost_analysis_finding(nullptr, 0, nullptr), RESHOST_ERROR_ARGUMENT);
    reshost_buffer out{};
    EXPECT_EQ(reshost_emit(host_, "json", 4, nullptr, 1, 0, &out), RESHOST_ERROR_ARGUMENT);
    reshost_analysis_free(nullptr);
    reshost_host_free(nullptr);
    reshost_buffer_free(nullptr);
}

}  // namespace
