#include "markdown_reader.hpp"

#include "html_entity.hpp"

#include <algorithm>
#include <exception>
#include <stdexcept>

namespace reshost::markdown {

using namespace ::reshost::sdk;
namespace {

// Deeper nesting than this is still parsed, but later levels share the
// deepest tracked context: no resume needs more, and hostile input must not
// grow memory with its nesting.
constexpr std::size_t kMaxTracked = 64;

// How far past the last text a thematic break is looked for.
constexpr uint32_t kRuleSearchLines = 200;

// How many ```markdown fences inside each other are read as Markdown; deeper ones stay code.
constexpr uint32_t kMaxFenceDepth = 4;

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The first word of a fence's info string ("markdown", "card-yaml").
std::string fence_language(const MD_BLOCK_CODE_DETAIL* d) {
    std::string_view info(d->lang.text ? d->lang.text : "", d->lang.text ? d->lang.size : 0);
    if (info.empty() && d->info.text) info = std::string_view(d->info.text, d->info.size);
    info = info.substr(0, info.find_first_of(" \t{"));
    return lower(info);
}

// Every character of lines [first, last] (1-based) made a space, line breaks kept.
void blank_lines(std::string& text, uint32_t first, uint32_t last) {
    uint32_t n = 1;
    for (auto& c : text) {
        if (c == '\n') {
            if (++n > last) break;
        } else if (n >= first) {
            c = ' ';
        }
    }
}

std::string_view strip_containers(std::string_view l) {
    std::size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t' || l[i] == '>')) ++i;
    return l.substr(i);
}

// True for "---", "* * *", "___" and the like.
bool is_rule_line(std::string_view l) {
    l = strip_containers(l);
    char mark = 0;
    int count = 0;
    for (char c : l) {
        if (c == ' ' || c == '\t') continue;
        if (c != '-' && c != '*' && c != '_') return false;
        if (mark && c != mark) return false;
        mark = c;
        ++count;
    }
    return count >= 3;
}

// True for the "====" / "----" line under a setext heading.
bool is_setext_underline(std::string_view l) {
    l = strip_containers(l);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    if (l.empty()) return false;
    for (char c : l)
        if (c != l.front() || (c != '=' && c != '-')) return false;
    return true;
}

}  // namespace

MarkdownReader::MarkdownReader(std::string_view text, DocumentBuilder& out, const FrontMatterKeys* keys,
                               uint32_t depth, uint32_t line_offset)
    : keys_(keys),
      depth_(depth),
      line_offset_(line_offset),
      source_(prepare(text, depth == 0, front_matter_, footnotes_)),
      text_(source_),
      index_(text_),
      out_(out) {}

std::string MarkdownReader::prepare(std::string_view text, bool front_matter, std::optional<FrontMatter>& fm,
                                    std::vector<Footnote>& notes) {
    std::string out(text);
    if (front_matter) fm = read_front_matter(text);
    if (fm) blank_lines(out, fm->first_line, fm->last_line);
    notes = take_footnotes(out);
    return out;
}

Location MarkdownReader::at(uint32_t first, uint32_t last) const {
    if (!first) return Location::lines(0);
    return Location::lines(first + line_offset_, (last ? last : first) + line_offset_);
}

bool MarkdownReader::read(std::string& reason) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = &enter_block_cb;
    parser.leave_block = &leave_block_cb;
    parser.enter_span = &enter_span_cb;
    parser.leave_span = &leave_span_cb;
    parser.text = &text_cb;
    if (front_matter_) add_contact(front_matter_->values);
    int rc = md_parse(text_.data(), static_cast<MD_SIZE>(text_.size()), &parser, this);
    if (!error_.empty()) {
        reason = error_;
        return false;
    }
    if (rc != 0) {
        reason = "the Markdown parser gave up (out of memory)";
        return false;
    }
    flush();
    add_footnotes();
    return true;
}

// md4c is C: exceptions must not cross it, so each callback turns one into
// an aborted parse with the reason kept.
#define RESHOST_MD_CALLBACK(call)                                         \
    auto* r = static_cast<MarkdownReader*>(self);                         \
    try {                                                                 \
        r->call;                                                          \
        return 0;                                                         \
    } catch (const std::exception& e) {                                   \
        r->error_ = e.what();                                             \
    } catch (...) {                                                       \
        r->error_ = "unknown error";                                      \
    }                                                                     \
    return -1;

