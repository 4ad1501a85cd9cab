// The real plugins of the build tree, for tests that need them.
#pragma once

#include <reshost/host.hpp>

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace reshost::test {

inline std::string plugin_dir() { return RESHOST_TEST_PLUGIN_DIR; }

// Whether the build tree has the plugins named here (<dir>/<name>/<name>.so).
inline bool have_plugins(const std::vector<std::string>& names) {
    for (const auto& n : names)
        if (!std::filesystem::exists(std::filesystem::path(plugin_dir()) / n / (n + ".so"))) return false;
    return true;
}

// Log lines a Host sent, kept for assertions.
struct LogRecord {
    std::mutex mutex;
    std::vector<std::pair<LogLevel, std::string>> lines;

    LogSink sink() {
        return [this](LogLevel level, std::string_view message) {
            std::lock_guard lock(mutex);
            lines.emplace_back(level, std::string(message));
        };
    }
    std::vector<std::string> mentioning(const std::string& what) {
        std::lock_guard lock(mutex);
        std::vector<std::string> out;
        for (const auto& [level, text] : lines)
            if (text.find(what) != std::string::npos) out.push_back(text);
        return out;
    }
};

// Options that see only `dirs` and the given registry cache ("none" for none).
inline HostOptions only(std::vector<std::string> dirs, std::string cache = "none", LogSink log = {}) {
    HostOptions o;
    o.plugin_paths = std::move(dirs);
    o.use_environment = false;
    o.use_install_dir = false;
    o.registry_cache = std::move(cache);
    o.log = log ? std::move(log) : LogSink([](LogLevel, std::string_view) {});
    return o;
}

}  // namespace reshost::test
