// The registry cache: what each plugin library said about itself, keyed by its
// path, size and modification time, so a start-up with a warm cache maps no library.
#pragma once

#include "logger.hpp"
#include "plugin_record.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reshost::detail {

// The identity of a library file as the cache keys it.
struct FileStamp {
    std::string path;  // absolute
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

// Reads the stamp of `file`; nullopt when it cannot be read.
std::optional<FileStamp> stamp_of(const std::filesystem::path& file);

class RegistryCache {
public:
    // Reads `file` if it exists and fits this host's ABI; an empty path disables the cache.
    RegistryCache(std::filesystem::path file, const Logger& log);

    // The record stored for a library with this exact stamp.
    std::optional<PluginRecord> find(const FileStamp& stamp) const;
    // Records a library; only the libraries recorded or found in this run are saved.
    void store(const FileStamp& stamp, const PluginRecord& record);
    // Writes the cache (temp file + rename) when it changed; failing to is not an error.
    void save() const;

    // $XDG_CACHE_HOME/reshost/registry-v2-<hash of plugin_dirs>.tsv, else the same under ~/.cache.
    static std::filesystem::path default_path(const std::vector<std::filesystem::path>& plugin_dirs);

private:
    struct Entry {
        FileStamp stamp;
        PluginRecord record;
        bool used = false;
    };
    std::filesystem::path file_;
    const Logger& log_;
    mutable std::map<std::string, Entry> entries_;
    bool changed_ = false;
};

}  // namespace reshost::detail
