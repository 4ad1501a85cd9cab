// JSON forms shared by the resume exports.
#pragma once

#include "model.hpp"

#include <nlohmann/json.hpp>

namespace reshost::detail {

// A source location as JSON, with only its known members.
nlohmann::json location_json(const Location& loc);

}  // namespace reshost::detail
