// A plugin is mapped with rtld_now so that a symbol it lacks fails at load
// time. glibc applies that mode to every library the same dlopen maps, so a
// plugin on Poppler would also bind each of the thousands of calls inside
// Poppler, NSS, lcms and the rest before its first use, where a program
// linked to them binds a call when it is first made. Mapping the
// dependencies first, lazily, leaves rtld_now to the plugin's own symbols.
#include "plugin_dependencies.hpp"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace reshost::detail {

struct PluginDependencies::Handles {
    std::vector<void*> libraries;
};

namespace {

struct DynamicNames {
    std::vector<std::string> needed;
    std::string search_path;  // DT_RUNPATH, else DT_RPATH
    bool has_search_path = false;
};

class ElfFile {
public:
    explicit ElfFile(const fs::path& file) : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~ElfFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    ElfFile(const ElfFile&) = delete;
    ElfFile& operator=(const ElfFile&) = delete;

    bool read(std::uint64_t offset, void* out, std::size_t size) const {
        if (fd_ < 0) return false;
        auto got = ::pread(fd_, out, size, static_cast<off_t>(offset));
        return got >= 0 && static_cast<std::size_t>(got) == size;
    }

private:
    int fd_;
};

// The names in a 64-bit ELF file's dynamic section; false when it has none or is damaged.
bool read_dynamic(const ElfFile& elf, DynamicNames& out) {
    Elf64_Ehdr eh{};
    if (!elf.read(0, &eh, sizeof eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0 ||
        eh.e_shnum > 4096)
        return false;
    std::vector<Elf64_Shdr> sections(eh.e_shnum);
    if (!elf.read(eh.e_shoff, sections.data(), sections.size() * sizeof(Elf64_Shdr))) return false;
    for (const auto& s : sections) {
        if (s.sh_type != SHT_DYNAMIC || s.sh_link >= sections.size()) continue;
        const auto& strtab = sections[s.sh_link];
        constexpr std::uint64_t max_bytes = 16u << 20;
        if (s.sh_size > max_bytes || strtab.sh_size > max_bytes) return false;
        std::vector<Elf64_Dyn> entries(s.sh_size / sizeof(Elf64_Dyn));
        std::string names(strtab.sh_size, '\0');
        if (!elf.read(s.sh_offset, entries.data(), entries.size() * sizeof(Elf64_Dyn)) ||
            !elf.read(strtab.sh_offset, names.data(), names.size()))
            return false;
        auto name_at = [&](std::uint64_t at) {
            return at < names.size() ? std::string(names.c_str() + at, strnlen(names.c_str() + at, names.size() - at))
                                     : std::string();
        };
        std::string rpath;
        bool has_rpath = false;
        for (const auto& d : entries) {
            if (d.d_tag == DT_NULL) break;
            if (d.d_tag == DT_NEEDED) out.needed.push_back(name_at(d.d_un.d_val));
            if (d.d_tag == DT_RUNPATH) {
                out.search_path = name_at(d.d_un.d_val);
                out.has_search_path = true;
            }
            if (d.d_tag == DT_RPATH) {
                rpath = name_at(d.d_un.d_val);
                has_rpath = true;
            }
        }
        if (!out.has_search_path && has_rpath) {
            out.search_path = rpath;
            out.has_search_path = true;
        }
        return true;
    }
    return false;
}

// `dir` with $ORIGIN replaced; empty when it holds another token ($LIB, $PLATFORM).
std::string expand_origin(std::string dir, const std::string& origin) {
    for (const char* token : {"${ORIGIN}", "$ORIGIN"})
        for (auto at = dir.find(token); at != std::string::npos; at = dir.find(token))
            dir.replace(at, std::strlen(token), origin);
    return dir.find('$') == std::string::npos ? dir : std::string();
}

// Where the loader would find `name` for the plugin: a path, or the bare name
// to look up the usual way; empty when that cannot be told for sure.
std::string locate(const std::string& name, const DynamicNames& dyn, const fs::path& plugin) {
    if (name.empty() || name.find('/') != std::string::npos) return {};
    if (!dyn.has_search_path) return name;
    std::string origin = plugin.parent_path().string();
    std::string_view rest = dyn.search_path;
    while (true) {
        auto colon = rest.find(':');
        std::string dir = expand_origin(std::string(rest.substr(0, colon)), origin);
        if (dir.empty()) return {};
        std::error_code ec;
        fs::path candidate = fs::path(dir) / name;
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return name;
}

}  // namespace

std::unique_ptr<PluginDependencies> PluginDependencies::map_for(const fs::path& plugin) {
    std::unique_ptr<PluginDependencies> out(new PluginDependencies);
    out->handles_ = std::make_unique<Handles>();
    DynamicNames dyn;
    if (!read_dynamic(ElfFile(plugin), dyn)) return out;
    // With a search path of its own the plugin looks in LD_LIBRARY_PATH first
    // (DT_RUNPATH) or last (DT_RPATH); rather than guess, leave it to the loader.
    const char* env = std::getenv("LD_LIBRARY_PATH");
    if (dyn.has_search_path && env && *env) return out;
    for (const auto& name : dyn.needed) {
        std::string where = locate(name, dyn, plugin);
        if (where.empty()) continue;
        if (void* h = ::dlopen(where.c_str(), RTLD_LAZY | RTLD_LOCAL)) out->handles_->libraries.push_back(h);
    }
    return out;
}

PluginDependencies::~PluginDependencies() {
    if (!handles_) return;
    for (auto it = handles_->libraries.rbegin(); it != handles_->libraries.rend(); ++it) ::dlclose(*it);
}

}  // namespace reshost::detail
