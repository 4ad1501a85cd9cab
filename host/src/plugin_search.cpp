#include "plugin_search.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace reshost::detail {

namespace {

bool is_library(const fs::path& p) { return p.extension() == ".so"; }

// A regular file's identity (device and inode): the same file reached through
// two directories or a link is one plugin. One stat, where resolving the path
// would take one per component.
std::optional<std::pair<dev_t, ino_t>> file_id(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return std::make_pair(st.st_dev, st.st_ino);
}

}  // namespace

std::vector<fs::path> plugin_search_dirs(const HostOptions& options, const fs::path& install_dir) {
    std::vector<fs::path> dirs;
    for (const auto& p : options.plugin_paths)
        if (!p.empty()) dirs.emplace_back(p);
    if (options.use_environment) {
        if (const char* env = std::getenv("RESHOST_PLUGIN_PATH")) {
            std::string_view rest(env);
            while (!rest.empty()) {
                auto colon = rest.find(':');
                auto item = rest.substr(0, colon);
                // An empty element would mean the current directory to a shell; here it means nothing.
                if (!item.empty()) dirs.emplace_back(item);
                if (colon == std::string_view::npos) break;
                rest.remove_prefix(colon + 1);
            }
        }
    }
    if (options.use_install_dir && !install_dir.empty()) dirs.push_back(install_dir);
    return dirs;
}

std::vector<fs::path> find_plugin_files(const std::vector<fs::path>& dirs, const Logger& log) {
    std::vector<fs::path> files;
    std::set<std::pair<dev_t, ino_t>> seen;
    auto add = [&](const std::pair<fs::path, std::pair<dev_t, ino_t>>& found) {
        if (seen.insert(found.second).second) files.push_back(found.first);
    };
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            log.debug(fmt::format("plugin directory {}: not found", dir.string()));
            continue;
        }
        std::vector<std::pair<fs::path, std::pair<dev_t, ino_t>>> found;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            std::error_code sub;
            fs::path file = it->is_directory(sub) ? p / (p.filename().string() + ".so") : p;
            if (file == p && !is_library(p)) continue;
            if (auto id = file_id(file)) found.emplace_back(file, *id);
        }
        if (ec) log.warning(fmt::format("plugin directory {}: {}", dir.string(), ec.message()));
        std::sort(found.begin(), found.end());
        for (const auto& f : found) add(f);
    }
    return files;
}

}  // namespace reshost::detail
