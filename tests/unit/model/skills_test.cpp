// Reading skills sections against tests/fixtures/skills.tsv (section content,
// expected skills), and the skills in the C view and both JSON exports.
#include "data_for_tests.hpp"
#include "fixture_document.hpp"
#include "tsv_fixture.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

using nlohmann::json;

namespace {

std::vector<std::string> split(std::string_view text, std::string_view sep) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (true) {
        std::size_t e = text.find(sep, i);
        out.emplace_back(text.substr(i, e == std::string_view::npos ? std::string_view::npos : e - i));
        if (e == std::string_view::npos) return out;
        i = e + sep.size();
    }
}

std::string trimmed(std::string_view s) {
    std::size_t b = s.find_first_not_of(' ');
    std::size_t e = s.find_last_not_of(' ');
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

// The fixture document of a skills section written as in skills.tsv, under a
// name line and a "## Skills" heading; each content line sits on its own source line.
json section_document(std::string_view content) {
    json blocks = json::array();
    blocks.push_back({{"kind", "heading"}, {"level", 1}, {"line", 1}, {"text", "Jane Doe"}});
    blocks.push_back({{"kind", "heading"}, {"level", 2}, {"line", 2}, {"text", "Skills"}});
    uint32_t line = 3;
    bool in_paragraph = false;
    for (const std::string& l : split(content, "\\n")) {
        bool plain = false;
        if (l.empty()) {
        } else if (l.rfind("- ", 0) == 0) {
            blocks.push_back({{"kind", "list"}, {"level", 1}, {"line", line}, {"text", l.substr(2)}});
        } else if (l.rfind("### ", 0) == 0) {
            blocks.push_back({{"kind", "heading"}, {"level", 3}, {"line", line}, {"text", l.substr(4)}});
        } else if (l.rfind("|", 0) == 0) {
            auto cells = split(std::string_view(l).substr(1, l.size() - 2), "|");
            for (const auto& c : cells)
                blocks.push_back({{"kind", "cell"}, {"flags", {"table"}}, {"line", line}, {"text", trimmed(c)}});
        } else if (in_paragraph) {
            blocks.back()["text"] = blocks.back()["text"].get<std::string>() + "\n" + l;
            plain = true;
        } else {
            blocks.push_back({{"kind", "paragraph"}, {"line", line}, {"text", l}});
            plain = true;
        }
        in_paragraph = plain;
        ++line;
    }
    return json{{"format", "markdown"}, {"blocks", blocks}};
}

std::string describe(const detail::SkillData& s) {
    std::string out = s.text.text + "=" + (s.id.empty() ? "?" : s.id);
    if (!s.category.empty()) out += "@" + s.category;
    return out;
}

detail::ResumeData normalized(const Fixture& f) { return detail::normalize(f.doc, normalizer_data(), "2024-06"); }

}  // namespace

TEST(Skills, FixtureTable) {
    auto rows = read_tsv(std::string(RESHOST_TEST_FIXTURES) + "/skills.tsv");
    ASSERT_GT(rows.size(), 20u);
    for (const auto& r : rows) {
        ASSERT_EQ(r.cells.size(), 2u) << "skills.tsv:" << r.line;
        Fixture f = fixture_document(section_document(r.cells[0]));
        detail::ResumeData resume = normalized(f);
        ASSERT_EQ(resume.sections.size(), 1u) << "skills.tsv:" << r.line;
        std::vector<std::string> got;
        for (const auto& s : resume.skills) got.push_back(describe(s));
        std::vector<std::string> want;
        if (r.cells[1] != "<none>")
            for (const auto& w : split(r.cells[1], " ; ")) want.push_back(w);
        EXPECT_EQ(got, want) << "skills.tsv:" << r.line << ": " << r.cells[0];
        for (const auto& s : resume.skills) {
            EXPECT_EQ(s.section, 0) << "skills.tsv:" << r.line;
            ASSERT_TRUE(s.text.loc.has_value()) << "skills.tsv:" << r.line << ": " << s.text.text;
            EXPECT_GE(s.text.loc->line, 3u) << "skills.tsv:" << r.line << ": " << s.text.text;
        }
    }
}

