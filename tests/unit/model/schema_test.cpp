// Every normalizer fixture's resume_to_json output validates against formats/resume.schema.json.
#include "data_for_tests.hpp"
#include "fixture_document.hpp"
#include "json_schema.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace reshost::test {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {
const fs::path kSchema = fs::path(RESHOST_TEST_FORMATS) / "resume.schema.json";
}

TEST(ResumeSchema, FixtureOutputsValidate) {
    json schema_doc = json::parse(read_file(kSchema.string()));
    EXPECT_EQ(schema_doc.at("$schema"), "http://json-schema.org/draft-07/schema#");
    ASSERT_TRUE(schema_doc.contains("$id"));

    std::size_t checked = 0;
    for (const auto& e : fs::directory_iterator(std::string(RESHOST_TEST_FIXTURES) + "/normalize")) {
        std::string n = e.path().filename().string();
        if (!n.ends_with(".json") || n.find('.') != n.size() - 5) continue;
        Fixture f = fixture_document(json::parse(read_file(e.path().string())));
        json out = json::parse(detail::resume_to_json(detail::normalize(f.doc, normalizer_data(), f.today), f.doc));
        EXPECT_EQ(schema_errors(kSchema, out), "") << n;
        ++checked;
    }
    EXPECT_GT(checked, 2u);
}

TEST(ResumeSchema, RejectsAWrongVersion) {
    detail::DocumentData doc;
    json out = json::parse(detail::resume_to_json(detail::normalize(doc, normalizer_data(), "2024-01"), doc));
    EXPECT_EQ(schema_errors(kSchema, out), "");
    out["version"] = "reshost-resume/0";
    EXPECT_NE(schema_errors(kSchema, out), "");
}

}  // namespace reshost::test
