// What the host knows about a plugin without loading it: its descriptor as
// plain data, as the registry cache stores it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::detail {

struct RuleRecord {
    std::string id;
    uint32_t severity = 1;  // rh_severity
    std::string description, category, doc_url;
};

struct ComponentRecord {
    uint32_t kind = 0;  // rh_kind
    std::string name;
    std::vector<std::string> formats;
    std::vector<RuleRecord> rules;
};

struct PluginRecord {
    std::string name, version, description;
    uint32_t abi_major = 0, abi_minor = 0;
    std::vector<ComponentRecord> components;
    std::string rejected;  // non-empty: why the host refuses the library
};

// "importer", "analyzer", "emitter"; empty for an unknown kind.
std::string_view kind_name(uint32_t kind);
std::optional<uint32_t> kind_from_name(std::string_view name);

// "error", "warning", "info"; empty for an unknown severity.
std::string_view severity_name(uint32_t severity);
std::optional<uint32_t> severity_from_name(std::string_view name);

// The score category of a rule: its own, or "content" when it names none.
std::string_view rule_category(const RuleRecord& rule);

}  // namespace reshost::detail
