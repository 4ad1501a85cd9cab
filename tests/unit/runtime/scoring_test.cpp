// reshost-score/2 (docs/scoring.md): what is not evaluated is unknown, a document that was
// not read fails, thin resumes are capped, and strong and weak resumes lie far apart.
#include "scoring.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <optional>

using reshost::Finding;
using reshost::Score;
using reshost::detail::exit_code_for;
using reshost::detail::ResumeFacts;
using reshost::detail::score_resume;
using reshost::detail::ScoringSettings;

namespace {

Finding finding(std::string rule, std::string severity, std::string category) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = std::move(severity);
    f.category = std::move(category);
    return f;
}

// A resume of some substance: four roles, 20 bullets, 10 with a figure.
ResumeFacts strong_facts() {
    ResumeFacts f;
    f.words = 600;
    f.sections = 5;
    f.roles = 4;
    f.projects = 2;
    f.bullets = 20;
    f.quantified_bullets = 10;
    f.years = 8;
    return f;
}

const std::vector<std::pair<std::string, double>> no_metrics;

std::vector<Score> score(const std::vector<Finding>& findings, const ResumeFacts& facts, bool job = false,
                         const std::vector<std::pair<std::string, double>>& metrics = no_metrics,
                         const ScoringSettings& settings = {}) {
    return score_resume({findings, facts, metrics, job}, settings);
}

std::map<std::string, Score> by_category(const std::vector<Score>& scores) {
    std::map<std::string, Score> out;
    for (const auto& s : scores) out[s.category] = s;
    return out;
}

}  // namespace

TEST(Scoring, CategoriesInOrderOverallLast) {
    auto scores = score({}, strong_facts());
    ASSERT_EQ(scores.size(), 5u);
    EXPECT_EQ(scores[0].category, "ats");
    EXPECT_EQ(scores[1].category, "impact");
    EXPECT_EQ(scores[2].category, "content");
    EXPECT_EQ(scores[3].category, "brevity");
    EXPECT_EQ(scores[4].category, "overall");
    for (const auto& s : scores) EXPECT_TRUE(s.scored) << s.category;
    EXPECT_EQ(scores[4].value, 100);
    EXPECT_EQ(scores[4].note, "based on ats, impact, content, brevity");
}

TEST(Scoring, TooFewBulletsLeaveImpactUnscoredNotPerfect) {
    auto facts = strong_facts();
    facts.bullets = 2;
    facts.quantified_bullets = 0;
    auto s = by_category(score({}, facts));
    EXPECT_FALSE(s["impact"].scored);
    EXPECT_EQ(s["impact"].value, 0);
    EXPECT_NE(s["impact"].note.find("2 bullets"), std::string::npos) << s["impact"].note;
    // The overall score says what it rests on.
    EXPECT_NE(s["overall"].note.find("not scored: impact"), std::string::npos) << s["overall"].note;
    EXPECT_TRUE(s["overall"].scored);
}

TEST(Scoring, TooFewWordsLeaveContentAndBrevityUnscored) {
    auto facts = strong_facts();
    facts.words = 60;
    auto s = by_category(score({}, facts));
    EXPECT_FALSE(s["content"].scored);
    EXPECT_FALSE(s["brevity"].scored);
    EXPECT_TRUE(s["ats"].scored);
}

TEST(Scoring, NoTextFailsWithTheReason) {
    auto s = by_category(score({finding("ats.no-text", "error", "ats")}, strong_facts()));
    EXPECT_EQ(s["overall"].value, 0);
    EXPECT_NE(s["overall"].note.find("ats.no-text"), std::string::npos) << s["overall"].note;
    EXPECT_EQ(s["ats"].value, 0);
    for (auto c : {"impact", "content", "brevity"}) {
        EXPECT_FALSE(s[c].scored) << c;
        EXPECT_NE(s[c].note.find("not read"), std::string::npos) << s[c].note;
    }
}

