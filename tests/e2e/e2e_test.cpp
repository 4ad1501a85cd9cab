// End-to-end: runs the real reshost executable and checks what it prints,
// what it writes to stderr and its exit code.
#include "corpus.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string resume = SOURCE_DIR "/docs/examples/resume.md";

struct Result {
    int status = -1;
    std::string out, err;

    // The non-empty lines of stderr.
    std::vector<std::string> err_lines() const {
        std::vector<std::string> lines;
        std::istringstream in(err);
        for (std::string l; std::getline(in, l);)
            if (!l.empty()) lines.push_back(l);
        return lines;
    }
};

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A folder of its own for each test: stderr captures, outputs, and the
// registry cache, so runs neither share state nor touch the user's cache.
fs::path work_dir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto* suite = ::testing::UnitTest::GetInstance()->current_test_suite();
    std::string name = info ? std::string(info->test_suite_name()) + "." + info->name()
                            : std::string(suite ? suite->name() : "main") + ".setup";
    fs::path dir = fs::path(WORK_DIR) / name;
    fs::create_directories(dir);
    return dir;
}

Result run(const std::string& program, const std::vector<std::string>& args) {
    fs::path dir = work_dir();
    fs::path err = dir / "stderr.txt";
    std::string cmd = "env -u RESHOST_PLUGIN_PATH XDG_CACHE_HOME=" + quoted((dir / "cache").string()) +
                      " NO_COLOR=1 " + quoted(program);
    for (const auto& a : args) cmd += " " + quoted(a);
    cmd += " 2>" + quoted(err.string()) + " </dev/null";
    Result r;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    r.err = slurp(err);
    return r;
}

Result reshost(const std::vector<std::string>& args) { return run(RESHOST_BIN, args); }

// Writes `text` to a file in the test's folder and returns its path.
std::string save(const std::string& name, const std::string& text) {
    fs::path p = work_dir() / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
}

