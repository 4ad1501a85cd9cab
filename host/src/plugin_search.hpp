// Where plugins are looked for, and the library files found there.
#pragma once

#include "logger.hpp"

#include <reshost/host.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace reshost::detail {

// The plugin directories in search order: options.plugin_paths, then
// RESHOST_PLUGIN_PATH (':'-separated), then `install_dir`. Never the current directory.
std::vector<std::filesystem::path> plugin_search_dirs(const HostOptions& options,
                                                       const std::filesystem::path& install_dir);

// The plugin libraries in `dirs`, in search order: <dir>/*.so and <dir>/<name>/<name>.so,
// sorted by name within a directory; a file reached twice is listed once.
std::vector<std::filesystem::path> find_plugin_files(const std::vector<std::filesystem::path>& dirs,
                                                     const Logger& log);

}  // namespace reshost::detail
