#include "part_reader.hpp"

#include "xml_part.hpp"

#include "utf8_encode.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace reshost::docx {

using namespace ::reshost::sdk;
namespace {

// Deeper nesting (text boxes in tables in text boxes...) is cut off: no real
// document comes close, and the reader recurses.
constexpr int max_depth = 48;
// One EMU (drawing unit) is 1/12700 of a point; one twip 1/20.
constexpr float emu_per_point = 12700.0f;
constexpr float twips_per_point = 20.0f;
// Space above a paragraph that sets it apart from what precedes it, points.
constexpr float spaced_above = 6.0f;
// Word's text size when nothing sets one.
constexpr float default_size = 10.0f;
// Lines break at word boundaries: a little of each line stays empty.
constexpr float line_fill = 0.98f;
// Cell margins (left + right) Word uses by default.
constexpr float cell_margins = 10.8f;

std::string squeezed_lower(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == '_') continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

uint32_t hex_value(std::string_view s) {
    uint32_t v = 0;
    for (char c : s) {
        int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0 || v > 0xFFFFF) return 0;
        v = v * 16 + static_cast<uint32_t>(d);
    }
    return v;
}

// The target of a HYPERLINK field instruction: HYPERLINK "https://x" \o "tip".
std::string hyperlink_target(std::string_view instr) {
    auto skip_space = [&] { while (!instr.empty() && std::isspace(static_cast<unsigned char>(instr[0]))) instr.remove_prefix(1); };
    skip_space();
    if (instr.size() < 9 || squeezed_lower(instr.substr(0, 9)) != "hyperlink") return {};
    instr.remove_prefix(9);
    while (true) {
        skip_space();
        if (instr.empty()) return {};
        if (instr[0] == '\\') {
            // A switch and its argument (\o "tip", \l "anchor"): a target
            // given only by \l is inside the document, not a URL.
            instr.remove_prefix(std::min<std::size_t>(2, instr.size()));
            skip_space();
            if (!instr.empty() && instr[0] == '"') {
                auto close = instr.find('"', 1);
                instr.remove_prefix(close == std::string_view::npos ? instr.size() : close + 1);
            }
            continue;
        }
        if (instr[0] == '"') {
            auto close = instr.find('"', 1);
            return std::string(instr.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
        }
        auto end = std::find_if(instr.begin(), instr.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
        return std::string(instr.substr(0, static_cast<std::size_t>(end - instr.begin())));
    }
}

// "width:120pt;height:30.5pt" → points (VML shapes).
float vml_length(std::string_view style, std::string_view key) {
    std::size_t at = 0;
    while ((at = style.find(key, at)) != std::string_view::npos) {
        bool starts = at == 0 || style[at - 1] == ';' || style[at - 1] == ' ';
        at += key.size();
        if (!starts || at >= style.size() || style[at] != ':') continue;
        std::string value(style.substr(at + 1, style.find(';', at) - at - 1));
        char* end = nullptr;
        float v = std::strtof(value.c_str(), &end);
        std::string_view unit(end);
        if (unit.substr(0, 2) == "in") return v * 72;
        if (unit.substr(0, 2) == "cm") return v * 72 / 2.54f;
        if (unit.substr(0, 2) == "mm") return v * 72 / 25.4f;
        if (unit.substr(0, 2) == "px") return v * 0.75f;
        return v;
    }
    return 0;
}

bool understood_namespace(std::string_view uri, std::string_view prefix) {
    static constexpr std::string_view known[] = {
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/drawing/2010/main"};
    static constexpr std::string_view known_prefixes[] = {"wps", "wpg", "wpc", "wp14", "w14", "w15", "a14"};
    if (!uri.empty()) return std::find(std::begin(known), std::end(known), uri) != std::end(known);
    return std::find(std::begin(known_prefixes), std::end(known_prefixes), prefix) != std::end(known_prefixes);
}

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Whether a paragraph shows any text (a w:t that is not blank).
bool has_text(pugi::xml_node p) {
    pugi::xml_node n = p.first_child();
    while (n && n != p) {
        if (is(n, "t") && !blank(n.child_value())) return true;
        if (n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n != p && !n.next_sibling()) n = n.parent();
        if (n != p) n = n.next_sibling();
    }
    return false;
}

}  // namespace

SymbolFonts SymbolFonts::from_text(std::string_view text) {
    SymbolFonts out;
    while (!text.empty()) {
        auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (line.empty() || line[0] == '#') continue;
        std::string part = squeezed_lower(line);
        while (!part.empty() && (part.back() == '\r' || part.back() == '\t')) part.pop_back();
        if (!part.empty()) out.parts_.push_back(std::move(part));
    }
    return out;
}

bool SymbolFonts::contains(std::string_view font) const {
    std::string n = squeezed_lower(font);
    return std::any_of(parts_.begin(), parts_.end(), [&](const std::string& p) { return n.find(p) != std::string::npos; });
}

// The paragraph being read: its block, and the text boxes anchored in it.
struct PartReader::Paragraph {
    BlockData block;
    const RunProps* base = nullptr;  // the paragraph style's run properties
    std::vector<BlockData> anchored;
    bool caps = true;  // every visible run shown in capitals by w:caps
    bool left_sidebar = false;  // anchors a tall box left of the body
    bool colored = true;        // every visible run in a colour
};

PartReader::PartReader(ReadContext& ctx, std::string part, const Relationships& rels, uint32_t flags)
    : ctx_(ctx), part_(std::move(part)), rels_(rels), flags_(flags), sink_(&ctx.out.blocks) {
    if (ctx_.flow && in_body()) frames_.push_back(Frame{ctx_.flow->width()});
}

void PartReader::add_height(float points) {
    if (frames_.empty()) return;
    if (frames_.size() == 1) ctx_.flow->add(points);
    else frames_.back().height += points;
}

void PartReader::read(pugi::xml_node story) {
    blocks(story, flags_, 0);
    flush_boxes(true);
    // A field or link left open at the end of the part still counts.
    while (!links_.empty()) close_link();
}

void PartReader::blocks(pugi::xml_node container, uint32_t flags, int depth) {
    if (depth > max_depth) {
        skip(container);
        return;
    }
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element) block(n, flags, depth);
}

void PartReader::block(pugi::xml_node n, uint32_t flags, int depth) {
    std::string_view name = local_name(n.name());
    if (!pending_.empty() && frames_.size() == 1 && sink_ == &ctx_.out.blocks) flush_boxes(false);
    if (name == "p") paragraph(n, flags, depth + 1);
    else if (name == "tbl") table(n, flags | RH_BLOCK_IN_TABLE, depth + 1);
    else if (name == "sectPr") section(n);
    else if (name == "sdt") blocks(child(n, "sdtContent"), flags, depth + 1);
    else if (name == "customXml" || name == "ins" || name == "moveTo" || name == "smartTag") blocks(n, flags, depth + 1);
    else if (name == "AlternateContent") {
        pugi::xml_node branch = chosen_branch(n);
        for (pugi::xml_node b = n.first_child(); b; b = b.next_sibling()) {
            if (b == branch) blocks(b, flags, depth + 1);
            else skip(b);
        }
    } else skip(n);  // w:del, w:moveFrom, bookmarks, properties
}

void PartReader::table(pugi::xml_node node, uint32_t flags, int depth, const std::vector<float>* grid) {
    if (depth > max_depth) return skip(node);
    std::vector<float> own;
    if (pugi::xml_node g = child(node, "tblGrid")) {
        for (pugi::xml_node c = g.first_child(); c; c = c.next_sibling())
            if (is(c, "gridCol")) own.push_back(static_cast<float>(number_attr(c, "w", 0)) / twips_per_point);
        grid = &own;
    }
    static const std::vector<float> none;
    if (!grid) grid = &none;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        std::string_view name = local_name(n.name());
        if (name == "tr") row(n, flags, depth + 1, *grid);
        else if (name == "tc") blocks(n, flags, depth + 1);
        else if (name == "sdtContent" || name == "customXml") table(n, flags, depth + 1, grid);
        else if (name == "sdt") table(child(n, "sdtContent"), flags, depth + 1, grid);
        else if (name == "AlternateContent") {
            pugi::xml_node branch = chosen_branch(n);
            for (pugi::xml_node b = n.first_child(); b; b = b.next_sibling()) {
                if (b == branch) table(b, flags, depth + 1, grid);
                else skip(b);
            }
        } else skip(n);
    }
}