// Validates `doc` against `schema` with tests/tools/validate_json.
void expect_valid(const std::string& schema, const std::string& doc) {
    Result v = run(VALIDATE_JSON, {schema, doc});
    EXPECT_EQ(v.status, 0) << "validate_json " << schema << " " << doc << "\n" << v.out << v.err;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// The example resume's findings as the JSON report gives them: rule -> lines.
std::multimap<std::string, json> findings_by_rule(const json& report) {
    std::multimap<std::string, json> out;
    for (const auto& file : report.at("files"))
        for (const auto& f : file.at("findings")) out.emplace(f.at("rule").get<std::string>(), f);
    return out;
}

uint32_t line_of(const json& finding) {
    if (!finding.contains("location") || !finding["location"].is_object()) return 0;
    return finding["location"].value("line", 0u);
}

bool has_finding(const std::multimap<std::string, json>& all, const std::string& rule, uint32_t line) {
    auto [b, e] = all.equal_range(rule);
    return std::any_of(b, e, [&](const auto& kv) { return line_of(kv.second) == line; });
}

std::string dump_rules(const std::multimap<std::string, json>& all) {
    std::string s;
    for (const auto& [rule, f] : all) s += "  " + rule + " line " + std::to_string(line_of(f)) + "\n";
    return s;
}

// ------------------------------------------------------------------ plugins

TEST(Plugins, ListsTheFirstPartyPluginsWithVersionsAndAbi) {
    Result r = reshost({"plugins"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    for (std::string name : {"markdown", "analyzers", "text", "json", "sarif", "github", "compact", "junit", "markdown_report"}) {
        std::regex line("(^|\\n)" + name + " [0-9]+\\.[0-9]+\\.[0-9]+ .*ABI 1\\.[0-9]+\\n");
        EXPECT_TRUE(std::regex_search(r.out, line)) << name << " missing from:\n" << r.out;
    }
    EXPECT_EQ(r.out.find("rejected:"), std::string::npos) << r.out;

    Result j = reshost({"plugins", "--format", "json"});
    ASSERT_EQ(j.status, 0) << j.err;
    json list = json::parse(j.out);
    std::set<std::string> names, packs;
    for (const auto& p : list) {
        names.insert(p.at("name").get<std::string>());
        if (p.at("name") == "analyzers")
            for (const auto& c : p.at("components"))
                if (c.at("kind") == "analyzer") packs.insert(c.at("name").get<std::string>());
        EXPECT_TRUE(std::regex_match(p.at("version").get<std::string>(), std::regex("[0-9]+\\.[0-9]+\\.[0-9]+.*")))
            << p.dump();
        EXPECT_TRUE(std::regex_match(p.at("abi").get<std::string>(), std::regex("1\\.[0-9]+"))) << p.dump();
        EXPECT_FALSE(p.contains("rejected")) << p.dump();
    }
    for (std::string name : {"markdown", "analyzers", "text", "json", "sarif", "github", "compact", "junit", "markdown_report"})
        EXPECT_TRUE(names.count(name)) << name;
    // The first-party packs are components of one library.
    EXPECT_EQ(packs, (std::set<std::string>{"ats", "education", "experience", "impact", "keywords", "length", "level",
                                            "polish", "projects", "sections", "skills", "spelling", "summary", "verbs"}));
}

// ------------------------------------------------------------------ analyze

class Analyze : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        Result j = run(RESHOST_BIN, {"analyze", "--format", "json", resume});
        json_status = j.status;
        json_out = j.out;
        json_err = j.err;
    }
    static inline int json_status = -1;
    static inline std::string json_out, json_err;
};

TEST_F(Analyze, JsonReportMatchesTheSchema) {
    ASSERT_LT(json_status, 2) << json_err;
    expect_valid(SOURCE_DIR "/formats/report.schema.json", save("report.json", json_out));
}

// Each report format is selected with --format and reports the findings of the JSON report.
TEST_F(Analyze, EveryReportFormatReportsTheSameFindings) {
    ASSERT_LT(json_status, 2) << json_err;
    std::size_t findings = json::parse(json_out)["files"][0]["findings"].size();
    ASSERT_GT(findings, 0u);
    auto lines_of = [](const std::string& text) {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string l; std::getline(in, l);) out.push_back(l);
        return out;
    };
    Result sarif = reshost({"analyze", "--format", "sarif", resume});
    ASSERT_EQ(sarif.status, json_status) << sarif.err;
    expect_valid(RESHOST_SCHEMAS_DIR "/sarif-schema-2.1.0.json", save("report.sarif", sarif.out));
    EXPECT_EQ(json::parse(sarif.out)["runs"][0]["results"].size(), findings);

    Result compact = reshost({"analyze", "--format", "compact", resume});
    ASSERT_EQ(compact.status, json_status) << compact.err;
    auto lines = lines_of(compact.out);
    EXPECT_EQ(lines.size(), findings) << compact.out;
    for (const auto& l : lines)
        EXPECT_TRUE(std::regex_match(l, std::regex(".+:[0-9]+:1: (error|warning|info): .+ \\[[a-z]+\\.[a-z0-9-]+\\]"))) << l;

    Result github = reshost({"analyze", "--format", "github", resume});
    ASSERT_EQ(github.status, json_status) << github.err;
    lines = lines_of(github.out);
    EXPECT_EQ(lines.size(), findings) << github.out;
    for (const auto& l : lines)
        EXPECT_TRUE(std::regex_search(l, std::regex("^::(error|warning|notice) file=[^,]+(,line=[0-9]+,endLine=[0-9]+)?,title=[^:]+::"))) << l;

    Result junit = reshost({"analyze", "--format", "junit", resume});
    ASSERT_EQ(junit.status, json_status) << junit.err;
    EXPECT_NE(junit.out.find("failures=\"" + std::to_string(findings) + "\""), std::string::npos) << junit.out;

    Result markdown = reshost({"analyze", "--format", "markdown", resume});
    ASSERT_EQ(markdown.status, json_status) << markdown.err;
    EXPECT_EQ(markdown.out.rfind("## reshost report\n", 0), 0u) << markdown.out;
}

