// Maps the libraries a plugin depends on before the plugin itself.
#pragma once

#include <filesystem>
#include <memory>

namespace reshost::detail {

// The libraries mapped for one plugin; unmapped (in reverse order) when it goes.
class PluginDependencies {
public:
    // Maps, with lazy binding, the libraries `plugin` lists as needed (DT_NEEDED),
    // found the way the loader would find them for it. A library that cannot be
    // found or mapped is skipped: mapping the plugin then reports it.
    static std::unique_ptr<PluginDependencies> map_for(const std::filesystem::path& plugin);
    ~PluginDependencies();
    PluginDependencies(const PluginDependencies&) = delete;
    PluginDependencies& operator=(const PluginDependencies&) = delete;

private:
    PluginDependencies() = default;
    struct Handles;
    std::unique_ptr<Handles> handles_;
};

}  // namespace reshost::detail
