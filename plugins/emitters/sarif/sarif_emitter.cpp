// The "sarif" output: SARIF 2.1.0, one run for the whole invocation, for
// code scanning (GitHub) and any other SARIF viewer. docs/cli.md describes
// the mapping.
#include "artifact_uri.hpp"
#include "fingerprint.hpp"
#include "rule_docs.hpp"

#include <reshost/sdk.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::sarif {

using namespace ::reshost::sdk;
using Json = nlohmann::ordered_json;
namespace {

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
// The key of partialFingerprints; the version changes if the hash ever does.
constexpr const char* kFingerprintKey = "reshostFinding/v1";

const char* level(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "note";
    }
}

std::string text(std::string_view s) { return std::string(s); }

// The heading of a finding's section, or its kind when it has none; empty
// for a document-wide finding.
std::string section_name(const std::optional<Resume>& resume, int32_t section) {
    if (!resume || section < 0) return {};
    auto sections = resume->sections();
    if (static_cast<std::size_t>(section) >= sections.size()) return {};
    Section s = sections[section];
    return text(s.heading().text().empty() ? s.kind_name() : s.heading().text());
}

Json physical_location(std::string_view path, const rh_location* loc) {
    Json p = {{"artifactLocation", {{"uri", artifact_uri(path)}}}};
    if (!loc) return p;
    Location l = Location::from(loc);
    if (l.line) p["region"] = {{"startLine", l.line}, {"endLine", l.line_end > l.line ? l.line_end : l.line}};
    return p;
}

// What SARIF's region cannot say (a PDF page and box, a DOCX paragraph)
// goes in the location's property bag, under names a reader can guess.
std::optional<Json> location_properties(const rh_location* loc) {
    if (!loc) return std::nullopt;
    Location l = Location::from(loc);
    Json props = Json::object();
    if (l.page) props["page"] = l.page;
    if (l.box.x0 != 0 || l.box.y0 != 0 || l.box.x1 != 0 || l.box.y1 != 0)
        props["box"] = {{"x0", l.box.x0}, {"y0", l.box.y0}, {"x1", l.box.x1}, {"y1", l.box.y1}};
    if (!l.part.empty()) props["part"] = l.part;
    if (l.paragraph) props["paragraph"] = l.paragraph;
    if (props.empty()) return std::nullopt;
    return props;
}

Json file_location(std::string_view path) {
    return Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", artifact_uri(path)}}}}}}});
}

class RunBuilder {
public:
    void add(const Report& r) {
        if (!r.error().empty()) {
            failed_ = true;
            notes_.push_back({{"level", "error"},
                              {"message", {{"text", text(r.error())}}},
                              {"locations", file_location(r.path())}});
            return;
        }
        artifacts_.push_back({{"location", {{"uri", artifact_uri(r.path())}}}, {"properties", scores(r)}});
        for (NotEvaluated n : r.not_evaluated())
            notes_.push_back({{"level", "note"},
                              {"message", {{"text", text(n.rule()) + " not evaluated: " + text(n.reason())}}},
                              {"locations", file_location(r.path())},
                              {"associatedRule", {{"id", text(n.rule())}}}});
        std::optional<Resume> resume = r.resume();
        // Two findings with one fingerprint in a file are told apart by their
        // order, as code scanning's own fingerprints are (":2", ":3"...).
        std::map<std::string, int> seen;
        for (FindingView f : r.findings()) {
            std::string print = fingerprint(f.rule(), f.message(), section_name(resume, f.section()));
            if (int n = ++seen[print]; n > 1) print.append(":").append(std::to_string(n));
            Json result = {{"ruleId", text(f.rule())},
                           {"ruleIndex", rule_index(f.rule())},
                           {"level", level(f.severity())},
                           {"message", {{"text", text(f.message())}}}};
            Json location = {{"physicalLocation", physical_location(r.path(), f.location())}};
            if (auto props = location_properties(f.location())) location["properties"] = *props;
            result["locations"] = Json::array({location});
            result["partialFingerprints"] = {{kFingerprintKey, print}};
            Json props = Json::object();
            if (!f.suggestion().empty()) props["fix"] = text(f.suggestion());
            if (std::string s = section_name(resume, f.section()); !s.empty()) props["section"] = s;
            if (!props.empty()) result["properties"] = props;
            results_.push_back(std::move(result));
        }
    }

    Json run(std::string_view tool_version) const {
        Json driver = {{"name", "reshost"},
                       {"version", text(tool_version)},
                       {"informationUri", std::string(kRulesDocUrl)},
                       {"rules", rules_}};
        Json invocation = {{"executionSuccessful", !failed_}};
        if (!notes_.empty()) invocation["toolExecutionNotifications"] = notes_;
        return {{"tool", {{"driver", driver}}},
                {"invocations", Json::array({invocation})},
                {"artifacts", artifacts_},
                {"results", results_}};
    }

private:
    // Rules in the order first met; a finding points at its rule by index.
    std::size_t rule_index(std::string_view rule) {
        auto it = rule_indexes_.find(text(rule));
        if (it != rule_indexes_.end()) return it->second;
        std::string url = rule_doc_url(rule);
        // The host hands emitters findings, not the rules' own descriptions,
        // so the help is where the rule is explained.
        rules_.push_back({{"id", text(rule)},
                          {"helpUri", url},
                          {"help", {{"text", "Why " + text(rule) + " exists, its threshold and examples: " + url}}}});
        rule_indexes_.emplace(text(rule), rules_.size() - 1);
        return rules_.size() - 1;
    }

    static Json scores(const Report& r) {
        Json out = Json::object();
        for (Score s : r.scores()) {
            if (s.category() == "overall") out["overall"] = s.scored() ? Json(s.value()) : Json(nullptr);
            else out["scores"][text(s.category())] = s.scored() ? Json(s.value()) : Json(nullptr);
        }
        return out;
    }

    Json rules_ = Json::array();
    std::map<std::string, std::size_t> rule_indexes_;
    Json results_ = Json::array();
    Json artifacts_ = Json::array();
    Json notes_ = Json::array();
    bool failed_ = false;
};

}  // namespace

class SarifEmitter final : public Emitter {
public:
    static constexpr const char* name = "sarif";
    explicit SarifEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view tool_version,
              Writer& out) const override {
        RunBuilder run;
        for (const Report& r : reports) run.add(r);
        Json doc = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({run.run(tool_version)})}};
        // Text that is not UTF-8 is written with U+FFFD rather than failing the report.
        out.write(doc.dump(2, ' ', false, Json::error_handler_t::replace));
        out.write("\n");
    }
};

}  // namespace reshost::sarif

RESHOST_PLUGIN("sarif", "1.0.0", "Writes reports as SARIF 2.1.0, for code scanning", reshost::sarif::SarifEmitter)
