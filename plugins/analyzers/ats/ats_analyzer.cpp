// The "ats" pack: can an applicant tracking system read the file at all?
// Text layer, glyphs, layout (columns, tables, text boxes, headers and
// footers), images and icons, fonts, links and the file type.
#include "ats_rules.hpp"
#include "data_file.hpp"
#include "words.hpp"

#include <reshost/sdk.hpp>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

PackData load(const std::string& dir) {
    PackData data{FontCatalog(dir, "standard_fonts.txt"), FontCatalog(dir, "icon_fonts.txt"), {}};
    for (const std::string& label : analyzers::read_data_lines(dir, "link_labels.txt"))
        data.link_labels.push_back(analyzers::lower(label));
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
        };
    }

    explicit AtsAnalyzer(const OpenContext& ctx) : data_(load(ctx.plugin_dir)) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        DocumentFacts facts(host, doc, resume, data_);
        check_no_text(facts, out);
        check_garbled_text(facts, out);
        check_multi_column(facts, out);
        check_table(facts, out);
        check_text_box(facts, out);
        check_header_footer_contact(facts, out);
        check_images(facts, out);
        check_icon_glyphs(facts, out);
        check_nonstandard_font(facts, out);
        check_hidden_link(facts, out);
        check_file_type(facts, out);
    }

private:
    PackData data_;
};

}  // namespace reshost::ats

RESHOST_PLUGIN("ats", "1.0.0", "Checks that an applicant tracking system can read the resume: text, layout, fonts, links",
               reshost::ats::AtsAnalyzer)
