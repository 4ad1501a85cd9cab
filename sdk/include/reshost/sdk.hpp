// reshost/sdk.hpp - the C++ layer plugin authors write against.
//
// Header-only, over the C ABI in reshost/plugin.h: view classes that read the
// host's structs, builders that hand results back, base classes Importer /
// Analyzer / Emitter, and RESHOST_PLUGIN(...) that exports a plugin and turns
// every exception into an error status at the boundary. Everything here is in
// namespace reshost::sdk, apart from the embedding API (reshost::Host in
// reshost/host.hpp) that a program hosting plugins uses. See docs/sdk.md.
#pragma once

#include <reshost/plugin.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost::sdk {

// ---------------------------------------------------------------- strings

// Reads a C ABI string as a string_view.
inline std::string_view view(rh_str s) noexcept { return s.data ? std::string_view(s.data, s.size) : std::string_view(); }

// Makes a C ABI string that borrows `s`.
inline rh_str str(std::string_view s) noexcept { return rh_str{s.data(), s.size()}; }

// ---------------------------------------------------------------- ranges

namespace detail {
// Reads a struct that the other side may have given with a smaller size:
// copies what is there into a zeroed struct of our size.
template <class T>
T read_sized(const T* p) noexcept {
    T out{};
    if (!p) return out;
    std::size_t n = p->struct_size < sizeof(T) ? p->struct_size : sizeof(T);
    std::memcpy(static_cast<void*>(&out), p, n);
    out.struct_size = static_cast<uint32_t>(sizeof(T));
    return out;
}

// A range of views over a C array of pointers.
template <class View, class C>
class PtrRange {
public:
    class iterator {
    public:
        using value_type = View;
        using difference_type = std::ptrdiff_t;
        explicit iterator(const C* const* p) : p_(p) {}
        View operator*() const { return View(*p_); }
        iterator& operator++() { ++p_; return *this; }
        iterator operator++(int) { auto t = *this; ++p_; return t; }
        bool operator==(const iterator& o) const { return p_ == o.p_; }
        bool operator!=(const iterator& o) const { return p_ != o.p_; }
    private:
        const C* const* p_;
    };
    PtrRange(const C* const* items, std::size_t n) : items_(items), n_(items ? n : 0) {}
    iterator begin() const { return iterator(items_); }
    iterator end() const { return iterator(items_ + n_); }
    std::size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    View operator[](std::size_t i) const { return View(items_[i]); }
private:
    const C* const* items_;
    std::size_t n_;
};
}  // namespace detail

// `rule` (findings only): the default severity the rule declares, so that a
// rule's severity is stated once, in rules(), not again at every finding.
enum class Severity : uint32_t {
    info = RH_SEVERITY_INFO,
    warning = RH_SEVERITY_WARNING,
    error = RH_SEVERITY_ERROR,
    rule = RH_SEVERITY_RULE
};

// The severity's name as reports write it: "error", "warning" or "info".
inline const char* severity_name(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    default: return "info";
    }
}

// ---------------------------------------------------------------- locations

// An owned source location, for builders and findings.
struct Location {
    uint32_t line = 0;
    uint32_t line_end = 0;
    uint32_t page = 0;
    rh_box box{0, 0, 0, 0};
    std::string part;
    uint32_t paragraph = 0;

    // Makes an owned copy of a location the host gave (NULL gives an empty one).
    static Location from(const rh_location* loc) {
        Location out;
        if (!loc) return out;
        rh_location l = detail::read_sized(loc);
        out.line = l.line;
        out.line_end = l.line_end;
        out.page = l.page;
        out.box = l.box;
        out.part = std::string(view(l.part));
        out.paragraph = l.paragraph;
        return out;
    }
    // Makes a location of a source line range.
    static Location lines(uint32_t first, uint32_t last = 0) {
        Location out;
        out.line = first;
        out.line_end = last ? last : first;
        return out;
    }
    // Gives the C view of this location; valid while this object lives.
    rh_location c() const {
        rh_location l{};
        l.struct_size = sizeof(rh_location);
        l.line = line;
        l.line_end = line_end;
        l.page = page;
        l.box = box;
        l.part = str(part);
        l.paragraph = paragraph;
        return l;
    }
};

// ---------------------------------------------------------------- document views