TEST_F(Analyze, FindsTheWeaknessesPlantedInTheExample) {
    ASSERT_LT(json_status, 2) << json_err;
    json report = json::parse(json_out);
    auto all = findings_by_rule(report);
    EXPECT_TRUE(has_finding(all, "verbs.weak-opener", 30)) << "Responsible for...\n" << dump_rules(all);
    EXPECT_TRUE(has_finding(all, "verbs.weak-opener", 39)) << "Worked on...\n" << dump_rules(all);
    EXPECT_TRUE(has_finding(all, "verbs.pronoun", 48)) << "my appointments service\n" << dump_rules(all);
    EXPECT_TRUE(has_finding(all, "verbs.buzzword", 8)) << "Results-driven\n" << dump_rules(all);
    // Tense is mixed in the Shipwell role (lines 33-41) and nowhere else.
    auto [b, e] = all.equal_range("verbs.tense");
    ASSERT_NE(b, e) << dump_rules(all);
    for (auto it = b; it != e; ++it) {
        uint32_t line = line_of(it->second);
        EXPECT_TRUE(line >= 33 && line <= 41) << it->second.dump();
    }
    // Every finding a person can act on carries a suggestion.
    for (const auto& [rule, f] : all) {
        if (rule.rfind("verbs.", 0) == 0) {
            EXPECT_FALSE(f.value("suggestion", "").empty()) << f.dump();
        }
    }
}

TEST_F(Analyze, TextReportShowsRulesLinesSuggestionsAndScore) {
    ASSERT_LT(json_status, 2) << json_err;
    json report = json::parse(json_out);
    Result r = reshost({"analyze", resume});
    ASSERT_EQ(r.status, json_status) << "text and json runs disagree on the exit code\n" << r.err;
    EXPECT_NE(r.out.find("resume.md"), std::string::npos) << r.out;

    // The text report carries each finding of the JSON report: its rule id,
    // its line and its suggestion.
    const auto& file = report.at("files").at(0);
    ASSERT_FALSE(file.at("findings").empty());
    for (const auto& f : file.at("findings")) {
        std::string rule = f.at("rule");
        EXPECT_NE(r.out.find(rule), std::string::npos) << rule;
        if (uint32_t line = line_of(f)) {
            std::regex at(std::to_string(line) + "[^0-9][^\\n]*" + std::regex_replace(rule, std::regex("\\."), "\\.") +
                          "|" + std::regex_replace(rule, std::regex("\\."), "\\.") + "[^\\n]*[^0-9]" +
                          std::to_string(line) + "([^0-9]|$)");
            EXPECT_TRUE(std::regex_search(r.out, at)) << rule << " at line " << line << " not shown on one line";
        }
        std::string suggestion = f.value("suggestion", "");
        if (!suggestion.empty()) {
            EXPECT_NE(r.out.find(suggestion), std::string::npos) << suggestion;
        }
    }

    // The overall score, as the JSON report has it.
    double overall = file.at("overall").get<double>();
    ASSERT_GE(overall, 0);
    ASSERT_LE(overall, 100);
    std::regex score("score[^\\n]*\\b" + std::to_string(static_cast<int>(overall + 0.5)) + "\\b",
                     std::regex::icase);
    EXPECT_TRUE(std::regex_search(r.out, score)) << "overall score " << overall << " not in:\n" << r.out;
}

TEST_F(Analyze, ExitCodeFollowsTheThreshold) {
    ASSERT_LT(json_status, 2) << json_err;
    json report = json::parse(json_out);
    std::set<std::string> severities;
    for (const auto& f : report.at("files").at(0).at("findings")) severities.insert(f.at("severity").get<std::string>());
    EXPECT_EQ(json_status, severities.count("error") ? 1 : 0);
    ASSERT_TRUE(severities.count("warning")) << "the example has warnings by design";
    EXPECT_EQ(reshost({"analyze", "--fail-on", "warning", resume}).status, 1);
    EXPECT_EQ(reshost({"analyze", "--fail-on", "none", resume}).status, 0);
    EXPECT_EQ(reshost({"analyze", "--fail-on", "none", "--fail-under", "100", resume}).status, 1);
}

// ------------------------------------------------------------------ parse

