// The plugins of one Host: found at start-up (through the registry cache),
// mapped and opened lazily on first use, closed and unmapped with the Host.
#pragma once

#include "host_api.hpp"
#include "logger.hpp"
#include "plugin_library.hpp"
#include "plugin_record.hpp"

#include <reshost/host.hpp>
#include <reshost/plugin.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::detail {

class PluginRegistry {
public:
    struct Plugin;

    // One importer, analyzer or emitter; its functions are usable once prepare() said so.
    struct Component {
        Plugin* plugin = nullptr;
        const ComponentRecord* record = nullptr;
        std::string source;          // names it in log lines: "verbs", or "plugin/component"
        rh_component fns{};          // from the mapped library
        void* state = nullptr;       // from open()
        std::string error;           // non-empty: why it cannot be used
        std::once_flag opened;
        std::atomic<bool> prepared{false};  // prepare() has settled `error` (and `state`)
        std::unique_ptr<CallContext> open_context;  // the table open() received, kept as long as the state
    };

    struct Plugin {
        std::filesystem::path file;
        PluginRecord record;
        std::once_flag mapped;
        std::atomic<bool> loaded{false};
        OpenedPlugin library;        // kept until the Host goes
        std::vector<std::unique_ptr<Component>> components;
    };

    // Finds the plugins and reads what they offer, from the cache where it can.
    PluginRegistry(const HostOptions& options, const std::filesystem::path& install_dir, const Logger& log);
    // Closes every opened component, then unmaps the libraries.
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry&) = delete;
    PluginRegistry& operator=(const PluginRegistry&) = delete;

    // Every plugin found, with the ones rejected and why.
    std::vector<PluginInfo> infos() const;
    // Every rule of every usable analyzer, in plugin order.
    std::vector<RuleInfo> rules() const;
    // The declaration of a rule, or null.
    const RuleRecord* rule(std::string_view id) const;

    Component* importer(std::string_view format) const;
    const std::vector<Component*>& analyzers() const { return analyzers_; }
    Component* emitter(std::string_view name) const;
    std::vector<std::string> formats() const;
    std::vector<std::string> output_formats() const;

    // Maps the component's library and opens the component, once per Host;
    // returns why it cannot be used, or empty when it is ready. Thread-safe.
    const std::string& prepare(Component& c) const;
    // Prepares every component of every usable plugin (for `reshost plugins`).
    void prepare_all() const;
    // The plugins refused at start-up (not the shadowed ones, whose rules the
    // plugin shadowing them provides), as per-file errors.
    const std::vector<PluginError>& refused() const { return refused_; }

private:
    void add(const std::filesystem::path& file, class RegistryCache& cache, std::map<std::string, std::string>& names);
    PluginRecord inspect(Plugin& p) const;
    void map_library(Plugin& p) const;
    void bind(Plugin& p) const;

    const Logger& log_;
    std::vector<std::unique_ptr<Plugin>> plugins_;
    std::map<std::string, Component*, std::less<>> importers_, emitters_;
    std::vector<Component*> analyzers_;
    std::map<std::string, const RuleRecord*, std::less<>> rules_;
    std::vector<std::pair<const RuleRecord*, const Plugin*>> rule_order_;
    std::vector<PluginError> refused_;
};

}  // namespace reshost::detail
