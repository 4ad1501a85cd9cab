// The shared resume corpus, found through RESHOST_CORPUS_DIR alone: the
// environment variable when it is set, otherwise the CMake cache variable of
// the same name the tests were built with (tests/CMakeLists.txt). A test that
// needs the corpus fails when it is not there; it never passes unrun.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace reshost::test {

inline std::filesystem::path corpus_root() {
    const char* from_environment = std::getenv("RESHOST_CORPUS_DIR");
    return from_environment ? std::filesystem::path(from_environment) : std::filesystem::path(RESHOST_CORPUS_DIR);
}

// `corpus_root() / part`, or an exception naming the folder when it is not
// there (a gtest test that throws fails with the message).
inline std::filesystem::path corpus_dir(const std::string& part = "") {
    std::filesystem::path dir = part.empty() ? corpus_root() : corpus_root() / part;
    if (!std::filesystem::is_directory(dir))
        throw std::runtime_error("the corpus folder " + dir.string() +
                                 " is missing (set RESHOST_CORPUS_DIR to the shared corpus)");
    return dir;
}

}  // namespace reshost::test