// A run of styled text.
class Span {
public:
    explicit Span(const rh_span* s) : s_(detail::read_sized(s)) {}
    std::string_view text() const { return view(s_.text); }
    uint32_t flags() const { return s_.flags; }
    bool bold() const { return s_.flags & RH_SPAN_BOLD; }
    bool italic() const { return s_.flags & RH_SPAN_ITALIC; }
    std::string_view font() const { return view(s_.font); }
    float size() const { return s_.size; }
    std::string_view link() const { return view(s_.link); }
    const rh_location* location() const { return s_.loc; }
private:
    rh_span s_;
};

// One source line of a block.
class Line {
public:
    explicit Line(const rh_line* l) : l_(detail::read_sized(l)) {}
    std::string_view text() const { return view(l_.text); }
    const rh_location* location() const { return l_.loc; }
    detail::PtrRange<Span, rh_span> spans() const { return {l_.spans, l_.span_count}; }
private:
    rh_line l_;
};

// A paragraph, heading, list item... in reading order.
class Block {
public:
    explicit Block(const rh_block* b) : b_(detail::read_sized(b)) {}
    rh_block_kind kind() const { return static_cast<rh_block_kind>(b_.kind); }
    uint32_t level() const { return b_.level; }
    uint32_t flags() const { return b_.flags; }
    bool has(rh_block_flag f) const { return b_.flags & f; }
    std::string_view marker() const { return view(b_.marker); }
    std::string_view text() const { return view(b_.text); }
    const rh_location* location() const { return b_.loc; }
    detail::PtrRange<Line, rh_line> lines() const { return {b_.lines, b_.line_count}; }
private:
    rh_block b_;
};

class Link {
public:
    explicit Link(const rh_link* l) : l_(detail::read_sized(l)) {}
    std::string_view url() const { return view(l_.url); }
    std::string_view text() const { return view(l_.text); }
    const rh_location* location() const { return l_.loc; }
private:
    rh_link l_;
};

class Image {
public:
    explicit Image(const rh_image* i) : i_(detail::read_sized(i)) {}
    std::string_view alt() const { return view(i_.alt); }
    std::string_view target() const { return view(i_.target); }
    float width() const { return i_.width; }
    float height() const { return i_.height; }
    float page_share() const { return i_.page_share; }
    const rh_location* location() const { return i_.loc; }
private:
    rh_image i_;
};

class Font {
public:
    explicit Font(const rh_font* f) : f_(detail::read_sized(f)) {}
    std::string_view name() const { return view(f_.name); }
    bool embedded() const { return f_.embedded != 0; }
    bool symbolic() const { return f_.symbolic != 0; }
private:
    rh_font f_;
};

class Page {
public:
    explicit Page(const rh_page* p) : p_(detail::read_sized(p)) {}
    float width() const { return p_.width; }
    float height() const { return p_.height; }
private:
    rh_page p_;
};

// A read-only view of an imported document, valid for the call that received it.
class Document {
public:
    explicit Document(const rh_document* d) : d_(detail::read_sized(d)), valid_(d != nullptr) {}
    explicit operator bool() const { return valid_; }
    std::string_view path() const { return view(d_.path); }
    std::string_view format() const { return view(d_.format); }
    detail::PtrRange<Block, rh_block> blocks() const { return {d_.blocks, d_.block_count}; }
    detail::PtrRange<Page, rh_page> pages() const { return {d_.pages, d_.page_count}; }
    detail::PtrRange<Link, rh_link> links() const { return {d_.links, d_.link_count}; }
    detail::PtrRange<Image, rh_image> images() const { return {d_.images, d_.image_count}; }
    detail::PtrRange<Font, rh_font> fonts() const { return {d_.fonts, d_.font_count}; }
    // Returns a metadata value ("title", "pages"...), empty if absent.
    std::string_view meta(std::string_view key) const {
        for (std::size_t i = 0; d_.meta && i < d_.meta_count; ++i)
            if (view(d_.meta[i].key) == key) return view(d_.meta[i].value);
        return {};
    }
private:
    rh_document d_;
    bool valid_;
};

// ---------------------------------------------------------------- resume views

// A piece of resume text with its source location.
class Field {
public:
    explicit Field(rh_field f) : f_(f) {}
    std::string_view text() const { return view(f_.text); }
    const rh_location* location() const { return f_.loc; }
    bool empty() const { return f_.text.size == 0; }
private:
    rh_field f_;
};

