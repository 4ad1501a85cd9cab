// The "ats" pack: can an applicant tracking system read the file at all?
// Text layer, glyphs, layout (columns, tables, text boxes, headers and
// footers), images and icons, fonts, links and the file type.
#include "ats_rules.hpp"
#include "data_file.hpp"
#include "first_party_packs.hpp"
#include "words.hpp"

#include <reshost/sdk.hpp>

#include <stdexcept>
#include <string>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

std::string trimmed(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t");
    std::size_t e = s.find_last_not_of(" \t");
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

PackData load(const std::string& dir) {
    PackData data{FontCatalog(dir, "standard_fonts.txt"), FontCatalog(dir, "icon_fonts.txt"), {}, {}};
    for (const std::string& label : analyzers::read_data_lines(dir, "link_labels.txt"))
        data.link_labels.push_back(analyzers::lower(label));
    for (const std::string& line : analyzers::read_data_lines(dir, "acronyms.txt")) {
        // The spelled-out form may hold commas ("Extract, Transform, Load"): split at '=' only.
        std::size_t eq = line.find('=');
        std::string acronym = eq == std::string::npos ? std::string() : trimmed(line.substr(0, eq));
        std::string spelled = eq == std::string::npos ? std::string() : trimmed(line.substr(eq + 1));
        if (acronym.empty() || spelled.empty())
            throw std::runtime_error(dir + "/acronyms.txt: expected \"ACRONYM = spelled-out form\", got \"" + line + "\"");
        data.acronyms.emplace_back(acronym, spelled);
    }
    return data;
}

}  // namespace

class AtsAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "ats";
    static std::vector<RuleInfo> rules() {
        return {
            {"ats.no-text", Severity::error, "No extractable text, or pages that are pictures of text", "ats"},
            {"ats.garbled-text", Severity::error, "Too many glyphs with no readable character (U+FFFD, private use, (cid:N))",
             "ats"},
            {"ats.multi-column", Severity::warning, "Text laid out in two or more columns or with a sidebar", "ats"},
            {"ats.table", Severity::warning, "Content inside a table", "ats"},
            {"ats.text-box", Severity::warning, "Content inside a text box or frame", "ats"},
            {"ats.header-footer-contact", Severity::error, "Contact details only in a page header or footer", "ats"},
            {"ats.images", Severity::warning, "Images, photos or icons an ATS ignores", "ats"},
            {"ats.icon-glyphs", Severity::warning, "Icon fonts or private-use glyphs standing in for words", "ats"},
            {"ats.nonstandard-font", Severity::warning, "Fonts outside a standard set, or body text under 9 pt", "ats"},
            {"ats.hidden-link", Severity::warning, "A link whose address is not written out as text", "ats"},
            {"ats.file-type", Severity::info, "Input that is not a PDF or DOCX, the files an ATS takes", "ats"},
            {"ats.acronym", Severity::info, "An acronym used before, or without, its spelled-out form", "ats"},
        };
    }

    explicit AtsAnalyzer(const OpenContext& ctx) : data_(load(ctx.plugin_dir)) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        DocumentFacts facts(host, doc, resume, data_);
        analyzers::DocumentReading reading = analyzers::reading_of(doc);
        check_no_text(facts, out);
        check_garbled_text(facts, reading, out);
        check_file_type(facts, out);
        if (!reading.read()) {
            // What the page looks like or holds cannot be judged from text nobody could read.
            for (const RuleInfo& rule : rules())
                if (rule.id != "ats.no-text" && rule.id != "ats.garbled-text" && rule.id != "ats.file-type")
                    out.not_evaluated(rule.id, reading.reason);
            return;
        }
        check_multi_column(facts, out);
        check_table(facts, out);
        check_text_box(facts, out);
        check_header_footer_contact(facts, out);
        check_images(facts, out);
        check_icon_glyphs(facts, out);
        check_nonstandard_font(facts, out);
        check_hidden_link(facts, out);
        check_acronym(facts, out);
    }

private:
    PackData data_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<AtsAnalyzer>(); }

}  // namespace reshost::ats