void PartReader::row(pugi::xml_node tr, uint32_t flags, int depth, const std::vector<float>& grid) {
    if (depth > max_depth) return skip(tr);
    // The cells, also those wrapped in content controls.
    std::vector<pugi::xml_node> cells;
    for (pugi::xml_node n = tr.first_child(); n; n = n.next_sibling()) {
        if (is(n, "tc")) cells.push_back(n);
        else if (is(n, "sdt") || is(n, "customXml")) {
            pugi::xml_node inner = is(n, "sdt") ? child(n, "sdtContent") : n;
            for (pugi::xml_node c = inner.first_child(); c; c = c.next_sibling())
                if (is(c, "tc")) cells.push_back(c);
                else skip(c);
        } else skip(n);
    }
    float outer = frames_.empty() ? 0 : frames_.back().width;
    bool top_level = frames_.size() == 1 && sink_ == &ctx_.out.blocks;
    float row_height = static_cast<float>(number_attr(child(child(tr, "trPr"), "trHeight"), "val", 0)) / twips_per_point;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // blocks each cell added
    std::vector<float> widths;
    std::size_t column = 0;
    Cell saved = cell_;
    for (pugi::xml_node tc : cells) {
        pugi::xml_node pr = child(tc, "tcPr");
        long long span = std::clamp<long long>(number_attr(child(pr, "gridSpan"), "val", 1), 1, 64);
        float width = 0;
        pugi::xml_node w = child(pr, "tcW");
        if (attr(w, "type") == "dxa" || attr(w, "type").empty()) width = static_cast<float>(number_attr(w, "w", 0)) / twips_per_point;
        if (width <= 0)
            for (std::size_t c = column; c < column + static_cast<std::size_t>(span) && c < grid.size(); ++c) width += grid[c];
        if (width <= 0 && !cells.empty()) width = outer / static_cast<float>(cells.size());
        column += static_cast<std::size_t>(span);
        widths.push_back(width);

        std::string_view fill = attr(child(pr, "shd"), "fill");
        cell_.shaded = !fill.empty() && fill != "auto" && fill != "FFFFFF" && fill != "ffffff";
        int texts = 0;
        for (pugi::xml_node p = tc.first_child(); p && texts < 2; p = p.next_sibling()) {
            if (is(p, "tbl")) texts = 2;
            if (!is(p, "p")) continue;
            if (has_text(p)) ++texts;
        }
        cell_.lone = texts == 1;
        if (!frames_.empty()) frames_.push_back(Frame{std::max(24.0f, width - cell_margins)});
        std::size_t begin = sink_->size();
        blocks(tc, flags, depth + 1);
        spans.emplace_back(begin, sink_->size());
        if (!frames_.empty()) {
            row_height = std::max(row_height, frames_.back().height);
            frames_.pop_back();
        }
    }
    cell_ = saved;
    add_height(row_height);
    // A row of a narrow column then a wide one, both with text, is a sidebar beside the main column.
    if (top_level && spans.size() == 2 && widths[0] > 0 && widths[1] > 0 && widths[0] < 0.8f * widths[1] &&
        spans[0].second > spans[0].first && spans[1].second > spans[1].first)
        ctx_.out.sidebars.push_back(SidebarTable{spans[0].first, spans[0].second, spans[1].first, spans[1].second});
}

