// The pipeline with the real plugins: findings with categories and headings,
// rule selection and severity overrides from options and config, config values
// reaching analyzers, scores, exit codes and emitting.
#include "analysis_data.hpp"
#include "real_plugins.hpp"
#include "scoring.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace reshost::test;

namespace {

const std::vector<std::string> needed = {"markdown", "analyzers", "json"};

class Pipeline : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(have_plugins(needed)) << "the build tree lacks the first-party plugins";
        host_ = std::make_unique<reshost::Host>(only({plugin_dir()}, "none", log_.sink()));
        options_.config_file = dir_.write("empty.toml", "");
    }

    reshost::Analysis analyze(const std::string& config_text = "") {
        auto o = options_;
        if (!config_text.empty()) o.config_file = dir_.write("reshost.toml", config_text);
        return host_->analyze(RESHOST_EXAMPLE_RESUME, o);
    }

    static std::size_t count(const reshost::Analysis& a, const std::string& prefix) {
        return std::count_if(a.findings().begin(), a.findings().end(),
                             [&](const auto& f) { return f.rule.rfind(prefix, 0) == 0; });
    }

    TempDir dir_;
    LogRecord log_;
    std::unique_ptr<reshost::Host> host_;
    reshost::AnalyzeOptions options_;
};

}  // namespace

TEST_F(Pipeline, FindingsCarryTheirRuleCategoryAndSectionHeading) {
    auto a = analyze();
    ASSERT_EQ(a.error(), "");
    EXPECT_EQ(a.format(), "markdown");
    ASSERT_FALSE(a.findings().empty());
    auto rules = host_->rules();
    for (const auto& f : a.findings()) {
        auto r = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.id == f.rule; });
        ASSERT_NE(r, rules.end()) << f.rule;
        EXPECT_EQ(f.category, r->category) << f.rule;
        EXPECT_FALSE(f.category.empty());
    }
    // "Responsible for ..." sits under "## Experience" on line 30.
    auto weak = std::find_if(a.findings().begin(), a.findings().end(), [](const auto& f) {
        return f.rule == "verbs.weak-opener" && f.location && f.location->line == 30;
    });
    ASSERT_NE(weak, a.findings().end());
    EXPECT_EQ(weak->section_heading, "Experience");
    EXPECT_GE(weak->section, 0);
}

TEST_F(Pipeline, ScoresFollowTheFindings) {
    auto a = analyze();
    ASSERT_EQ(a.error(), "");
    const auto& scores = a.scores();
    ASSERT_EQ(scores.size(), 5u);
    EXPECT_EQ(scores.back().category, "overall");
    EXPECT_EQ(scores.back().value, a.overall());
    EXPECT_EQ(a.data().scoring_method, "reshost-score/2");
    EXPECT_FALSE(scores.back().note.empty());  // what the overall score is based on
    // The same findings on a resume holding nothing cannot score as well.
    reshost::detail::ResumeFacts empty;
    empty.words = 100;
    auto again = reshost::detail::score_resume({a.findings(), empty, a.metrics(), false}, {});
    EXPECT_LT(again.back().value, a.overall());
    EXPECT_LT(a.overall(), 100);
}

TEST_F(Pipeline, DisabledPackRunsNothing) {
    auto all = analyze();
    ASSERT_GT(count(all, "verbs."), 0u);

    auto o = options_;
    o.disable = {"verbs"};
    auto a = host_->analyze(RESHOST_EXAMPLE_RESUME, o);
    EXPECT_EQ(count(a, "verbs."), 0u);
    EXPECT_EQ(count(a, "sections."), count(all, "sections."));
    for (const auto& n : a.not_evaluated()) EXPECT_NE(n.rule.rfind("verbs.", 0), 0u) << n.rule;

    auto from_config = analyze("[rules]\ndisable = [\"verbs.weak-opener\"]\n");
    EXPECT_EQ(count(from_config, "verbs.weak-opener"), 0u);
    EXPECT_EQ(count(from_config, "verbs."), count(all, "verbs.") - count(all, "verbs.weak-opener"));
}

