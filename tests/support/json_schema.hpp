// Validates JSON against a JSON Schema with the suite's validator,
// tests/tools/validate_json.py (RESHOST_VALIDATE_JSON): the document is
// written to a temporary file and the validator run on it.
#pragma once

#include <nlohmann/json.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace reshost::test {

inline std::string shell_quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The validator's complaints about `doc`, one per line; empty when it is
// valid. A validator that cannot run (status 2, missing) is a complaint too,
// so a broken check never reads as a pass.
inline std::string schema_errors(const std::filesystem::path& schema, const nlohmann::json& doc) {
    std::string name = (std::filesystem::temp_directory_path() / "reshost-schema-check-XXXXXX.json").string();
    int fd = mkstemps(name.data(), 5);
    if (fd < 0) return "cannot create a temporary file for the schema check\n";
    close(fd);
    std::ofstream(name, std::ios::binary) << doc.dump(2);

    std::string command = shell_quoted(RESHOST_VALIDATE_JSON) + " " + shell_quoted(schema.string()) + " " +
                          shell_quoted(name) + " 2>&1";
    std::string output;
    int status = -1;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
        status = pclose(pipe);
    }
    std::filesystem::remove(name);
    if (status == 0) return "";
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 1)
        return "the schema check could not run (" + command + "):\n" + output;
    return output.empty() ? "invalid, but the validator said nothing\n" : output;
}

}  // namespace reshost::test