void PartReader::section(pugi::xml_node sect) {
    if (!in_body()) return;
    DocxContent& out = ctx_.out;
    if (pugi::xml_node cols = child(sect, "cols")) {
        long long num = number_attr(cols, "num", 1);
        if (num > 1 && num < 64) out.columns = std::max(out.columns, static_cast<uint32_t>(num));
    }
    if (out.page.width == 0) {
        pugi::xml_node size = child(sect, "pgSz");
        out.page.width = static_cast<float>(number_attr(size, "w", 0)) / twips_per_point;
        out.page.height = static_cast<float>(number_attr(size, "h", 0)) / twips_per_point;
    }
    for (pugi::xml_node r = sect.first_child(); r; r = r.next_sibling()) {
        std::vector<std::string>* ids = is(r, "headerReference") ? &out.header_ids
                                        : is(r, "footerReference") ? &out.footer_ids
                                                                   : nullptr;
        if (!ids) continue;
        std::string id(attr(r, "id"));
        if (std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(std::move(id));
    }
}

void PartReader::paragraph(pugi::xml_node p, uint32_t flags, int depth) {
    uint32_t index = ++paragraph_index_;
    Paragraph para;
    pugi::xml_node ppr = child(p, "pPr");
    const ResolvedStyle& style = ctx_.styles.paragraph(attr(child(ppr, "pStyle"), "val"));
    ParagraphProps direct = read_paragraph_props(ppr);
    ParagraphProps props = style.para;
    props.apply(direct);
    para.base = &style.run;
    para.block.loc.part = part_;
    para.block.loc.paragraph = index;
    para.block.flags = flags;
    para.block.lines.emplace_back();
    para.block.lines.back().loc = para.block.loc;

    uint32_t heading = style.heading_level;
    if (direct.outline >= 0) heading = direct.outline < 9 ? static_cast<uint32_t>(direct.outline) + 1 : 0;
    int num_id = direct.num_id >= 0 ? direct.num_id : style.num_id;
    int ilvl = direct.ilvl >= 0 ? direct.ilvl : style.ilvl;
    ListMarker marker;
    bool listed = ctx_.numbering.next(num_id, ilvl, marker);
    if (heading) {
        para.block.kind = RH_BLOCK_HEADING;
        para.block.level = std::min<uint32_t>(heading, 6);
        if (listed) para.block.marker = marker.text;
    } else if (listed) {
        para.block.kind = RH_BLOCK_LIST_ITEM;
        para.block.level = marker.level;
        para.block.marker = marker.text;
        if (marker.ordered) para.block.flags |= RH_BLOCK_ORDERED;
    } else if (flags & RH_BLOCK_IN_TABLE) {
        para.block.kind = RH_BLOCK_TABLE_CELL;
    }
    pugi::xml_node sect = child(ppr, "sectPr");
    if (sect) {
        section(sect);
        if (attr(child(sect, "type"), "val") != "continuous" && in_body()) ++ctx_.out.page_breaks;
    }
    if (pugi::xml_node b = child(ppr, "pageBreakBefore"); b && on_off(b) && frames_.size() == 1) ctx_.flow->page_break();

    inlines(p, para, depth);
    if (!frames_.empty()) {
        lines_.clear();
        float height = height_of(para, props, lines_);
        if (frames_.size() == 1) {
            // Paragraphs of one style with contextual spacing (list items) sit without space between them.
            std::string_view style_id = attr(child(ppr, "pStyle"), "val");
            bool contextual = props.contextual.value_or(false);
            float before = std::max(0.0f, props.before);
            if (style_id == last_style_ && (contextual || last_contextual_)) {
                ctx_.flow->take_back(last_after_);
                before = 0;
            }
            ctx_.flow->add_lines(lines_, before, std::max(0.0f, props.after), props.keep_next.value_or(false));
            last_style_ = style_id;
            last_contextual_ = contextual;
            last_after_ = std::max(0.0f, props.after);
        }
        else add_height(height);
        if (sect && frames_.size() == 1) ctx_.flow->end_section();
    }

    // Lines without visible text are Word's empty lines, not content.
    auto& lines = para.block.lines;
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const LineData& l) { return blank(l.text()); }), lines.end());
    uint64_t characters = 0;
    for (const auto& l : lines)
        for (char c : l.text())
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ' && c != '\t') ++characters;
    if (in_body()) ctx_.out.body_characters += characters;
    if (in_body() && lines.size() == 1 && para.block.kind != RH_BLOCK_LIST_ITEM) {
        ParagraphLook look;
        std::string text = lines[0].text();
        bool any = false, bold = true;
        for (const auto& sp : lines[0].spans) {
            if (blank(sp.text)) continue;
            any = true;
            look.size = std::max(look.size, sp.size > 0 ? sp.size : default_size);
            if (!(sp.flags & RH_SPAN_BOLD)) bold = false;
        }
        bool lower = false, upper = false;
        for (char c : text) {
            if (c >= 'a' && c <= 'z') lower = true;
            if (c >= 'A' && c <= 'Z') upper = true;
        }
        look.bold = any && bold;
        look.caps = any && (para.caps || (upper && !lower));
        look.keep_next = props.keep_next.value_or(false);
        look.rule_below = props.rule_below.value_or(false);
        look.colored = para.colored && props.before >= spaced_above;
        look.shaded_cell = (flags & RH_BLOCK_IN_TABLE) && cell_.shaded && cell_.lone;
        look.styled_heading = heading > 0;
        ctx_.out.looks[{part_, index}] = look;
    }
    bool typed = (para.block.kind == RH_BLOCK_PARAGRAPH || para.block.kind == RH_BLOCK_TABLE_CELL) &&
                 ctx_.bullets.apply(para.block);
    // Typed bullets nest by their indents: a deeper indent than the item before is a level down.
    if (typed) {
        float indent = std::max(0.0f, props.indent);
        while (!typed_indents_.empty() && typed_indents_.back() > indent + 1) typed_indents_.pop_back();
        if (typed_indents_.empty() || typed_indents_.back() < indent - 1) typed_indents_.push_back(indent);
        para.block.level = static_cast<uint32_t>(std::min<std::size_t>(typed_indents_.size(), 9));
    } else if (!lines.empty()) {
        typed_indents_.clear();
    }
    if (!lines.empty()) sink_->push_back(std::move(para.block));
    std::size_t boxes = sink_->size();
    for (auto& b : para.anchored) sink_->push_back(std::move(b));
    // A tall box left of the body is a sidebar beside what follows.
    if (para.left_sidebar && sink_ == &ctx_.out.blocks && sink_->size() > boxes)
        ctx_.out.sidebars.push_back(SidebarTable{boxes, sink_->size(), sink_->size(), SIZE_MAX});
}

