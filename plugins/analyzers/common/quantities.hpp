// Finds the figures that quantify an achievement in resume text: 40%, 3x,
// $2M, 10k users, 120ms, p99, 5k QPS, 99.99% uptime, 40 nodes, 3 TB - and
// leaves out dates, version numbers and phone numbers.
//
// A plugin that uses it compiles ../common/quantities.cpp into its SOURCES and
// lists ../common/quantity_units.txt in its DATA, so the unit words sit beside
// its library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::analyzers {

// What a figure measures.
enum class QuantityKind {
    percent,     // 40%
    multiplier,  // 3x, 10×, doubled
    money,       // $2M, €40k
    count,       // 12, 10k, 1.5M
    duration,    // 120ms, 3 hours
    percentile,  // p99
    rate,        // 5k QPS, 2M req/day
    uptime,      // 99.99%, five nines
    users,       // 10k users
    nodes,       // 40 nodes, 12 services
    storage,     // 3 TB
    people,      // 6 engineers
};

// Returns the name of `kind` as the data file spells it ("percent", "rate"...).
const char* kind_name(QuantityKind kind);

// One figure found in a text.
struct Quantity {
    std::string_view text;  // the figure with its unit, a view into the searched text
    std::size_t offset = 0;
    QuantityKind kind = QuantityKind::count;
    std::string unit;       // the unit as the data file spells it ("ms", "users"), empty when none
};

// Finds quantities with the unit words of a data file.
class QuantityFinder {
public:
    // Reads `dir`/quantity_units.txt; throws std::runtime_error naming the file when it is unreadable or wrong.
    explicit QuantityFinder(const std::string& dir);

    // Returns the quantities of `text` in order.
    std::vector<Quantity> find(std::string_view text) const;

    // True when `text` holds at least one quantity.
    bool quantified(std::string_view text) const { return !find(text).empty(); }

private:
    std::vector<std::pair<std::string, QuantityKind>> units_;  // unit phrase -> kind, longest first
    std::vector<std::string> scales_, currencies_, months_, version_cues_, uptime_context_;
    std::vector<std::pair<std::string, QuantityKind>> words_;  // figures without digits ("doubled", "five nines")
};

}  // namespace reshost::analyzers