class Bullet {
public:
    explicit Bullet(const rh_bullet* b) : b_(detail::read_sized(b)) {}
    std::string_view text() const { return view(b_.text); }
    const rh_location* location() const { return b_.loc; }
    uint32_t block() const { return b_.block; }
private:
    rh_bullet b_;
};

// A role, project, degree or certification.
class Entry {
public:
    explicit Entry(const rh_entry* e) : e_(detail::read_sized(e)) {}
    Field title() const { return Field(e_.title); }
    Field organization() const { return Field(e_.organization); }
    Field place() const { return Field(e_.location); }
    std::string_view start_raw() const { return view(e_.start.raw); }
    std::string_view start() const { return view(e_.start.value); }
    std::string_view end_raw() const { return view(e_.end.raw); }
    std::string_view end() const { return view(e_.end.value); }
    const rh_location* location() const { return e_.loc; }
    detail::PtrRange<Bullet, rh_bullet> bullets() const { return {e_.bullets, e_.bullet_count}; }
    std::vector<Field> lines() const {
        std::vector<Field> out;
        for (std::size_t i = 0; e_.lines && i < e_.line_count; ++i) out.emplace_back(e_.lines[i]);
        return out;
    }
private:
    rh_entry e_;
};

class Section {
public:
    explicit Section(const rh_section* s) : s_(detail::read_sized(s)) {}
    rh_section_kind kind() const { return static_cast<rh_section_kind>(s_.kind); }
    std::string_view kind_name() const { return view(s_.kind_name); }
    Field heading() const { return Field(s_.heading); }
    const rh_location* location() const { return s_.loc; }
    detail::PtrRange<Entry, rh_entry> entries() const { return {s_.entries, s_.entry_count}; }
    std::vector<Field> lines() const {
        std::vector<Field> out;
        for (std::size_t i = 0; s_.lines && i < s_.line_count; ++i) out.emplace_back(s_.lines[i]);
        return out;
    }
    uint32_t first_block() const { return s_.first_block; }
    uint32_t block_count() const { return s_.block_count; }
private:
    rh_section s_;
};

class ProfileLink {
public:
    explicit ProfileLink(const rh_profile_link* l) : l_(detail::read_sized(l)) {}
    std::string_view network() const { return view(l_.network); }
    Field url() const { return Field(l_.url); }
private:
    rh_profile_link l_;
};

class Contact {
public:
    explicit Contact(const rh_contact* c) : c_(detail::read_sized(c)) {}
    Field name() const { return Field(c_.name); }
    Field email() const { return Field(c_.email); }
    Field phone() const { return Field(c_.phone); }
    Field place() const { return Field(c_.location); }
    detail::PtrRange<ProfileLink, rh_profile_link> links() const { return {c_.links, c_.link_count}; }
private:
    rh_contact c_;
};

// A skill listed in a skills section (ABI 1.2).
class Skill {
public:
    explicit Skill(const rh_skill* s) : s_(detail::read_sized(s)) {}
    // The skill as written, with its location.
    Field text() const { return Field(s_.text); }
    // Canonical id ("kubernetes"); empty when the vocabulary lacks the skill.
    std::string_view id() const { return view(s_.id); }
    // Canonical display name ("Kubernetes").
    std::string_view name() const { return view(s_.name); }
    // The resume's grouping ("Languages"); empty when ungrouped.
    std::string_view category() const { return view(s_.category); }
    // The vocabulary's category ("language", "database"); empty when unknown.
    std::string_view kind() const { return view(s_.kind); }
    // Index of the section that lists the skill.
    int32_t section() const { return s_.section; }
private:
    rh_skill s_;
};

// A read-only view of the normalized resume, valid for the call that received it.
class Resume {
public:
    explicit Resume(const rh_resume* r) : r_(detail::read_sized(r)) {}
    Contact contact() const { return Contact(r_.contact); }
    detail::PtrRange<Section, rh_section> sections() const { return {r_.sections, r_.section_count}; }
    // Returns the index of the first section of `kind`, or -1.
    int find(rh_section_kind kind) const {
        for (std::size_t i = 0; i < r_.section_count; ++i)
            if (Section(r_.sections[i]).kind() == kind) return static_cast<int>(i);
        return -1;
    }
    float years_experience() const { return r_.years_experience; }
    uint32_t pages() const { return r_.pages; }
    uint32_t columns() const { return r_.columns; }
    // The listed skills; empty from a host older than ABI 1.2.
    detail::PtrRange<Skill, rh_skill> skills() const { return {r_.skills, r_.skill_count}; }
private:
    rh_resume r_;
};