TEST_F(Pipeline, SeverityOverrideDecidesTheExitCode) {
    auto plain = analyze();
    bool any_error = std::any_of(plain.findings().begin(), plain.findings().end(),
                                 [](const auto& f) { return f.severity == "error"; });
    ASSERT_FALSE(any_error) << "the example resume is expected to have no error findings";
    EXPECT_EQ(plain.exit_code(), reshost::ExitCode::clean);

    auto strict = analyze("[rules.severity]\n\"verbs.weak-opener\" = \"error\"\n");
    std::size_t errors = 0;
    for (const auto& f : strict.findings()) {
        if (f.rule == "verbs.weak-opener") {
            EXPECT_EQ(f.severity, "error");
            ++errors;
        } else {
            EXPECT_NE(f.severity, "error") << f.rule;
        }
    }
    EXPECT_GT(errors, 0u);
    EXPECT_EQ(strict.exit_code(), reshost::ExitCode::findings);
    EXPECT_LT(strict.overall(), plain.overall());

    auto o = options_;
    o.fail_on = "warning";
    EXPECT_EQ(host_->analyze(RESHOST_EXAMPLE_RESUME, o).exit_code(), reshost::ExitCode::findings);
    o.fail_on = "none";
    o.fail_under = plain.overall() + 1;
    EXPECT_EQ(host_->analyze(RESHOST_EXAMPLE_RESUME, o).exit_code(), reshost::ExitCode::findings);
    o.fail_under = plain.overall();
    EXPECT_EQ(host_->analyze(RESHOST_EXAMPLE_RESUME, o).exit_code(), reshost::ExitCode::clean);
}

TEST_F(Pipeline, ConfigValuesReachTheAnalyzer) {
    auto plain = analyze();
    auto strict = analyze("[verbs]\nrepeated_max = 0\n");
    EXPECT_GT(count(strict, "verbs.repeated"), count(plain, "verbs.repeated"));
}

TEST_F(Pipeline, BytesInMemoryGiveTheSameResult) {
    std::ifstream in(RESHOST_EXAMPLE_RESUME, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    auto from_file = analyze();
    auto from_bytes = host_->analyze_bytes("resume.md", s.str(), options_);
    EXPECT_EQ(from_bytes.path(), "resume.md");
    ASSERT_EQ(from_bytes.findings().size(), from_file.findings().size());
    for (std::size_t i = 0; i < from_file.findings().size(); ++i) {
        EXPECT_EQ(from_bytes.findings()[i].rule, from_file.findings()[i].rule);
        EXPECT_EQ(from_bytes.findings()[i].message, from_file.findings()[i].message);
    }
    EXPECT_EQ(from_bytes.overall(), from_file.overall());
}

TEST_F(Pipeline, UnreadableJobDescriptionIsAFileError) {
    auto o = options_;
    o.job_file = (dir_.path() / "missing-job.txt").string();
    auto a = host_->analyze(RESHOST_EXAMPLE_RESUME, o);
    EXPECT_EQ(a.error(), "job description " + o.job_file + ": no such file");
    EXPECT_EQ(a.exit_code(), reshost::ExitCode::unreadable);
}

TEST_F(Pipeline, JobDescriptionAddsTheKeywordsScore) {
    auto o = options_;
    o.job_file = dir_.write("job.md", "# Backend Engineer\n\nRequirements: Go, Kafka, PostgreSQL.\n");
    auto a = host_->analyze(RESHOST_EXAMPLE_RESUME, o);
    ASSERT_EQ(a.error(), "");
    ASSERT_EQ(a.scores().size(), 6u);
    EXPECT_EQ(a.scores()[4].category, "keywords");
}

TEST_F(Pipeline, EmitsThroughTheNamedEmitter) {
    auto a = analyze();
    auto json = host_->emit("json", {a});
    EXPECT_NE(json.find("verbs.weak-opener"), std::string::npos);
    EXPECT_NE(json.find("reshost-score/2"), std::string::npos);
    try {
        host_->emit("yaml", {a});
        FAIL() << "an unknown output format must throw";
    } catch (const std::runtime_error& e) {
        std::string msg = e.what();
        EXPECT_EQ(msg.rfind("unknown output format 'yaml' (available: ", 0), 0u) << msg;
        EXPECT_NE(msg.find("json"), std::string::npos) << msg;
    }
}

TEST_F(Pipeline, ParseDoesNotAnalyze) {
    auto p = host_->parse(RESHOST_EXAMPLE_RESUME);
    ASSERT_EQ(p.error(), "");
    EXPECT_TRUE(p.findings().empty());
    EXPECT_TRUE(p.scores().empty());
    EXPECT_NE(p.resume_json().find("Alex Rivera"), std::string::npos);
    EXPECT_NE(p.json_resume().find("Alex Rivera"), std::string::npos);
}
