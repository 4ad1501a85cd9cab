// The "json" output: one document per run, described by
// formats/report.schema.json ("reshost-report/1").
#include <reshost/sdk.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace reshost::json {

using namespace ::reshost::sdk;
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kReportVersion = "reshost-report/1";

const char* severity_name(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "info";
    }
}

// Unknown parts of a location are null rather than zero, so a reader can
// tell "line 0" from "no line".
Json location_json(const rh_location* loc) {
    if (!loc) return nullptr;
    Location l = Location::from(loc);
    auto number = [](uint32_t v) { return v ? Json(v) : Json(nullptr); };
    Json j;
    j["line"] = number(l.line);
    j["line_end"] = number(l.line_end);
    j["page"] = number(l.page);
    bool has_box = l.box.x0 != 0 || l.box.y0 != 0 || l.box.x1 != 0 || l.box.y1 != 0;
    j["box"] = has_box ? Json{{"x0", l.box.x0}, {"y0", l.box.y0}, {"x1", l.box.x1}, {"y1", l.box.y1}} : Json(nullptr);
    j["part"] = l.part.empty() ? Json(nullptr) : Json(l.part);
    j["paragraph"] = number(l.paragraph);
    return j;
}

Json index_json(int32_t i) { return i < 0 ? Json(nullptr) : Json(i); }

std::string section_heading(const std::optional<Resume>& resume, int32_t section) {
    if (!resume || section < 0) return {};
    auto sections = resume->sections();
    if (static_cast<std::size_t>(section) >= sections.size()) return {};
    return std::string(sections[section].heading().text());
}

Json report_json(const Report& r) {
    Json j;
    j["path"] = std::string(r.path());
    j["format"] = r.format().empty() ? Json(nullptr) : Json(std::string(r.format()));
    j["error"] = r.error().empty() ? Json(nullptr) : Json(std::string(r.error()));
    j["exit_code"] = r.exit_code();
    j["scoring_method"] = r.scoring_method().empty() ? Json(nullptr) : Json(std::string(r.scoring_method()));
    Json scores = Json::object();
    Json overall = nullptr;
    for (Score s : r.scores()) {
        if (s.category() == "overall") overall = s.value();
        else scores[std::string(s.category())] = s.value();
    }
    j["scores"] = std::move(scores);
    j["overall"] = std::move(overall);
    std::optional<Resume> resume = r.resume();
    Json findings = Json::array();
    for (FindingView f : r.findings()) {
        Json x;
        x["rule"] = std::string(f.rule());
        x["severity"] = severity_name(f.severity());
        x["message"] = std::string(f.message());
        x["suggestion"] = f.suggestion().empty() ? Json(nullptr) : Json(std::string(f.suggestion()));
        x["location"] = location_json(f.location());
        x["section"] = index_json(f.section());
        x["entry"] = index_json(f.entry());
        x["bullet"] = index_json(f.bullet());
        if (std::string h = section_heading(resume, f.section()); !h.empty()) x["section_heading"] = h;
        findings.push_back(std::move(x));
    }
    j["findings"] = std::move(findings);
    Json skipped = Json::array();
    for (NotEvaluated n : r.not_evaluated())
        skipped.push_back({{"rule", std::string(n.rule())}, {"reason", std::string(n.reason())}});
    j["not_evaluated"] = std::move(skipped);
    return j;
}

}  // namespace

class JsonEmitter final : public Emitter {
public:
    static constexpr const char* name = "json";
    explicit JsonEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view tool_version,
              Writer& out) const override {
        Json doc;
        doc["version"] = kReportVersion;
        doc["tool"] = {{"name", "reshost"}, {"version", std::string(tool_version)}};
        Json files = Json::array();
        for (const Report& r : reports) files.push_back(report_json(r));
        doc["files"] = std::move(files);
        // Invalid UTF-8 is replaced rather than thrown on: the host checks
        // input text, but a plugin's message must not make the report fail.
        out.write(doc.dump(2, ' ', false, Json::error_handler_t::replace));
        out.write("\n");
    }
};

}  // namespace reshost::json

RESHOST_PLUGIN("json", "1.0.0", "Writes reports as JSON (reshost-report/1)", reshost::json::JsonEmitter)
