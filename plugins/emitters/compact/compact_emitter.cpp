// The "compact" output: "path:line:col: severity: message [rule]", one
// finding a line, the form compilers write and editors (Vim's quickfix,
// Emacs' compilation mode, VS Code problem matchers) jump to. No location
// known is line 1, column 1; reshost knows no columns, so column is 1.
#include <reshost/sdk.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reshost::compact {

using namespace ::reshost::sdk;
namespace {

// One finding is one line, so a line break in a message is a space.
void append_one_line(std::string_view text, std::string& s) {
    for (char c : text) s += (c == '\n' || c == '\r') ? ' ' : c;
}

// A PDF or DOCX finding has no line; where it is goes in the message.
std::string place(const Location& l) {
    if (l.line) return {};
    if (l.page) return " (page " + std::to_string(l.page) + ")";
    if (l.paragraph) return " (" + (l.part.empty() ? std::string() : l.part + " ") + "paragraph " +
                            std::to_string(l.paragraph) + ")";
    return {};
}

}  // namespace

class CompactEmitter final : public Emitter {
public:
    static constexpr const char* name = "compact";
    explicit CompactEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view, Writer& out) const override {
        std::string s;
        for (const Report& r : reports) {
            if (!r.error().empty()) {
                s += std::string(r.path()) + ":1:1: error: ";
                append_one_line(r.error(), s);
                s += " [reshost]\n";
                continue;
            }
            for (FindingView f : r.findings()) {
                Location l = Location::from(f.location());
                s += std::string(r.path()) + ':' + std::to_string(l.line ? l.line : 1) + ":1: " +
                     severity_name(f.severity()) + ": ";
                append_one_line(f.message(), s);
                s += place(l) + " [" + std::string(f.rule()) + "]\n";
            }
        }
        out.write(s);
    }
};

}  // namespace reshost::compact

RESHOST_PLUGIN("compact", "1.0.0", "Writes findings as path:line:col: severity: message [rule]",
               reshost::compact::CompactEmitter)
