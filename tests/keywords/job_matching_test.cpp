// Job description matching through the whole pipeline of the host library:
// the real importers read the resume and the job (Markdown, plain text, PDF
// or DOCX), the keywords plugin matches them. tests/fixtures/jobs/<case>/
// holds the job, the resume (or expected.json names another case's) and
// expected.json: each requirement of the job with how the resume answers it
// (exact, synonym, missing), the title match, whether the job is remote, the
// match rate and the rules that fire or stay quiet. The PDF and DOCX jobs are
// plain-text cases laid out by make_job_files.py; they must give the same.
#include "pipeline_host.hpp"
#include "report_schema.hpp"

#include <reshost/host.hpp>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>


namespace fs = std::filesystem;

using namespace reshost::test;

namespace {

const fs::path kJobs = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "jobs";
const char* const kRules[] = {"keywords.missing-required", "keywords.missing-preferred", "keywords.exact-wording",
                              "keywords.placement",        "keywords.title",             "keywords.remote",
                              "keywords.match-rate",       "keywords.years"};

std::vector<std::string> cases() {
    std::vector<std::string> out;
    if (!fs::is_directory(kJobs)) return out;
    for (const auto& e : fs::directory_iterator(kJobs))
        if (e.is_directory() && fs::exists(e.path() / "expected.json")) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

reshost::Analysis analyze(const fs::path& resume, const fs::path& job, const std::string& config = {}) {
    reshost::AnalyzeOptions options;
    options.job_file = job.string();
    options.config_file = config;
    return pipeline_host().analyze(resume.string(), options);
}

// "keywords.required.<key>" metrics as key -> "exact" / "synonym" / "missing".
std::map<std::string, std::string> answers(const reshost::Analysis& a, const std::string& need) {
    std::string prefix = "keywords." + need + ".";
    std::map<std::string, std::string> out;
    for (const auto& [name, value] : a.metrics()) {
        if (name.rfind(prefix, 0) != 0) continue;
        out[name.substr(prefix.size())] = value == 1 ? "exact" : value == 0.5 ? "synonym" : "missing";
    }
    return out;
}

std::size_t count(const reshost::Analysis& a, const std::string& rule) {
    return static_cast<std::size_t>(
        std::count_if(a.findings().begin(), a.findings().end(), [&](const auto& f) { return f.rule == rule; }));
}

std::size_t count_answers(const std::map<std::string, std::string>& m, const std::string& answer) {
    return static_cast<std::size_t>(
        std::count_if(m.begin(), m.end(), [&](const auto& kv) { return kv.second == answer; }));
}

std::string listing(const reshost::Analysis& a) {
    std::string out;
    for (const auto& f : a.findings())
        if (f.rule.rfind("keywords.", 0) == 0) out += "  " + f.rule + ": " + f.message + "\n";
    return out;
}

class JobCase : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(JobCase, MatchesExpected) {
    const fs::path dir = kJobs / GetParam();
    std::ifstream in(dir / "expected.json");
    nlohmann::json expected = nlohmann::json::parse(in);
    fs::path resume = dir / expected.value("resume", std::string("resume.md"));
    reshost::Analysis a = analyze(resume, dir / expected["job"].get<std::string>());
    ASSERT_EQ(a.error(), "");

    auto required = answers(a, "required");
    auto preferred = answers(a, "preferred");
    auto responsibility = answers(a, "responsibility");
    EXPECT_EQ(required, expected["required"].get<decltype(required)>());
    EXPECT_EQ(preferred, expected["preferred"].get<decltype(preferred)>());
    // The skills of "What you'll do": counted in the match rate, never a missing-skill finding.
    EXPECT_EQ(responsibility,
              expected.value("responsibility", nlohmann::json::object()).get<decltype(responsibility)>());

    // One finding per missing requirement, one per skill written another way.
    EXPECT_EQ(count(a, "keywords.missing-required"), count_answers(required, "missing")) << listing(a);
    EXPECT_EQ(count(a, "keywords.missing-preferred"), count_answers(preferred, "missing")) << listing(a);
    EXPECT_EQ(count(a, "keywords.exact-wording"),
              count_answers(required, "synonym") + count_answers(preferred, "synonym"))
        << listing(a);

    std::map<std::string, double> title = {{"exact", 1.0}, {"partial", 0.5}, {"none", 0.0}};
    EXPECT_EQ(metric(a, "keywords.title_match"), title.at(expected["title_match"].get<std::string>()));
    EXPECT_EQ(metric(a, "keywords.remote_job"), expected["remote_job"].get<bool>() ? 1.0 : 0.0);
    auto rate = metric(a, "keywords.match_rate");
    ASSERT_TRUE(rate.has_value());
    EXPECT_NEAR(*rate, expected["match_rate"].get<double>(), 0.001);

    std::vector<std::string> named;
    for (const auto& rule : expected["fires"]) {
        named.push_back(rule.get<std::string>());
        EXPECT_GT(count(a, rule.get<std::string>()), 0u) << rule << " did not fire:\n" << listing(a);
    }
    for (const auto& rule : expected["quiet"]) {
        named.push_back(rule.get<std::string>());
        EXPECT_EQ(count(a, rule.get<std::string>()), 0u) << rule << " fired:\n" << listing(a);
    }
    // A rule the case cannot evaluate ("keywords.years" for a job that asks no years).
    for (const auto& rule : expected.value("not_evaluated", nlohmann::json::array())) {
        named.push_back(rule.get<std::string>());
        EXPECT_TRUE(std::any_of(a.not_evaluated().begin(), a.not_evaluated().end(),
                                [&](const auto& n) { return n.rule == rule.get<std::string>(); }))
            << rule << " was evaluated";
    }
    for (const char* rule : kRules)
        EXPECT_NE(std::find(named.begin(), named.end(), rule), named.end()) << rule << " missing from expected.json";

    for (const auto& f : a.findings()) {
        if (f.rule.rfind("keywords.", 0) != 0) continue;
        EXPECT_EQ(f.category, "keywords") << f.rule;
        EXPECT_FALSE(f.suggestion.empty()) << f.rule;
    }
    auto unevaluated = expected.value("not_evaluated", std::vector<std::string>{});
    for (const auto& n : a.not_evaluated()) {
        if (std::find(unevaluated.begin(), unevaluated.end(), n.rule) == unevaluated.end()) {
            EXPECT_NE(n.rule.rfind("keywords.", 0), 0u) << n.rule << ": " << n.reason;
        }
    }
    bool scored = std::any_of(a.scores().begin(), a.scores().end(), [](const auto& s) { return s.category == "keywords"; });
    EXPECT_TRUE(scored);
}

INSTANTIATE_TEST_SUITE_P(Jobs, JobCase, ::testing::ValuesIn(cases()), [](const auto& info) {
    std::string n = info.param;
    std::replace_if(n.begin(), n.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return n;
});

TEST(JobCases, AtLeastFiveJobDescriptions) { EXPECT_GE(cases().size(), 5u); }

TEST(JobMatching, WithoutAJobEveryRuleIsNotEvaluated) {
    reshost::Analysis a = pipeline_host().analyze((kJobs / "go-platform" / "resume.md").string(), reshost::AnalyzeOptions{});
    ASSERT_EQ(a.error(), "");
    for (const char* rule : kRules) {
        auto it = std::find_if(a.not_evaluated().begin(), a.not_evaluated().end(),
                               [&](const auto& n) { return n.rule == rule; });
        ASSERT_NE(it, a.not_evaluated().end()) << rule;
        EXPECT_EQ(it->reason, "no job description given (--job)");
        EXPECT_EQ(count(a, rule), 0u);
    }
    bool scored = std::any_of(a.scores().begin(), a.scores().end(), [](const auto& s) { return s.category == "keywords"; });
    EXPECT_FALSE(scored);
}

TEST(JobMatching, JobNamingNoSkillLeavesTermRulesNotEvaluated) {
    reshost::Analysis a = analyze(kJobs / "go-platform" / "resume.md", kJobs / "no-skills.txt");
    ASSERT_EQ(a.error(), "");
    for (const char* rule : {"keywords.missing-required", "keywords.missing-preferred", "keywords.exact-wording",
                             "keywords.placement", "keywords.match-rate"}) {
        auto it = std::find_if(a.not_evaluated().begin(), a.not_evaluated().end(),
                               [&](const auto& n) { return n.rule == rule; });
        ASSERT_NE(it, a.not_evaluated().end()) << rule;
        EXPECT_EQ(it->reason, "the job description names no skill that the skill vocabulary knows");
    }
    // The title ("Shop Assistant") is still compared.
    EXPECT_EQ(count(a, "keywords.title"), 1u) << listing(a);
}

TEST(JobMatching, UnreadableJobIsAnErrorNamingIt) {
    reshost::Analysis a = analyze(kJobs / "go-platform" / "resume.md", kJobs / "empty.txt");
    EXPECT_NE(a.error().find("job description"), std::string::npos) << a.error();
    EXPECT_NE(a.error().find("empty.txt"), std::string::npos) << a.error();
    reshost::Analysis missing = analyze(kJobs / "go-platform" / "resume.md", kJobs / "no-such-job.md");
    EXPECT_NE(missing.error().find("no-such-job.md"), std::string::npos) << missing.error();
}

TEST(JobMatching, MatchRateThresholdComesFromConfig) {
    const fs::path dir = kJobs / "java-spring";
    reshost::Analysis standard = analyze(dir / "resume.md", dir / "job.txt");
    EXPECT_EQ(count(standard, "keywords.match-rate"), 0u);
    reshost::Analysis strict = analyze(dir / "resume.md", dir / "job.txt",
                                       (fs::path(RESHOST_SOURCE_DIR) / "tests" / "keywords" / "config" /
                                        "match_rate_80.toml")
                                           .string());
    ASSERT_EQ(strict.error(), "");
    ASSERT_EQ(count(strict, "keywords.match-rate"), 1u) << listing(strict);
    for (const auto& f : strict.findings()) {
        if (f.rule == "keywords.match-rate") {
            EXPECT_EQ(f.message, "The resume matches 12 of the 16 skills the job asks for: a match rate of 75%, under "
                                 "the 80% target.");
        }
    }
}

// The messages say what the job wrote, where, and what the resume wrote instead.
TEST(JobMatching, FindingsQuoteTheJobAndTheResume) {
    const fs::path dir = kJobs / "go-platform";
    reshost::Analysis a = analyze(dir / "resume.md", dir / "job.md");
    std::vector<reshost::Finding> wording;
    for (const auto& f : a.findings())
        if (f.rule == "keywords.exact-wording") wording.push_back(f);
    ASSERT_EQ(wording.size(), 2u) << listing(a);
    EXPECT_EQ(wording[0].message, "The job writes \"Kubernetes\"; the resume writes only \"k8s\" (Summary, and 2 more "
                                  "times).");
    EXPECT_EQ(wording[0].suggestion, "Use the job's wording at least once, e.g. \"Kubernetes (k8s)\": an ATS matching "
                                     "this job may not know the two are the same.");
    ASSERT_TRUE(wording[0].location.has_value());
    EXPECT_EQ(wording[0].location->line, 8u);
    EXPECT_EQ(wording[0].section_heading, "Summary");
    EXPECT_EQ(wording[0].severity, "warning");

    for (const auto& f : a.findings()) {
        if (f.rule == "keywords.missing-preferred" && f.message.find("Rust") != std::string::npos) {
            EXPECT_EQ(f.message, "The job lists as a plus \"Rust\" (\"Rust is a plus\", job line 25); the resume does "
                                 "not name it.");
            EXPECT_EQ(f.severity, "info");
            EXPECT_EQ(f.section_heading, "Skills");
        }
        if (f.rule == "keywords.remote") {
            EXPECT_EQ(f.message, "The job is remote (\"Senior Backend Engineer (Go) \u2014 Remote\", job line 1) but your summary "
                                 "does not say you work or seek work remotely.");
        }
    }
    std::vector<std::string> placement;
    for (const auto& f : a.findings()) {
        if (f.rule == "keywords.placement") placement.push_back(f.message);
    }
    EXPECT_EQ(placement, (std::vector<std::string>{
                             "A skill the job requires appears in no role or project, only under other headings: "
                             "\"Redis\" (Skills).",
                             "A skill the job requires, \"Kafka\", appears only in older roles, not in your most "
                             "recent one (Senior Backend Engineer, Nordpay)."}));
}

// The json report of every job case - findings without a line, pointing at
// a section - is valid against formats/report.schema.json.
TEST(JobMatching, JsonReportMatchesTheSchema) {
    std::vector<reshost::Analysis> analyses;
    for (const std::string& c : cases()) {
        std::ifstream in(kJobs / c / "expected.json");
        nlohmann::json expected = nlohmann::json::parse(in);
        analyses.push_back(analyze(kJobs / c / expected.value("resume", std::string("resume.md")),
                                   kJobs / c / expected["job"].get<std::string>()));
    }
    nlohmann::json doc = nlohmann::json::parse(pipeline_host().emit("json", analyses));
    ASSERT_EQ(doc["files"].size(), analyses.size());
    std::size_t keyword_findings = 0;
    for (const auto& f : doc["files"])
        for (const auto& finding : f["findings"])
            if (finding["rule"].get<std::string>().rfind("keywords.", 0) == 0) ++keyword_findings;
    EXPECT_GT(keyword_findings, analyses.size());
    EXPECT_EQ(reshost::test::report_schema_errors(doc), "");
}

// With a job, the share of its requirements met decides the keywords score: over every
// job and every fixture resume, a clearly higher match rate never scores lower, whatever
// wording findings come with it, and the score moves the overall score.
TEST(JobMatching, MatchRateDecidesTheKeywordsScore) {
    struct Run {
        std::string what;
        double rate = 0, keywords = 0;
    };
    std::vector<fs::path> jobs, resumes;
    for (const auto& c : cases()) {
        for (const char* name : {"job.md", "job.txt"})
            if (fs::exists(kJobs / c / name)) jobs.push_back(kJobs / c / name);
        if (fs::exists(kJobs / c / "resume.md")) resumes.push_back(kJobs / c / "resume.md");
    }
    ASSERT_GE(jobs.size(), 3u);
    ASSERT_GE(resumes.size(), 3u);
    std::size_t pairs = 0;
    for (const auto& job : jobs) {
        std::vector<Run> runs;
        for (const auto& resume : resumes) {
            auto a = analyze(resume, job);
            ASSERT_EQ(a.error(), "") << resume;
            std::optional<double> rate;
            for (const auto& [name, value] : a.metrics())
                if (name == "keywords.match_rate") rate = value;
            ASSERT_TRUE(rate) << resume << " against " << job;
            auto score = std::find_if(a.scores().begin(), a.scores().end(),
                                      [](const auto& s) { return s.category == "keywords"; });
            ASSERT_NE(score, a.scores().end());
            if (!score->scored) {  // a resume too short to be read has no score of any kind
                EXPECT_NE(score->note.find("not read"), std::string::npos) << resume << ": " << score->note;
                continue;
            }
            EXPECT_NE(score->note.find("requirements met"), std::string::npos) << score->note;
            runs.push_back({resume.parent_path().filename().string(), *rate, score->value});
        }
        for (const auto& a : runs)
            for (const auto& b : runs)
                if (a.rate >= b.rate + 0.10) {
                    ++pairs;
                    EXPECT_GT(a.keywords, b.keywords) << job.parent_path().filename() << ": " << a.what << " meets "
                                                      << a.rate << " of it, " << b.what << " " << b.rate;
                }
    }
    EXPECT_GT(pairs, 10u);
}
