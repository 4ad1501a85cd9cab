// The docx plugin of the build, loaded through its C entry point once for a
// test program.
#pragma once

#include "importer_plugin.hpp"

namespace reshost::test {

inline ImporterPlugin& plugin() {
    static ImporterPlugin p(RESHOST_TEST_PLUGIN_DIR, "docx", "docx");
    return p;
}

}  // namespace reshost::test
