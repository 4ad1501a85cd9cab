// The "json" output: one document per run, described by
// formats/report.schema.json ("reshost-report/1").
#include "json_writer.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::json {

using namespace ::reshost::sdk;
namespace {

constexpr const char* kReportVersion = "reshost-report/1";


// Unknown parts of a location are null rather than zero, so a reader can
// tell "line 0" from "no line".
void write_location(JsonWriter& w, const rh_location* loc) {
    if (!loc) return w.null();
    Location l = Location::from(loc);
    auto number = [&](uint32_t v) { v ? w.number(std::uint64_t{v}) : w.null(); };
    w.begin_object();
    w.key("line");
    number(l.line);
    w.key("line_end");
    number(l.line_end);
    w.key("page");
    number(l.page);
    w.key("box");
    if (l.box.x0 != 0 || l.box.y0 != 0 || l.box.x1 != 0 || l.box.y1 != 0) {
        w.begin_object();
        w.key("x0");
        w.number(static_cast<double>(l.box.x0));
        w.key("y0");
        w.number(static_cast<double>(l.box.y0));
        w.key("x1");
        w.number(static_cast<double>(l.box.x1));
        w.key("y1");
        w.number(static_cast<double>(l.box.y1));
        w.end_object();
    } else {
        w.null();
    }
    w.key("part");
    w.string_or_null(l.part);
    w.key("paragraph");
    number(l.paragraph);
    w.end_object();
}

void write_index(JsonWriter& w, int32_t i) { i < 0 ? w.null() : w.number(std::int64_t{i}); }

std::string_view section_heading(const std::optional<Resume>& resume, int32_t section) {
    if (!resume || section < 0) return {};
    auto sections = resume->sections();
    if (static_cast<std::size_t>(section) >= sections.size()) return {};
    return sections[section].heading().text();
}

void write_report(JsonWriter& w, const Report& r) {
    w.begin_object();
    w.key("path");
    w.string(r.path());
    w.key("format");
    w.string_or_null(r.format());
    w.key("error");
    w.string_or_null(r.error());
    w.key("exit_code");
    w.number(std::uint64_t{r.exit_code()});
    w.key("scoring_method");
    w.string_or_null(r.scoring_method());
    // Each category once, in the order first given; "overall" on its own. A category with too
    // little evidence has no score (null), and its note says why.
    struct Shown {
        std::string_view category;
        std::optional<double> value;
        std::string_view note;
    };
    std::vector<Shown> scores;
    std::optional<double> overall;
    std::string_view overall_note;
    for (Score s : r.scores()) {
        std::optional<double> value = s.scored() ? std::optional<double>(s.value()) : std::nullopt;
        if (s.category() == "overall") {
            overall = value;
            overall_note = s.note();
            continue;
        }
        auto same = [&](const Shown& e) { return e.category == s.category(); };
        if (auto it = std::find_if(scores.begin(), scores.end(), same); it != scores.end()) *it = {s.category(), value, s.note()};
        else scores.push_back({s.category(), value, s.note()});
    }
    w.key("scores");
    w.begin_object();
    for (const auto& s : scores) {
        w.key(s.category);
        s.value ? w.number(*s.value) : w.null();
    }
    w.end_object();
    w.key("overall");
    overall ? w.number(*overall) : w.null();
    w.key("score_notes");
    w.begin_object();
    for (const auto& s : scores)
        if (!s.note.empty()) {
            w.key(s.category);
            w.string(s.note);
        }
    if (!overall_note.empty()) {
        w.key("overall");
        w.string(overall_note);
    }
    w.end_object();
    std::optional<Resume> resume = r.resume();
    w.key("findings");
    w.begin_array();
    for (FindingView f : r.findings()) {
        w.begin_object();
        w.key("rule");
        w.string(f.rule());
        w.key("severity");
        w.string(severity_name(f.severity()));
        w.key("message");
        w.string(f.message());
        w.key("suggestion");
        w.string_or_null(f.suggestion());
        w.key("location");
        write_location(w, f.location());
        w.key("section");
        write_index(w, f.section());
        w.key("entry");
        write_index(w, f.entry());
        w.key("bullet");
        write_index(w, f.bullet());
        if (std::string_view h = section_heading(resume, f.section()); !h.empty()) {
            w.key("section_heading");
            w.string(h);
        }
        w.end_object();
    }
    w.end_array();
    w.key("not_evaluated");
    w.begin_array();
    for (NotEvaluated n : r.not_evaluated()) {
        w.begin_object();
        w.key("rule");
        w.string(n.rule());
        w.key("reason");
        w.string(n.reason());
        w.end_object();
    }
    w.end_array();
    // Plugins that failed on the file: always present (empty for a clean
    // run), so a reader need not tell "none" from "an older host".
    w.key("errors");
    w.begin_array();
    for (PluginError e : r.errors()) {
        w.begin_object();
        w.key("plugin");
        w.string(e.plugin());
        w.key("component");
        w.string_or_null(e.component());
        w.key("message");
        w.string(e.message());
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

class JsonEmitter final : public Emitter {
public:
    static constexpr const char* name = "json";
    explicit JsonEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view tool_version,
              Writer& out) const override {
        JsonWriter w;
        w.begin_object();
        w.key("version");
        w.string(kReportVersion);
        w.key("tool");
        w.begin_object();
        w.key("name");
        w.string("reshost");
        w.key("version");
        w.string(tool_version);
        w.end_object();
        w.key("files");
        w.begin_array();
        for (const Report& r : reports) write_report(w, r);
        w.end_array();
        w.end_object();
        out.write(w.text());
        out.write("\n");
    }
};

}  // namespace reshost::json

RESHOST_PLUGIN("json", "1.0.0", "Writes reports as JSON (reshost-report/1)", reshost::json::JsonEmitter)
