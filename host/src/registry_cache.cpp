#include "registry_cache.hpp"

#include <reshost/plugin.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <system_error>

namespace fs = std::filesystem;
using nlohmann::json;

namespace reshost::detail {

namespace {

constexpr const char* cache_format = "reshost-registry/1";

std::string host_abi() { return fmt::format("{}.{}", RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR); }

json to_json(const FileStamp& stamp, const PluginRecord& r) {
    json j = {{"file", stamp.path}, {"size", stamp.size}, {"mtime_ns", stamp.mtime_ns}};
    j["name"] = r.name;
    j["version"] = r.version;
    j["description"] = r.description;
    j["abi"] = {r.abi_major, r.abi_minor};
    if (!r.rejected.empty()) {
        j["rejected"] = r.rejected;
        return j;
    }
    json comps = json::array();
    for (const auto& c : r.components) {
        json rules = json::array();
        for (const auto& rule : c.rules)
            rules.push_back({{"id", rule.id},
                             {"severity", severity_name(rule.severity)},
                             {"description", rule.description},
                             {"category", rule.category},
                             {"doc_url", rule.doc_url}});
        comps.push_back({{"kind", kind_name(c.kind)}, {"name", c.name}, {"formats", c.formats}, {"rules", rules}});
    }
    j["components"] = comps;
    return j;
}

// Throws on anything malformed: the caller drops the entry.
std::pair<FileStamp, PluginRecord> from_json(const json& j) {
    FileStamp stamp{j.at("file").get<std::string>(), j.at("size").get<std::uint64_t>(),
                    j.at("mtime_ns").get<std::int64_t>()};
    PluginRecord r;
    r.name = j.at("name").get<std::string>();
    r.version = j.at("version").get<std::string>();
    r.description = j.at("description").get<std::string>();
    r.abi_major = j.at("abi").at(0).get<uint32_t>();
    r.abi_minor = j.at("abi").at(1).get<uint32_t>();
    if (j.contains("rejected")) {
        r.rejected = j.at("rejected").get<std::string>();
        return {stamp, r};
    }
    for (const auto& jc : j.at("components")) {
        ComponentRecord c;
        auto kind = kind_from_name(jc.at("kind").get<std::string>());
        if (!kind) throw std::runtime_error("unknown component kind");
        c.kind = *kind;
        c.name = jc.at("name").get<std::string>();
        c.formats = jc.at("formats").get<std::vector<std::string>>();
        for (const auto& jr : jc.at("rules")) {
            auto severity = severity_from_name(jr.at("severity").get<std::string>());
            if (!severity) throw std::runtime_error("unknown severity");
            c.rules.push_back(RuleRecord{jr.at("id").get<std::string>(), *severity,
                                         jr.at("description").get<std::string>(),
                                         jr.at("category").get<std::string>(), jr.at("doc_url").get<std::string>()});
        }
        r.components.push_back(std::move(c));
    }
    return {stamp, r};
}

}  // namespace

std::optional<FileStamp> stamp_of(const fs::path& file) {
    struct stat st {};
    std::error_code ec;
    auto abs = fs::absolute(file, ec).lexically_normal();
    if (ec || ::stat(abs.c_str(), &st) != 0) return std::nullopt;
    return FileStamp{abs.string(), static_cast<std::uint64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

fs::path RegistryCache::default_path(const std::vector<fs::path>& plugin_dirs) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    fs::path base;
    if (xdg && *xdg && fs::path(xdg).is_absolute()) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".cache";
    else return {};
    // One file per set of plugin directories: a host reads only the entries of
    // its own installation, not those of every other install or build tree
    // that ever ran as this user (each entry read costs every start-up).
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (const auto& dir : plugin_dirs) {
        std::error_code ec;
        auto abs = fs::absolute(dir, ec).lexically_normal().string();
        for (unsigned char c : abs) h = (h ^ c) * 1099511628211ull;
        h = (h ^ 0u) * 1099511628211ull;
    }
    return base / "reshost" / fmt::format("registry-v1-{:016x}.json", h);
}

RegistryCache::RegistryCache(fs::path file, const Logger& log) : file_(std::move(file)), log_(log) {
    if (file_.empty()) return;
    std::ifstream in(file_, std::ios::binary);
    if (!in) return;
    // Parsed from memory: nlohmann's stream input reads a character at a
    // time through the stream buffer, several times slower on every start.
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        json root = json::parse(text);
        if (root.at("format") != cache_format || root.at("host_abi") != host_abi()) return;
        for (const auto& j : root.at("plugins")) {
            try {
                auto [stamp, record] = from_json(j);
                entries_[stamp.path] = Entry{stamp, std::move(record), false};
            } catch (const std::exception&) {
                changed_ = true;  // rewritten without the broken entry
            }
        }
    } catch (const std::exception& e) {
        log_.debug(fmt::format("registry cache {}: ignored: {}", file_.string(), e.what()));
        entries_.clear();
    }
}

std::optional<PluginRecord> RegistryCache::find(const FileStamp& stamp) const {
    auto it = entries_.find(stamp.path);
    if (it == entries_.end() || !(it->second.stamp == stamp)) return std::nullopt;
    it->second.used = true;
    return it->second.record;
}

void RegistryCache::store(const FileStamp& stamp, const PluginRecord& record) {
    entries_[stamp.path] = Entry{stamp, record, true};
    changed_ = true;
}

void RegistryCache::save() const {
    // Written only when this host learnt something new. Entries it did not look
    // at may belong to another installation or plugin path sharing the cache
    // (a system install and a build tree): they stay while their file is
    // unchanged, else each host would drop the other's entries and every run
    // would map every plugin again.
    if (file_.empty() || !changed_) return;
    json plugins = json::array();
    for (const auto& [path, e] : entries_) {
        auto now = e.used ? std::optional<FileStamp>(e.stamp) : stamp_of(path);
        if (now && *now == e.stamp) plugins.push_back(to_json(e.stamp, e.record));
    }
    json root = {{"format", cache_format}, {"host_abi", host_abi()}, {"plugins", plugins}};
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    // A unique temp name, so hosts starting at once never write into each other's file.
    std::random_device rd;
    fs::path tmp = file_;
    tmp += fmt::format(".{}.{:x}.tmp", ::getpid(), rd());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << root.dump(1) << '\n';
        if (!out.flush()) {
            log_.debug(fmt::format("registry cache {}: not written", file_.string()));
            fs::remove(tmp, ec);
            return;
        }
    }
    fs::rename(tmp, file_, ec);
    if (ec) {
        log_.debug(fmt::format("registry cache {}: not written: {}", file_.string(), ec.message()));
        fs::remove(tmp, ec);
    }
}

}  // namespace reshost::detail
