#include "finding_collector.hpp"

#include "c_abi.hpp"
#include "plugin_record.hpp"

namespace reshost::detail {

std::optional<Location> location_from(const rh_location* loc) {
    if (!loc) return std::nullopt;
    rh_location l = read_struct(loc);
    Location out;
    out.line = l.line;
    out.line_end = l.line_end;
    out.page = l.page;
    out.x0 = l.box.x0;
    out.y0 = l.box.y0;
    out.x1 = l.box.x1;
    out.y1 = l.box.y1;
    out.part = as_view(l.part);
    out.paragraph = l.paragraph;
    return out;
}

FindingCollector::FindingCollector() {
    sink_.struct_size = sizeof(rh_finding_sink);
    sink_.ctx = this;
    sink_.add_finding = &add_finding;
    sink_.not_evaluated = &add_not_evaluated;
    sink_.add_metric = &add_metric;
}

void FindingCollector::add_finding(void* ctx, const rh_finding* finding) {
    if (!finding) return;
    auto* self = static_cast<FindingCollector*>(ctx);
    rh_finding f = read_struct(finding);
    Finding out;
    out.rule = as_view(f.rule);
    // RH_SEVERITY_RULE stays empty here: the caller, which knows the rule,
    // fills in its declared severity. A severity this host does not know is
    // treated as the most serious one.
    auto severity = severity_name(f.severity);
    out.severity = f.severity == RH_SEVERITY_RULE ? "" : severity.empty() ? "error" : severity;
    out.message = as_view(f.message);
    out.suggestion = as_view(f.suggestion);
    out.location = location_from(f.loc);
    out.section = f.section;
    out.entry = f.entry;
    out.bullet = f.bullet;
    std::lock_guard lock(self->mutex_);
    self->findings.push_back(std::move(out));
}

void FindingCollector::add_not_evaluated(void* ctx, rh_str rule, rh_str reason) {
    auto* self = static_cast<FindingCollector*>(ctx);
    std::lock_guard lock(self->mutex_);
    self->not_evaluated.push_back(NotEvaluated{std::string(as_view(rule)), std::string(as_view(reason))});
}

void FindingCollector::add_metric(void* ctx, rh_str name, double value) {
    auto* self = static_cast<FindingCollector*>(ctx);
    std::lock_guard lock(self->mutex_);
    self->metrics.emplace_back(std::string(as_view(name)), value);
}

}  // namespace reshost::detail
