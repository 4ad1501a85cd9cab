#include "commands.hpp"
#include "console.hpp"
#include "output.hpp"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

namespace reshost::cli {

namespace {

std::string as_json(const std::vector<RuleInfo>& rules) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : rules)
        list.push_back({{"id", r.id},
                        {"severity", r.severity},
                        {"category", r.category},
                        {"plugin", r.plugin},
                        {"description", r.description},
                        {"doc_url", r.doc_url}});
    return list.dump(2) + "\n";
}

// One rule a line, in aligned columns with the description last.
std::string as_text(const std::vector<RuleInfo>& rules) {
    std::array<std::size_t, 4> width{2, 8, 8, 6};  // the headers' lengths
    for (const auto& r : rules) {
        width[0] = std::max(width[0], r.id.size());
        width[1] = std::max(width[1], r.severity.size());
        width[2] = std::max(width[2], r.category.size());
        width[3] = std::max(width[3], r.plugin.size());
    }
    auto row = [&](const std::array<std::string_view, 5>& cells) {
        std::string line;
        for (std::size_t i = 0; i < 4; ++i) {
            line += cells[i];
            line.append(width[i] - cells[i].size() + 2, ' ');
        }
        line += cells[4];
        return line + "\n";
    };
    std::string out = row({"ID", "SEVERITY", "CATEGORY", "PLUGIN", "DESCRIPTION"});
    for (const auto& r : rules) out += row({r.id, r.severity, r.category, r.plugin, r.description});
    return out;
}

}  // namespace

int run_rules(const Host& host, const ListArgs& args) {
    const auto rules = host.rules();
    std::string error;
    if (!Output({}).write(args.format == "json" ? as_json(rules) : as_text(rules), error)) {
        print_error(error);
        return static_cast<int>(ExitCode::usage);
    }
    return static_cast<int>(ExitCode::clean);
}

}  // namespace reshost::cli
