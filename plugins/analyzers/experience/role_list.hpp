// The roles of every Experience section, with their dates read as months.
#pragma once

#include "month_range.hpp"

#include <reshost/sdk.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reshost::experience {

// One role and its place in the resume.
struct Role {
    int32_t section = -1;
    int32_t entry = -1;
    sdk::Entry view;
    std::string name;     // "Backend Engineer at Acme", quoted in messages
    std::string company;  // lowered organization, to tell promotions from overlaps
    std::string dates;    // the dates as written, "Jan 2020 – Present"
    std::optional<MonthRange> start, end;

    // The end of the role, or its only date.
    std::optional<MonthRange> last() const { return end ? end : start; }
    // Makes a finding of `rule` that points at this role.
    sdk::Finding finding(const char* rule) const;
};

// Collects the roles of every Experience section in document order.
std::vector<Role> collect_roles(const sdk::Resume& resume, int today);

// Returns `s` between straight double quotes.
std::string quoted(std::string_view s);

}  // namespace reshost::experience