int MarkdownReader::enter_block_cb(MD_BLOCKTYPE type, void* detail, void* self) {
    RESHOST_MD_CALLBACK(enter_block(type, detail))
}
int MarkdownReader::leave_block_cb(MD_BLOCKTYPE type, void*, void* self) { RESHOST_MD_CALLBACK(leave_block(type)) }
int MarkdownReader::enter_span_cb(MD_SPANTYPE type, void* detail, void* self) {
    RESHOST_MD_CALLBACK(enter_span(type, detail))
}
int MarkdownReader::leave_span_cb(MD_SPANTYPE type, void*, void* self) { RESHOST_MD_CALLBACK(leave_span(type)) }
int MarkdownReader::text_cb(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    RESHOST_MD_CALLBACK(text(type, text, size))
}
#undef RESHOST_MD_CALLBACK

void MarkdownReader::enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
    case MD_BLOCK_QUOTE:
        flush();
        ++quote_depth_;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: {
        flush();
        ++list_depth_;
        if (lists_.size() < kMaxTracked) {
            ListContext c;
            if (type == MD_BLOCK_UL) {
                c.mark = static_cast<const MD_BLOCK_UL_DETAIL*>(detail)->mark;
            } else {
                auto* d = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
                c.ordered = true;
                c.mark = d->mark_delimiter;
                c.next_number = d->start;
            }
            lists_.push_back(c);
        }
        break;
    }
    case MD_BLOCK_LI: {
        flush();
        open_block(RH_BLOCK_LIST_ITEM, list_depth_);
        if (!lists_.empty()) {
            ListContext& c = lists_.back();
            if (c.ordered) {
                block_->flags |= RH_BLOCK_ORDERED;
                block_->marker = std::to_string(c.next_number++) + c.mark;
            } else {
                block_->marker = std::string(1, c.mark);
            }
        }
        item_waits_for_paragraph_ = true;
        break;
    }
    case MD_BLOCK_HR:
        flush();
        add_rule();
        break;
    case MD_BLOCK_H:
        flush();
        open_block(RH_BLOCK_HEADING, static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level);
        break;
    case MD_BLOCK_CODE: {
        flush();
        // A ```markdown fence holds a document (a resume pasted into a guide); a YAML fence
        // before anything else holds its front matter.
        std::string lang = fence_language(static_cast<const MD_BLOCK_CODE_DETAIL*>(detail));
        fence_ = Fence::code;
        if ((lang == "markdown" || lang == "md") && depth_ < kMaxFenceDepth) fence_ = Fence::markdown;
        if ((lang == "yaml" || lang == "yml" || lang.ends_with("-yaml")) && !any_block_ && keys_) fence_ = Fence::yaml;
        fence_text_.clear();
        fence_breaks_ = 0;
        fence_placed_ = false;
        if (fence_ == Fence::code) open_block(RH_BLOCK_CODE);
        verbatim_ = true;
        break;
    }
    case MD_BLOCK_HTML:
        flush();
        open_block(RH_BLOCK_PARAGRAPH);
        verbatim_ = true;
        html_ = HtmlText();
        break;
    case MD_BLOCK_P:
        // A list item's first paragraph is the item's own text.
        if (block_ && item_waits_for_paragraph_ && block_->lines.empty()) {
            item_waits_for_paragraph_ = false;
            break;
        }
        flush();
        open_block(RH_BLOCK_PARAGRAPH);
        break;
    case MD_BLOCK_TABLE:
        flush();
        ++table_depth_;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        flush();
        open_block(RH_BLOCK_TABLE_CELL);
        break;
    default:
        break;
    }
}

void MarkdownReader::leave_block(MD_BLOCKTYPE type) {
    switch (type) {
    case MD_BLOCK_QUOTE:
        flush();
        if (quote_depth_) --quote_depth_;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        flush();
        if (list_depth_ && list_depth_ <= kMaxTracked) lists_.pop_back();
        if (list_depth_) --list_depth_;
        break;
    case MD_BLOCK_H: {
        flush();
        // The underline of a setext heading is not a thematic break.
        if (is_setext_underline(index_.line(last_line_ + 1))) consumed_line_ = last_line_ + 1;
        break;
    }
    case MD_BLOCK_TABLE:
        flush();
        if (table_depth_) --table_depth_;
        break;
    case MD_BLOCK_CODE:
        if (fence_ != Fence::code) leave_fence();
        flush();
        break;
    case MD_BLOCK_HTML:
    case MD_BLOCK_LI:
    case MD_BLOCK_P:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        flush();
        break;
    default:
        break;
    }
}