// ---------------------------------------------------------------- host services

// The host's services as seen by one call.
class Host {
public:
    explicit Host(const rh_host_api* api) : api_(api) {}
    // Logs a message through the host's sink.
    void log(rh_log_level level, std::string_view message) const {
        if (api_ && api_->log) api_->log(api_->ctx, level, str(message));
    }
    // Returns a configuration value, or nullopt when unset.
    std::optional<std::string> config(std::string_view key) const {
        if (!api_ || !api_->config_get) return std::nullopt;
        rh_str v = api_->config_get(api_->ctx, str(key));
        if (!v.data || v.size == 0) return std::nullopt;
        return std::string(v.data, v.size);
    }
    // Returns a numeric configuration value, or `fallback` when unset or not a number.
    double number(std::string_view key, double fallback) const {
        auto v = config(key);
        if (!v) return fallback;
        char* end = nullptr;
        double d = std::strtod(v->c_str(), &end);
        return (end && *end == '\0' && end != v->c_str()) ? d : fallback;
    }
    // Returns the raw table, for features looked up by name.
    const rh_host_api* api() const { return api_; }
private:
    const rh_host_api* api_;
};

// ---------------------------------------------------------------- builders

// An owned span, for importers.
struct SpanData {
    std::string text;
    uint32_t flags = 0;
    std::string font;
    float size = 0;
    std::string link;
};

// An owned line, for importers.
struct LineData {
    Location loc;
    std::vector<SpanData> spans;
    // Returns the spans' text concatenated.
    std::string text() const {
        std::string t;
        for (const auto& s : spans) t += s.text;
        return t;
    }
};

// An owned block, for importers.
struct BlockData {
    rh_block_kind kind = RH_BLOCK_PARAGRAPH;
    uint32_t level = 0;
    uint32_t flags = 0;
    std::string marker;
    Location loc;
    std::vector<LineData> lines;
};

// Hands an importer's document to the host, which copies each call at once.
class DocumentBuilder {
public:
    explicit DocumentBuilder(const rh_document_sink* sink) : sink_(detail::read_sized(sink)) {}

    // Adds a block in reading order.
    void add_block(const BlockData& b) {
        if (!sink_.add_block) return;
        std::vector<rh_location> locs;
        locs.reserve(b.lines.size() + 1);
        std::vector<std::vector<rh_span>> spans(b.lines.size());
        std::vector<std::vector<const rh_span*>> span_ptrs(b.lines.size());
        std::vector<std::string> line_text(b.lines.size());
        std::vector<rh_line> lines(b.lines.size());
        std::vector<const rh_line*> line_ptrs(b.lines.size());
        std::string text;
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            const LineData& ld = b.lines[i];
            locs.push_back(ld.loc.c());
            for (const auto& s : ld.spans) {
                rh_span c{};
                c.struct_size = sizeof(rh_span);
                c.text = str(s.text);
                c.flags = s.flags;
                c.font = str(s.font);
                c.size = s.size;
                c.link = str(s.link);
                spans[i].push_back(c);
            }
            for (auto& s : spans[i]) span_ptrs[i].push_back(&s);
            line_text[i] = ld.text();
            if (i) text += '\n';
            text += line_text[i];
        }
        locs.push_back(b.loc.c());
        for (std::size_t i = 0; i < b.lines.size(); ++i) {
            rh_line& l = lines[i];
            l.struct_size = sizeof(rh_line);
            l.text = str(line_text[i]);
            l.loc = &locs[i];
            l.spans = span_ptrs[i].data();
            l.span_count = span_ptrs[i].size();
            line_ptrs[i] = &l;
        }
        rh_block c{};
        c.struct_size = sizeof(rh_block);
        c.kind = b.kind;
        c.level = b.level;
        c.flags = b.flags;
        c.marker = str(b.marker);
        c.text = str(text);
        c.loc = &locs.back();
        c.lines = line_ptrs.data();
        c.line_count = line_ptrs.size();
        sink_.add_block(sink_.ctx, &c);
    }
    // Adds a page of the given size in points.
    void add_page(float width, float height) {
        if (!sink_.add_page) return;
        rh_page p{sizeof(rh_page), width, height};
        sink_.add_page(sink_.ctx, &p);
    }
    // Adds a hyperlink.
    void add_link(std::string_view url, std::string_view text, const Location& loc) {
        if (!sink_.add_link) return;
        rh_location l = loc.c();
        rh_link k{sizeof(rh_link), str(url), str(text), &l};
        sink_.add_link(sink_.ctx, &k);
    }
    // Adds an image.
    void add_image(std::string_view alt, std::string_view target, const Location& loc, float width = 0,
                   float height = 0, float page_share = 0) {
        if (!sink_.add_image) return;
        rh_location l = loc.c();
        rh_image i{sizeof(rh_image), str(alt), str(target), width, height, page_share, &l};
        sink_.add_image(sink_.ctx, &i);
    }
    // Adds a font used by the document.
    void add_font(std::string_view name, bool embedded, bool symbolic) {
        if (!sink_.add_font) return;
        rh_font f{sizeof(rh_font), str(name), embedded ? 1u : 0u, symbolic ? 1u : 0u};
        sink_.add_font(sink_.ctx, &f);
    }
    // Sets a metadata value ("title", "author", "pages", "columns"...).
    void set_meta(std::string_view key, std::string_view value) {
        if (sink_.set_meta) sink_.set_meta(sink_.ctx, str(key), str(value));
    }
    // Says why the import failed.
    void fail(std::string_view reason) {
        if (sink_.fail) sink_.fail(sink_.ctx, str(reason));
    }
