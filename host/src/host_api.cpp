#include "host_api.hpp"

#include "c_abi.hpp"

#include <fmt/format.h>

namespace reshost::detail {

CallContext::CallContext(const Logger& log, std::string source, const ConfigValues* config, bool hold_errors)
    : log_(log), source_(std::move(source)), config_(config), hold_errors_(hold_errors) {
    api_.struct_size = sizeof(rh_host_api);
    api_.abi_major = RESHOST_ABI_MAJOR;
    api_.abi_minor = RESHOST_ABI_MINOR;
    api_.ctx = this;
    api_.log = &log_fn;
    api_.config_get = &config_fn;
    api_.get_feature = &feature_fn;
}

void CallContext::log_fn(void* ctx, uint32_t level, rh_str message) {
    auto* self = static_cast<CallContext*>(ctx);
    if (level >= RH_LOG_ERROR && self->hold_errors_) {
        std::lock_guard lock(self->mutex_);
        self->held_.emplace_back(as_view(message));
        return;
    }
    LogLevel l = level >= RH_LOG_ERROR ? LogLevel::error : static_cast<LogLevel>(level);
    self->log_.log(l, fmt::format("{}: {}", self->source_, as_view(message)));
}

rh_str CallContext::config_fn(void* ctx, rh_str key) {
    auto* self = static_cast<CallContext*>(ctx);
    if (!self->config_) return {nullptr, 0};
    // The map is not changed during the call, so the value stays where it is.
    auto it = self->config_->find(as_view(key));
    if (it == self->config_->end()) return {nullptr, 0};
    return as_rh_str(it->second);
}

const void* CallContext::feature_fn(void*, rh_str) { return nullptr; }

std::vector<std::string> CallContext::held_errors() const {
    std::lock_guard lock(mutex_);
    return held_;
}

void CallContext::release_errors() const {
    for (const auto& message : held_errors()) log_.error(fmt::format("{}: {}", source_, message));
}

}  // namespace reshost::detail
