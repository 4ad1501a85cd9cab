// Every normalizer fixture's resume_to_json output validates against formats/resume.schema.json.
#include "data_for_tests.hpp"
#include "fixture_document.hpp"

#include <gtest/gtest.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <filesystem>

namespace reshost::test {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(ResumeSchema, FixtureOutputsValidate) {
    json schema_doc = json::parse(read_file(std::string(RESHOST_TEST_FORMATS) + "/resume.schema.json"));
    EXPECT_EQ(schema_doc.at("$schema"), "http://json-schema.org/draft-07/schema#");
    ASSERT_TRUE(schema_doc.contains("$id"));
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);

    std::size_t checked = 0;
    for (const auto& e : fs::directory_iterator(std::string(RESHOST_TEST_FIXTURES) + "/normalize")) {
        std::string n = e.path().filename().string();
        if (!n.ends_with(".json") || n.find('.') != n.size() - 5) continue;
        Fixture f = fixture_document(json::parse(read_file(e.path().string())));
        json out = json::parse(detail::resume_to_json(detail::normalize(f.doc, normalizer_data(), f.today), f.doc));
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter target(out);
        bool ok = validator.validate(schema, target, &results);
        valijson::ValidationResults::Error err;
        while (results.popError(err)) {
            std::string where;
            for (const auto& p : err.context) where += p;
            ADD_FAILURE() << n << ": " << where << ": " << err.description;
        }
        EXPECT_TRUE(ok) << n;
        ++checked;
    }
    EXPECT_GT(checked, 2u);
}

TEST(ResumeSchema, RejectsAWrongVersion) {
    json schema_doc = json::parse(read_file(std::string(RESHOST_TEST_FORMATS) + "/resume.schema.json"));
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    detail::DocumentData doc;
    json out = json::parse(detail::resume_to_json(detail::normalize(doc, normalizer_data(), "2024-01"), doc));
    out["version"] = "reshost-resume/0";
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(out);
    EXPECT_FALSE(validator.validate(schema, target, nullptr));
}

}  // namespace reshost::test
