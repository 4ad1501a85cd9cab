// validate_json SCHEMA FILE - validates a JSON document against a JSON Schema.
//
// Exit status: 0 valid, 1 invalid (every error printed with its JSON path),
// 2 usage error or unreadable input.
//
// valijson checks draft 3, 4 and 7 schemas and the "date", "time" and
// "date-time" formats; it ignores "email" and "uri", which the JSON Resume
// schema uses, so this tool checks those two itself after valijson: an email
// must look like local@domain.tld; a "uri" is read as the JSON Resume
// package's own validator (z-schema) reads it, as an RFC 3986 URI reference,
// so "example.com/x" passes and only whitespace or control characters fail.
// $ref to another file resolves relative to the schema's folder.
#define VALIJSON_USE_EXCEPTIONS 1

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json read_json(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path.string() + ": cannot open");
    try {
        return json::parse(in);
    } catch (const json::exception& e) {
        throw std::runtime_error(path.string() + ": not JSON: " + e.what());
    }
}

valijson::SchemaParser::Version draft_of(const json& schema) {
    std::string id = schema.is_object() ? schema.value("$schema", "") : "";
    if (id.find("draft-03") != std::string::npos) return valijson::SchemaParser::kDraft3;
    if (id.find("draft-04") != std::string::npos) return valijson::SchemaParser::kDraft4;
    return valijson::SchemaParser::kDraft7;
}

std::string join_path(const std::vector<std::string>& context) {
    std::string out;
    for (const auto& c : context) out += c;
    return out.empty() ? "<root>" : out;
}

// Checks the formats valijson leaves alone, walking schema and document
// together through properties, additionalProperties, items and local $refs.
class FormatChecker {
public:
    explicit FormatChecker(const json& root) : root_(root) {}

    void check(const json& schema, const json& value, const std::string& where, int depth = 0) {
        if (!schema.is_object() || depth > 64) return;
        if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
            if (const json* target = resolve(ref->get<std::string>())) check(*target, value, where, depth + 1);
            return;
        }
        if (auto f = schema.find("format"); f != schema.end() && f->is_string() && value.is_string())
            check_format(f->get<std::string>(), value.get<std::string>(), where);
        if (value.is_object()) {
            const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
            for (auto it = value.begin(); it != value.end(); ++it) {
                std::string child = where + "[" + it.key() + "]";
                if (props && props->contains(it.key())) check((*props)[it.key()], it.value(), child, depth + 1);
                else if (schema.contains("additionalProperties"))
                    check(schema["additionalProperties"], it.value(), child, depth + 1);
            }
        }
        if (value.is_array() && schema.contains("items") && schema["items"].is_object()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                check(schema["items"], value[i], where + "[" + std::to_string(i) + "]", depth + 1);
        }
    }

    const std::vector<std::string>& errors() const { return errors_; }

private:
    const json* resolve(const std::string& ref) const {
        if (ref.rfind("#/", 0) != 0) return nullptr;  // other files: valijson already followed them
        try {
            return &root_.at(json::json_pointer(ref.substr(1)));
        } catch (const json::exception&) {
            return nullptr;
        }
    }

    void check_format(const std::string& format, const std::string& s, const std::string& where) {
        static const std::regex email(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)");
        static const std::regex uri(R"(^[^\s\x00-\x1f]*$)");
        if (format == "email" && !std::regex_match(s, email))
            errors_.push_back(where + ": \"" + s + "\" is not an email address (format \"email\")");
        if (format == "uri" && !std::regex_match(s, uri))
            errors_.push_back(where + ": \"" + s + "\" is not a URI reference (format \"uri\")");
    }

    const json& root_;
    std::vector<std::string> errors_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: validate_json SCHEMA FILE\n";
        return 2;
    }
    fs::path schema_path = argv[1];
    json schema_doc, doc;
    valijson::Schema schema;
    try {
        schema_doc = read_json(schema_path);
        doc = read_json(argv[2]);
        std::vector<std::unique_ptr<json>> fetched;
        auto fetch = [&](const std::string& uri) -> const json* {
            fs::path p = schema_path.parent_path() / uri.substr(0, uri.find('#'));
            fetched.push_back(std::make_unique<json>(read_json(p)));
            return fetched.back().get();
        };
        auto release = [](const json*) {};  // `fetched` owns them
        valijson::SchemaParser parser(draft_of(schema_doc));
        valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
        parser.populateSchema(schema_adapter, schema, fetch, release);
    } catch (const std::exception& e) {
        std::cerr << "validate_json: " << e.what() << "\n";
        return 2;
    }

    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter doc_adapter(doc);
    bool valid = validator.validate(schema, doc_adapter, &results);

    FormatChecker formats(schema_doc);
    formats.check(schema_doc, doc, "<root>");

    valijson::ValidationResults::Error error;
    while (results.popError(error)) std::cerr << argv[2] << ": " << join_path(error.context) << ": " << error.description << "\n";
    for (const auto& e : formats.errors()) std::cerr << argv[2] << ": " << e << "\n";
    if (!valid || !formats.errors().empty()) return 1;
    std::cout << argv[2] << ": valid against " << schema_path.filename().string() << "\n";
    return 0;
}