void PartReader::inlines(pugi::xml_node container, Paragraph& para, int depth) {
    if (depth > max_depth) return skip(container);
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_element) inline_item(n, para, depth + 1);
}

void PartReader::inline_item(pugi::xml_node n, Paragraph& para, int depth) {
    std::string_view name = local_name(n.name());
    if (name == "r") {
        run(n, para, depth);
    } else if (name == "hyperlink") {
        const std::string* url = link_of(attr(n, "id"));
        if (url) open_link(*url, para);
        inlines(n, para, depth);
        if (url) close_link();
    } else if (name == "fldSimple") {
        std::string url = hyperlink_target(attr(n, "instr"));
        if (!url.empty()) open_link(url, para);
        inlines(n, para, depth);
        if (!url.empty()) close_link();
    } else if (name == "ins" || name == "moveTo" || name == "smartTag" || name == "customXml" || name == "dir" ||
               name == "bdo") {
        inlines(n, para, depth);
    } else if (name == "sdt") {
        inlines(child(n, "sdtContent"), para, depth);
    } else if (name == "AlternateContent") {
        pugi::xml_node branch = chosen_branch(n);
        for (pugi::xml_node b = n.first_child(); b; b = b.next_sibling()) {
            if (b == branch) inlines(b, para, depth);
            else skip(b);
        }
    } else if (name != "pPr") {
        skip(n);  // w:del, w:moveFrom, bookmarks, comments, math
    }
}

