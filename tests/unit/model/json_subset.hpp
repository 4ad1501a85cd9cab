// Compares a JSON output with an expected fixture that lists only what matters.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace reshost::test {

// Appends to `errors` every place where `actual` differs from `expected`:
// objects compare the expected keys only; arrays element by element and by
// length; a string expected where a field {"text"} or date {"value"} is found
// compares with that member; a number expected where an array is found is its length.
void json_subset(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& path,
                 std::vector<std::string>& errors);

}  // namespace reshost::test
