#include "registry_cache.hpp"

#include <reshost/plugin.h>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace reshost::detail {

namespace {

constexpr std::string_view cache_format = "reshost-registry/2";

std::string host_abi() { return fmt::format("{}.{}", RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR); }

// The cache is lines of tab-separated fields, read at every start-up: a
// format that splits on two characters costs a fraction of a JSON parse.
// Fields escape the backslash, tab and line breaks.
void put_field(std::string& out, std::string_view field) {
    out += '\t';
    for (char c : field) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

std::string unescape(std::string_view field) {
    std::string out;
    out.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        char c = field[++i];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
    return out;
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> out;
    while (true) {
        auto tab = line.find('\t');
        out.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos) return out;
        line.remove_prefix(tab + 1);
    }
}

template <typename Int>
Int to_int(std::string_view s) {
    Int v{};
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) throw std::runtime_error("bad number");
    return v;
}

// plugin  file size mtime_ns name version description abi_major abi_minor rejected
// component  kind name format...
// rule  id severity description category doc_url
void write_record(std::string& out, const FileStamp& stamp, const PluginRecord& r) {
    out += "plugin";
    put_field(out, stamp.path);
    put_field(out, std::to_string(stamp.size));
    put_field(out, std::to_string(stamp.mtime_ns));
    put_field(out, r.name);
    put_field(out, r.version);
    put_field(out, r.description);
    put_field(out, std::to_string(r.abi_major));
    put_field(out, std::to_string(r.abi_minor));
    put_field(out, r.rejected);
    out += '\n';
    if (!r.rejected.empty()) return;
    for (const auto& c : r.components) {
        out += "component";
        put_field(out, kind_name(c.kind));
        put_field(out, c.name);
        for (const auto& f : c.formats) put_field(out, f);
        out += '\n';
        for (const auto& rule : c.rules) {
            out += "rule";
            put_field(out, rule.id);
            put_field(out, severity_name(rule.severity));
            put_field(out, rule.description);
            put_field(out, rule.category);
            put_field(out, rule.doc_url);
            out += '\n';
        }
    }
}

// Adds one line to the record being read; throws on anything malformed.
void read_line(const std::vector<std::string_view>& f, FileStamp& stamp, PluginRecord& r) {
    if (f[0] == "plugin") {
        if (f.size() != 10) throw std::runtime_error("plugin line");
        stamp = FileStamp{unescape(f[1]), to_int<std::uint64_t>(f[2]), to_int<std::int64_t>(f[3])};
        r.name = unescape(f[4]);
        r.version = unescape(f[5]);
        r.description = unescape(f[6]);
        r.abi_major = to_int<std::uint32_t>(f[7]);
        r.abi_minor = to_int<std::uint32_t>(f[8]);
        r.rejected = unescape(f[9]);
    } else if (f[0] == "component") {
        if (f.size() < 3 || !r.rejected.empty()) throw std::runtime_error("component line");
        ComponentRecord c;
        auto kind = kind_from_name(f[1]);
        if (!kind) throw std::runtime_error("unknown component kind");
        c.kind = *kind;
        c.name = unescape(f[2]);
        for (std::size_t i = 3; i < f.size(); ++i) c.formats.push_back(unescape(f[i]));
        r.components.push_back(std::move(c));
    } else if (f[0] == "rule") {
        if (f.size() != 6 || r.components.empty()) throw std::runtime_error("rule line");
        auto severity = severity_from_name(f[2]);
        if (!severity) throw std::runtime_error("unknown severity");
        r.components.back().rules.push_back(
            RuleRecord{unescape(f[1]), *severity, unescape(f[3]), unescape(f[4]), unescape(f[5])});
    } else {
        throw std::runtime_error("unknown line");
    }
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
    return base / "reshost" / fmt::format("registry-v2-{:016x}.tsv", h);
}

RegistryCache::RegistryCache(fs::path file, const Logger& log) : file_(std::move(file)), log_(log) {
    if (file_.empty()) return;
    std::ifstream in(file_, std::ios::binary);
    if (!in) return;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string_view rest(text);
    auto next_line = [&] {
        auto nl = rest.find('\n');
        auto line = rest.substr(0, nl);
        rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
        return line;
    };
    if (split_fields(next_line()) != std::vector<std::string_view>{cache_format, host_abi()}) {
        log_.debug(fmt::format("registry cache {}: ignored: another format or ABI", file_.string()));
        return;
    }
    // A broken record is dropped, and the file rewritten without it.
    std::optional<std::pair<FileStamp, PluginRecord>> entry;
    bool broken = false;
    auto keep = [&] {
        if (entry && !broken) entries_[entry->first.path] = Entry{entry->first, std::move(entry->second), false};
        changed_ = changed_ || broken;
        entry.reset();
        broken = false;
    };
    while (!rest.empty()) {
        auto line = next_line();
        if (line.empty()) continue;
        auto fields = split_fields(line);
        if (fields[0] == "plugin") {
            keep();
            entry.emplace();
        }
        if (!entry || broken) {
            changed_ = true;
            continue;
        }
        try {
            read_line(fields, entry->first, entry->second);
        } catch (const std::exception&) {
            broken = true;
        }
    }
    keep();
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
    std::string text = fmt::format("{}\t{}\n", cache_format, host_abi());
    for (const auto& [path, e] : entries_) {
        auto now = e.used ? std::optional<FileStamp>(e.stamp) : stamp_of(path);
        if (now && *now == e.stamp) write_record(text, e.stamp, e.record);
    }
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    // A unique temp name, so hosts starting at once never write into each other's file.
    std::random_device rd;
    fs::path tmp = file_;
    tmp += fmt::format(".{}.{:x}.tmp", ::getpid(), rd());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
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