void MarkdownReader::enter_span(MD_SPANTYPE type, void* detail) {
    if (spans_.size() >= kMaxTracked) {
        ++untracked_spans_;
        return;
    }
    SpanFrame f{type, {}, {}, 0};
    if (type == MD_SPAN_A) f.target = attribute_text(static_cast<const MD_SPAN_A_DETAIL*>(detail)->href);
    if (type == MD_SPAN_IMG) f.target = attribute_text(static_cast<const MD_SPAN_IMG_DETAIL*>(detail)->src);
    spans_.push_back(std::move(f));
}

void MarkdownReader::leave_span(MD_SPANTYPE type) {
    if (untracked_spans_) {
        --untracked_spans_;
        return;
    }
    if (spans_.empty()) return;
    SpanFrame f = std::move(spans_.back());
    spans_.pop_back();
    uint32_t line = f.line ? f.line : last_line_;
    if (type == MD_SPAN_A) out_.add_link(f.target, f.text, at(line));
    if (type == MD_SPAN_IMG) out_.add_image(f.text, f.target, at(line));
}

void MarkdownReader::text(MD_TEXTTYPE type, const char* p, std::size_t size) {
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        if (block_) new_line();
        // Link text that wraps reads as one phrase.
        if (!spans_.empty() && !spans_.back().text.empty()) spans_.back().text += ' ';
        break;
    case MD_TEXT_NULLCHAR:
        append("\xEF\xBF\xBD", p);
        break;
    case MD_TEXT_ENTITY:
        append(decode_entity(std::string_view(p, size)), p);
        break;
    case MD_TEXT_HTML:
        // Inline tags are markup, not content; an HTML block is kept as the text it shows.
        // An inline <a href> still links the text up to its </a>.
        if (verbatim_) append_html(p, size);
        else if (auto shown = inline_html_.pieces(std::string_view(p, size)); shown.empty()) html_link_ = inline_html_.link();
        break;
    case MD_TEXT_CODE:
        if (verbatim_ && fence_ != Fence::code) collect_fence(p, size);
        else if (verbatim_) append_verbatim(p, size);
        else append(std::string_view(p, size), p);
        break;
    default:
        append(std::string_view(p, size), p);
        break;
    }
}

void MarkdownReader::open_block(rh_block_kind kind, uint32_t level) {
    block_.emplace();
    block_->kind = kind;
    block_->level = level;
    if (quote_depth_) block_->flags |= RH_BLOCK_IN_QUOTE;
    if (table_depth_) block_->flags |= RH_BLOCK_IN_TABLE;
    item_waits_for_paragraph_ = false;
}

void MarkdownReader::flush() {
    item_waits_for_paragraph_ = false;
    verbatim_ = false;
    // An <a> left open links nothing past its block.
    html_link_.clear();
    inline_html_ = HtmlText();
    if (!block_) return;
    BlockData b = std::move(*block_);
    block_.reset();
    while (!b.lines.empty() && b.lines.back().spans.empty()) b.lines.pop_back();
    bool has_text = false;
    for (const auto& l : b.lines)
        for (const auto& s : l.spans)
            if (!s.text.empty()) has_text = true;
    if (!has_text) return;
    // Lines that began without a pointer into the source (a break, an empty
    // code line) follow the line before them.
    uint32_t prev = 0;
    for (auto& l : b.lines) {
        if (l.loc.line == 0 && prev) l.loc = Location::lines(prev + 1);
        if (l.loc.line) prev = l.loc.line;
    }
    b.loc = Location::lines(b.lines.front().loc.line, b.lines.back().loc.line);
    if (b.loc.line) consumed_line_ = std::max(consumed_line_, b.loc.line_end);
    if (line_offset_) {
        for (auto& l : b.lines) l.loc = at(l.loc.line);
        b.loc = at(b.loc.line, b.loc.line_end);
    }
    any_block_ = true;
    out_.add_block(b);
}