TEST(Parse, ResumeModelMatchesTheSchema) {
    Result r = reshost({"parse", resume, "--format", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    expect_valid(SOURCE_DIR "/formats/resume.schema.json", save("resume.json", r.out));
    EXPECT_NE(r.out.find("alex.rivera@example.com"), std::string::npos);
}

TEST(Parse, JsonResumeMatchesTheOfficialSchema) {
    const char* schema = std::getenv("RESHOST_JSONRESUME_SCHEMA");
    ASSERT_TRUE(schema && *schema && fs::exists(schema))
        << "RESHOST_JSONRESUME_SCHEMA not set (npm package resume-schema; .ci/test installs it)";
    Result r = reshost({"parse", resume, "--format", "jsonresume"});
    ASSERT_EQ(r.status, 0) << r.err;
    expect_valid(schema, save("resume.jsonresume.json", r.out));

    json j = json::parse(r.out);
    EXPECT_EQ(j["basics"].value("name", ""), "Alex Rivera");
    EXPECT_EQ(j["basics"].value("email", ""), "alex.rivera@example.com");
    ASSERT_TRUE(j.contains("work"));
    ASSERT_EQ(j["work"].size(), 3u) << j["work"].dump(2);
    EXPECT_EQ(j["work"][0].value("name", ""), "Lumenpay");
    EXPECT_EQ(j["work"][0].value("position", ""), "Senior Backend Engineer");
    EXPECT_EQ(j["work"][0].value("startDate", ""), "2022-03");
    EXPECT_EQ(j["work"][2].value("endDate", ""), "2019-05");
    EXPECT_EQ(j["work"][1]["highlights"].size(), 6u);
}

// ------------------------------------------------------------------ bad input

// One stderr line that names the file and says why, and exit code 3.
void expect_unreadable(const std::string& path, const std::vector<std::string>& reasons) {
    for (const char* command : {"analyze", "parse"}) {
        Result r = reshost({command, path});
        EXPECT_EQ(r.status, 3) << command << " " << path << "\n" << r.err;
        auto lines = r.err_lines();
        ASSERT_EQ(lines.size(), 1u) << command << " " << path << ":\n" << r.err;
        EXPECT_NE(lines[0].find(path), std::string::npos) << lines[0];
        std::string why = lower(lines[0].substr(lines[0].find(path) + path.size()));
        bool said = std::any_of(reasons.begin(), reasons.end(), [&](const std::string& w) {
            return why.find(w) != std::string::npos;
        });
        EXPECT_TRUE(said) << "no reason in: " << lines[0];
    }
}

TEST(BadInput, EmptyFile) { expect_unreadable(FIXTURES "/empty.md", {"empty"}); }

TEST(BadInput, RandomBytes) {
    expect_unreadable(FIXTURES "/random.bin", {"not a", "unsupported", "unknown", "not supported", "type", "format"});
}

TEST(BadInput, MarkdownThatIsNotUtf8) { expect_unreadable(FIXTURES "/latin1.md", {"utf-8", "utf8"}); }

TEST(BadInput, MissingPath) {
    expect_unreadable((work_dir() / "no-such-resume.md").string(), {"no such file", "not found", "does not exist", "missing"});
}

TEST(BadInput, Directory) { expect_unreadable(work_dir().string(), {"directory"}); }

TEST(BadInput, BatchReportsTheGoodFileAndExitsThree) {
    std::string missing = (work_dir() / "missing.md").string();
    Result r = reshost({"analyze", "--format", "json", resume, missing});
    EXPECT_EQ(r.status, 3) << r.err;
    auto lines = r.err_lines();
    ASSERT_EQ(lines.size(), 1u) << r.err;
    EXPECT_NE(lines[0].find(missing), std::string::npos) << lines[0];

    json report = json::parse(r.out);
    const auto& files = report.at("files");
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].at("path"), resume);
    EXPECT_FALSE(files[0].at("findings").empty());
    EXPECT_EQ(files[1].at("path"), missing);
    EXPECT_FALSE(files[1].value("error", "").empty());

    Result text = reshost({"analyze", resume, missing});
    EXPECT_EQ(text.status, 3);
    EXPECT_NE(text.out.find("verbs.weak-opener"), std::string::npos) << text.out;
}