private:
    rh_document_sink sink_;
};

// An owned finding, for analyzers.
struct Finding {
    std::string rule;
    Severity severity = Severity::rule;  // the rule's declared severity unless set
    std::string message;
    std::string suggestion;
    std::optional<Location> loc;  // nullopt: document-wide
    int32_t section = -1;
    int32_t entry = -1;
    int32_t bullet = -1;
};

// Hands an analyzer's findings to the host, which copies each call at once.
class Findings {
public:
    explicit Findings(const rh_finding_sink* sink) : sink_(detail::read_sized(sink)) {}
    // Reports a finding.
    void add(const Finding& f) {
        if (!sink_.add_finding) return;
        rh_location l{};
        if (f.loc) l = f.loc->c();
        rh_finding c{};
        c.struct_size = sizeof(rh_finding);
        c.rule = str(f.rule);
        c.severity = static_cast<uint32_t>(f.severity);
        c.message = str(f.message);
        c.suggestion = str(f.suggestion);
        c.loc = f.loc ? &l : nullptr;
        c.section = f.section;
        c.entry = f.entry;
        c.bullet = f.bullet;
        sink_.add_finding(sink_.ctx, &c);
    }
    // Says that `rule` could not be evaluated, and why.
    void not_evaluated(std::string_view rule, std::string_view reason) {
        if (sink_.not_evaluated) sink_.not_evaluated(sink_.ctx, str(rule), str(reason));
    }
    // Records a named measurement.
    void metric(std::string_view name, double value) {
        if (sink_.add_metric) sink_.add_metric(sink_.ctx, str(name), value);
    }
private:
    rh_finding_sink sink_;
};

// Collects an emitter's output.
class Writer {
public:
    explicit Writer(const rh_writer* w) : w_(detail::read_sized(w)) {}
    // Writes bytes to the output.
    void write(std::string_view s) {
        if (w_.write && !s.empty()) w_.write(w_.ctx, s.data(), s.size());
    }
    // Says why emitting failed.
    void fail(std::string_view reason) {
        if (w_.fail) w_.fail(w_.ctx, str(reason));
    }
private:
    rh_writer w_;
};

// ---------------------------------------------------------------- report views (emitters)

class Score {
public:
    explicit Score(const rh_score* s) : s_(detail::read_sized(s)) {}
    std::string_view category() const { return view(s_.category); }
    double value() const { return s_.value; }
    // False when the category had too little evidence to score; note() says why.
    bool scored() const { return s_.unscored == 0; }
    std::string_view note() const { return view(s_.note); }
private:
    rh_score s_;
};

class NotEvaluated {
public:
    explicit NotEvaluated(const rh_not_evaluated* n) : n_(detail::read_sized(n)) {}
    std::string_view rule() const { return view(n_.rule); }
    std::string_view reason() const { return view(n_.reason); }
private:
    rh_not_evaluated n_;
};

