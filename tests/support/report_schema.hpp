// Checks a JSON report against formats/report.schema.json. Needs RESHOST_SOURCE_DIR;
// without valijson it checks nothing and says so.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#if __has_include(<valijson/schema.hpp>)
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>
#define RESHOST_HAVE_VALIJSON 1
#else
#define RESHOST_HAVE_VALIJSON 0
#endif

namespace reshost::test {

// The schema violations of `report`, one per line; empty when it is valid (or cannot be checked).
inline std::string report_schema_errors(const nlohmann::json& report) {
#if RESHOST_HAVE_VALIJSON
    std::ifstream in(std::filesystem::path(RESHOST_SOURCE_DIR) / "formats" / "report.schema.json");
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json schema_doc = nlohmann::json::parse(text.str());
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(report);
    std::string errors;
    if (!validator.validate(schema, target, &results)) {
        valijson::ValidationResults::Error e;
        while (results.popError(e)) {
            for (const auto& c : e.context) errors += c;
            errors += ": " + e.description + "\n";
        }
    }
    return errors;
#else
    (void)report;
    return "";
#endif
}

}  // namespace reshost::test
