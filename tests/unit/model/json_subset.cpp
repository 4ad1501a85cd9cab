#include "json_subset.hpp"

#include <cmath>

namespace reshost::test {

using nlohmann::json;

void json_subset(const json& want, const json& got, const std::string& path, std::vector<std::string>& errors) {
    auto fail = [&] { errors.push_back(path + ": expected " + want.dump() + ", got " + got.dump()); };
    if (want.is_object()) {
        if (!got.is_object()) return fail();
        for (const auto& [k, v] : want.items()) {
            if (!got.contains(k)) {
                if (!v.is_null()) errors.push_back(path + "." + k + ": missing");
                continue;
            }
            json_subset(v, got.at(k), path + "." + k, errors);
        }
        return;
    }
    if (want.is_array()) {
        if (!got.is_array()) return fail();
        if (want.size() != got.size())
            errors.push_back(path + ": expected " + std::to_string(want.size()) + " items, got " +
                             std::to_string(got.size()) + ": " + got.dump());
        for (std::size_t i = 0; i < want.size() && i < got.size(); ++i)
            json_subset(want[i], got[i], path + "[" + std::to_string(i) + "]", errors);
        return;
    }
    if (want.is_string() && got.is_object()) {
        if (got.contains("text")) return json_subset(want, got["text"], path + ".text", errors);
        if (got.contains("value")) return json_subset(want, got["value"], path + ".value", errors);
    }
    if (want.is_number_integer() && got.is_array()) {
        if (got.size() != want.get<std::size_t>()) fail();
        return;
    }
    if (want.is_number() && got.is_number()) {
        if (std::abs(want.get<double>() - got.get<double>()) > 0.051) fail();
        return;
    }
    if (want != got) fail();
}

}  // namespace reshost::test