// ------------------------------------------------------------------ corpus

// Documents nobody on this project wrote: the shared corpus (RESHOST_CORPUS_DIR).
fs::path corpus() { return reshost::test::corpus_root(); }

// The files of a folder and its subfolders (`recursive`), READMEs left out, sorted.
std::vector<fs::path> files_in(const fs::path& dir, bool recursive = true) {
    std::vector<fs::path> out;
    auto keep = [&](const fs::directory_entry& e) {
        if (e.is_regular_file() && e.path().filename().string().rfind("README", 0) != 0) out.push_back(e.path());
    };
    if (recursive)
        for (const auto& e : fs::recursive_directory_iterator(dir)) keep(e);
    else
        for (const auto& e : fs::directory_iterator(dir)) keep(e);
    std::sort(out.begin(), out.end());
    return out;
}

constexpr const char* per_file_limit = "60";  // seconds, generous for sanitized builds

// The hostile files: those of hostile/, and of hostile/fuzz/ the messages that quoted
// raw input (zip entry names, relationship targets). The other fuzz findings (work
// that grows with the square of the input, the numbering overflow) are open work of
// their own, tracked with the fuzzing harnesses; they join this list as they are fixed.
std::vector<fs::path> hostile_files() {
    std::vector<fs::path> out = files_in(corpus() / "hostile", false);
    for (const auto& f : files_in(corpus() / "hostile" / "fuzz", false))
        if (f.filename().string().rfind("msg_", 0) == 0) out.push_back(f);
    return out;
}

// Every hostile file gets a report (exit 0 or 1) or exactly one line that
// names it and says why (exit 3), in bounded time, and never a crash.
TEST(Corpus, HostileFilesGetAResultOrOneClearError) {
    ASSERT_TRUE(fs::is_directory(corpus() / "hostile")) << corpus() / "hostile" << " is missing (RESHOST_CORPUS_DIR)";
    std::string failures;
    for (const auto& file : hostile_files()) {
        Result r = run("timeout", {"-s", "KILL", per_file_limit, RESHOST_BIN, "analyze", file.string()});
        std::string name = file.filename().string();
        if (r.status == 137) {
            failures += name + ": still running after " + per_file_limit + " s\n";
        } else if (r.status != 0 && r.status != 1 && r.status != 3) {
            failures += name + ": exit " + std::to_string(r.status) + "\n" + r.err;
        } else if (r.status == 3) {
            auto lines = r.err_lines();
            if (lines.size() != 1 || lines[0].find(file.string()) == std::string::npos)
                failures += name + ": exit 3 without exactly one line naming the file:\n" + r.err;
        } else if (r.out.find(name) == std::string::npos) {
            failures += name + ": exit " + std::to_string(r.status) + " but the report does not name the file\n";
        }
    }
    EXPECT_EQ(failures, "");
}

// Every real resume reads into JSON Resume that the official schema accepts.
TEST(Corpus, RealFilesGiveValidJsonResume) {
    const char* schema = std::getenv("RESHOST_JSONRESUME_SCHEMA");
    ASSERT_TRUE(fs::is_directory(corpus() / "real")) << corpus() / "real" << " is missing (RESHOST_CORPUS_DIR)";
    ASSERT_TRUE(schema && *schema && fs::exists(schema)) << "RESHOST_JSONRESUME_SCHEMA not set";
    std::string failures;
    int checked = 0;
    for (const auto& file : files_in(corpus() / "real")) {
        std::string name = file.filename().string();
        Result r = run("timeout", {"-s", "KILL", per_file_limit, RESHOST_BIN, "parse", file.string(), "--format",
                                   "jsonresume"});
        if (r.status != 0) {
            failures += name + ": exit " + std::to_string(r.status) + ": " + r.err;
            continue;
        }
        std::string out = save(name + ".jsonresume.json", r.out);
        Result v = run(VALIDATE_JSON, {schema, out});
        if (v.status != 0) failures += name + ":\n" + v.err;
        ++checked;
    }
    EXPECT_EQ(failures, "");
    EXPECT_GT(checked, 0);
}

}  // namespace
