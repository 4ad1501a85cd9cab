#include "rule_selection.hpp"

#include <algorithm>

namespace reshost::detail {

namespace {

std::string_view pack_of(std::string_view rule) { return rule.substr(0, rule.find('.')); }

}  // namespace

RuleSelection::RuleSelection(const AnalyzeOptions& options, const Config& config)
    : levels_{{options.enable, options.disable}, {config.enable, config.disable}}, severity_(config.severity) {}

int RuleSelection::match(std::string_view pattern, std::string_view rule) {
    if (pattern == "all" || pattern == "*") return 0;
    if (pattern == rule) return 2;
    std::string_view pack = pack_of(rule);
    if (pattern == pack) return 1;
    if (pattern.size() == pack.size() + 2 && pattern.substr(0, pack.size()) == pack &&
        pattern.substr(pack.size()) == ".*")
        return 1;
    return -1;
}

bool RuleSelection::enabled(std::string_view rule) const {
    for (const auto& level : levels_) {
        int on = -1, off = -1;
        for (const auto& p : level.enable) on = std::max(on, match(p, rule));
        for (const auto& p : level.disable) off = std::max(off, match(p, rule));
        if (on < 0 && off < 0) continue;
        return on > off;
    }
    return true;
}

std::optional<uint32_t> RuleSelection::severity(std::string_view rule) const {
    int best = -1;
    std::optional<uint32_t> out;
    for (const auto& [pattern, level] : severity_) {
        int m = match(pattern, rule);
        if (m > best) {
            best = m;
            out = level;
        }
    }
    return out;
}

bool RuleSelection::has_entries() const {
    for (const auto& level : levels_)
        if (!level.enable.empty() || !level.disable.empty()) return true;
    return !severity_.empty();
}

std::vector<std::string> RuleSelection::unknown(const std::vector<std::string>& known) const {
    std::vector<std::string> out;
    auto check = [&](const std::string& p) {
        bool any = std::any_of(known.begin(), known.end(), [&](const std::string& r) { return match(p, r) >= 0; });
        if (!any && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    };
    for (const auto& level : levels_) {
        for (const auto& p : level.enable) check(p);
        for (const auto& p : level.disable) check(p);
    }
    for (const auto& [p, level] : severity_) check(p);
    return out;
}

}  // namespace reshost::detail
