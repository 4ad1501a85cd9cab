#include "commands.hpp"
#include "console.hpp"
#include "output.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace reshost::cli {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string as_json(const std::vector<PluginInfo>& plugins) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : plugins) {
        nlohmann::json components = nlohmann::json::array();
        for (const auto& c : p.components) {
            nlohmann::json comp = {{"kind", c.kind}, {"name", c.name}, {"formats", c.formats}, {"rules", c.rules}};
            if (!c.error.empty()) comp["error"] = c.error;
            components.push_back(std::move(comp));
        }
        nlohmann::json item = {{"file", p.file},       {"name", p.name},
                               {"version", p.version}, {"description", p.description},
                               {"abi", p.abi},         {"loaded", p.loaded},
                               {"components", components}};
        if (!p.rejected.empty()) item["rejected"] = p.rejected;
        list.push_back(std::move(item));
    }
    return list.dump(2) + "\n";
}

std::string as_text(const std::vector<PluginInfo>& plugins) {
    std::string out;
    std::string rejected;
    for (const auto& p : plugins) {
        if (!p.rejected.empty()) {
            rejected += "  " + p.file + "\n    " + p.rejected + "\n";
            continue;
        }
        std::vector<std::string> kinds;
        for (const auto& c : p.components)
            if (std::find(kinds.begin(), kinds.end(), c.kind) == kinds.end()) kinds.push_back(c.kind);
        out += p.name + " " + p.version + "  [" + joined(kinds) + "]  ABI " + p.abi + "\n";
        if (!p.description.empty()) out += "  " + p.description + "\n";
        out += "  file: " + p.file + "\n";
        for (const auto& c : p.components) {
            out += "  " + c.kind + " " + c.name;
            if (!c.formats.empty()) out += ": reads " + joined(c.formats);
            if (!c.rules.empty()) out += ": " + std::to_string(c.rules.size()) + " rules";
            out += "\n";
            if (!c.error.empty()) out += "    FAILED: " + c.error + "\n";
        }
    }
    if (!rejected.empty()) out += "rejected:\n" + rejected;
    if (out.empty()) out = "no plugins found\n";
    return out;
}

}  // namespace

int run_plugins(const Host& host, const ListArgs& args) {
    // Every component is opened, as an analysis would, so that one whose
    // constructor throws shows as failed here rather than as healthy.
    const auto plugins = host.plugins(true);
    std::string error;
    if (!Output({}).write(args.format == "json" ? as_json(plugins) : as_text(plugins), error)) {
        print_error(error);
        return static_cast<int>(ExitCode::usage);
    }
    return static_cast<int>(ExitCode::clean);
}

}  // namespace reshost::cli
