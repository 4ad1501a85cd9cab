// The spelling pack's parts on their own: which chunks of prose are words,
// and which unknown words are typos, with the Debian dictionaries.
#include "english_dictionaries.hpp"
#include "technical_words.hpp"
#include "typo_judge.hpp"
#include "word_scan.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

namespace fs = std::filesystem;
using namespace reshost::spelling;

namespace {

const fs::path kSource(RESHOST_SOURCE_DIR);

std::vector<std::string> words_of(std::string_view prose) {
    std::vector<std::string> out;
    for (const ScannedWord& w : scan_words(prose)) out.push_back(w.text);
    return out;
}

class Judge : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        vocabulary_ = new reshost::terms::Vocabulary(
            reshost::terms::Vocabulary::load(kSource / "host" / "data" / "skill-aliases.tsv"));
        technical_ = new TechnicalWords((kSource / "plugins" / "analyzers" / "spelling").string(), *vocabulary_);
        // The word lists the build expands from the Debian dictionaries, beside the plugin.
        dictionaries_ = new EnglishDictionaries(std::string(RESHOST_TEST_PLUGIN_DIR) + "/analyzers");
    }
    static void TearDownTestSuite() {
        delete dictionaries_;
        delete technical_;
        delete vocabulary_;
    }

    Judgement::Verdict verdict(const std::string& word, ProseKind kind = ProseKind::sentence, bool start = false) {
        TypoJudge judge(*dictionaries_, *technical_, names_);
        return judge.judge(word, kind, start, true).verdict;
    }

    static reshost::terms::Vocabulary* vocabulary_;
    static TechnicalWords* technical_;
    static EnglishDictionaries* dictionaries_;
    std::unordered_set<std::string> names_{"tomasz"};
};

reshost::terms::Vocabulary* Judge::vocabulary_ = nullptr;
TechnicalWords* Judge::technical_ = nullptr;
EnglishDictionaries* Judge::dictionaries_ = nullptr;

using V = Judgement::Verdict;

}  // namespace

TEST(SpellingWords, LeavesOutWhatNoDictionaryCanJudge) {
    EXPECT_EQ(words_of("Cut p99 latency (see https://x.io/a, me@x.io) in k8s, CI/CD, Node.js and C#."),
              (std::vector<std::string>{"Cut", "latency", "see", "in", "and"}));
}

TEST(SpellingWords, TakesPunctuationAndTypographicApostrophesOff) {
    EXPECT_EQ(words_of("\u201Cteam\u2019s\u201D rollout; (blue-green)"),
              (std::vector<std::string>{"team's", "rollout", "blue-green"}));
}

TEST(SpellingWords, ABrokenWordIsNeitherHalf) {
    EXPECT_EQ(words_of("the develop- ment team"), (std::vector<std::string>{"the", "team"}));
}

TEST(SpellingWords, MarksSentenceStarts) {
    std::vector<ScannedWord> w = scan_words("Built it. Then shipped: Kafka \u2013 Go");
    ASSERT_EQ(w.size(), 6u);
    EXPECT_TRUE(w[0].sentence_start);
    EXPECT_FALSE(w[1].sentence_start);
    EXPECT_TRUE(w[2].sentence_start);   // Then
    EXPECT_TRUE(w[4].sentence_start);   // Kafka
    EXPECT_TRUE(w[5].sentence_start);   // Go, after a dash
    EXPECT_FALSE(w[3].sentence_start);
}

TEST(SpellingWords, EditDistanceCountsASwapAsOne) {
    EXPECT_EQ(edit_distance("recieve", "receive"), 1u);
    EXPECT_EQ(edit_distance("Sofware", "software"), 1u);
    EXPECT_EQ(edit_distance("publically", "publicly"), 2u);
}

TEST_F(Judge, NearMissesOfCommonWordsAreTypos) {
    EXPECT_EQ(verdict("independant"), V::typo);  // a vowel for a vowel
    EXPECT_EQ(verdict("enviroment"), V::typo);   // a letter dropped
    EXPECT_EQ(verdict("Acheived", ProseKind::sentence, true), V::typo);
    EXPECT_EQ(verdict("Sofware", ProseKind::title), V::typo);
}

TEST_F(Judge, ToolsCompoundsAndCutWordsAreNot) {
    EXPECT_EQ(verdict("strace"), V::unknown);    // a consonant changed: "strafe"
    EXPECT_EQ(verdict("systemd"), V::unknown);   // the last letter: "system"
    EXPECT_EQ(verdict("codebases"), V::unknown); // "code bases"
    EXPECT_EQ(verdict("Engineerin", ProseKind::title), V::unknown);
    EXPECT_EQ(verdict("backend"), V::known);     // technical_words.txt
    EXPECT_EQ(verdict("Kubernetes"), V::known);  // the skill vocabulary
    EXPECT_NE(verdict("optimised"), V::typo);    // en_GB
    EXPECT_NE(verdict("organisation"), V::typo);
}

TEST_F(Judge, NamesAreTyposOnlyAsNearMissesOfKnownNames) {
    EXPECT_EQ(verdict("Cambrige", ProseKind::name), V::typo);
    EXPECT_EQ(verdict("Jepsen"), V::unknown);    // "Jensen": one letter changed
    EXPECT_EQ(verdict("Revolut"), V::unknown);   // "Revolt" is no name
    EXPECT_EQ(verdict("Tomasz"), V::skipped);    // the candidate's name
    EXPECT_EQ(verdict("PostgreSQL"), V::skipped);
    EXPECT_EQ(verdict("Cambrige"), V::typo);     // mid-sentence too
}

TEST(SpellingDictionaries, MissingFilesAreNamed) {
    EnglishDictionaries none("/nonexistent");
    EXPECT_FALSE(none.ok());
    EXPECT_NE(none.missing().find("/nonexistent/en_GB.words"), std::string::npos) << none.missing();
    EXPECT_FALSE(none.american("word"));
}
