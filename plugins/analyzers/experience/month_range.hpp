// Normalized resume dates ("YYYY-MM", "YYYY", "present") as month numbers,
// with the spread a year-only date leaves open.
#pragma once

#include <reshost/sdk.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace reshost::experience {

// The months a date may mean: "2020-03" is March 2020 alone, "2020" any
// month of 2020. Months count from January of year 0.
struct MonthRange {
    int earliest = 0;
    int latest = 0;
};

// Reads a normalized date value; "present" is `today`. Empty or unknown: nullopt.
std::optional<MonthRange> read_month_range(std::string_view value, int today);

// The month the analysis treats as now: "experience.today" ("YYYY-MM") when
// configured, else the current month of the system clock.
int today_month(const sdk::Host& host);

// Writes a month number as "Mar 2020".
std::string month_name(int month);

// Writes a number of months as "7 months" or "2 years 3 months".
std::string duration_text(int months);

}  // namespace reshost::experience