// A plugin that failed on the file (ABI 1.3); a report from an older host has none.
class PluginError {
public:
    explicit PluginError(const rh_plugin_error* e) : e_(detail::read_sized(e)) {}
    std::string_view plugin() const { return view(e_.plugin); }
    std::string_view component() const { return view(e_.component); }
    std::string_view message() const { return view(e_.message); }
private:
    rh_plugin_error e_;
};

class FindingView {
public:
    explicit FindingView(const rh_finding* f) : f_(detail::read_sized(f)) {}
    std::string_view rule() const { return view(f_.rule); }
    Severity severity() const { return static_cast<Severity>(f_.severity); }
    std::string_view message() const { return view(f_.message); }
    std::string_view suggestion() const { return view(f_.suggestion); }
    const rh_location* location() const { return f_.loc; }
    int32_t section() const { return f_.section; }
    int32_t entry() const { return f_.entry; }
    int32_t bullet() const { return f_.bullet; }
private:
    rh_finding f_;
};

// One file's results, as an emitter sees them.
class Report {
public:
    explicit Report(const rh_report* r) : r_(detail::read_sized(r)) {}
    std::string_view path() const { return view(r_.path); }
    std::string_view format() const { return view(r_.format); }
    std::string_view error() const { return view(r_.error); }
    uint32_t exit_code() const { return r_.exit_code; }
    detail::PtrRange<FindingView, rh_finding> findings() const { return {r_.findings, r_.finding_count}; }
    detail::PtrRange<Score, rh_score> scores() const { return {r_.scores, r_.score_count}; }
    std::string_view scoring_method() const { return view(r_.scoring_method); }
    detail::PtrRange<NotEvaluated, rh_not_evaluated> not_evaluated() const {
        return {r_.not_evaluated, r_.not_evaluated_count};
    }
    detail::PtrRange<PluginError, rh_plugin_error> errors() const { return {r_.errors, r_.error_count}; }
    Document document() const { return Document(r_.document); }
    std::optional<Resume> resume() const { return r_.resume ? std::optional<Resume>(Resume(r_.resume)) : std::nullopt; }
private:
    rh_report r_;
};

// ---------------------------------------------------------------- base classes

// What a component's constructor receives.
struct OpenContext {
    Host host;               // for logging; the configuration is per analysis and empty here
    std::string plugin_dir;  // directory of the plugin library and its data files

    // Returns the bytes of a data file kept beside the plugin library; throws
    // std::runtime_error naming the file when it cannot be read.
    std::string read_data(std::string_view name) const {
        std::string path = plugin_dir.empty() ? std::string(name) : plugin_dir + "/" + std::string(name);
        // C stdio rather than a stream: a plugin reads its files on every
        // start, and a stream's set-up costs more than reading a word list.
        std::string bytes;
        if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
            char chunk[16384];
            for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) bytes.append(chunk, n);
            bool failed = std::ferror(f) != 0;
            std::fclose(f);
            if (!failed) return bytes;
        }
        throw std::runtime_error("cannot read data file " + path);
    }
};

// Describes one rule of an analyzer.
struct RuleInfo {
    std::string id;
    Severity severity;
    std::string description;
    std::string category = "content";
    std::string doc_url = {};
};

// Reads one document type into a Document. Derive, add
//   static constexpr const char* name = "...";
//   static std::vector<std::string> formats();
// and a constructor taking const OpenContext&.
class Importer {
public:
    static constexpr rh_kind kind = RH_KIND_IMPORTER;
    virtual ~Importer() = default;
    // Reads `data` into `out`; returns false after out.fail(reason).
    virtual bool import(const Host& host, std::string_view path, std::string_view format,
                        std::string_view data, DocumentBuilder& out) = 0;
};

// Checks rules on a Document and its Resume. Derive, add
//   static constexpr const char* name = "pack";
//   static std::vector<RuleInfo> rules();
// and a constructor taking const OpenContext&.
class Analyzer {
public:
    static constexpr rh_kind kind = RH_KIND_ANALYZER;
    virtual ~Analyzer() = default;
    // Reports findings on one resume; called from several threads at once.
    virtual void analyze(const Host& host, const Document& doc, const Resume& resume, const Document& job,
                         Findings& out) const = 0;
};

