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
    PackData data{FontCatalog(dir, "standard_fonts.txt"), FontCatalog(dir, "icon_fonts.txt"), {}, {},
                  std::make_shared<const polish::TemplateText>(dir)};
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
            {"ats.not-a-resume", Severity::error,
             "The document reads, but not as a resume: a guide, a job posting or a letter", "ats"},
        };
    }

    explicit AtsAnalyzer(const OpenContext& ctx) : data_(load(ctx.plugin_dir)) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        DocumentFacts facts(host, doc, resume, data_);
        analyzers::DocumentReading reading = analyzers::reading_of(doc, resume);
        check_no_text(facts, out);
        check_garbled_text(facts, reading, out);
        check_file_type(facts, out);
        if (reading.state == analyzers::DocumentReading::State::not_a_resume) report_not_a_resume(reading, out);
        if (!reading.read()) {
            // What the page looks like or holds cannot be judged from text nobody could read,
            // nor is a resume's layout worth judging on a document that is none.
            for (const RuleInfo& rule : rules())
                if (rule.id != "ats.no-text" && rule.id != "ats.garbled-text" && rule.id != "ats.file-type" &&
                    rule.id != "ats.not-a-resume")
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
    static void report_not_a_resume(const analyzers::DocumentReading& reading, Findings& out) {
        Finding f;
        f.rule = "ats.not-a-resume";
        f.severity = Severity::error;
        std::string why = reading.reason.substr(0, reading.reason.rfind(" (see "));
        f.message = "This " + why.substr(std::string_view("the ").size()) +
                    ", so no content rule was run on it.";
        f.suggestion = "Check the resume itself. If this is your resume, put your name, e-mail and phone at the "
                       "top and list your roles under an Experience heading, each with its title, employer and dates.";
        out.add(f);
    }

    PackData data_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<AtsAnalyzer>(); }

}  // namespace reshost::ats
