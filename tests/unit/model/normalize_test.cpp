// The normalizer against tests/fixtures/normalize/: each <name>.json describes
// a document; <name>.expected.json lists what resume_to_json must hold, and
// <name>.jsonresume.json (when present) what resume_to_jsonresume must hold.
#include "data_for_tests.hpp"
#include "fixture_document.hpp"
#include "json_subset.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace reshost::test {

using namespace ::reshost::sdk;

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<std::string> fixture_names() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(std::string(RESHOST_TEST_FIXTURES) + "/normalize")) {
        std::string n = e.path().filename().string();
        if (n.size() > 5 && n.ends_with(".json") && n.find('.') == n.size() - 5) out.push_back(n.substr(0, n.size() - 5));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string fixture_path(const std::string& name, const char* suffix) {
    return std::string(RESHOST_TEST_FIXTURES) + "/normalize/" + name + suffix;
}

}  // namespace

class NormalizeFixture : public testing::TestWithParam<std::string> {};

TEST_P(NormalizeFixture, MatchesExpected) {
    const std::string& name = GetParam();
    Fixture f = fixture_document(json::parse(read_file(fixture_path(name, ".json"))));
    ::reshost::detail::ResumeData r = ::reshost::detail::normalize(f.doc, normalizer_data(), f.today);

    json model = json::parse(::reshost::detail::resume_to_json(r, f.doc));
    std::vector<std::string> errors;
    json_subset(json::parse(read_file(fixture_path(name, ".expected.json"))), model, name, errors);
    for (const auto& e : errors) ADD_FAILURE() << e;
    if (!errors.empty()) std::cerr << model.dump(1) << "\n";

    if (fs::exists(fixture_path(name, ".jsonresume.json"))) {
        json jr = json::parse(::reshost::detail::resume_to_jsonresume(r, f.doc));
        std::vector<std::string> jerrors;
        json_subset(json::parse(read_file(fixture_path(name, ".jsonresume.json"))), jr, name + "(jsonresume)", jerrors);
        for (const auto& e : jerrors) ADD_FAILURE() << e;
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, NormalizeFixture, testing::ValuesIn(fixture_names()),
                         [](const testing::TestParamInfo<std::string>& i) {
                             std::string n = i.param;
                             for (auto& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

TEST(Normalize, EmptyDocumentGivesAnEmptyResume) {
    ::reshost::detail::DocumentData doc;
    ::reshost::detail::ResumeData r = ::reshost::detail::normalize(doc, normalizer_data(), "2024-06");
    EXPECT_TRUE(r.sections.empty());
    EXPECT_TRUE(r.contact.name.text.empty());
    EXPECT_FALSE(r.contact.name.loc.has_value());
    EXPECT_EQ(r.years_experience, -1);
    EXPECT_EQ(r.columns, 1u);
}

TEST(Normalize, VeryLongLinesAreScannedWithoutDeepRecursion) {
    ::reshost::detail::DocumentData doc;
    ::reshost::detail::BlockData b;
    ::reshost::detail::LineData l;
    l.text = std::string(300000, 'a') + " x@y.io " + std::string(300000, '>') + " +1 555 123 4567";
    l.spans.push_back({l.text, 0, "", 0, "", std::nullopt});
    l.loc = Location::lines(1);
    b.text = l.text;
    b.lines.push_back(l);
    doc.blocks.push_back(b);
    ::reshost::detail::ResumeData r = ::reshost::detail::normalize(doc, normalizer_data(), "2024-06");
    EXPECT_EQ(r.contact.email.text, "x@y.io");
    EXPECT_EQ(r.contact.phone.text, "+1 555 123 4567");
}

TEST(Normalize, PresentIsToday) {
    Fixture f = fixture_document(json::parse(R"J({"blocks": [
        {"kind": "heading", "level": 2, "text": "Experience"},
        {"kind": "heading", "level": 3, "text": "Engineer — Acme (Jan 2020 – Present)"}]})J"));
    EXPECT_NEAR(::reshost::detail::normalize(f.doc, normalizer_data(), "2022-01").years_experience, 2.0, 0.01);
    EXPECT_NEAR(::reshost::detail::normalize(f.doc, normalizer_data(), "2023-07").years_experience, 3.5, 0.01);
}

}  // namespace reshost::test