void MarkdownReader::new_line() {
    block_->lines.emplace_back();
}

void MarkdownReader::append(std::string_view s, const char* source) {
    if (s.empty()) return;
    if (!block_) open_block(RH_BLOCK_PARAGRAPH);
    if (block_->lines.empty()) new_line();
    LineData& line = block_->lines.back();
    uint32_t n = index_.line_of(source);
    if (n) last_line_ = n;
    if (line.loc.line == 0 && n) line.loc = Location::lines(n);
    uint32_t flags = span_flags();
    std::string_view link = span_link();
    if (!line.spans.empty() && line.spans.back().flags == flags && line.spans.back().link == link) {
        line.spans.back().text += s;
    } else {
        SpanData span;
        span.text = std::string(s);
        span.flags = flags;
        span.link = std::string(link);
        line.spans.push_back(std::move(span));
    }
    if (!spans_.empty()) {
        SpanFrame& f = spans_.back();
        if (f.type == MD_SPAN_A || f.type == MD_SPAN_IMG) {
            if (!f.line) f.line = line.loc.line;
            f.text += s;
        }
    }
}

void MarkdownReader::append_verbatim(const char* p, std::size_t size) {
    std::string_view s(p, size);
    while (!s.empty()) {
        std::size_t nl = s.find('\n');
        std::string_view piece = s.substr(0, nl);
        if (!piece.empty()) {
            append(piece, piece.data());
        } else if (block_ && !block_->lines.empty() && nl != std::string_view::npos) {
            // An empty line of code still takes a line, so later lines keep their numbers.
            if (block_->lines.back().spans.empty()) block_->lines.back().spans.emplace_back();
        }
        if (nl == std::string_view::npos) break;
        if (!block_) open_block(RH_BLOCK_PARAGRAPH);
        if (block_->lines.empty()) new_line();
        new_line();
        s.remove_prefix(nl + 1);
    }
}

void MarkdownReader::append_html(const char* p, std::size_t size) {
    std::string_view s(p, size);
    while (!s.empty()) {
        std::size_t nl = s.find('\n');
        std::string_view piece = s.substr(0, nl);
        if (!piece.empty()) {
            if (uint32_t n = index_.line_of(piece.data())) last_line_ = n;
            // Lines that are all tags leave no line behind.
            auto shown = html_.pieces(piece);
            if (!shown.empty() && block_ && !block_->lines.empty() && !block_->lines.back().spans.empty()) new_line();
            for (const auto& run : shown) {
                // An <a href> keeps its target, as a Markdown link does.
                html_link_ = run.link;
                append(run.text, piece.data());
            }
            html_link_.clear();
        }
        if (nl == std::string_view::npos) break;
        s.remove_prefix(nl + 1);
    }
}

void MarkdownReader::add_rule() {
    // md4c gives no text for a thematic break, so its line is found in the
    // source: the first rule-shaped line after the last consumed one.
    uint32_t from = std::max(last_line_, consumed_line_) + 1;
    uint32_t line = 0;
    for (uint32_t n = from; n <= index_.count() && n < from + kRuleSearchLines; ++n)
        if (is_rule_line(index_.line(n))) {
            line = n;
            break;
        }
    if (line) consumed_line_ = line;
    BlockData b;
    b.kind = RH_BLOCK_RULE;
    if (quote_depth_) b.flags |= RH_BLOCK_IN_QUOTE;
    b.loc = at(line);
    any_block_ = true;
    out_.add_block(b);
}

void MarkdownReader::collect_fence(const char* p, std::size_t size) {
    // Lines of a fence point into the source, except empty ones: the first that
    // does places the fence's content in the file.
    if (!fence_placed_)
        if (uint32_t n = index_.line_of(p)) {
            fence_offset_ = n - 1 - fence_breaks_;
            fence_placed_ = true;
        }
    std::string_view s(p, size);
    fence_text_ += s;
    fence_breaks_ += static_cast<uint32_t>(std::count(s.begin(), s.end(), '\n'));
}

