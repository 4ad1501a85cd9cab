// Checks a JSON report against formats/report.schema.json. Needs RESHOST_SOURCE_DIR.
#pragma once

#include "json_schema.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace reshost::test {

// The schema violations of `report`, one per line; empty when it is valid.
inline std::string report_schema_errors(const nlohmann::json& report) {
    return schema_errors(std::filesystem::path(RESHOST_SOURCE_DIR) / "formats" / "report.schema.json", report);
}

}  // namespace reshost::test
