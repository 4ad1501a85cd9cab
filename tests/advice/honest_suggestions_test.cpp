// No suggestion of any rule puts a number in the candidate's mouth: every run
// of digits in the text a suggestion offers to write (its quoted passages:
// examples, rewrites, formats) is one the resume's own text holds; figures
// the candidate must supply are placeholders such as [X] and [N]. Advice
// about the resume itself ("4-6 bullets", "3 more bullets") is not quoted
// and not checked. Checked on every real resume of the shared corpus.
#include "ats_host.hpp"
#include "corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Every maximal run of digits in `text`.
std::vector<std::string> digit_runs(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        if (!digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && digit(text[i])) ++i;
        out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

// The passages of `text` between straight double quotes.
std::string quoted_passages(std::string_view text) {
    std::string out;
    bool inside = false;
    for (char c : text) {
        if (c == '"') {
            inside = !inside;
            out += '\n';
        } else if (inside) {
            out += c;
        }
    }
    return out;
}

// The text of the string values of a JSON document: the resume's own words,
// without the numbers of the model's structure (pages, indexes, boxes).
std::string json_strings(std::string_view json) {
    std::string out;
    bool inside = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        if (!inside) {
            if (c == '"') inside = true;
            continue;
        }
        if (c == '\\' && i + 1 < json.size()) {
            out += json[++i];
            continue;
        }
        if (c == '"') {
            inside = false;
            out += '\n';
            continue;
        }
        out += c;
    }
    return out;
}

std::vector<fs::path> corpus_resumes() {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(reshost::test::corpus_dir("real"))) {
        if (!e.is_regular_file()) continue;
        std::string ext = e.path().extension().string();
        if (ext == ".pdf" || ext == ".docx" || ext == ".md") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST(HonestSuggestions, DigitRunsAreFoundInText) {
    EXPECT_EQ(digit_runs("cut p99 from 1,200 ms"), (std::vector<std::string>{"99", "1", "200"}));
    EXPECT_EQ(json_strings(R"({"a": 12, "b": "x 5\"y"})"), "a\nb\nx 5\"y\n");
    EXPECT_EQ(digit_runs(quoted_passages(R"(Add 2 bullets, e.g. "cut it from 45 to [Y] minutes".)")),
              (std::vector<std::string>{"45"}));
}

TEST(HonestSuggestions, NoSuggestionHoldsAFigureTheResumeDoesNot) {
    auto files = corpus_resumes();
    ASSERT_GE(files.size(), 20u) << "too few corpus resumes under " << reshost::test::corpus_dir("real");
    std::size_t suggestions = 0;
    for (const fs::path& file : files) {
        reshost::Analysis a = reshost::test::ats_host().analyze(file.string());
        ASSERT_EQ(a.error(), "") << file;
        std::set<std::string> own;
        for (std::string& run : digit_runs(json_strings(a.resume_json()))) own.insert(std::move(run));
        for (const auto& f : a.findings()) {
            if (f.suggestion.empty()) continue;
            ++suggestions;
            for (const std::string& run : digit_runs(quoted_passages(f.suggestion)))
                EXPECT_TRUE(own.count(run)) << file.filename().string() << ": " << f.rule << " suggests \"" << run
                                            << "\", which the resume does not hold: " << f.suggestion;
        }
    }
    EXPECT_GT(suggestions, 100u);
}
