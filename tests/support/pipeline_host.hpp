// The whole pipeline for tests: one reshost::Host over the build's plugins
// (nothing from the environment or an install), and lookups in its results.
// Needs RESHOST_TEST_PLUGIN_DIR.
#pragma once

#include <reshost/host.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reshost::test {

// A host that sees exactly the plugins this build made, shared by the tests of a program.
inline const reshost::Host& pipeline_host() {
    static const std::unique_ptr<reshost::Host> h = [] {
        reshost::HostOptions o;
        o.plugin_paths = {RESHOST_TEST_PLUGIN_DIR};
        o.use_environment = false;
        o.use_install_dir = false;
        o.registry_cache = "none";
        return std::make_unique<reshost::Host>(o);
    }();
    return *h;
}

// The findings of `rule`, in report order.
inline std::vector<reshost::Finding> findings_of(const reshost::Analysis& a, const std::string& rule) {
    std::vector<reshost::Finding> out;
    for (const auto& f : a.findings())
        if (f.rule == rule) out.push_back(f);
    return out;
}

// Why `rule` could not be evaluated, or nothing when it was.
inline std::optional<std::string> not_evaluated_reason(const reshost::Analysis& a, const std::string& rule) {
    for (const auto& n : a.not_evaluated())
        if (n.rule == rule) return n.reason;
    return std::nullopt;
}

// The measurement `name` an analyzer reported, or nothing.
inline std::optional<double> metric(const reshost::Analysis& a, const std::string& name) {
    for (const auto& [key, value] : a.metrics())
        if (key == name) return value;
    return std::nullopt;
}

}  // namespace reshost::test
