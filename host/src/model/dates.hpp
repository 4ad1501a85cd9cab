// The date grammar of resume headers: "Jan 2020 – Present", "2019–2021",
// "03/2020", "2020.03", "Summer 2021", "Jun 2019 to Dec 2021".
#pragma once

#include "normalizer_data.hpp"

#include <optional>
#include <string_view>

namespace reshost::detail {

// A date or date range found in a text, with the bytes it spans.
struct DateMatch {
    DateData start, end;  // a single date is a start with an empty end ("present" alone is an end)
    std::size_t pos = 0, len = 0;
    bool range = false;
};

// Finds the first date range in `text`, else the first single date.
std::optional<DateMatch> find_dates(std::string_view text, const NormalizerData& data);

}  // namespace reshost::detail