void PartReader::run(pugi::xml_node r, Paragraph& para, int depth) {
    RunProps props = *para.base;
    pugi::xml_node rpr = child(r, "rPr");
    if (std::string_view rstyle = attr(child(rpr, "rStyle"), "val"); !rstyle.empty())
        props.apply(ctx_.styles.character(rstyle));
    props.apply(read_run_props(rpr, ctx_.styles.theme()));
    if (!props.font.empty()) ctx_.out.fonts.insert(props.font);
    bool hidden = props.hidden.value_or(false);
    // Between a field's begin and separate, runs hold its instruction, not visible text.
    auto in_instruction = [&] { return !fields_.empty() && !fields_.back().separated; };

    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view name = local_name(c.name());
        if (name == "t") {
            if (!hidden && !in_instruction()) {
                if (!props.caps.value_or(false) && !blank(c.child_value())) para.caps = false;
                if (!props.colored.value_or(false) && !blank(c.child_value())) para.colored = false;
                append(c.child_value(), props, para);
            }
        } else if (name == "instrText") {
            if (!fields_.empty() && !fields_.back().separated) fields_.back().instruction += c.child_value();
        } else if (name == "fldChar") {
            field_char(c, para);
        } else if (name == "tab" || name == "ptab") {
            if (!hidden && !in_instruction()) append("\t", props, para);
        } else if (name == "br" || name == "cr") {
            std::string_view type = attr(c, "type");
            if (type == "page" && in_body()) ++ctx_.out.page_breaks;
            if (frames_.size() == 1 && type == "page") ctx_.flow->page_break();
            if (frames_.size() == 1 && type == "column") ctx_.flow->column_break();
            if (!hidden) new_line(para);
        } else if (name == "lastRenderedPageBreak") {
            if (!(flags_ & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER | RH_BLOCK_IN_TEXT_BOX | RH_BLOCK_IN_TABLE)))
                ++ctx_.out.rendered_page_breaks;
        } else if (name == "noBreakHyphen") {
            if (!hidden && !in_instruction()) append("-", props, para);
        } else if (name == "sym") {
            // Symbol fonts draw their own glyphs at these codes: keep them as
            // private-use characters (F000 + code, as Word stores them).
            std::string font(attr(c, "font"));
            uint32_t code = hex_value(attr(c, "char"));
            bool symbolic = ctx_.symbols.contains(font);
            if (symbolic && code < 0x100) code += 0xF000;
            if (code == 0 || (code >= 0xD800 && code < 0xE000)) continue;
            std::string text;
            common::append_utf8(text, code);
            RunProps sym = props;
            if (!font.empty()) {
                sym.font = font;
                ctx_.out.fonts.insert(font);
                if (symbolic) ctx_.out.symbol_fonts.insert(font);
            }
            if (!hidden) append(text, sym, para);
        } else if (name == "drawing" || name == "pict" || name == "object") {
            graphic(c, para, depth + 1, Drawing());
        } else if (name == "AlternateContent") {
            pugi::xml_node branch = chosen_branch(c);
            for (pugi::xml_node b = c.first_child(); b; b = b.next_sibling()) {
                if (b == branch) graphic(b, para, depth + 1, Drawing());
                else skip(b);
            }
        }
        // w:softHyphen (an optional break point), w:delText and the rest show nothing.
    }
}