void MarkdownReader::leave_fence() {
    Fence kind = fence_;
    fence_ = Fence::code;
    if (!fence_placed_) return;  // nothing but empty lines
    if (uint32_t end = fence_offset_ + fence_breaks_ + 1; end > consumed_line_) consumed_line_ = end;
    if (kind == Fence::yaml) {
        auto values = read_yaml_values(fence_text_, fence_offset_ + 1);
        add_contact(values);
        return;
    }
    flush();
    MarkdownReader inner(fence_text_, out_, keys_, depth_ + 1, line_offset_ + fence_offset_);
    std::string reason;
    if (!inner.read(reason)) throw std::runtime_error(reason);
    any_block_ = true;
}

void MarkdownReader::add_contact(const std::vector<FrontMatterValue>& values) {
    if (!keys_) return;
    BlockData b;
    b.kind = RH_BLOCK_PARAGRAPH;
    // Name first, then email, phone, place and links, as a contact block reads.
    for (std::string_view meaning : {"name", "email", "phone", "location", "link", "network"})
        for (const auto& v : values) {
            if (keys_->meaning(v.key) != meaning || v.value.empty()) continue;
            LineData line;
            line.loc = at(v.line);
            SpanData span;
            bool url = v.value.find("://") != std::string::npos || v.value.rfind("www.", 0) == 0;
            if (meaning == "network" && !url) {
                span.text = v.label + ": " + v.value;  // "GitHub: janedoe", as a resume writes it
            } else {
                span.text = v.value;
                if (meaning == "link" || meaning == "network") {
                    span.link = v.value;
                    span.flags |= RH_SPAN_LINK;
                    out_.add_link(v.value, v.value, line.loc);
                } else if (meaning == "email") {
                    span.link = "mailto:" + v.value;
                    span.flags |= RH_SPAN_LINK;
                    out_.add_link(span.link, v.value, line.loc);
                }
            }
            line.spans.push_back(std::move(span));
            b.lines.push_back(std::move(line));
        }
    if (b.lines.empty()) return;
    // Lines go in contact order, not file order: the block spans them all.
    b.loc = b.lines.front().loc;
    for (const auto& l : b.lines) {
        b.loc.line = std::min(b.loc.line, l.loc.line);
        b.loc.line_end = std::max(b.loc.line_end, l.loc.line);
    }
    any_block_ = true;
    out_.add_block(b);
}

void MarkdownReader::add_footnotes() {
    // Notes read where a renderer shows them: after the text.
    for (const auto& note : footnotes_) {
        BlockData b;
        b.kind = RH_BLOCK_PARAGRAPH;
        for (const auto& [text, line] : note.lines) {
            if (text.empty()) continue;
            LineData l;
            l.loc = at(line);
            SpanData span;
            span.text = text;
            l.spans.push_back(std::move(span));
            b.lines.push_back(std::move(l));
        }
        if (b.lines.empty()) continue;
        b.loc = Location::lines(b.lines.front().loc.line, b.lines.back().loc.line);
        out_.add_block(b);
    }
}

uint32_t MarkdownReader::span_flags() const {
    uint32_t flags = html_link_.empty() ? 0 : RH_SPAN_LINK;
    for (const auto& f : spans_) {
        switch (f.type) {
        case MD_SPAN_STRONG: flags |= RH_SPAN_BOLD; break;
        case MD_SPAN_EM: flags |= RH_SPAN_ITALIC; break;
        case MD_SPAN_CODE: flags |= RH_SPAN_CODE; break;
        case MD_SPAN_A: flags |= RH_SPAN_LINK; break;
        case MD_SPAN_IMG: flags |= RH_SPAN_IMAGE; break;
        default: break;
        }
    }
    return flags;
}

std::string_view MarkdownReader::span_link() const {
    for (auto it = spans_.rbegin(); it != spans_.rend(); ++it)
        if (it->type == MD_SPAN_A) return it->target;
    return html_link_;
}

std::string MarkdownReader::attribute_text(const MD_ATTRIBUTE& a) {
    std::string out;
    if (!a.text || a.size == 0) return out;
    if (!a.substr_offsets || !a.substr_types) return std::string(a.text, a.size);
    for (std::size_t i = 0; a.substr_offsets[i] < a.size; ++i) {
        std::string_view piece(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        if (a.substr_types[i] == MD_TEXT_ENTITY) out += decode_entity(piece);
        else if (a.substr_types[i] == MD_TEXT_NULLCHAR) out += "\xEF\xBF\xBD";
        else out += piece;
    }
    return out;
}

}  // namespace reshost::markdown
