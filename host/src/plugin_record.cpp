#include "plugin_record.hpp"

#include <reshost/plugin.h>

namespace reshost::detail {

std::string_view kind_name(uint32_t kind) {
    switch (kind) {
    case RH_KIND_IMPORTER: return "importer";
    case RH_KIND_ANALYZER: return "analyzer";
    case RH_KIND_EMITTER: return "emitter";
    default: return {};
    }
}

std::optional<uint32_t> kind_from_name(std::string_view name) {
    for (uint32_t k : {RH_KIND_IMPORTER, RH_KIND_ANALYZER, RH_KIND_EMITTER})
        if (kind_name(k) == name) return k;
    return std::nullopt;
}

std::string_view severity_name(uint32_t severity) {
    switch (severity) {
    case RH_SEVERITY_INFO: return "info";
    case RH_SEVERITY_WARNING: return "warning";
    case RH_SEVERITY_ERROR: return "error";
    default: return {};
    }
}

std::optional<uint32_t> severity_from_name(std::string_view name) {
    for (uint32_t s : {RH_SEVERITY_INFO, RH_SEVERITY_WARNING, RH_SEVERITY_ERROR})
        if (severity_name(s) == name) return s;
    return std::nullopt;
}

std::string_view rule_category(const RuleRecord& rule) {
    return rule.category.empty() ? std::string_view("content") : std::string_view(rule.category);
}

}  // namespace reshost::detail