void PartReader::graphic(pugi::xml_node node, Paragraph& para, int depth, Drawing frame) {
    if (depth > max_depth) return skip(node);
    // The drawing's subtree in document order: the extent and name come before
    // the picture they describe; text boxes are read as stories of their own.
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        std::string_view name = local_name(n.name());
        if (name == "txbxContent") {
            text_box(n, para, depth + 1, frame);
        } else if (name == "AlternateContent") {
            pugi::xml_node branch = chosen_branch(n);
            for (pugi::xml_node b = n.first_child(); b; b = b.next_sibling()) {
                if (b == branch) graphic(b, para, depth + 1, frame);
                else skip(b);
            }
        } else if (name == "blip" || name == "imagedata") {
            std::string_view rel_id = name == "imagedata" ? attr(n, "id")
                                      : has_attr(n, "embed") ? attr(n, "embed") : attr(n, "link");
            if (rel_id.empty()) continue;
            ImageData image;
            if (const Relationship* rel = rels_.find(rel_id)) image.target = rel->target;
            image.alt = frame.alt.empty() ? "image" : frame.alt;
            image.width = frame.width;
            image.height = frame.height;
            image.loc = para.block.loc;
            ctx_.out.images.push_back(std::move(image));
        } else {
            Drawing inner = frame;
            if (name == "inline" || name == "anchor") {
                pugi::xml_node extent = child(n, "extent");
                inner.width = static_cast<float>(number_attr(extent, "cx", 0)) / emu_per_point;
                inner.height = static_cast<float>(number_attr(extent, "cy", 0)) / emu_per_point;
                pugi::xml_node doc_pr = child(n, "docPr");
                inner.alt = attr(doc_pr, "descr");
                if (inner.alt.empty()) inner.alt = attr(doc_pr, "title");
                if (inner.alt.empty()) inner.alt = attr(doc_pr, "name");
                inner.floating = name == "anchor";
                inner.wraps = child(n, "wrapSquare") || child(n, "wrapTight") || child(n, "wrapThrough");
                if (inner.floating) {
                    inner.x = anchor_x(child(n, "positionH"), inner.width);
                    inner.y = anchor_y(child(n, "positionV"));
                }
            } else if (name == "shape" || name == "rect" || name == "roundrect") {
                std::string_view style = attr(n, "style");
                inner.width = vml_length(style, "width");
                inner.height = vml_length(style, "height");
                inner.floating = style.find("position:absolute") != std::string_view::npos;
                std::string_view wrap = attr(child(n, "wrap"), "type");
                inner.wraps = wrap == "square" || wrap == "tight" || wrap == "through";
                if (inner.floating) {
                    inner.x = vml_x(style, inner.width);
                    inner.y = vml_y(style);
                }
                if (std::string_view a = attr(n, "alt"); !a.empty()) inner.alt = a;
            }
            graphic(n, para, depth + 1, inner);
        }
    }
}

void PartReader::text_box(pugi::xml_node content, Paragraph& para, int depth, const Drawing& frame) {
    // The box's paragraphs follow the paragraph that anchors it; a box floating
    // in the right half of the page is a column right of the body, read after it.
    std::vector<BlockData>* outer = sink_;
    bool right = false;
    if (frame.floating && frame.x >= 0 && in_body() && sink_ == &ctx_.out.blocks && ctx_.flow) {
        float page = ctx_.flow->page().width;
        right = frame.x + frame.width / 2 > page / 2;
    }
    sink_ = right ? &ctx_.out.trailing : &para.anchored;
    if (!right && frame.floating && frame.x >= 0 && in_body() && outer == &ctx_.out.blocks && ctx_.flow &&
        frame.height >= ctx_.flow->page().text_height() / 3)
        para.left_sidebar = true;
    // Text flows beside a tall box (a sidebar) in what room it leaves.
    if (frame.floating && frame.wraps && frame.y > -1e6f && frames_.size() == 1 && sink_ != &ctx_.out.blocks &&
        frame.height >= ctx_.flow->page().text_height() / 3)
        ctx_.flow->wrap_around(frame.y, frame.y + frame.height, frame.width + 9);
    // A short box (a contact block beside the name) goes with the text beside it.
    if (right && frame.y > -1e6f && frame.height > 0 && frame.height < ctx_.flow->page().text_height() / 3) {
        pending_.push_back(PendingBox{frame.y + frame.height / 2, {}});
        sink_ = &pending_.back().blocks;
    }
    // Its text takes no room in the flow around it.
    bool framed = !frames_.empty();
    if (framed) frames_.push_back(Frame{frame.width > 24 ? frame.width - 14.4f : 144.0f});
    blocks(content, (para.block.flags & ~(RH_BLOCK_ORDERED)) | RH_BLOCK_IN_TEXT_BOX, depth + 1);
    if (framed) frames_.pop_back();
    sink_ = outer;
}

