#include "plugin_search.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string_view>
#include <system_error>

namespace fs = std::filesystem;

namespace reshost::detail {

namespace {

bool is_library(const fs::path& p) { return p.extension() == ".so"; }

bool is_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
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
    std::set<fs::path> seen;
    auto add = [&](const fs::path& file) {
        std::error_code ec;
        auto key = fs::weakly_canonical(file, ec);
        if (ec) key = fs::absolute(file, ec);
        if (seen.insert(key).second) files.push_back(file);
    };
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            log.debug(fmt::format("plugin directory {}: not found", dir.string()));
            continue;
        }
        std::vector<fs::path> found;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            std::error_code sub;
            if (it->is_directory(sub)) {
                fs::path inner = p / (p.filename().string() + ".so");
                if (is_file(inner)) found.push_back(inner);
            } else if (is_library(p) && is_file(p)) {
                found.push_back(p);
            }
        }
        if (ec) log.warning(fmt::format("plugin directory {}: {}", dir.string(), ec.message()));
        std::sort(found.begin(), found.end());
        for (const auto& f : found) add(f);
    }
    return files;
}

}  // namespace reshost::detail
