#include "plugin_registry.hpp"

#include "c_abi.hpp"
#include "plugin_search.hpp"
#include "registry_cache.hpp"

#include <fmt/format.h>

#include <system_error>

namespace fs = std::filesystem;

namespace reshost::detail {

namespace {

PluginRecord rejected(std::string reason) {
    PluginRecord r;
    r.rejected = std::move(reason);
    return r;
}

fs::path cache_file(const HostOptions& options, const std::vector<fs::path>& plugin_dirs) {
    if (options.registry_cache == "none") return {};
    if (options.registry_cache.empty()) return RegistryCache::default_path(plugin_dirs);
    return options.registry_cache;
}

// Why a component lacks the function its kind needs, or empty.
std::string missing_function(const rh_component& c) {
    switch (c.kind) {
    case RH_KIND_IMPORTER: return c.import ? "" : "has no import function";
    case RH_KIND_ANALYZER: return c.analyze ? "" : "has no analyze function";
    case RH_KIND_EMITTER: return c.emit ? "" : "has no emit function";
    default: return "has an unknown kind";
    }
}

// The namespaces a plugin owns: its own name and the name of each of its
// analyzers (the first-party "analyzers" plugin names its packs "ats",
// "verbs"...). A rule id is "<namespace>.<rest>", so that one plugin cannot
// declare, and silently take over, another's rules.
bool owns_namespace(const PluginRecord& r, std::string_view id) {
    auto dot = id.find('.');
    if (dot == std::string_view::npos) return false;
    auto ns = id.substr(0, dot);
    if (ns == r.name) return true;
    for (const auto& c : r.components)
        if (c.kind == RH_KIND_ANALYZER && ns == c.name) return true;
    return false;
}

// Why a plugin's rule ids refuse it, or empty. `strict` is false for plugins
// built before ABI 1.3 made the namespace a rule: theirs only warn (through
// `warn`), so that plugins built then keep loading.
std::string rule_id_problem(const PluginRecord& r, bool strict, std::string& warn) {
    for (const auto& c : r.components)
        for (const auto& rule : c.rules) {
            if (rule.id.find('.') == std::string::npos || rule.id.front() == '.' || rule.id.back() == '.')
                return fmt::format("rule id '{}' of analyzer {} is not of the form <namespace>.<rule>", rule.id,
                                   c.name);
            if (owns_namespace(r, rule.id)) continue;
            auto msg = fmt::format("rule '{}' of analyzer {} is outside the plugin's namespaces ('{}.' and its "
                                   "analyzers' names, see docs/sdk.md)",
                                   rule.id, c.name, r.name);
            if (strict) return msg;
            if (warn.empty()) warn = msg;
        }
    return {};
}

}  // namespace

PluginRegistry::PluginRegistry(const HostOptions& options, const fs::path& install_dir, const Logger& log)
    : log_(log) {
    // A directory the user named that is not there is most likely a typo.
    for (const auto& dir : options.plugin_paths) {
        std::error_code ec;
        if (!dir.empty() && !fs::is_directory(dir, ec))
            log_.warning(fmt::format("plugin directory {}: no such directory", dir));
    }
    auto dirs = plugin_search_dirs(options, install_dir);
    RegistryCache cache(cache_file(options, dirs), log);
    std::map<std::string, std::string> names;  // plugin name -> the file that provides it
    for (const auto& file : find_plugin_files(dirs, log)) add(file, cache, names);
    cache.save();

    for (const auto& p : plugins_) {
        if (!p->record.rejected.empty()) continue;
        for (const auto& c : p->components) {
            const ComponentRecord& rec = *c->record;
            switch (rec.kind) {
            case RH_KIND_IMPORTER:
                for (const auto& f : rec.formats) importers_.emplace(f, c.get());
                break;
            case RH_KIND_ANALYZER:
                analyzers_.push_back(c.get());
                for (const auto& r : rec.rules) {
                    if (rules_.emplace(r.id, &r).second) rule_order_.emplace_back(&r, p.get());
                    else log_.warning(fmt::format("{}: rule {} is already defined by another plugin; ignored",
                                                  p->file.string(), r.id));
                }
                break;
            case RH_KIND_EMITTER:
                emitters_.emplace(rec.name, c.get());
                break;
            }
        }
    }
}

PluginRegistry::~PluginRegistry() {
    for (const auto& p : plugins_)
        for (const auto& c : p->components)
            if (c->state && c->fns.close) c->fns.close(c->state);
}

void PluginRegistry::add(const fs::path& file, RegistryCache& cache, std::map<std::string, std::string>& names) {
    auto p = std::make_unique<Plugin>();
    p->file = file;
    if (auto stamp = stamp_of(file)) {
        if (auto cached = cache.find(*stamp)) {
            p->record = std::move(*cached);
        } else {
            p->record = inspect(*p);
            cache.store(*stamp, p->record);
        }
    } else {
        p->record = rejected("cannot be read");
    }

    if (!p->record.rejected.empty()) {
        log_.error(fmt::format("{}: rejected: {}", file.string(), p->record.rejected));
        refused_.push_back(PluginError{p->record.name.empty() ? file.string() : p->record.name, "",
                                       fmt::format("{}: rejected: {}", file.string(), p->record.rejected)});
    } else if (auto [it, fresh] = names.emplace(p->record.name, file.string()); !fresh) {
        p->record.rejected = "shadowed by " + it->second;
        log_.warning(fmt::format("{}: plugin {} {}", file.string(), p->record.name, p->record.rejected));
    } else if (std::string warn, why = rule_id_problem(p->record, p->record.abi_minor >= 3, warn); !why.empty()) {
        names.erase(it);  // a refused plugin does not shadow a later one of the same name
        p->record.rejected = why;
        log_.error(fmt::format("{}: rejected: plugin {}: {}", file.string(), p->record.name, why));
        refused_.push_back(PluginError{p->record.name, "", fmt::format("{}: rejected: {}", file.string(), why)});
    } else {
        if (!warn.empty())
            log_.warning(fmt::format("{}: plugin {}: {}; plugins built for ABI 1.3 and later are refused for this",
                                     file.string(), p->record.name, warn));
        for (const auto& rec : p->record.components) {
            auto c = std::make_unique<Component>();
            c->plugin = p.get();
            c->record = &rec;
            c->source = rec.name == p->record.name ? rec.name : p->record.name + "/" + rec.name;
            p->components.push_back(std::move(c));
        }
        // Inspecting it just now mapped it: its functions are ready to use.
        if (p->library.descriptor) bind(*p);
    }
    plugins_.push_back(std::move(p));
}

PluginRecord PluginRegistry::inspect(Plugin& p) const {
    if (auto why = check_entry_symbol(p.file); !why.empty()) return rejected(why);
    map_library(p);
    if (!p.library.descriptor) return describe_refused(p.library.entry_result, p.library.error);
    return describe(p.library.descriptor);
}

void PluginRegistry::map_library(Plugin& p) const {
    std::call_once(p.mapped, [&] {
        p.library = open_plugin(p.file);
        p.loaded = p.library.library != nullptr;
        if (p.library.descriptor) bind(p);
    });
}

void PluginRegistry::bind(Plugin& p) const {
    rh_plugin_descriptor d = read_struct(p.library.descriptor);
    for (auto& c : p.components) {
        c->error = "the library no longer provides this component";
        for (std::size_t i = 0; i < d.component_count; ++i) {
            rh_component fns = read_struct(d.components[i]);
            if (fns.kind != c->record->kind || as_view(fns.name) != c->record->name) continue;
            c->fns = fns;
            c->error = missing_function(fns);
            break;
        }
    }
}

const std::string& PluginRegistry::prepare(Component& c) const {
    Plugin& p = *c.plugin;
    std::call_once(c.opened, [&] {
        map_library(p);
        if (!p.library.descriptor) {
            c.error = p.library.error;
            log_.error(fmt::format("{}: cannot be used: {}", p.file.string(), c.error));
            return;
        }
        if (!c.error.empty() || !c.fns.open) return;
        // Errors logged while opening are held, so that a failure's reason
        // (the SDK logs what a throwing constructor threw) becomes part of the
        // component's error, shown by `reshost plugins` and in reports.
        c.open_context = std::make_unique<CallContext>(log_, c.source, nullptr, true);
        std::string dir = p.file.parent_path().string();
        rh_open_input in{sizeof(rh_open_input), c.open_context->api(), as_rh_str(dir)};
        std::string reason;
        try {
            c.state = c.fns.open(&in);
        } catch (const std::exception& e) {
            c.state = nullptr;
            reason = e.what();
        } catch (...) {
            c.state = nullptr;
            reason = "unknown exception";
        }
        if (!c.state) {
            auto held = c.open_context->held_errors();
            if (reason.empty() && !held.empty()) reason = held.back();
            c.error = fmt::format("{} {} could not be opened", kind_name(c.record->kind), c.record->name);
            if (!reason.empty()) c.error += ": " + reason;
            log_.error(fmt::format("{}: {}", p.file.string(), c.error));
        } else {
            c.open_context->release_errors();
        }
    });
    c.prepared = true;
    return c.error;
}

void PluginRegistry::prepare_all() const {
    for (const auto& p : plugins_)
        if (p->record.rejected.empty())
            for (const auto& c : p->components) prepare(*c);
}

std::vector<PluginInfo> PluginRegistry::infos() const {
    std::vector<PluginInfo> out;
    for (const auto& p : plugins_) {
        PluginInfo info;
        const PluginRecord& r = p->record;
        info.file = p->file.string();
        info.name = r.name;
        info.version = r.version;
        info.description = r.description;
        if (r.abi_major || r.abi_minor) info.abi = fmt::format("{}.{}", r.abi_major, r.abi_minor);
        for (std::size_t i = 0; i < r.components.size(); ++i) {
            const auto& c = r.components[i];
            ComponentInfo ci{std::string(kind_name(c.kind)), c.name, c.formats, {}, {}};
            for (const auto& rule : c.rules) ci.rules.push_back(rule.id);
            // Only an opened component has a settled error: reading one being
            // opened on another thread would race.
            if (i < p->components.size() && p->components[i]->prepared) ci.error = p->components[i]->error;
            info.components.push_back(std::move(ci));
        }
        info.loaded = p->loaded;
        info.rejected = r.rejected;
        if (info.rejected.empty() && p->loaded && !p->library.descriptor) info.rejected = p->library.error;
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<RuleInfo> PluginRegistry::rules() const {
    std::vector<RuleInfo> out;
    for (const auto& [r, p] : rule_order_)
        out.push_back(RuleInfo{r->id, std::string(severity_name(r->severity)), r->description,
                               std::string(rule_category(*r)), p->record.name, r->doc_url});
    return out;
}

const RuleRecord* PluginRegistry::rule(std::string_view id) const {
    auto it = rules_.find(id);
    return it == rules_.end() ? nullptr : it->second;
}

PluginRegistry::Component* PluginRegistry::importer(std::string_view format) const {
    auto it = importers_.find(format);
    return it == importers_.end() ? nullptr : it->second;
}

PluginRegistry::Component* PluginRegistry::emitter(std::string_view name) const {
    auto it = emitters_.find(name);
    return it == emitters_.end() ? nullptr : it->second;
}

std::vector<std::string> PluginRegistry::formats() const {
    std::vector<std::string> out;
    for (const auto& [f, c] : importers_) out.push_back(f);
    return out;
}

std::vector<std::string> PluginRegistry::output_formats() const {
    std::vector<std::string> out;
    for (const auto& [f, c] : emitters_) out.push_back(f);
    return out;
}

}  // namespace reshost::detail
