// Which rules run, and at which severity, for one analysis.
#pragma once

#include "config.hpp"

#include <reshost/host.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::detail {

// Rules are on unless switched off. The options (command line) decide before the
// config file; within one of them the most specific entry wins (a rule id over
// its pack over "all"), and between an enable and a disable of the same
// specificity, disable wins.
class RuleSelection {
public:
    RuleSelection(const AnalyzeOptions& options, const Config& config);

    // Whether findings of `rule` are kept.
    bool enabled(std::string_view rule) const;
    // The severity the config sets for `rule` (by id, then by pack), if any.
    std::optional<uint32_t> severity(std::string_view rule) const;
    // The entries that name no rule or pack among `known` rule ids.
    std::vector<std::string> unknown(const std::vector<std::string>& known) const;
    // Whether there is any entry at all (enable, disable or severity).
    bool has_entries() const;

    // How closely `pattern` ("verbs.weak-opener", "verbs", "verbs.*", "all") names `rule`:
    // 2 for the id, 1 for its pack, 0 for all rules, -1 when it does not.
    static int match(std::string_view pattern, std::string_view rule);

private:
    struct Level {
        std::vector<std::string> enable, disable;
    };
    std::vector<Level> levels_;
    std::vector<std::pair<std::string, uint32_t>> severity_;
};

}  // namespace reshost::detail
