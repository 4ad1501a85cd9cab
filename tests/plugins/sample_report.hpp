// A fixed two-file report laid out in the C structs a host hands emitters:
// one analyzed Markdown file with findings at line, page and paragraph
// locations, and one file that could not be read.
#pragma once

#include <reshost/plugin.h>

#include <cstring>
#include <vector>

namespace reshost::test {

inline rh_str cs(const char* s) { return rh_str{s, std::strlen(s)}; }

class SampleReport {
public:
    SampleReport() {
        line3_ = location(3);
        line12_ = location(12);
        page2_ = location(0);
        page2_.page = 2;
        page2_.box = rh_box{72.0f, 140.5f, 300.0f, 152.0f};
        paragraph7_ = location(0);
        paragraph7_.part = cs("word/document.xml");
        paragraph7_.paragraph = 7;

        findings_ = {
            finding("verbs.weak-opener", RH_SEVERITY_WARNING,
                    "The bullet opens with \"Responsible for\", which names a duty, not what you did.",
                    "Open with the action and its result, e.g. \"Migrated \u2026\" or \"Built \u2026\".", &line12_, 1, 0, 1),
            finding("sections.contact", RH_SEVERITY_WARNING, "The contact block has no phone number.",
                    "Add a phone number with its country code.", &line3_, 0, -1, -1),
            finding("sections.missing", RH_SEVERITY_WARNING, "No Education section found.",
                    "Add an Education section.", nullptr, -1, -1, -1),
            finding("ats.table", RH_SEVERITY_ERROR, "Skills are inside a table.", "", &page2_, 1, -1, -1),
            finding("ats.text-box", RH_SEVERITY_INFO, "A text box holds\nthe title.", "Move it into the body.",
                    &paragraph7_, 1, -1, -1),
        };
        for (auto& f : findings_) finding_ptrs_.push_back(&f);
        scores_ = {score("ats", 90), unscored("impact", "2 bullets in roles and projects: too few to judge"),
                   score("content", 72.4), score("overall", 71.6, "based on ats, content (not scored: impact)")};
        for (auto& s : scores_) score_ptrs_.push_back(&s);
        skipped_ = {rh_not_evaluated{sizeof(rh_not_evaluated), cs("impact.share"), cs("no bullets to measure")}};
        skipped_ptrs_ = {&skipped_[0]};
        errors_ = {rh_plugin_error{sizeof(rh_plugin_error), cs("acme_checks"), cs("tone"),
                                   cs("analyzer failed: tone model missing")}};
        error_ptrs_ = {&errors_[0]};

        sections_[0] = section(RH_SECTION_CONTACT, "contact", "");
        sections_[1] = section(RH_SECTION_EXPERIENCE, "experience", "Experience");
        section_ptrs_ = {&sections_[0], &sections_[1]};
        contact_.struct_size = sizeof(rh_contact);
        resume_.struct_size = sizeof(rh_resume);
        resume_.contact = &contact_;
        resume_.sections = section_ptrs_.data();
        resume_.section_count = section_ptrs_.size();
        resume_.years_experience = 7;
        document_.struct_size = sizeof(rh_document);
        document_.path = cs("resumes/jane.md");
        document_.format = cs("markdown");

        analyzed_.struct_size = sizeof(rh_report);
        analyzed_.path = cs("resumes/jane.md");
        analyzed_.format = cs("markdown");
        analyzed_.exit_code = 1;
        analyzed_.findings = finding_ptrs_.data();
        analyzed_.finding_count = finding_ptrs_.size();
        analyzed_.scores = score_ptrs_.data();
        analyzed_.score_count = score_ptrs_.size();
        analyzed_.scoring_method = cs("reshost-score/2");
        analyzed_.not_evaluated = skipped_ptrs_.data();
        analyzed_.not_evaluated_count = skipped_ptrs_.size();
        analyzed_.errors = error_ptrs_.data();
        analyzed_.error_count = error_ptrs_.size();
        analyzed_.document = &document_;
        analyzed_.resume = &resume_;

        failed_.struct_size = sizeof(rh_report);
        failed_.path = cs("resumes/cv.bin");
        failed_.error = cs("not a PDF, DOCX or Markdown file");
        failed_.exit_code = 3;

        report_ptrs_ = {&analyzed_, &failed_};
    }
    SampleReport(const SampleReport&) = delete;
    SampleReport& operator=(const SampleReport&) = delete;

    // The emit input for both reports.
    rh_emit_input input(const rh_host_api* host, bool color) const {
        rh_emit_input in{};
        in.struct_size = sizeof(in);
        in.host = host;
        in.reports = report_ptrs_.data();
        in.report_count = report_ptrs_.size();
        in.flags = color ? RH_EMIT_COLOR : 0;
        in.tool_version = cs("0.1.0");
        return in;
    }

private:
    static rh_location location(uint32_t line) {
        rh_location l{};
        l.struct_size = sizeof(l);
        l.line = line;
        l.line_end = line;
        return l;
    }
    static rh_finding finding(const char* rule, uint32_t severity, const char* message, const char* suggestion,
                              const rh_location* loc, int32_t section, int32_t entry, int32_t bullet) {
        rh_finding f{};
        f.struct_size = sizeof(f);
        f.rule = cs(rule);
        f.severity = severity;
        f.message = cs(message);
        f.suggestion = cs(suggestion);
        f.loc = loc;
        f.section = section;
        f.entry = entry;
        f.bullet = bullet;
        return f;
    }
    static rh_score score(const char* category, double value, const char* note = "") {
        return rh_score{sizeof(rh_score), cs(category), value, 0, cs(note)};
    }
    static rh_score unscored(const char* category, const char* note) {
        return rh_score{sizeof(rh_score), cs(category), 0, 1, cs(note)};
    }
    static rh_section section(uint32_t kind, const char* kind_name, const char* heading) {
        rh_section s{};
        s.struct_size = sizeof(s);
        s.kind = kind;
        s.kind_name = cs(kind_name);
        s.heading = rh_field{cs(heading), nullptr};
        return s;
    }

    rh_location line3_{}, line12_{}, page2_{}, paragraph7_{};
    std::vector<rh_finding> findings_;
    std::vector<const rh_finding*> finding_ptrs_;
    std::vector<rh_score> scores_;
    std::vector<const rh_score*> score_ptrs_;
    std::vector<rh_not_evaluated> skipped_;
    std::vector<const rh_not_evaluated*> skipped_ptrs_;
    std::vector<rh_plugin_error> errors_;
    std::vector<const rh_plugin_error*> error_ptrs_;
    rh_section sections_[2]{};
    std::vector<const rh_section*> section_ptrs_;
    rh_contact contact_{};
    rh_resume resume_{};
    rh_document document_{};
    rh_report analyzed_{}, failed_{};
    std::vector<const rh_report*> report_ptrs_;
};

}  // namespace reshost::test
