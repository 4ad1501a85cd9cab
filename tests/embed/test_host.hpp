// What the embedding tests share: where the build tree's plugins and the
// example resumes are, and host options that read nothing but those.
#pragma once

#include <reshost/host.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace reshost::test {

// The plugin directory of the build tree.
inline std::string plugin_dir() { return RESHOST_TEST_PLUGIN_DIR; }

// The example Markdown resume of the documentation.
inline std::string example_resume() { return std::string(RESHOST_SOURCE_DIR) + "/docs/examples/resume.md"; }

// A short junior resume with different findings, to catch one analysis leaking into another.
inline std::string junior_resume() { return std::string(RESHOST_TEST_FIXTURES) + "/junior.md"; }

// Options that see only `dirs`: no environment, no install dir, no registry cache.
inline HostOptions isolated_options(std::vector<std::string> dirs = {plugin_dir()}) {
    HostOptions o;
    o.plugin_paths = std::move(dirs);
    o.use_environment = false;
    o.use_install_dir = false;
    o.registry_cache = "none";
    return o;
}

}  // namespace reshost::test