TEST(Scoring, GarbledTextOrAlmostNoWordsFail) {
    EXPECT_EQ(by_category(score({finding("ats.garbled-text", "error", "ats")}, strong_facts()))["overall"].value, 0);
    ResumeFacts empty;
    empty.words = 5;
    auto s = by_category(score({}, empty));
    EXPECT_EQ(s["overall"].value, 0);
    EXPECT_NE(s["overall"].note.find("5 words"), std::string::npos) << s["overall"].note;
}

TEST(Scoring, ADocumentThatIsNotAResumeFails) {
    ResumeFacts guide;
    guide.words = 900;
    guide.sections = 3;
    auto s = by_category(score({finding("ats.not-a-resume", "error", "ats")}, guide));
    EXPECT_EQ(s["overall"].value, 0);
    EXPECT_NE(s["overall"].note.find("not a resume"), std::string::npos) << s["overall"].note;
    EXPECT_FALSE(s["impact"].scored);
}

TEST(Scoring, ADocumentWithNoResumeSectionStaysLow) {
    ResumeFacts unsorted = strong_facts();
    unsorted.sections = 0;
    auto s = by_category(score({}, unsorted));
    EXPECT_LE(s["overall"].value, ScoringSettings{}.not_resume_cap);
    EXPECT_NE(s["overall"].note.find("no section a resume has"), std::string::npos) << s["overall"].note;
}

TEST(Scoring, ThinResumeWithoutProblemsCannotScoreHigh) {
    ResumeFacts thin;
    thin.words = 150;
    thin.sections = 3;
    thin.roles = 1;
    thin.bullets = 3;
    thin.quantified_bullets = 0;
    auto s = by_category(score({}, thin));  // not one finding
    EXPECT_LT(s["overall"].value, 50);
    EXPECT_NE(s["overall"].note.find("thin resume"), std::string::npos) << s["overall"].note;
    // Bullets without figures cap impact too.
    EXPECT_EQ(s["impact"].value, ScoringSettings{}.impact_floor);
}

TEST(Scoring, StrongAndWeakResumesLieTensOfPointsApart) {
    auto strong = by_category(score({finding("verbs.tense", "info", "content")}, strong_facts()));

    ResumeFacts weak_facts;
    weak_facts.words = 350;
    weak_facts.sections = 3;
    weak_facts.roles = 2;
    weak_facts.bullets = 8;
    weak_facts.quantified_bullets = 1;
    std::vector<Finding> weak_findings = {finding("ats.table", "error", "ats"),
                                          finding("impact.task-only", "warning", "impact"),
                                          finding("impact.task-only", "warning", "impact"),
                                          finding("skills.count", "warning", "content"),
                                          finding("sections.missing", "error", "content"),
                                          finding("verbs.weak-opener", "warning", "content")};
    auto weak = by_category(score(weak_findings, weak_facts));
    EXPECT_GE(strong["overall"].value, 90);
    EXPECT_GE(strong["overall"].value - weak["overall"].value, 30)
        << strong["overall"].value << " vs " << weak["overall"].value;
}

TEST(Scoring, PenaltiesDiminishWithinOneRule) {
    std::vector<Finding> f;
    for (int i = 0; i < 10; ++i) f.push_back(finding("verbs.weak-opener", "warning", "content"));
    f.push_back(finding("verbs.weak-opener", "error", "content"));
    // Counted: error 20 + warning 6 * 0.5 + warning 6 * 0.25 = 24.5.
    EXPECT_EQ(by_category(score(f, strong_facts()))["content"].value, std::round(100 - 24.5));
}

TEST(Scoring, UnknownCategoryCountsAsContentAndKeywordsOnlyWithAJob) {
    std::vector<Finding> f = {finding("custom.rule", "error", "style"),
                              finding("keywords.missing-required", "error", "keywords")};
    auto without = score(f, strong_facts());
    EXPECT_EQ(by_category(without)["content"].value, 80);
    EXPECT_EQ(by_category(without).count("keywords"), 0u);
}

