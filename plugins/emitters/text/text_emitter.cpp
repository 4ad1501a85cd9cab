// The "text" output: findings grouped by file and section, one line each
// with the fix below it, then the scores.
#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace reshost::text {

using namespace ::reshost::sdk;
namespace {

const char* severity_colour(Severity s) {
    switch (s) {
    case Severity::error: return "\033[31m";
    case Severity::warning: return "\033[33m";
    default: return "\033[36m";
    }
}

constexpr const char* kBold = "\033[1m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kReset = "\033[0m";

// Messages are one line in this output, whatever the analyzer wrote.
std::string one_line(std::string_view s) {
    std::string out(s);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    return out;
}

// "line 12", "lines 12-14", "page 2", "word/document.xml paragraph 7", or "-".
std::string where(const rh_location* loc) {
    if (!loc) return "-";
    Location l = Location::from(loc);
    if (l.line) {
        if (l.line_end > l.line) return "lines " + std::to_string(l.line) + "-" + std::to_string(l.line_end);
        return "line " + std::to_string(l.line);
    }
    if (l.page) return "page " + std::to_string(l.page);
    if (!l.part.empty() || l.paragraph) {
        std::string out = l.part.empty() ? std::string() : l.part + " ";
        return out + "paragraph " + std::to_string(l.paragraph);
    }
    return "-";
}

// Sort key of a finding within its section: where it is, then which rule.
std::tuple<uint32_t, uint32_t, uint32_t, std::string_view> order_key(const FindingView& f) {
    Location l = Location::from(f.location());
    return {l.page, l.line ? l.line : l.paragraph, static_cast<uint32_t>(l.box.y0 * 100), f.rule()};
}

std::string score_text(double v) { return std::to_string(std::lround(v)); }

}  // namespace

class TextEmitter final : public Emitter {
public:
    static constexpr const char* name = "text";
    explicit TextEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool color, std::string_view,
              Writer& out) const override {
        std::string s;
        for (std::size_t i = 0; i < reports.size(); ++i) {
            if (i) s += '\n';
            write_report(reports[i], color, s);
        }
        out.write(s);
    }

private:
    static void write_report(const Report& r, bool color, std::string& s) {
        auto paint = [&](const char* code, std::string_view text) {
            return color ? std::string(code) + std::string(text) + kReset : std::string(text);
        };
        if (!r.error().empty()) {
            s += std::string(r.path()) + ": " + paint(severity_colour(Severity::error), "error") + ": " +
                 one_line(r.error()) + "\n";
            return;
        }
        s += paint(kBold, r.path());
        if (!r.format().empty()) s += " (" + std::string(r.format()) + ")";
        s += '\n';

        // Findings by section: document-wide (-1) first, then in section order.
        std::map<int32_t, std::vector<FindingView>> groups;
        for (FindingView f : r.findings()) groups[f.section() < 0 ? -1 : f.section()].push_back(f);
        std::optional<Resume> resume = r.resume();
        if (groups.empty()) s += "  no findings\n";
        for (auto& [section, findings] : groups) {
            std::stable_sort(findings.begin(), findings.end(),
                             [](const FindingView& a, const FindingView& b) { return order_key(a) < order_key(b); });
            s += paint(kBold, heading_of(resume, section)) + '\n';
            for (const FindingView& f : findings) {
                s += "  " + where(f.location()) + "  " + paint(severity_colour(f.severity()), severity_name(f.severity())) +
                     "  " + std::string(f.rule()) + "  " + one_line(f.message()) + '\n';
                if (!f.suggestion().empty()) s += "    " + paint(kDim, "\u2192 " + one_line(f.suggestion())) + '\n';
            }
        }

        // A category with too little evidence shows as "not scored", with the reason below.
        std::string categories, notes;
        std::optional<double> overall;
        std::string overall_note;
        for (Score sc : r.scores()) {
            if (sc.category() == "overall") {
                if (sc.scored()) overall = sc.value();
                overall_note = one_line(sc.note());
                continue;
            }
            std::string shown = sc.scored() ? score_text(sc.value()) : "not scored";
            categories += (categories.empty() ? "" : "  ") + std::string(sc.category()) + " " + shown;
            if (!sc.note().empty())
                notes += "  " + std::string(sc.category()) + (sc.scored() ? ": " : " not scored: ") +
                         one_line(sc.note()) + '\n';
        }
        if (!categories.empty()) s += "Scores: " + categories + '\n' + notes;
        if (overall) s += paint(kBold, "Score: " + score_text(*overall) + "/100") + '\n';
        else if (!overall_note.empty()) s += paint(kBold, "Score: not scored") + '\n';
        if (!overall_note.empty()) s += "  " + overall_note + '\n';
        auto skipped = r.not_evaluated();
        if (!skipped.empty()) {
            s += "Not evaluated:\n";
            for (NotEvaluated n : skipped) s += "  " + std::string(n.rule()) + ": " + one_line(n.reason()) + '\n';
        }
        // Plugins that failed on this file: a broken checker, not a clean result.
        auto errors = r.errors();
        if (!errors.empty()) {
            s += paint(severity_colour(Severity::error), "Plugin errors:") + '\n';
            for (PluginError e : errors) {
                std::string who(e.plugin());
                if (!e.component().empty() && e.component() != e.plugin()) who += "/" + std::string(e.component());
                s += "  " + who + ": " + one_line(e.message()) + '\n';
            }
        }
    }

    static std::string heading_of(const std::optional<Resume>& resume, int32_t section) {
        if (section < 0) return "Whole document";
        if (resume) {
            auto sections = resume->sections();
            if (static_cast<std::size_t>(section) < sections.size()) {
                Section sec = sections[section];
                if (!sec.heading().empty()) return one_line(sec.heading().text());
                if (sec.kind() == RH_SECTION_CONTACT) return "Contact";
                if (!sec.kind_name().empty()) return capitalized(sec.kind_name());
            }
        }
        return "Section " + std::to_string(section + 1);
    }

    static std::string capitalized(std::string_view s) {
        std::string out(s);
        if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
        return out;
    }
};

}  // namespace reshost::text

RESHOST_PLUGIN("text", "1.0.0", "Writes reports as plain text for a terminal", reshost::text::TextEmitter)