float PartReader::anchor_x(pugi::xml_node position, float width) const {
    if (!position || !ctx_.flow) return -1;
    const PageGeometry& page = ctx_.flow->page();
    std::string_view from = attr(position, "relativeFrom");
    float origin = from == "page" ? 0 : page.left;
    float span = from == "page" ? page.width : page.text_width();
    if (pugi::xml_node off = child(position, "posOffset"))
        return origin + static_cast<float>(std::atoll(off.child_value())) / emu_per_point;
    std::string_view align = child(position, "align").child_value();
    if (align == "right" || align == "outside") return origin + span - width;
    if (align == "center") return origin + (span - width) / 2;
    if (align == "left" || align == "inside") return origin;
    return -1;
}

float PartReader::vml_x(std::string_view style, float width) const {
    if (!ctx_.flow) return -1;
    const PageGeometry& page = ctx_.flow->page();
    bool from_page = style.find("mso-position-horizontal-relative:page") != std::string_view::npos;
    float origin = from_page ? 0 : page.left;
    float span = from_page ? page.width : page.text_width();
    if (style.find("mso-position-horizontal:right") != std::string_view::npos) return origin + span - width;
    if (style.find("mso-position-horizontal:center") != std::string_view::npos) return origin + (span - width) / 2;
    if (style.find("mso-position-horizontal:left") != std::string_view::npos) return origin;
    if (style.find("margin-left") != std::string_view::npos) return origin + vml_length(style, "margin-left");
    if (style.find("left") != std::string_view::npos) return origin + vml_length(style, "left");
    return -1;
}

float PartReader::anchor_y(pugi::xml_node position) const {
    if (!position || !ctx_.flow) return -1e9f;
    std::string_view from = attr(position, "relativeFrom");
    pugi::xml_node off = child(position, "posOffset");
    float offset = off ? static_cast<float>(std::atoll(off.child_value())) / emu_per_point : 0;
    if (from == "paragraph" || from == "line") return ctx_.flow->position() + offset;
    float page_top = ctx_.flow->page_start();
    if (from == "page") return page_top + offset - ctx_.flow->page().top;
    return page_top + offset;
}

float PartReader::vml_y(std::string_view style) const {
    if (!ctx_.flow) return -1e9f;
    float offset = vml_length(style, "margin-top");
    if (style.find("mso-position-vertical-relative:page") != std::string_view::npos)
        return ctx_.flow->page_start() + offset - ctx_.flow->page().top;
    if (style.find("mso-position-vertical-relative:margin") != std::string_view::npos) return ctx_.flow->page_start() + offset;
    return ctx_.flow->position() + offset;
}

void PartReader::flush_boxes(bool all) {
    for (auto it = pending_.begin(); it != pending_.end();) {
        if (!all && it->at > ctx_.flow->position()) {
            ++it;
            continue;
        }
        for (auto& b : it->blocks) ctx_.out.blocks.push_back(std::move(b));
        it = pending_.erase(it);
    }
}

float PartReader::height_of(const Paragraph& para, const ParagraphProps& props, std::vector<float>& lines_out) const {
    float width = (frames_.size() == 1 ? ctx_.flow->width() : frames_.back().width) - std::max(0.0f, props.indent);
    width = std::max(24.0f, width) * line_fill;
    float mark = para.base && para.base->size > 0 ? para.base->size : default_size;
    float mark_pitch = ctx_.metrics.of(para.base ? para.base->font : std::string()).second;
    float height = 0;
    for (const auto& line : para.block.lines) {
        float run = 0, size = 0, pitch = 0;
        for (const auto& sp : line.spans) {
            float s = sp.size > 0 ? sp.size : mark;
            auto [em, line_em] = ctx_.metrics.of(sp.font);
            size = std::max(size, s);
            pitch = std::max(pitch, s * line_em);
            const auto* t = reinterpret_cast<const unsigned char*>(sp.text.data());
            for (std::size_t i = 0; i < sp.text.size(); ++i) {
                unsigned char c = t[i];
                if ((c & 0xC0) == 0x80) continue;
                if (c == '\t') run += 36;
                else if (c >= 0xE3) run += s;  // CJK and other full-width characters
                else run += s * em;
            }
        }
        if (size == 0) pitch = mark * mark_pitch;
        float lines = std::max(1.0f, std::ceil(run / width));
        float step = props.line_points > 0 ? props.line_points : pitch * (props.line > 0 ? props.line : 1.0f);
        height += lines * step;
        lines_out.insert(lines_out.end(), static_cast<std::size_t>(std::min(lines, 1000.0f)), step);
    }
    return height + std::max(0.0f, props.before) + std::max(0.0f, props.after);
}