TEST(Scoring, WithAJobTheMatchRateDecidesKeywords) {
    std::vector<Finding> noisy = {finding("keywords.exact-wording", "warning", "keywords"),
                                  finding("keywords.exact-wording", "warning", "keywords")};
    auto low = by_category(score({}, strong_facts(), true, {{"keywords.match_rate", 0.04}}));
    auto high = by_category(score(noisy, strong_facts(), true, {{"keywords.match_rate", 0.56}}));
    EXPECT_EQ(low["keywords"].value, 4);
    EXPECT_GE(high["keywords"].value, 50);
    EXPECT_GE(high["overall"].value - low["overall"].value, 10)
        << high["overall"].value << " vs " << low["overall"].value;
}

TEST(Scoring, SettingsComeFromTheConfiguration) {
    reshost::detail::ConfigValues values{{"scoring.thin_floor", "10"}, {"scoring.penalty_error", "30"}};
    auto s = reshost::detail::scoring_settings(values);
    EXPECT_EQ(s.thin_floor, 10);
    EXPECT_EQ(s.penalty_error, 30);
    EXPECT_EQ(s.penalty_warning, ScoringSettings{}.penalty_warning);
    EXPECT_THROW(reshost::detail::scoring_settings({{"scoring.weight_ats", "high"}}), std::invalid_argument);
}

TEST(ExitCode, FailOnThresholds) {
    std::vector<Finding> warnings = {finding("verbs.tense", "warning", "content")};
    reshost::AnalyzeOptions o;
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::clean);
    o.fail_on = "warning";
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::findings);
    o.fail_on = "info";
    EXPECT_EQ(exit_code_for(warnings, 95, o), reshost::ExitCode::findings);
    o.fail_on = "none";
    EXPECT_EQ(exit_code_for({finding("ats.table", "error", "ats")}, 95, o), reshost::ExitCode::clean);
    o.fail_on = "error";
    EXPECT_EQ(exit_code_for({finding("ats.table", "error", "ats")}, 95, o), reshost::ExitCode::findings);
}

TEST(ExitCode, FailUnder) {
    reshost::AnalyzeOptions o;
    o.fail_under = 90;
    EXPECT_EQ(exit_code_for({}, 89, o), reshost::ExitCode::findings);
    EXPECT_EQ(exit_code_for({}, 90, o), reshost::ExitCode::clean);
}

TEST(ExitCode, UnknownFailOnIsAUsageError) {
    EXPECT_THROW(reshost::detail::check_fail_on("fatal"), std::invalid_argument);
    EXPECT_NO_THROW(reshost::detail::check_fail_on("none"));
}

// The worked example of docs/scoring.md, number for number.
TEST(Scoring, DocumentedWorkedExample) {
    ResumeFacts facts;
    facts.words = 400;
    facts.sections = 4;
    facts.roles = 2;
    facts.bullets = 8;
    facts.quantified_bullets = 2;
    std::vector<Finding> f = {finding("ats.table", "error", "ats"),
                              finding("impact.task-only", "warning", "impact"),
                              finding("impact.task-only", "warning", "impact"),
                              finding("skills.count", "warning", "content")};
    for (int i = 0; i < 3; ++i) f.push_back(finding("verbs.weak-opener", "warning", "content"));
    auto s = by_category(score(f, facts));
    EXPECT_EQ(s["ats"].value, 80);
    EXPECT_EQ(s["impact"].value, 65);
    EXPECT_EQ(s["content"].value, 84);
    EXPECT_EQ(s["brevity"].value, 100);
    EXPECT_EQ(s["overall"].value, 69);
    EXPECT_EQ(s["overall"].note, "based on ats, impact, content, brevity; at most 69 for a thin resume: "
                                 "2 roles, 0 projects, 8 bullets, 2 with a figure");

    facts.roles = 4;
    facts.bullets = 16;
    facts.quantified_bullets = 8;
    auto substantial = by_category(score(f, facts));
    EXPECT_EQ(substantial["impact"].value, 91);
    EXPECT_EQ(substantial["overall"].value, 87);
}
