#include "style_sheet.hpp"

#include "xml_part.hpp"

#include <cctype>

namespace reshost::docx {
namespace {

// basedOn chains longer than this are cut: real style sheets are a few deep,
// a hostile one may loop.
constexpr int max_chain = 20;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "Title" is a level-1 heading; "heading N" a level-N one.
uint32_t heading_level_of_name(std::string_view name) {
    if (name == "title") return 1;
    if (name.size() == 9 && name.substr(0, 8) == "heading " && name[8] >= '1' && name[8] <= '9')
        return static_cast<uint32_t>(name[8] - '0');
    return 0;
}

// The built-in style ids: "Title", "Heading1".
uint32_t heading_level_of_id(std::string_view id) {
    if (id == "title") return 1;
    if (id.size() == 8 && id.substr(0, 7) == "heading" && id[7] >= '1' && id[7] <= '9')
        return static_cast<uint32_t>(id[7] - '0');
    return 0;
}

}  // namespace

void RunProps::apply(const RunProps& over) {
    if (over.bold) bold = over.bold;
    if (over.italic) italic = over.italic;
    if (over.hidden) hidden = over.hidden;
    if (over.caps) caps = over.caps;
    if (over.colored) colored = over.colored;
    if (over.size > 0) size = over.size;
    if (!over.font.empty()) font = over.font;
}

void ParagraphProps::apply(const ParagraphProps& over) {
    if (over.outline >= 0) outline = over.outline;
    if (over.num_id >= 0) num_id = over.num_id;
    if (over.ilvl >= 0) ilvl = over.ilvl;
    if (over.keep_next) keep_next = over.keep_next;
    if (over.rule_below) rule_below = over.rule_below;
    if (over.contextual) contextual = over.contextual;
    if (over.before >= 0) before = over.before;
    if (over.after >= 0) after = over.after;
    if (over.line >= 0 || over.line_points >= 0) {
        line = over.line;
        line_points = over.line_points;
    }
    if (over.indent >= 0) indent = over.indent;
}

ThemeFonts ThemeFonts::read(pugi::xml_node theme) {
    ThemeFonts out;
    pugi::xml_node scheme = child(child(theme, "themeElements"), "fontScheme");
    out.major = attr(child(child(scheme, "majorFont"), "latin"), "typeface");
    out.minor = attr(child(child(scheme, "minorFont"), "latin"), "typeface");
    return out;
}

RunProps read_run_props(pugi::xml_node rpr, const ThemeFonts& theme) {
    RunProps out;
    for (pugi::xml_node p = rpr.first_child(); p; p = p.next_sibling()) {
        if (p.type() != pugi::node_element) continue;
        std::string_view n = local_name(p.name());
        if (n == "b") out.bold = on_off(p);
        else if (n == "i") out.italic = on_off(p);
        else if (n == "vanish") out.hidden = on_off(p);
        else if (n == "caps") out.caps = on_off(p);
        else if (n == "color") {
            std::string_view v = attr(p, "val");
            std::string_view theme_color = attr(p, "themeColor");
            out.colored = !(v.empty() || v == "auto" || v == "000000" || theme_color == "text1" || theme_color == "dark1");
        }
        else if (n == "sz") {
            long long half_points = number_attr(p, "val", 0);
            if (half_points > 0 && half_points < 4000) out.size = static_cast<float>(half_points) / 2.0f;
        } else if (n == "rFonts") {
            // A theme reference wins over the explicit name, as in Word.
            std::string_view t = attr(p, "asciiTheme");
            if (t.empty()) t = attr(p, "hAnsiTheme");
            if (!t.empty()) out.font = t.substr(0, 5) == "major" ? theme.major : theme.minor;
            if (out.font.empty()) out.font = attr(p, "ascii");
            if (out.font.empty()) out.font = attr(p, "hAnsi");
        }
    }
    return out;
}

ParagraphProps read_paragraph_props(pugi::xml_node ppr) {
    ParagraphProps out;
    if (pugi::xml_node o = child(ppr, "outlineLvl")) out.outline = static_cast<int>(number_attr(o, "val", 9));
    if (pugi::xml_node num = child(ppr, "numPr")) {
        out.num_id = static_cast<int>(number_attr(child(num, "numId"), "val", -1));
        out.ilvl = static_cast<int>(number_attr(child(num, "ilvl"), "val", -1));
    }
    if (pugi::xml_node k = child(ppr, "keepNext")) out.keep_next = on_off(k);
    if (pugi::xml_node c = child(ppr, "contextualSpacing")) out.contextual = on_off(c);
    if (pugi::xml_node b = child(ppr, "pBdr")) {
        pugi::xml_node bottom = child(b, "bottom");
        out.rule_below = bottom && on_off(bottom) && attr(bottom, "val") != "nil";
    }
    if (pugi::xml_node sp = child(ppr, "spacing")) {
        constexpr float twips = 20.0f;
        if (long long v = number_attr(sp, "before", -1); v >= 0 && v < 32000) out.before = static_cast<float>(v) / twips;
        if (long long v = number_attr(sp, "after", -1); v >= 0 && v < 32000) out.after = static_cast<float>(v) / twips;
        if (long long v = number_attr(sp, "line", -1); v > 0 && v < 32000) {
            std::string_view rule = attr(sp, "lineRule");
            if (rule == "exact" || rule == "atLeast") out.line_points = static_cast<float>(v) / twips;
            else out.line = static_cast<float>(v) / 240.0f;
        }
    }
    if (pugi::xml_node ind = child(ppr, "ind")) {
        long long left = number_attr(ind, "left", number_attr(ind, "start", -1));
        if (left >= 0 && left < 32000) out.indent = static_cast<float>(left) / 20.0f;
    }
    return out;
}

StyleSheet::StyleSheet(pugi::xml_node styles, const ThemeFonts& theme) : theme_(theme) {
    pugi::xml_node doc_defaults = child(styles, "docDefaults");
    defaults_ = read_run_props(child(child(doc_defaults, "rPrDefault"), "rPr"), theme_);
    paragraph_defaults_ = read_paragraph_props(child(child(doc_defaults, "pPrDefault"), "pPr"));
    for (pugi::xml_node s = styles.first_child(); s; s = s.next_sibling()) {
        if (!is(s, "style")) continue;
        std::string id(attr(s, "styleId"));
        Style style;
        style.name = lower(attr(child(s, "name"), "val"));
        style.based_on = attr(child(s, "basedOn"), "val");
        style.para = read_paragraph_props(child(s, "pPr"));
        style.run = read_run_props(child(s, "rPr"), theme_);
        if (attr(s, "type") == "paragraph" && attr(s, "default") == "1") default_paragraph_ = id;
        styles_.emplace(std::move(id), std::move(style));
    }
}

const StyleSheet::Style* StyleSheet::find(std::string_view id) const {
    auto it = styles_.find(std::string(id));
    return it == styles_.end() ? nullptr : &it->second;
}

const ResolvedStyle& StyleSheet::paragraph(std::string_view id_in) {
    std::string id(id_in.empty() ? std::string_view(default_paragraph_) : id_in);
    if (auto it = resolved_.find(id); it != resolved_.end()) return it->second;

    // Walk from the style towards its bases; the nearest setting wins.
    const Style* chain[max_chain];
    int depth = 0;
    for (const Style* s = find(id); s && depth < max_chain; s = find(s->based_on)) chain[depth++] = s;

    ResolvedStyle out;
    out.run = defaults_;
    out.para = paragraph_defaults_;
    int outline = -1, num_id = -1, ilvl = -1;
    uint32_t named_level = 0;
    for (int i = depth - 1; i >= 0; --i) {
        const Style& s = *chain[i];
        out.run.apply(s.run);
        out.para.apply(s.para);
        if (s.para.outline >= 0) outline = s.para.outline;
        if (s.para.num_id >= 0) num_id = s.para.num_id;
        if (s.para.ilvl >= 0) ilvl = s.para.ilvl;
        if (uint32_t l = heading_level_of_name(s.name)) named_level = l;
    }
    // Without styles.xml, the built-in ids still say what a paragraph is.
    if (depth == 0) named_level = heading_level_of_id(lower(id));
    if (outline >= 0 && outline < 9) out.heading_level = static_cast<uint32_t>(outline) + 1;
    else if (outline < 0) out.heading_level = named_level;
    out.named_heading = out.heading_level > 0;
    out.num_id = num_id < 0 ? 0 : num_id;
    out.ilvl = ilvl < 0 ? 0 : ilvl;
    return resolved_.emplace(std::move(id), std::move(out)).first->second;
}

const RunProps& StyleSheet::character(std::string_view id_in) {
    std::string id(id_in);
    if (auto it = characters_.find(id); it != characters_.end()) return it->second;
    const Style* chain[max_chain];
    int depth = 0;
    for (const Style* s = find(id); s && depth < max_chain; s = find(s->based_on)) chain[depth++] = s;
    RunProps out;
    for (int i = depth - 1; i >= 0; --i) out.apply(chain[i]->run);
    return characters_.emplace(std::move(id), std::move(out)).first->second;
}

}  // namespace reshost::docx