void PartReader::field_char(pugi::xml_node fld, Paragraph& para) {
    std::string_view type = attr(fld, "fldCharType");
    if (type == "begin") {
        // Fields nest; a runaway document cannot grow the stack without bound.
        if (fields_.size() < 64) fields_.emplace_back();
    } else if (type == "separate") {
        if (fields_.empty() || fields_.back().separated) return;
        Field& f = fields_.back();
        f.separated = true;
        std::string url = hyperlink_target(f.instruction);
        if (!url.empty()) {
            open_link(url, para);
            f.link_id = links_.back().id;
        }
    } else if (type == "end") {
        if (fields_.empty()) return;
        int id = fields_.back().link_id;
        fields_.pop_back();
        if (id < 0) return;
        auto it = std::find_if(links_.begin(), links_.end(), [&](const ActiveLink& l) { return l.id == id; });
        if (it == links_.end()) return;
        std::rotate(it, it + 1, links_.end());
        close_link();
    }
}

void PartReader::open_link(const std::string& url, Paragraph& para) {
    links_.push_back(ActiveLink{url, {}, para.block.loc, next_link_id_++});
}

void PartReader::close_link() {
    ActiveLink& l = links_.back();
    std::string_view text = l.text;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    ctx_.out.links.push_back(LinkData{l.url, std::string(text), l.loc});
    links_.pop_back();
}

void PartReader::append(std::string_view text, const RunProps& props, Paragraph& para) {
    // A soft hyphen typed into the text is, like w:softHyphen, only a place
    // where Word may break a word.
    constexpr std::string_view soft_hyphen = "\xC2\xAD";
    std::string without;
    if (text.find(soft_hyphen) != std::string_view::npos) {
        for (std::size_t at = 0; at < text.size();) {
            std::size_t next = text.find(soft_hyphen, at);
            without += text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
            at = next == std::string_view::npos ? text.size() : next + soft_hyphen.size();
        }
        text = without;
    }
    if (text.empty()) return;
    uint32_t flags = 0;
    if (props.bold.value_or(false)) flags |= RH_SPAN_BOLD;
    if (props.italic.value_or(false)) flags |= RH_SPAN_ITALIC;
    const std::string* link = links_.empty() ? nullptr : &links_.back().url;
    if (link) {
        flags |= RH_SPAN_LINK;
        links_.back().text += text;
    }
    auto& spans = para.block.lines.back().spans;
    // Word splits runs at every edit; runs that look alike are one span.
    if (!spans.empty()) {
        SpanData& last = spans.back();
        if (last.flags == flags && last.size == props.size && last.font == props.font &&
            (link ? last.link == *link : last.link.empty())) {
            last.text += text;
            return;
        }
    }
    SpanData s;
    s.text = text;
    s.flags = flags;
    s.font = props.font;
    s.size = props.size;
    if (link) s.link = *link;
    spans.push_back(std::move(s));
}

void PartReader::new_line(Paragraph& para) {
    para.block.lines.emplace_back();
    para.block.lines.back().loc = para.block.loc;
}

pugi::xml_node PartReader::chosen_branch(pugi::xml_node alternate) {
    for (pugi::xml_node b = alternate.first_child(); b; b = b.next_sibling()) {
        if (is(b, "Fallback")) return b;
        if (!is(b, "Choice")) continue;
        std::string_view requires_ = attr(b, "Requires");
        bool understood = !requires_.empty();
        while (!requires_.empty() && understood) {
            auto sp = requires_.find(' ');
            std::string_view prefix = requires_.substr(0, sp);
            requires_.remove_prefix(sp == std::string_view::npos ? requires_.size() : sp + 1);
            if (prefix.empty()) continue;
            // The prefix is declared on an ancestor (usually the root element).
            std::string decl = "xmlns:" + std::string(prefix);
            std::string_view uri;
            for (pugi::xml_node a = alternate; a && uri.empty(); a = a.parent())
                if (pugi::xml_attribute x = a.attribute(decl.c_str())) uri = x.value();
            understood = understood_namespace(uri, prefix);
        }
        if (understood) return b;
    }
    return {};
}

void PartReader::skip(pugi::xml_node node) {
    // Iterative: a skipped subtree may be as deep as the parser allowed.
    pugi::xml_node n = node.first_child();
    while (n && n != node) {
        if (is(n, "p")) ++paragraph_index_;
        if (n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n != node && !n.next_sibling()) n = n.parent();
        if (n != node) n = n.next_sibling();
    }
}

const std::string* PartReader::link_of(std::string_view rel_id) const {
    if (rel_id.empty()) return nullptr;
    const Relationship* rel = rels_.find(rel_id);
    return rel ? &rel->target : nullptr;
}

}  // namespace reshost::docx
