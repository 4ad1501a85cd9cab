// One host over the build's plugins, shared by the ats tests.
#pragma once

#include <reshost/host.hpp>

#include <memory>
#include <string>
#include <vector>

namespace reshost::test {

inline const Host& ats_host() {
    static const std::unique_ptr<Host> h = [] {
        HostOptions o;
        o.plugin_paths = {RESHOST_TEST_PLUGIN_DIR};
        o.use_environment = false;
        o.use_install_dir = false;
        o.registry_cache = "none";
        return std::make_unique<Host>(o);
    }();
    return *h;
}

// The findings of `rule` in `a`.
inline std::vector<Finding> findings_of(const Analysis& a, const std::string& rule) {
    std::vector<Finding> out;
    for (const auto& f : a.findings())
        if (f.rule == rule) out.push_back(f);
    return out;
}

// Every ats finding of `a`, one per line, for failure messages.
inline std::string ats_listing(const Analysis& a) {
    std::string out;
    for (const auto& f : a.findings())
        if (f.rule.rfind("ats.", 0) == 0) out += "  " + f.severity + " " + f.rule + ": " + f.message + "\n";
    return out;
}

}  // namespace reshost::test
