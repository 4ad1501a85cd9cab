// The "polish" pack: the finishing faults a recruiter notices at once and a
// spell checker does not — template text left in, personal data a US or UK
// resume leaves out, HTML entities and invisible characters in the text an
// ATS reads, dates written in mixed forms, and filler words.
#include "first_party_packs.hpp"
#include "polish_checks.hpp"
#include "text_lines.hpp"

#include "document_reading.hpp"
#include "shared_data.hpp"

#include <reshost/sdk.hpp>

namespace reshost::polish {

using namespace ::reshost::sdk;

class PolishAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "polish";
    static std::vector<RuleInfo> rules() {
        return {
            {"polish.template-text", Severity::warning,
             "Template or placeholder text left in (\"Lorem ipsum\", \"[Company Name]\", \"(123) 456-7890\")",
             "content"},
            {"polish.personal-data", Severity::warning,
             "Personal data a US or UK resume leaves out (birth date, age, marital status, street address…)",
             "content"},
            {"polish.html-entities", Severity::warning,
             "HTML entities (&quot;, &amp;) or invisible characters (soft hyphens, zero-width spaces) in the text",
             "ats"},
            {"polish.date-formats", Severity::info, "Entry dates written in mixed forms (\"Jan 2020\", \"03/2019\")",
             "content"},
            {"polish.filler", Severity::info, "Filler words in a bullet or the summary (\"various tasks\", \"etc.\")",
             "content"},
        };
    }

    explicit PolishAnalyzer(const OpenContext& ctx)
        : template_text_(ctx.plugin_dir),
          personal_data_(ctx.plugin_dir),
          hidden_characters_(ctx.plugin_dir),
          filler_(ctx.plugin_dir, analyzers::quantity_finder(ctx)) {}

    void analyze(const Host&, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        TextLines text(doc, resume);
        template_text_.check(text, resume.contact().phone().text(), out);
        personal_data_.check(text, out);
        hidden_characters_.check(text, out);
        date_formats_.check(resume, out);
        filler_.check(resume, out);
    }

private:
    TemplateText template_text_;
    PersonalData personal_data_;
    HiddenCharacters hidden_characters_;
    DateFormats date_formats_;
    Filler filler_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<PolishAnalyzer>(); }

}  // namespace reshost::polish
