// The configuration file (TOML): rule selection, severity overrides, and the
// values plugins read through config_get.
#pragma once

#include "host_api.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace reshost::detail {

struct Config {
    std::string file;                                        // empty: no config file
    std::vector<std::string> enable, disable;                // [rules] enable / disable
    std::vector<std::pair<std::string, uint32_t>> severity;  // [rules.severity]: rule or pack -> rh_severity
    ConfigValues values;                                     // every other value, as "table.key"
};

// Reads a config file; throws std::invalid_argument naming the file and line.
Config load_config(const std::filesystem::path& file);

// Parses config text; `name` is used in messages. Throws std::invalid_argument.
Config parse_config(std::string_view text, const std::string& name);

// Sets the candidate's level ("junior", "mid", "senior") that analyzers read as
// "level", over the file's; throws std::invalid_argument for another value.
void set_level(Config& config, std::string_view level);

// The config that applies: `explicit_file` (must exist), else reshost.toml in
// `input_dir` (when given), else $XDG_CONFIG_HOME/reshost/reshost.toml (~/.config).
std::optional<std::filesystem::path> find_config(const std::string& explicit_file,
                                                 const std::filesystem::path& input_dir);

}  // namespace reshost::detail
