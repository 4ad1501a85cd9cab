// Paragraph and character styles (word/styles.xml) with theme fonts
// (word/theme/theme1.xml), resolved through their basedOn chains.
#pragma once

#include <pugixml.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace reshost::docx {

// Run formatting; unset members inherit.
struct RunProps {
    std::optional<bool> bold, italic, hidden, caps;
    std::optional<bool> colored;  // a colour other than automatic or black
    float size = 0;  // points, 0 = inherit
    std::string font;

    // Lays `over` on top of this.
    void apply(const RunProps& over);
};

// Paragraph formatting that matters for reading order and structure.
struct ParagraphProps {
    int outline = -1;  // 0-based outline level, -1 = inherit, 9 = body text
    int num_id = -1;   // -1 = inherit, 0 = not numbered
    int ilvl = -1;
    // What makes a paragraph look like a heading, and what it takes on a page.
    std::optional<bool> keep_next, rule_below;
    std::optional<bool> contextual;  // no spacing between paragraphs of the same style
    float before = -1, after = -1;  // spacing in points, -1 = inherit
    float line = -1;                // line pitch: a factor of single spacing (auto), -1 = inherit
    float line_points = -1;         // or a fixed/minimum pitch in points
    float indent = -1;              // left indent in points, -1 = inherit

    // Lays `over` on top of this.
    void apply(const ParagraphProps& over);
};

// The fonts a theme names for headings (major) and body text (minor).
struct ThemeFonts {
    std::string major, minor;
    // Reads a:fontScheme from a theme part.
    static ThemeFonts read(pugi::xml_node theme);
};

// Reads w:rPr into run properties, resolving theme fonts.
RunProps read_run_props(pugi::xml_node rpr, const ThemeFonts& theme);
// Reads w:pPr into paragraph properties.
ParagraphProps read_paragraph_props(pugi::xml_node ppr);

// A paragraph style with its chain resolved.
struct ResolvedStyle {
    uint32_t heading_level = 0;  // 0 = not a heading
    int num_id = 0;
    int ilvl = 0;
    RunProps run;                // document defaults, then the chain, base first
    ParagraphProps para;         // the same for paragraph properties
    bool named_heading = false;  // a heading or title by its style, not by its look
};

class StyleSheet {
public:
    StyleSheet() = default;
    // Reads w:styles (may be empty when the part is absent).
    StyleSheet(pugi::xml_node styles, const ThemeFonts& theme);

    // The paragraph style `id` ("" = the default paragraph style), resolved.
    const ResolvedStyle& paragraph(std::string_view id);
    // The run properties of character style `id`, resolved through its chain.
    const RunProps& character(std::string_view id);
    const ThemeFonts& theme() const { return theme_; }

private:
    struct Style {
        std::string name;  // lower-cased
        std::string based_on;
        ParagraphProps para;
        RunProps run;
    };
    const Style* find(std::string_view id) const;

    ThemeFonts theme_;
    RunProps defaults_;
    ParagraphProps paragraph_defaults_;
    std::string default_paragraph_;
    std::unordered_map<std::string, Style> styles_;
    std::unordered_map<std::string, ResolvedStyle> resolved_;
    std::unordered_map<std::string, RunProps> characters_;
};

}  // namespace reshost::docx
