#include "plugin_library.hpp"

#include "c_abi.hpp"
#include "elf_exports.hpp"
#include "plugin_dependencies.hpp"

// Boost 1.74's library_info.hpp uses std::vector without including it.
#include <vector>

#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <dlfcn.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <system_error>

namespace reshost::detail {

struct MappedLibrary {
    std::unique_ptr<PluginDependencies> dependencies;  // declared first: unmapped after the library
    boost::dll::shared_library library;
};

namespace {

constexpr std::string_view entry_symbol = RESHOST_ENTRY_SYMBOL;

// The smallest size of each extensible struct the host reads from a plugin:
// its size in the oldest ABI minor this host still loads (1.0). A plugin built
// against a newer header gives a larger struct; the host reads what it knows
// and ignores the rest (a minor only appends fields), so there is no upper
// bound. Checking against sizeof() instead would refuse every plugin built
// today the day a field is appended to the struct (issue 17).
constexpr std::size_t min_descriptor_size = offsetof(rh_plugin_descriptor, component_count) + sizeof(size_t);
constexpr std::size_t min_component_size = offsetof(rh_component, emit) + sizeof(rh_component::emit);
constexpr std::size_t min_rule_size = offsetof(rh_rule, category);  // 1.0 rules end before `category`

// Checks a struct's declared size against the oldest size the host reads.
std::string check_size(std::string_view what, uint32_t given, std::size_t min) {
    if (given < min) return fmt::format("{} is {} bytes, smaller than the {} bytes of any ABI {}.x", what, given, min, RESHOST_ABI_MAJOR);
    return {};
}

std::string check_component(const rh_component* c, std::size_t index) {
    if (!c) return fmt::format("component {} is NULL", index);
    auto what = fmt::format("component {}", index);
    if (auto e = check_size(what, c->struct_size, min_component_size); !e.empty()) return e;
    rh_component comp = read_struct(c);
    if (as_view(comp.name).empty()) return fmt::format("component {} has no name", index);
    what = fmt::format("component '{}'", as_view(comp.name));
    if (kind_name(comp.kind).empty()) return fmt::format("{} has unknown kind {}", what, comp.kind);
    if (comp.format_count && !comp.formats) return fmt::format("{} lists formats without an array", what);
    if (comp.rule_count && !comp.rules) return fmt::format("{} lists rules without an array", what);
    for (std::size_t i = 0; i < comp.rule_count; ++i) {
        const rh_rule* r = comp.rules[i];
        if (!r) return fmt::format("{}: rule {} is NULL", what, i);
        auto rule_what = fmt::format("{}: rule {}", what, i);
        if (auto e = check_size(rule_what, r->struct_size, min_rule_size); !e.empty())
            return e;
        rh_rule rule = read_struct(r);
        if (as_view(rule.id).empty()) return fmt::format("{} has no id", rule_what);
        if (severity_name(rule.severity).empty())
            return fmt::format("{}: rule '{}' has unknown severity {}", what, as_view(rule.id), rule.severity);
    }
    return {};
}

// dlerror() names the file first; the caller names it already.
std::string load_error(const std::filesystem::path& file, const std::error_code& ec) {
    const char* e = dlerror();
    std::string reason = e ? e : ec.message();
    auto prefix = file.string() + ": ";
    if (reason.rfind(prefix, 0) == 0) reason.erase(0, prefix.size());
    return "cannot load library: " + reason;
}

}  // namespace

std::string check_entry_symbol(const std::filesystem::path& file) {
    bool found = false;
    try {
        boost::dll::library_info info(file);
        auto symbols = info.symbols();
        found = std::find(symbols.begin(), symbols.end(), entry_symbol) != symbols.end();
    } catch (const std::exception&) {
        return "not a shared library";
    }
    if (!found) found = elf_exports_symbol(file, entry_symbol);
    return found ? std::string() : fmt::format("not a reshost plugin (no {} symbol)", entry_symbol);
}

std::string check_descriptor(const rh_plugin_descriptor* d) {
    if (!d) return "its entry point returned no descriptor";
    if (d->struct_size < offsetof(rh_plugin_descriptor, abi_minor) + sizeof(d->abi_minor))
        return fmt::format("descriptor is {} bytes, too small to hold its ABI version", d->struct_size);
    if (d->abi_major != RESHOST_ABI_MAJOR)
        return fmt::format("built for reshost ABI {}.{}, this host provides ABI {}.{} (major versions must match)",
                           d->abi_major, d->abi_minor, RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR);
    if (d->abi_minor > RESHOST_ABI_MINOR)
        return fmt::format("built for reshost ABI {}.{}, newer than this host's ABI {}.{}", d->abi_major,
                           d->abi_minor, RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR);
    if (auto e = check_size("descriptor", d->struct_size, min_descriptor_size); !e.empty()) return e;
    rh_plugin_descriptor desc = read_struct(d);
    if (as_view(desc.name).empty()) return "descriptor has no plugin name";
    if (desc.component_count && !desc.components) return "descriptor lists components without an array";
    for (std::size_t i = 0; i < desc.component_count; ++i)
        if (auto e = check_component(desc.components[i], i); !e.empty()) return e;
    return {};
}

PluginRecord describe(const rh_plugin_descriptor* d) {
    PluginRecord out;
    rh_plugin_descriptor desc = read_struct(d);
    out.name = as_view(desc.name);
    out.version = as_view(desc.version);
    out.description = as_view(desc.description);
    out.abi_major = desc.abi_major;
    out.abi_minor = desc.abi_minor;
    for (std::size_t i = 0; i < desc.component_count; ++i) {
        rh_component c = read_struct(desc.components[i]);
        ComponentRecord comp;
        comp.kind = c.kind;
        comp.name = as_view(c.name);
        for (std::size_t k = 0; k < c.format_count; ++k) comp.formats.emplace_back(as_view(c.formats[k]));
        for (std::size_t k = 0; k < c.rule_count; ++k) {
            rh_rule r = read_struct(c.rules[k]);
            comp.rules.push_back(RuleRecord{std::string(as_view(r.id)), r.severity, std::string(as_view(r.description)),
                                            std::string(as_view(r.category)), std::string(as_view(r.doc_url))});
        }
        out.components.push_back(std::move(comp));
    }
    return out;
}

PluginRecord describe_refused(const rh_plugin_descriptor* d, std::string reason) {
    PluginRecord out;
    out.rejected = std::move(reason);
    if (!d || d->struct_size < offsetof(rh_plugin_descriptor, abi_minor) + sizeof(d->abi_minor)) return out;
    out.abi_major = d->abi_major;
    out.abi_minor = d->abi_minor;
    if (d->abi_major != RESHOST_ABI_MAJOR || d->struct_size < offsetof(rh_plugin_descriptor, components)) return out;
    out.name = as_view(d->name);
    out.version = as_view(d->version);
    out.description = as_view(d->description);
    return out;
}

OpenedPlugin open_plugin(const std::filesystem::path& file) {
    OpenedPlugin out;
    auto lib = std::make_shared<MappedLibrary>();
    std::error_code ec;
    lib->dependencies = PluginDependencies::map_for(file);
    dlerror();
    lib->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
    if (ec || !lib->library.is_loaded()) {
        out.error = load_error(file, ec);
        return out;
    }
    out.library = lib;
    if (!lib->library.has(RESHOST_ENTRY_SYMBOL)) {
        out.error = fmt::format("not a reshost plugin (no {} symbol)", entry_symbol);
        return out;
    }
    auto& entry = lib->library.get<const rh_plugin_descriptor*()>(RESHOST_ENTRY_SYMBOL);
    const rh_plugin_descriptor* d = nullptr;
    try {
        d = entry();
    } catch (...) {
        out.error = "its entry point threw an exception";
        return out;
    }
    out.entry_result = d;
    out.error = check_descriptor(d);
    if (out.error.empty()) out.descriptor = d;
    return out;
}

}  // namespace reshost::detail
