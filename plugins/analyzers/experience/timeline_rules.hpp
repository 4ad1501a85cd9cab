// The rules about when roles happened: experience.dates, experience.order
// and experience.gap.
#pragma once

#include "role_list.hpp"

#include <reshost/sdk.hpp>

#include <vector>

namespace reshost::experience {

// Thresholds of the timeline rules, from the configuration.
struct TimelineSettings {
    int today = 0;           // month number of "now"
    int overlap_months = 1;  // roles at different companies may share this many months
    int gap_months = 6;      // a gap longer than this is reported
};

// experience.dates: missing, unreadable, reversed, future and overlapping dates.
void check_dates(const std::vector<Role>& roles, const TimelineSettings& settings, sdk::Findings& out);

// experience.order: a role listed below one that it is newer than.
void check_order(const std::vector<Role>& roles, sdk::Findings& out);

// A stretch of months, both ends included.
struct MonthSpan {
    int from = 0;
    int to = 0;
};

// experience.gap: stretches of time no role covers, up to today; time spent
// studying (`study`, the Education entries' dates) is no gap.
void check_gaps(const std::vector<Role>& roles, const std::vector<MonthSpan>& study, const TimelineSettings& settings,
                sdk::Findings& out);

}  // namespace reshost::experience
