// The skill matcher (plugins/common/skill_terms.hpp) with the real vocabulary:
// tests/fixtures/skill-terms.tsv holds text beside the terms it must yield.
#include <skill_terms.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using reshost::terms::Vocabulary;

namespace {

const fs::path kSource = RESHOST_SOURCE_DIR;

const Vocabulary& vocabulary() {
    static const Vocabulary v = Vocabulary::load(kSource / "host" / "data" / "skill-aliases.tsv");
    return v;
}

std::string unescaped(std::string s) {
    for (std::size_t at; (at = s.find("\\n")) != std::string::npos;) s.replace(at, 2, "\n");
    return s;
}

struct Case {
    std::string text, expected;
    int line = 0;
};

std::vector<Case> cases() {
    std::vector<Case> out;
    std::ifstream in(kSource / "tests" / "fixtures" / "skill-terms.tsv");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') continue;
        std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        out.push_back({unescaped(line.substr(0, tab)), unescaped(line.substr(tab + 1)), n});
    }
    return out;
}

// The hits in the fixture's notation: "id=written" or "id~written", " ; "-joined.
std::string found_in(const std::string& text) {
    std::string out;
    for (const auto& h : vocabulary().find_in(text)) {
        EXPECT_EQ(text.substr(h.offset, h.text.size()), h.text);
        if (!out.empty()) out += " ; ";
        out += h.term->id + (h.canonical() ? "=" : "~") + std::string(h.text);
    }
    return out.empty() ? "<none>" : out;
}

Vocabulary parse(const std::string& content) { return Vocabulary::parse(content, "test.tsv"); }

std::string parse_error(const std::string& content) {
    try {
        parse(content);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(SkillTerms, FixtureTable) {
    auto all = cases();
    ASSERT_GE(all.size(), 30u);
    for (const Case& c : all) EXPECT_EQ(found_in(c.text), c.expected) << "skill-terms.tsv line " << c.line << ": " << c.text;
}

TEST(SkillTerms, VocabularyCoversTheBackendField) {
    const Vocabulary& v = vocabulary();
    EXPECT_GE(v.terms().size(), 200u);
    for (const char* kind : {"language", "framework", "database", "cloud", "devops", "api", "messaging",
                             "observability", "testing", "tool", "practice", "frontend"}) {
        bool seen = false;
        for (const auto& t : v.terms()) seen = seen || t.kind == kind;
        EXPECT_TRUE(seen) << kind;
    }
    const auto* k8s = v.find("kubernetes");
    ASSERT_NE(k8s, nullptr);
    EXPECT_EQ(k8s->name, "Kubernetes");
    EXPECT_EQ(k8s->kind, "devops");
    EXPECT_EQ(v.find("no-such-skill"), nullptr);
}

TEST(SkillTerms, HitGivesOffsetAndWording) {
    std::string text = "Ran services on k8s with Golang";
    auto hits = vocabulary().find_in(text);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].offset, 16u);
    EXPECT_EQ(hits[0].wording(), "K8s");
    EXPECT_FALSE(hits[0].canonical());
    EXPECT_EQ(hits[1].offset, 25u);
    EXPECT_EQ(hits[1].term->name, "Go");
    EXPECT_EQ(hits[1].wording(), "Golang");
}

TEST(SkillTerms, LookupNamesAWholeEntry) {
    const Vocabulary& v = vocabulary();
    ASSERT_NE(v.lookup(" Postgres "), nullptr);
    EXPECT_EQ(v.lookup("Postgres")->id, "postgresql");
    EXPECT_EQ(v.lookup("C#")->id, "csharp");
    EXPECT_EQ(v.lookup("Go and Rust"), nullptr);
    EXPECT_EQ(v.lookup("gardening"), nullptr);
}

TEST(SkillTerms, ParsesItsOwnFormat) {
    Vocabulary v = parse("# comment\n!go-to\nx\tX\tlanguage\tex,Ecks\tX\ny\tY lang\ttool\n");
    ASSERT_EQ(v.terms().size(), 2u);
    EXPECT_EQ(v.terms()[0].aliases, (std::vector<std::string>{"ex", "Ecks"}));
    EXPECT_EQ(v.find_in("X, x, ecks, y lang, the go-to X").size(), 4u);  // "x": X is exact-case
}

TEST(SkillTerms, MalformedEntriesNameFileAndLine) {
    EXPECT_EQ(parse_error("a\tA\n"), "test.tsv:1: expected 3 to 5 tab-separated columns (id, name, kind, aliases, "
                                     "exact-case forms), found 2");
    EXPECT_EQ(parse_error("a\tA\tx\n# c\na\tB\tx\n"), "test.tsv:3: duplicate id 'a'");
    EXPECT_EQ(parse_error("a\tA\tx\tB\nb\tb\tx\n"), "test.tsv:2: 'b' is already a wording of 'a' (wordings ignore case)");
    EXPECT_EQ(parse_error("a\tA\tx\t\tZ\n"), "test.tsv:1: exact-case form 'Z' is neither the name nor an alias");
    EXPECT_EQ(parse_error("!\n"), "test.tsv:1: empty never-a-skill phrase after '!'");
    EXPECT_THROW(Vocabulary::load("no/such/vocabulary.tsv"), std::runtime_error);
}
