// Checking and mapping one plugin library, and reading its descriptor.
#pragma once

#include "plugin_record.hpp"

#include <reshost/plugin.h>

#include <filesystem>
#include <memory>
#include <string>

namespace reshost::detail {

// A mapped library (boost::dll::shared_library); unmapped when the last owner goes.
struct MappedLibrary;

// The outcome of mapping a plugin library.
struct OpenedPlugin {
    std::shared_ptr<MappedLibrary> library;          // null when it could not be mapped
    const rh_plugin_descriptor* entry_result = nullptr;  // what the entry point returned
    const rh_plugin_descriptor* descriptor = nullptr;    // the same, when the host accepts it
    std::string error;                               // non-empty: why the plugin cannot be used
};

// Says why `file` is not a reshost plugin, reading its symbols without running
// any of its code; empty when it exports the entry point.
std::string check_entry_symbol(const std::filesystem::path& file);

// Maps the library (rtld_now | rtld_local), calls its entry point and checks the descriptor.
OpenedPlugin open_plugin(const std::filesystem::path& file);

// Says why the host refuses a descriptor (versions, struct sizes), or empty.
std::string check_descriptor(const rh_plugin_descriptor* d);

// The descriptor as plain data; `d` passed check_descriptor.
PluginRecord describe(const rh_plugin_descriptor* d);

// What can safely be read of a refused descriptor: its ABI version always,
// its name, version and description when it shares this host's ABI major.
PluginRecord describe_refused(const rh_plugin_descriptor* d, std::string reason);

}  // namespace reshost::detail