TEST(Skills, CanonicalNameAndKindComeFromTheVocabulary) {
    Fixture f = fixture_document(section_document("Cloud: k8s, Postgres, Zig"));
    detail::ResumeData r = normalized(f);
    ASSERT_EQ(r.skills.size(), 3u);
    EXPECT_EQ(r.skills[0].name, "Kubernetes");
    EXPECT_EQ(r.skills[0].kind, "devops");
    EXPECT_EQ(r.skills[1].name, "PostgreSQL");
    EXPECT_EQ(r.skills[1].kind, "database");
    EXPECT_EQ(r.skills[2].name, "Zig");
    EXPECT_EQ(r.skills[2].kind, "");
}

TEST(Skills, EachSkillKeepsItsSourceLine) {
    Fixture f = fixture_document(section_document("### Languages\\n- Go\\n- Python\\nDatabases: Redis"));
    detail::ResumeData r = normalized(f);
    ASSERT_EQ(r.skills.size(), 3u);
    EXPECT_EQ(r.skills[0].text.loc->line, 4u);
    EXPECT_EQ(r.skills[1].text.loc->line, 5u);
    EXPECT_EQ(r.skills[2].text.loc->line, 6u);
}

TEST(Skills, OnlySkillsSectionsAreRead) {
    json doc{{"blocks",
              {{{"kind", "heading"}, {"level", 2}, {"text", "Technical Skills"}},
               {{"kind", "paragraph"}, {"text", "Languages: Go"}},
               {{"kind", "heading"}, {"level", 2}, {"text", "Experience"}},
               {{"kind", "paragraph"}, {"text", "**Engineer**, Acme, 2020 - 2022"}},
               {{"kind", "list"}, {"text", "Built services in Python and Kafka"}},
               {{"kind", "heading"}, {"level", 2}, {"text", "Core Competencies"}},
               {{"kind", "paragraph"}, {"text", "Databases: PostgreSQL"}}}}};
    detail::ResumeData r = normalized(fixture_document(doc));
    ASSERT_EQ(r.sections.size(), 3u);
    ASSERT_EQ(r.sections[2].kind, RH_SECTION_SKILLS) << "Core Competencies should be a skills heading";
    ASSERT_EQ(r.skills.size(), 2u);
    EXPECT_EQ(r.skills[0].id, "go");
    EXPECT_EQ(r.skills[0].section, 0);
    EXPECT_EQ(r.skills[1].id, "postgresql");
    EXPECT_EQ(r.skills[1].section, 2);
}

TEST(Skills, PlacedSpansNarrowTheLocationToTheSkill) {
    detail::DocumentData doc;
    doc.format = "pdf";
    auto block = [&](rh_block_kind kind, std::vector<std::pair<std::string, float>> spans) {
        detail::BlockData b;
        b.kind = kind;
        b.level = kind == RH_BLOCK_HEADING ? 2 : 0;
        detail::LineData l;
        l.loc.page = 1;
        l.loc.box = rh_box{50, 100.0f + 20 * doc.blocks.size(), 400, 112.0f + 20 * doc.blocks.size()};
        float x = 50;
        for (auto& [text, width] : spans) {
            detail::SpanData s;
            s.text = text;
            sdk::Location loc;
            loc.page = 1;
            loc.box = rh_box{x, l.loc.box.y0, x + width, l.loc.box.y1};
            s.loc = loc;
            x += width;
            l.text += text;
            l.spans.push_back(std::move(s));
        }
        b.loc = l.loc;
        b.text = l.text;
        b.lines.push_back(std::move(l));
        doc.blocks.push_back(std::move(b));
    };
    block(RH_BLOCK_PARAGRAPH, {{"Jane Doe", 60}});
    block(RH_BLOCK_HEADING, {{"SKILLS", 50}});
    block(RH_BLOCK_PARAGRAPH, {{"Languages: ", 70}, {"Go, ", 20}, {"C++", 25}});
    detail::ResumeData r = detail::normalize(doc, normalizer_data(), "2024-06");
    ASSERT_EQ(r.skills.size(), 2u);
    ASSERT_TRUE(r.skills[1].text.loc.has_value());
    EXPECT_EQ(r.skills[1].text.text, "C++");
    EXPECT_EQ(r.skills[1].text.loc->page, 1u);
    EXPECT_FLOAT_EQ(r.skills[1].text.loc->box.x0, 140);
    EXPECT_FLOAT_EQ(r.skills[1].text.loc->box.x1, 165);
    EXPECT_FLOAT_EQ(r.skills[0].text.loc->box.x0, 120);
}

