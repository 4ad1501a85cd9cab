// Loads a built plugin library the way a host does: dlopen, then the C entry
// point, then its components - nothing but the C ABI.
#pragma once

#include <reshost/plugin.h>

#include <dlfcn.h>

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace reshost::test {

inline std::string_view sv(rh_str s) { return s.data ? std::string_view(s.data, s.size) : std::string_view(); }

// The folder of plugin `name` in a plugin folder, and its library in it:
// <plugin_dir>/<name>/<name>.so.
inline std::string plugin_folder(const std::string& plugin_dir, std::string_view name) {
    return plugin_dir + "/" + std::string(name);
}
inline std::string plugin_file(const std::string& plugin_dir, std::string_view name) {
    return plugin_folder(plugin_dir, name) + "/" + std::string(name) + ".so";
}

// A host service table whose configuration comes from a map; plugin log
// lines are kept.
struct TestHostApi {
    rh_host_api api{};
    std::map<std::string, std::string, std::less<>> config;
    std::string log;

    TestHostApi() {
        api.struct_size = sizeof(rh_host_api);
        api.abi_major = RESHOST_ABI_MAJOR;
        api.abi_minor = RESHOST_ABI_MINOR;
        api.ctx = this;
        api.log = [](void* ctx, uint32_t, rh_str message) {
            static_cast<TestHostApi*>(ctx)->log.append(sv(message)).append("\n");
        };
        api.config_get = [](void* ctx, rh_str key) {
            const auto& config = static_cast<TestHostApi*>(ctx)->config;
            auto it = config.find(sv(key));
            return it == config.end() ? rh_str{nullptr, 0} : rh_str{it->second.data(), it->second.size()};
        };
        api.get_feature = [](void*, rh_str) -> const void* { return nullptr; };
    }
    TestHostApi(const TestHostApi&) = delete;
    TestHostApi& operator=(const TestHostApi&) = delete;
};

// One plugin library, loaded for the life of the object, and one of its
// components opened with its data directory.
class PluginLibrary {
public:
    // Loads the library `file`, whose components read their data from `dir`.
    PluginLibrary(const std::string& file, std::string dir) : dir_(std::move(dir)) {
        handle_ = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle_) throw std::runtime_error("cannot load " + file + ": " + dlerror());
        auto entry = reinterpret_cast<rh_plugin_entry_fn>(dlsym(handle_, RESHOST_ENTRY_SYMBOL));
        if (!entry) throw std::runtime_error(file + " exports no " RESHOST_ENTRY_SYMBOL);
        descriptor_ = entry();
        if (!descriptor_) throw std::runtime_error(file + ": entry point returned no descriptor");
    }
    ~PluginLibrary() {
        if (component_ && component_->close && state_) component_->close(state_);
        if (handle_) dlclose(handle_);
    }
    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    const rh_plugin_descriptor& descriptor() const { return *descriptor_; }

    // Opens the first component of `kind` (named `name`, when given); returns it and keeps its state.
    const rh_component& open(rh_kind kind, std::string_view name = {}) {
        for (size_t i = 0; i < descriptor_->component_count; ++i) {
            const rh_component* c = descriptor_->components[i];
            if (c->kind != static_cast<uint32_t>(kind)) continue;
            if (!name.empty() && sv(c->name) != name) continue;
            component_ = c;
            rh_open_input in{};
            in.struct_size = sizeof(in);
            in.host = &host_.api;
            in.plugin_dir = rh_str{dir_.data(), dir_.size()};
            state_ = c->open ? c->open(&in) : nullptr;
            if (c->open && !state_) throw std::runtime_error("opening " + std::string(sv(c->name)) + " failed: " + host_.log);
            return *c;
        }
        throw std::runtime_error("no component of the requested kind and name");
    }

    // The component opened last, and its state.
    const rh_component& component() const { return *component_; }
    void* state() const { return state_; }
    TestHostApi& host() { return host_; }

private:
    std::string dir_;
    void* handle_ = nullptr;
    const rh_plugin_descriptor* descriptor_ = nullptr;
    const rh_component* component_ = nullptr;
    void* state_ = nullptr;
    TestHostApi host_;
};

}  // namespace reshost::test
