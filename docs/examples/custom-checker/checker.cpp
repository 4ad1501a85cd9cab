// custom.placeholder-text: template text left in a resume ("TODO",
// "lorem ipsum", "[Company Name]"). A complete checker written against
// <reshost/sdk.hpp> only; see docs/sdk.md for the walk-through.
#include <reshost/sdk.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string lowercase(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Finds `phrase` in `text` as whole words; returns its offset or npos.
std::size_t find_words(std::string_view text, std::string_view phrase) {
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        bool starts = at == 0 || !word_char(text[at - 1]) || !word_char(phrase.front());
        std::size_t end = at + phrase.size();
        bool ends = end == text.size() || !word_char(text[end]) || !word_char(phrase.back());
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

// Finds a bracketed template slot such as "[Company Name]" or "[X]": letters
// and spaces only, so "[1]" footnotes and "[x] done" checkboxes do not count
// once they carry anything else.
std::string find_slot(std::string_view text) {
    for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
        std::size_t close = text.find(']', open + 1);
        if (close == std::string_view::npos) break;
        std::string_view inside = text.substr(open + 1, close - open - 1);
        bool letters = !inside.empty() && inside.size() <= 40 &&
                       std::isupper(static_cast<unsigned char>(inside.front())) &&
                       std::all_of(inside.begin(), inside.end(), [](char c) {
                           return std::isalpha(static_cast<unsigned char>(c)) || c == ' ';
                       });
        if (letters) return std::string(text.substr(open, close - open + 1));
    }
    return {};
}

class PlaceholderChecker : public reshost::sdk::Analyzer {
public:
    static constexpr const char* name = "custom";

    static std::vector<reshost::sdk::RuleInfo> rules() {
        return {{"custom.placeholder-text", reshost::sdk::Severity::error,
                 "Template placeholder text (TODO, lorem ipsum, [Company Name]) left in the resume", "content"}};
    }

    // Runs once per host: loads the phrase list that ships beside the plugin.
    explicit PlaceholderChecker(const reshost::sdk::OpenContext& ctx) {
        std::string path = ctx.plugin_dir + "/placeholders.txt";
        std::ifstream in(path);
        if (!in) throw std::runtime_error("cannot read " + path);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty() && line.front() != '#') phrases_.push_back(lowercase(line));
        }
    }

    // Called from several threads at once: reads only members set in the constructor.
    void analyze(const reshost::sdk::Host&, const reshost::sdk::Document& doc, const reshost::sdk::Resume& resume,
                 const reshost::sdk::Document&, reshost::sdk::Findings& out) const override {
        uint32_t index = 0;
        for (reshost::sdk::Block block : doc.blocks()) {
            for (reshost::sdk::Line line : block.lines()) {
                std::string found = placeholder_in(line.text());
                if (found.empty()) continue;
                reshost::sdk::Finding f;
                f.rule = "custom.placeholder-text";
                f.severity = reshost::sdk::Severity::error;
                f.message = "placeholder \"" + found + "\" left in: " + std::string(line.text());
                f.suggestion = "replace the placeholder with real content";
                const rh_location* loc = line.location() ? line.location() : block.location();
                f.loc = reshost::sdk::Location::from(loc);
                place(resume, index, f);
                out.add(f);
            }
            ++index;
        }
    }

private:
    // Returns the placeholder as written in `text`, or empty.
    std::string placeholder_in(std::string_view text) const {
        std::string lower = lowercase(text);
        for (const auto& p : phrases_) {
            std::size_t at = find_words(lower, p);
            if (at != std::string::npos) return std::string(text.substr(at, p.size()));
        }
        return find_slot(text);
    }

    // Points the finding at the section, entry and bullet made from block `index`.
    static void place(const reshost::sdk::Resume& resume, uint32_t index, reshost::sdk::Finding& f) {
        int32_t s = 0;
        for (reshost::sdk::Section section : resume.sections()) {
            if (index >= section.first_block() && index < section.first_block() + section.block_count()) {
                f.section = s;
                int32_t e = 0;
                for (reshost::sdk::Entry entry : section.entries()) {
                    int32_t b = 0;
                    for (reshost::sdk::Bullet bullet : entry.bullets()) {
                        if (bullet.block() == index) {
                            f.entry = e;
                            f.bullet = b;
                            return;
                        }
                        ++b;
                    }
                    ++e;
                }
                return;
            }
            ++s;
        }
    }

    std::vector<std::string> phrases_;
};

}  // namespace

RESHOST_PLUGIN("custom_checker", "1.0.0", "Example checker: placeholder text left from a template", PlaceholderChecker)
