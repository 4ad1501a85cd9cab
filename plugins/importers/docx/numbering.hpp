// List numbering (word/numbering.xml): which paragraphs are list items and
// the marker Word would draw before each.
#pragma once

#include <pugixml.hpp>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace reshost::docx {

// What a list paragraph becomes.
struct ListMarker {
    std::string text;   // "•", "1.", "a)"; may be empty
    bool ordered = false;
    unsigned level = 1; // 1-based depth
};

class Numbering {
public:
    Numbering() = default;
    // Reads w:numbering (may be empty when the part is absent).
    explicit Numbering(pugi::xml_node numbering);

    // Counts the next paragraph of list `num_id` at `ilvl` and returns its marker;
    // false when `num_id` names no list (a paragraph that is not a list item).
    bool next(int num_id, int ilvl, ListMarker& out);

private:
    static constexpr int levels = 9;
    struct Level {
        std::string format = "decimal";  // w:numFmt
        std::string text;                // w:lvlText, "%1."
        int start = 1;
        bool defined = false;
    };
    struct Abstract {
        std::array<Level, levels> level;
        std::string style_link;      // w:styleLink: defines the list style of this name
        std::string num_style_link;  // w:numStyleLink: takes its levels from that list style
    };
    struct Instance {
        int abstract = -1;
        std::array<int, levels> start_override{};  // 0 = none
        std::array<int, levels> counter{};        // 0 = not started
    };
    std::unordered_map<int, Abstract> abstracts_;
    std::unordered_map<int, Instance> instances_;
};

}  // namespace reshost::docx
