#include "report_views.hpp"

#include "analysis_data.hpp"
#include "c_abi.hpp"
#include "model_bridge.hpp"
#include "plugin_record.hpp"
#include "scoring.hpp"

namespace reshost::detail {

namespace {

rh_location c_location(const Location& l) {
    rh_location out{};
    out.struct_size = sizeof(rh_location);
    out.line = l.line;
    out.line_end = l.line_end;
    out.page = l.page;
    out.box = rh_box{l.x0, l.y0, l.x1, l.y1};
    out.part = as_rh_str(l.part);
    out.paragraph = l.paragraph;
    return out;
}

}  // namespace

// Everything one rh_report points at.
struct ReportViews::One {
    explicit One(const Analysis& a)
        : data(a.data()), views(data.document.get(), data.resume.get()) {
        const auto& findings = data.findings;
        // Sized once up front: the pointer arrays below point into these.
        locations.reserve(findings.size());
        c_findings.reserve(findings.size());
        for (const auto& f : findings) {
            rh_finding c{};
            c.struct_size = sizeof(rh_finding);
            c.rule = as_rh_str(f.rule);
            c.severity = severity_from_name(f.severity).value_or(RH_SEVERITY_ERROR);
            c.message = as_rh_str(f.message);
            c.suggestion = as_rh_str(f.suggestion);
            if (f.location) {
                locations.push_back(c_location(*f.location));
                c.loc = &locations.back();
            }
            c.section = f.section;
            c.entry = f.entry;
            c.bullet = f.bullet;
            c_findings.push_back(c);
        }
        for (const auto& f : c_findings) finding_ptrs.push_back(&f);

        c_scores.reserve(data.scores.size());
        for (const auto& s : data.scores) c_scores.push_back(rh_score{sizeof(rh_score), as_rh_str(s.category), s.value, s.scored ? 0u : 1u, as_rh_str(s.note)});
        for (const auto& s : c_scores) score_ptrs.push_back(&s);

        c_not_evaluated.reserve(data.not_evaluated.size());
        for (const auto& n : data.not_evaluated)
            c_not_evaluated.push_back(rh_not_evaluated{sizeof(rh_not_evaluated), as_rh_str(n.rule), as_rh_str(n.reason)});
        for (const auto& n : c_not_evaluated) not_evaluated_ptrs.push_back(&n);

        c_errors.reserve(data.errors.size());
        for (const auto& e : data.errors)
            c_errors.push_back(rh_plugin_error{sizeof(rh_plugin_error), as_rh_str(e.plugin), as_rh_str(e.component),
                                               as_rh_str(e.message)});
        for (const auto& e : c_errors) error_ptrs.push_back(&e);

        report.struct_size = sizeof(rh_report);
        report.path = as_rh_str(data.path);
        report.format = as_rh_str(data.format);
        report.error = as_rh_str(data.error);
        report.exit_code = static_cast<uint32_t>(data.exit_code);
        report.findings = finding_ptrs.data();
        report.finding_count = finding_ptrs.size();
        report.scores = score_ptrs.data();
        report.score_count = score_ptrs.size();
        report.scoring_method = as_rh_str(data.scoring_method);
        report.not_evaluated = not_evaluated_ptrs.data();
        report.not_evaluated_count = not_evaluated_ptrs.size();
        report.document = data.error.empty() ? views.document() : nullptr;
        report.resume = data.error.empty() ? views.resume() : nullptr;
        report.errors = error_ptrs.data();
        report.error_count = error_ptrs.size();
    }

    const Analysis::Data& data;
    ModelViews views;
    std::vector<rh_location> locations;
    std::vector<rh_finding> c_findings;
    std::vector<const rh_finding*> finding_ptrs;
    std::vector<rh_score> c_scores;
    std::vector<const rh_score*> score_ptrs;
    std::vector<rh_not_evaluated> c_not_evaluated;
    std::vector<const rh_not_evaluated*> not_evaluated_ptrs;
    std::vector<rh_plugin_error> c_errors;
    std::vector<const rh_plugin_error*> error_ptrs;
    rh_report report{};
};

ReportViews::ReportViews(const std::vector<Analysis>& analyses) {
    for (const auto& a : analyses) {
        reports_.emplace_back(a);
        pointers_.push_back(&reports_.back().report);
    }
}

ReportViews::~ReportViews() = default;

}  // namespace reshost::detail
