// Runs one built emitter plugin, through the C ABI, on the fixed sample
// report (sample_report.hpp) and keeps what it wrote.
#pragma once

#include "plugin_library.hpp"
#include "sample_report.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace reshost::test {

struct Output {
    std::string text, failure;
    int status = -1;
};

// Runs `plugin` on the input make_input(host table) returns.
template <class MakeInput>
Output emit_input(std::string_view plugin, MakeInput make_input) {
    PluginLibrary lib(plugin_file(RESHOST_TEST_PLUGIN_DIR, plugin), plugin_folder(RESHOST_TEST_PLUGIN_DIR, plugin));
    const rh_component& c = lib.open(RH_KIND_EMITTER);
    rh_emit_input in = make_input(&lib.host().api);
    Output out;
    rh_writer w{};
    w.struct_size = sizeof(w);
    w.ctx = &out;
    w.write = [](void* ctx, const char* data, size_t size) { static_cast<Output*>(ctx)->text.append(data, size); };
    w.fail = [](void* ctx, rh_str reason) { static_cast<Output*>(ctx)->failure = sv(reason); };
    out.status = c.emit(lib.state(), &in, &w);
    return out;
}

// Runs `plugin` on the sample report.
inline Output emit(std::string_view plugin, bool color) {
    SampleReport report;
    return emit_input(plugin, [&](const rh_host_api* host) { return report.input(host, color); });
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The golden file at `path`; with RESHOST_UPDATE_GOLDEN=1 in the environment
// it is first rewritten with `actual`, for a deliberate change of a format
// (read the diff before committing it).
inline std::string golden(const std::string& path, const std::string& actual) {
    if (const char* update = std::getenv("RESHOST_UPDATE_GOLDEN"); update && std::string(update) == "1")
        std::ofstream(path, std::ios::binary) << actual;
    return read_text(path);
}


}  // namespace reshost::test