TEST(Skills, BlanksInsideASkillAreOneSpace) {
    // Some PDF producers put a tab and a carriage return between the words of a phrase.
    Fixture f = fixture_document(section_document("Tools: Git"));
    detail::LineData& line = f.doc.blocks.back().lines.back();
    line.text = "Office:\t\r  Microsoft\t\r  Word,\t\r  Excel";
    line.spans.clear();
    detail::ResumeData r = normalized(f);
    ASSERT_EQ(r.skills.size(), 2u);
    EXPECT_EQ(r.skills[0].text.text, "Microsoft Word");
    EXPECT_EQ(r.skills[0].category, "Office");
    EXPECT_EQ(r.skills[1].text.text, "Excel");
}

TEST(Skills, CViewCarriesEverySkill) {
    Fixture f = fixture_document(section_document("Languages: Go, Zig\\n\\nk8s"));
    detail::ResumeData r = normalized(f);
    detail::ResumeView view(r);
    sdk::Resume resume(view.get());
    auto skills = resume.skills();
    ASSERT_EQ(skills.size(), 3u);
    EXPECT_EQ(skills[0].text().text(), "Go");
    EXPECT_EQ(skills[0].id(), "go");
    EXPECT_EQ(skills[0].name(), "Go");
    EXPECT_EQ(skills[0].category(), "Languages");
    EXPECT_EQ(skills[0].kind(), "language");
    EXPECT_EQ(skills[0].section(), 0);
    ASSERT_NE(skills[0].text().location(), nullptr);
    EXPECT_EQ(skills[0].text().location()->line, 3u);
    EXPECT_EQ(skills[1].id(), "");
    EXPECT_EQ(skills[1].name(), "Zig");
    EXPECT_EQ(skills[2].text().text(), "k8s");
    EXPECT_EQ(skills[2].name(), "Kubernetes");
    EXPECT_EQ(skills[2].category(), "");
}

TEST(Skills, AViewOfAnOlderMinorReadsNoSkills) {
    Fixture f = fixture_document(section_document("Languages: Go"));
    detail::ResumeData r = normalized(f);
    detail::ResumeView view(r);
    rh_resume old = *view.get();
    old.struct_size = offsetof(rh_resume, skills);  // as a 1.1 host would hand it
    EXPECT_TRUE(sdk::Resume(&old).skills().empty());
    EXPECT_EQ(sdk::Resume(&old).sections().size(), 1u);
}

TEST(Skills, JsonModelAndJsonResume) {
    Fixture f = fixture_document(section_document("Languages: Go, Zig\\n\\n- k8s\\n- Docker"));
    detail::ResumeData r = normalized(f);
    json model = json::parse(detail::resume_to_json(r, f.doc));
    ASSERT_EQ(model.at("skills").size(), 4u);
    EXPECT_EQ(model["skills"][0],
              (json{{"text", {{"text", "Go"}, {"location", {{"line", 3}, {"line_end", 3}}}}},
                    {"id", "go"},
                    {"name", "Go"},
                    {"category", "Languages"},
                    {"kind", "language"},
                    {"section", 0}}));
    EXPECT_EQ(model["skills"][1]["id"], nullptr);
    EXPECT_EQ(model["skills"][1]["kind"], nullptr);
    EXPECT_EQ(model["skills"][2]["category"], nullptr);

    json jr = json::parse(detail::resume_to_jsonresume(r, f.doc));
    EXPECT_EQ(jr.at("skills"), (json{{{"name", "Languages"}, {"keywords", {"Go", "Zig"}}},
                                     {{"name", "Skills"}, {"keywords", {"k8s", "Docker"}}}}));
}

}  // namespace reshost::test
