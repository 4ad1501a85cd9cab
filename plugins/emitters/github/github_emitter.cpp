// The "github" output: one GitHub Actions workflow command per finding
// ("::warning file=cv.md,line=12,endLine=12,title=verbs.weak-opener::..."),
// which a workflow step turns into annotations on the pull request.
#include "workflow_escape.hpp"

#include <reshost/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reshost::github {

using namespace ::reshost::sdk;
namespace {

// GitHub's three annotation levels; reshost's "info" is GitHub's "notice".
const char* command(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "notice";
    }
}

// Where a PDF or DOCX finding is, said in the message: an annotation has
// only lines, so without this the reader could not find it.
std::string place(const Location& l) {
    if (l.line) return {};
    if (l.page) return " (page " + std::to_string(l.page) + ")";
    if (l.paragraph) return " (" + (l.part.empty() ? std::string() : l.part + " ") + "paragraph " +
                            std::to_string(l.paragraph) + ")";
    return {};
}

void write_finding(std::string_view path, const FindingView& f, std::string& s) {
    Location l = Location::from(f.location());
    s += "::";
    s += command(f.severity());
    s += " file=" + escape_property(path);
    if (l.line) {
        s += ",line=" + std::to_string(l.line);
        s += ",endLine=" + std::to_string(l.line_end > l.line ? l.line_end : l.line);
    }
    s += ",title=" + escape_property(f.rule());
    std::string message = std::string(f.message()) + place(l);
    if (!f.suggestion().empty()) message += "\nFix: " + std::string(f.suggestion());
    s += "::" + escape_data(message) + '\n';
}

}  // namespace

class GithubEmitter final : public Emitter {
public:
    static constexpr const char* name = "github";
    explicit GithubEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view, Writer& out) const override {
        std::string s;
        for (const Report& r : reports) {
            if (!r.error().empty()) {
                s += "::error file=" + escape_property(r.path()) + ",title=reshost::" + escape_data(r.error()) + '\n';
                continue;
            }
            for (FindingView f : r.findings()) write_finding(r.path(), f, s);
        }
        out.write(s);
    }
};

}  // namespace reshost::github

RESHOST_PLUGIN("github", "1.0.0", "Writes findings as GitHub Actions annotations", reshost::github::GithubEmitter)
