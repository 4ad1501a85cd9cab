// The rh_host_api table the host hands to each plugin call.
#pragma once

#include "logger.hpp"

#include <reshost/plugin.h>

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace reshost::detail {

// Flattened configuration values ("verbs.repeated_max" -> "2").
using ConfigValues = std::map<std::string, std::string, std::less<>>;

// What one plugin call may reach through its host table. Lives for the call.
class CallContext {
public:
    // `source` names the caller in log lines ("verbs"); `config` may be null.
    CallContext(const Logger& log, std::string source, const ConfigValues* config, bool hold_errors = false);

    // The table for the call; valid while this context lives.
    const rh_host_api* api() const { return &api_; }

    // Error messages the plugin logged while errors were held, oldest first.
    std::vector<std::string> held_errors() const;
    // Logs the held errors as they came (the call succeeded after all).
    void release_errors() const;

private:
    static void log_fn(void* ctx, uint32_t level, rh_str message);
    static rh_str config_fn(void* ctx, rh_str key);
    static const void* feature_fn(void* ctx, rh_str name);

    const Logger& log_;
    std::string source_;
    const ConfigValues* config_;
    bool hold_errors_;
    rh_host_api api_{};
    mutable std::mutex mutex_;
    std::vector<std::string> held_;
};

}  // namespace reshost::detail
