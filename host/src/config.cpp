#include "config.hpp"

#include "plugin_record.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace reshost::detail {

namespace {

[[noreturn]] void fail(const std::string& name, const toml::node& node, std::string_view what) {
    throw std::invalid_argument(fmt::format("{}:{}: {}", name, node.source().begin.line, what));
}

std::string scalar_text(const toml::node& node) {
    if (auto s = node.as_string()) return s->get();
    if (auto i = node.as_integer()) return std::to_string(i->get());
    if (auto f = node.as_floating_point()) return fmt::format("{}", f->get());
    if (auto b = node.as_boolean()) return b->get() ? "true" : "false";
    std::ostringstream out;  // dates and times, as TOML writes them
    node.visit([&](const auto& v) { out << v; });
    return out.str();
}

void flatten(const toml::node& node, const std::string& key, ConfigValues& out) {
    if (auto table = node.as_table()) {
        for (const auto& [k, v] : *table) flatten(v, key.empty() ? std::string(k.str()) : key + "." + std::string(k.str()), out);
    } else if (auto array = node.as_array()) {
        // A list of plain values reads as one comma-separated value.
        bool plain = true;
        for (const auto& v : *array) plain = plain && !v.is_table() && !v.is_array();
        if (plain) {
            std::string joined;
            for (const auto& v : *array) joined += (joined.empty() ? "" : ",") + scalar_text(v);
            out[key] = joined;
        } else {
            for (std::size_t i = 0; i < array->size(); ++i) flatten(*array->get(i), fmt::format("{}.{}", key, i), out);
        }
    } else {
        out[key] = scalar_text(node);
    }
}

std::vector<std::string> string_list(const std::string& name, const toml::node& node, std::string_view key) {
    auto array = node.as_array();
    if (!array) fail(name, node, fmt::format("rules.{} must be a list of rule ids or packs", key));
    std::vector<std::string> out;
    for (const auto& v : *array) {
        auto s = v.as_string();
        if (!s) fail(name, v, fmt::format("rules.{} must hold strings (rule ids or packs)", key));
        out.push_back(s->get());
    }
    return out;
}

void read_rules(const std::string& name, const toml::node& node, Config& config) {
    auto rules = node.as_table();
    if (!rules) fail(name, node, "rules must be a table");
    for (const auto& [k, v] : *rules) {
        if (k == "enable") {
            config.enable = string_list(name, v, "enable");
        } else if (k == "disable") {
            config.disable = string_list(name, v, "disable");
        } else if (k == "severity") {
            auto table = v.as_table();
            if (!table) fail(name, v, "rules.severity must be a table of rule = \"error\" | \"warning\" | \"info\"");
            for (const auto& [rule, level] : *table) {
                auto s = level.as_string();
                auto severity = s ? severity_from_name(s->get()) : std::nullopt;
                if (!severity)
                    fail(name, level,
                         fmt::format("rules.severity.\"{}\" must be \"error\", \"warning\" or \"info\"", rule.str()));
                config.severity.emplace_back(std::string(rule.str()), *severity);
            }
        } else {
            fail(name, v, fmt::format("unknown key rules.{} (expected enable, disable or severity)", k.str()));
        }
    }
}

bool is_level(std::string_view level) { return level == "junior" || level == "mid" || level == "senior"; }

}  // namespace

void set_level(Config& config, std::string_view level) {
    if (!is_level(level))
        throw std::invalid_argument(fmt::format("level must be junior, mid or senior, not '{}'", level));
    config.values["level"] = std::string(level);
}

Config parse_config(std::string_view text, const std::string& name) {
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        throw std::invalid_argument(fmt::format("{}:{}: {}", name, e.source().begin.line, e.description()));
    }
    Config config;
    config.file = name;
    for (const auto& [k, v] : root) {
        if (k == "rules") {
            read_rules(name, v, config);
        } else if (k == "level") {
            auto s = v.as_string();
            if (!s || !is_level(s->get())) fail(name, v, "level must be \"junior\", \"mid\" or \"senior\"");
            config.values["level"] = s->get();
        } else {
            flatten(v, std::string(k.str()), config.values);
        }
    }
    return config;
}

Config load_config(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::invalid_argument(fmt::format("{}: cannot read config file", file.string()));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_config(text, file.string());
}

std::optional<fs::path> find_config(const std::string& explicit_file, const fs::path& input_dir) {
    std::error_code ec;
    if (!explicit_file.empty()) {
        if (!fs::is_regular_file(explicit_file, ec))
            throw std::invalid_argument(fmt::format("{}: no such config file", explicit_file));
        return fs::path(explicit_file);
    }
    if (!input_dir.empty()) {
        auto beside = input_dir / "reshost.toml";
        if (fs::is_regular_file(beside, ec)) return beside;
    }
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute()) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".config";
    if (base.empty()) return std::nullopt;
    auto user = base / "reshost" / "reshost.toml";
    if (fs::is_regular_file(user, ec)) return user;
    return std::nullopt;
}

}  // namespace reshost::detail