// Writes reports in one output format. Derive, add
//   static constexpr const char* name = "format";
// and a constructor taking const OpenContext&.
class Emitter {
public:
    static constexpr rh_kind kind = RH_KIND_EMITTER;
    virtual ~Emitter() = default;
    // Writes all reports of a run.
    virtual void emit(const Host& host, const std::vector<Report>& reports, bool color,
                      std::string_view tool_version, Writer& out) const = 0;
};

// ---------------------------------------------------------------- export machinery

namespace detail {

inline void log_exception(const rh_host_api* host, std::string_view where) {
    std::string msg(where);
    try {
        throw;
    } catch (const std::exception& e) {
        msg += ": ";
        msg += e.what();
    } catch (...) {
        msg += ": unknown exception";
    }
    Host(host).log(RH_LOG_ERROR, msg);
}

// Static storage for one component type's descriptor.
template <class C>
struct ComponentTraits {
    static std::vector<std::string>& format_storage() {
        static std::vector<std::string> v = [] {
            if constexpr (C::kind == RH_KIND_IMPORTER) return C::formats();
            else return std::vector<std::string>{};
        }();
        return v;
    }
    static std::vector<RuleInfo>& rule_storage() {
        static std::vector<RuleInfo> v = [] {
            if constexpr (C::kind == RH_KIND_ANALYZER) return C::rules();
            else return std::vector<RuleInfo>{};
        }();
        return v;
    }

    static void* open(const rh_open_input* in) noexcept {
        rh_open_input i = read_sized(in);
        try {
            return new C(OpenContext{Host(i.host), std::string(view(i.plugin_dir))});
        } catch (...) {
            log_exception(i.host, std::string("opening ") + C::name);
            return nullptr;
        }
    }
    static void close(void* state) noexcept { delete static_cast<C*>(state); }

    static int import(void* state, const rh_import_input* in, const rh_document_sink* sink) noexcept {
        rh_import_input i = read_sized(in);
        DocumentBuilder out(sink);
        try {
            if constexpr (C::kind == RH_KIND_IMPORTER) {
                std::string_view data(reinterpret_cast<const char*>(i.data), i.size);
                return static_cast<C*>(state)->import(Host(i.host), view(i.path), view(i.format), data, out)
                           ? RH_STATUS_OK
                           : RH_STATUS_FAILED;
            }
            return RH_STATUS_UNSUPPORTED;
        } catch (const std::exception& e) {
            out.fail(std::string("importer ") + C::name + " failed: " + e.what());
        } catch (...) {
            out.fail(std::string("importer ") + C::name + " failed");
        }
        return RH_STATUS_FAILED;
    }

    static int analyze(void* state, const rh_analyze_input* in, const rh_finding_sink* sink) noexcept {
        rh_analyze_input i = read_sized(in);
        try {
            if constexpr (C::kind == RH_KIND_ANALYZER) {
                Findings out(sink);
                static_cast<const C*>(state)->analyze(Host(i.host), Document(i.document), Resume(i.resume),
                                                      Document(i.job), out);
                return RH_STATUS_OK;
            }
            return RH_STATUS_UNSUPPORTED;
        } catch (...) {
            log_exception(i.host, std::string("analyzer ") + C::name);
        }
        return RH_STATUS_FAILED;
    }

    static int emit(void* state, const rh_emit_input* in, const rh_writer* w) noexcept {
        rh_emit_input i = read_sized(in);
        Writer out(w);
        try {
            if constexpr (C::kind == RH_KIND_EMITTER) {
                std::vector<Report> reports;
                for (std::size_t k = 0; i.reports && k < i.report_count; ++k) reports.emplace_back(i.reports[k]);
                static_cast<const C*>(state)->emit(Host(i.host), reports, (i.flags & RH_EMIT_COLOR) != 0,
                                                   view(i.tool_version), out);
                return RH_STATUS_OK;
            }
            return RH_STATUS_UNSUPPORTED;
        } catch (const std::exception& e) {
            out.fail(std::string("emitter ") + C::name + " failed: " + e.what());
        } catch (...) {
            out.fail(std::string("emitter ") + C::name + " failed");
        }
        return RH_STATUS_FAILED;
    }

