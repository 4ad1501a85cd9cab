// Reads a test fixture that describes a DocumentData in JSON.
//
// {"format": "markdown", "today": "2024-06", "meta": {"pages": "1"},
//  "blocks": [{"kind": "heading", "level": 1, "line": 1, "text": "Jane Doe"},
//             {"kind": "list", "level": 1, "marker": "-", "text": "**Led** a team"},
//             {"kind": "paragraph", "flags": ["footer"], "text": "Page 1"}]}
//
// A block's text holds one line per '\n'; in a line "**x**" is bold, "*x*"
// italic and "[x](url)" a link. Lines are numbered from the block's "line"
// (default: two after the previous block's last line).
#pragma once

#include "model.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace reshost::test {

struct Fixture {
    detail::DocumentData doc;
    std::string today;
};

// Builds the document a fixture describes.
Fixture fixture_document(const nlohmann::json& j);

// Reads a whole file; fails the test when it cannot.
std::string read_file(const std::string& path);

// The spans of one line written in the fixture's inline markup.
std::vector<detail::SpanData> fixture_spans(std::string_view line);

}  // namespace reshost::test
