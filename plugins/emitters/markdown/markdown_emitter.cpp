// The "markdown" output: a pull-request comment. Per file a heading, its
// scores, and a table of findings (severity, rule, location, message, fix);
// then what could not be evaluated. Everything quoted from the input or
// the analyzers is escaped (markdown_escape.hpp).
#include "markdown_escape.hpp"

#include <reshost/sdk.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::markdown {

using namespace ::reshost::sdk;
namespace {

std::string where(const rh_location* loc) {
    if (!loc) return "whole document";
    Location l = Location::from(loc);
    if (l.line) return l.line_end > l.line ? "lines " + std::to_string(l.line) + "\u2013" + std::to_string(l.line_end)
                                           : "line " + std::to_string(l.line);
    if (l.page) return "page " + std::to_string(l.page);
    if (l.paragraph) return (l.part.empty() ? std::string() : l.part + " ") + "paragraph " + std::to_string(l.paragraph);
    return "whole document";
}

std::string score_text(double v) { return std::to_string(std::lround(v)); }

void write_scores(const Report& r, std::string& s) {
    std::string categories;
    std::optional<std::string> overall;
    for (Score sc : r.scores()) {
        std::string shown = sc.scored() ? score_text(sc.value()) : "not scored";
        if (sc.category() == "overall") {
            overall = sc.scored() ? "**" + shown + "/100**" : "not scored";
            continue;
        }
        categories += (categories.empty() ? "" : " \u00b7 ") + md_escaped(sc.category()) + " " + shown;
    }
    if (overall) s += "Score: " + *overall + (categories.empty() ? "" : " (" + categories + ")") + "\n\n";
    else if (!categories.empty()) s += "Scores: " + categories + "\n\n";
}

void write_report(const Report& r, std::string& s) {
    s += "### " + md_escaped(r.path()) + "\n\n";
    if (!r.error().empty()) {
        s += "Could not be analyzed: " + md_escaped(r.error()) + "\n\n";
        return;
    }
    write_scores(r, s);
    auto findings = r.findings();
    if (findings.begin() == findings.end()) {
        s += "No findings.\n\n";
    } else {
        s += "| Severity | Rule | Location | Message | Fix |\n|---|---|---|---|---|\n";
        for (FindingView f : findings)
            s += "| " + std::string(severity_name(f.severity())) + " | " + md_escaped(f.rule()) + " | " +
                 md_escaped(where(f.location())) + " | " + md_escaped(f.message()) + " | " +
                 md_escaped(f.suggestion()) + " |\n";
        s += '\n';
    }
    auto skipped = r.not_evaluated();
    if (skipped.begin() != skipped.end()) {
        s += "Not evaluated:\n\n";
        for (NotEvaluated n : skipped) s += "- " + md_escaped(n.rule()) + ": " + md_escaped(n.reason()) + "\n";
        s += '\n';
    }
}

}  // namespace

class MarkdownEmitter final : public Emitter {
public:
    static constexpr const char* name = "markdown";
    explicit MarkdownEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view, Writer& out) const override {
        std::string s = "## reshost report\n\n";
        for (const Report& r : reports) write_report(r, s);
        // One trailing line break, whatever the last part wrote.
        while (s.size() > 1 && s[s.size() - 1] == '\n' && s[s.size() - 2] == '\n') s.pop_back();
        out.write(s);
    }
};

}  // namespace reshost::markdown

RESHOST_PLUGIN("markdown_report", "1.0.0", "Writes reports as Markdown for a pull-request comment",
               reshost::markdown::MarkdownEmitter)