    static const rh_component* component() {
        static std::vector<rh_str> formats = [] {
            std::vector<rh_str> v;
            for (const auto& f : format_storage()) v.push_back(str(f));
            return v;
        }();
        static std::vector<rh_rule> rules = [] {
            std::vector<rh_rule> v;
            for (const auto& r : rule_storage()) {
                rh_rule c{};
                c.struct_size = sizeof(rh_rule);
                c.id = str(r.id);
                c.severity = static_cast<uint32_t>(r.severity);
                c.description = str(r.description);
                c.doc_url = str(r.doc_url);
                c.category = str(r.category);
                v.push_back(c);
            }
            return v;
        }();
        static std::vector<const rh_rule*> rule_ptrs = [] {
            std::vector<const rh_rule*> v;
            for (const auto& r : rules) v.push_back(&r);
            return v;
        }();
        static const rh_component c = [] {
            rh_component x{};
            x.struct_size = sizeof(rh_component);
            x.kind = C::kind;
            x.name = str(C::name);
            x.formats = formats.data();
            x.format_count = formats.size();
            x.rules = rule_ptrs.data();
            x.rule_count = rule_ptrs.size();
            x.open = &open;
            x.close = &close;
            x.import = &import;
            x.analyze = &analyze;
            x.emit = &emit;
            return x;
        }();
        return &c;
    }
};

// A descriptor of this SDK's ABI version for the given components.
inline rh_plugin_descriptor plugin_descriptor(const char* name, const char* version, const char* description,
                                              const rh_component* const* components, std::size_t count) {
    rh_plugin_descriptor x{};
    x.struct_size = sizeof(rh_plugin_descriptor);
    x.abi_major = RESHOST_ABI_MAJOR;
    x.abi_minor = RESHOST_ABI_MINOR;
    x.name = str(name);
    x.version = str(version);
    x.description = str(description);
    x.components = components;
    x.component_count = count;
    return x;
}

template <class... Cs>
const rh_plugin_descriptor* make_descriptor(const char* name, const char* version, const char* description) {
    static const rh_component* components[] = {ComponentTraits<Cs>::component()...};
    static const rh_plugin_descriptor d = plugin_descriptor(name, version, description, components, sizeof...(Cs));
    return &d;
}

// The descriptor of a plugin whose components come from functions (see RESHOST_PLUGIN_OF).
template <class... Fs>
const rh_plugin_descriptor* make_descriptor_of(const char* name, const char* version, const char* description,
                                               Fs... parts) {
    static const rh_component* components[] = {parts()...};
    static const rh_plugin_descriptor d = plugin_descriptor(name, version, description, components, sizeof...(Fs));
    return &d;
}

}  // namespace detail

// The C description of component class C, for a plugin that gathers
// components defined in several source files (see RESHOST_PLUGIN_OF).
template <class C>
const rh_component* component() {
    return detail::ComponentTraits<C>::component();
}
}  // namespace reshost::sdk

#if defined(_WIN32)
#define RESHOST_EXPORT __declspec(dllexport)
#else
#define RESHOST_EXPORT __attribute__((visibility("default")))
#endif

// Exports a plugin made of the given component classes:
//   RESHOST_PLUGIN("verbs", "1.0.0", "Action-verb rules", VerbsAnalyzer)
#define RESHOST_PLUGIN(NAME, VERSION, DESCRIPTION, ...)                                       \
    extern "C" RESHOST_EXPORT const rh_plugin_descriptor* reshost_plugin_entry(void) {       \
        try {                                                                                 \
            return ::reshost::sdk::detail::make_descriptor<__VA_ARGS__>(NAME, VERSION, DESCRIPTION); \
        } catch (...) {                                                                       \
            return nullptr;                                                                   \
        }                                                                                     \
    }

// Exports a plugin whose components are defined in other source files, each
// returned by a function `const rh_component* f()` (usually
// `return reshost::sdk::component<MyAnalyzer>();`):
//   RESHOST_PLUGIN_OF("packs", "1.0.0", "Several packs", verbs::component, skills::component)
#define RESHOST_PLUGIN_OF(NAME, VERSION, DESCRIPTION, ...)                                    \
    extern "C" RESHOST_EXPORT const rh_plugin_descriptor* reshost_plugin_entry(void) {       \
        try {                                                                                 \
            return ::reshost::sdk::detail::make_descriptor_of(NAME, VERSION, DESCRIPTION, __VA_ARGS__); \
        } catch (...) {                                                                       \
            return nullptr;                                                                   \
        }                                                                                     \
    }
