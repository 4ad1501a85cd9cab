// Everything that touches Poppler's core API. One pass per page with one
// output device: a TextOutputDev that also notes image draws and the fonts
// the content stream selects. No rendering, no image decoding.
#include "pdf_file.hpp"
#include "unicode_text.hpp"

#include <Annot.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Link.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <UTF.h>
#include <goo/gmem.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_map>

namespace reshost::pdf {

namespace {

// Poppler reports recoverable syntax problems on stderr by default; a host
// library must stay quiet. The callback is process-wide, so it is set once
// and does nothing (which is trivially safe from any thread).
void quiet(ErrorCategory, Goffset, const char*) {}

void init_poppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Another user of libpoppler in the same process may have set it up already.
        if (!globalParams) globalParams = std::make_unique<GlobalParams>();
        setErrorCallback(&quiet);
        // Poppler fills a few process-wide values on first use without a lock
        // (the colour profiles every GfxState shares, the UTF-8 map); fill
        // them here, before two documents can be read at once.
        globalParams->getUtf8Map();
        PDFRectangle box(0, 0, 1, 1);
        GfxState warm(72, 72, &box, 0, true);
    });
}

// The factor that turns the size Poppler gives a Type 3 font's words into
// the font's size. A Type 3 font's glyphs are drawn in a space of the
// producer's choosing, so Poppler guesses the size of its em from the width
// of one glyph ('m', else the first letter, else any glyph) taken for a
// generic 0.6 or 0.5 em; with the narrow or wide glyph of a subset the guess
// is far off (browsers write fonts with CFF outlines as Type 3: a heading set
// at 10.5 pt reads as 6 pt). Nearly every producer maps the em to one unit of
// text space, as every other kind of font does; the mean width of all the
// font's glyphs tells whether this one does, and only where it does not is
// an em estimated from that mean.
double type3_size_scale(GfxFont& font) {
    if (font.getType() != fontType3) return 1;
    auto& f = static_cast<Gfx8BitFont&>(font);
    // Poppler's guess (TextPage::updateFont), repeated to be undone.
    int m_code = -1, letter = -1, any = -1;
    double sum = 0;
    int n = 0;
    for (int code = 0; code < 256; ++code) {
        const char* name = f.getCharName(code);
        double w = f.getWidth(static_cast<unsigned char>(code));
        bool one = name && name[0] && !name[1];
        if (one && name[0] == 'm') m_code = code;
        if (letter < 0 && one && ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'))) letter = code;
        if (any < 0 && name && w > 0) any = code;
        if (w > 0) {
            sum += w;
            ++n;
        }
    }
    double guess = 1, w;
    if (m_code >= 0 && (w = f.getWidth(static_cast<unsigned char>(m_code))) > 0) guess = w / 0.6;
    else if (letter >= 0 && (w = f.getWidth(static_cast<unsigned char>(letter))) > 0) guess = w / 0.5;
    else if (any >= 0 && (w = f.getWidth(static_cast<unsigned char>(any))) > 0) guess = w / 0.5;
    const double* fm = font.getFontMatrix();
    double aspect = fm[0] != 0 ? std::fabs(fm[3] / fm[0]) : 1;
    guess *= aspect;
    if (n == 0 || !(guess > 0) || !std::isfinite(guess)) return 1;
    // Glyphs are about 0.55 em wide on average; an em between half a unit and two is one unit.
    double em = sum / n / 0.55 * aspect;
    if (em >= 0.5 && em <= 2) em = 1;
    return em / guess;
}

// A Type 3 font has no BaseFont; its descriptor (when it has one) names the
// face and gives its weight, as browsers write them.
struct Type3Face {
    Ref id;
    double scale = 1;  // from type3_size_scale
    std::string name;  // the descriptor's FontName, or empty
    bool bold = false;  // a FontWeight of 600 or more
};

Type3Face type3_face(GfxFont& font, XRef* xref) {
    Type3Face face;
    face.id = *font.getID();
    face.scale = type3_size_scale(font);
    if (!xref) return face;
    Object dict = xref->fetch(face.id);
    if (!dict.isDict()) return face;
    Object desc = dict.dictLookup("FontDescriptor");
    if (!desc.isDict()) return face;
    Object name = desc.dictLookup("FontName");
    if (name.isName()) face.name = name.getName();
    Object weight = desc.dictLookup("FontWeight");
    face.bold = weight.isNum() && weight.getNum() >= 600;
    return face;
}

std::string_view without_subset_prefix(std::string_view name) {
    if (name.size() > 7 && name[6] == '+' &&
        std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
        name.remove_prefix(7);
    return name;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

uint8_t style_from_name(std::string_view name) {
    uint8_t style = 0;
    if (contains(name, "Bold") || contains(name, "bold") || contains(name, "Black") || contains(name, "Heavy") ||
        contains(name, "Semibold") || contains(name, "SemiBold") || contains(name, "Demi") || contains(name, "CMBX"))
        style |= word_bold;
    if (contains(name, "Italic") || contains(name, "italic") || contains(name, "Oblique") || contains(name, "-It"))
        style |= word_italic;
    return style;
}

std::string utf8_of_text_string(const GooString* s) {
    std::string out;
    if (!s) return out;
    Unicode* u = nullptr;
    int n = TextStringToUCS4(s->toStr(), &u);
    for (int i = 0; i < n; ++i)
        if (u[i] != 0) append_utf8(out, u[i]);
    gfree(u);
    return out;
}

bool past(void* deadline) { return PdfFile::Clock::now() >= *static_cast<PdfFile::Clock::time_point*>(deadline); }

// The per-document font table: fonts are keyed by name, since the same face
// shows up as different font objects on different pages.
class FontTable {
public:
    explicit FontTable(std::vector<FontFace>& faces) : faces_(faces) {
        for (uint32_t i = 0; i < faces_.size(); ++i) index_.emplace(faces_[i].name, i);
    }
    uint32_t intern(std::string_view name, bool embedded) {
        auto it = index_.find(std::string(name));
        if (it != index_.end()) {
            if (embedded) faces_[it->second].embedded = true;
            return it->second;
        }
        uint32_t i = static_cast<uint32_t>(faces_.size());
        faces_.push_back(FontFace{std::string(name), embedded, false});
        index_.emplace(std::string(name), i);
        return i;
    }

private:
    std::vector<FontFace>& faces_;
    std::unordered_map<std::string, uint32_t> index_;
};

class WordDevice final : public TextOutputDev {
public:
    WordDevice() : TextOutputDev(nullptr, false, 0, true, false) {}

    void begin(std::vector<Box>& images, std::vector<Box>& marks, std::vector<Box>& rules, FontTable& fonts, XRef* xref) {
        xref_ = xref;
        images_ = &images;
        marks_ = &marks;
        rules_ = &rules;
        fonts_ = &fonts;
    }

    // Browsers draw CSS list markers (disc, circle, square, a styled ::before
    // box) as filled or stroked paths, so the text layer has no bullet; the
    // small shapes are kept for the layout code to find them at line starts.
    void stroke(GfxState* state) override {
        TextOutputDev::stroke(state);
        note_mark(state);
    }
    void fill(GfxState* state) override {
        TextOutputDev::fill(state);
        note_mark(state);
    }
    void eoFill(GfxState* state) override {
        TextOutputDev::eoFill(state);
        note_mark(state);
    }

    // Image draws only reach a device that asks for non-text content.
    bool needNonText() override { return true; }

    void updateFont(GfxState* state) override {
        TextOutputDev::updateFont(state);
        const auto& font = state->getFont();
        if (!font || font.get() == last_font_) return;
        last_font_ = font.get();
        const Type3Face* type3 = nullptr;
        if (font->getType() == fontType3) {
            Ref id = *font->getID();
            auto it = std::find_if(type3_.begin(), type3_.end(), [&](const Type3Face& t) { return t.id == id; });
            if (it == type3_.end()) {
                type3_.push_back(type3_face(*font, xref_));
                it = type3_.end() - 1;
            }
            type3 = &*it;
        }
        Ref id;
        const auto& name = font->getName();
        std::string_view shown = type3 && !type3->name.empty() ? std::string_view(type3->name)
                                 : name                        ? std::string_view(*name)
                                                               : std::string_view("(unnamed)");
        fonts_->intern(without_subset_prefix(shown), font->getEmbeddedFontID(&id) || type3);
    }

    // The base OutputDev versions skip inline image data without decoding it.
    void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                       bool interpolate, bool inlineImg) override {
        note_image(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colorMap,
                   bool interpolate, const int* maskColors, bool inlineImg) override {
        note_image(state);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                         bool, bool) override {
        note_image(state);
    }
    void drawSoftMaskedImage(GfxState* state, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                             GfxImageColorMap*, bool) override {
        note_image(state);
    }

private:
    void note_image(GfxState* state) {
        // An image fills the unit square of its CTM, which maps straight to
        // this (upside-down) device's space.
        const double* m = state->getCTM();
        double xs[4] = {m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]};
        double ys[4] = {m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]};
        Box b{static_cast<float>(*std::min_element(xs, xs + 4)), static_cast<float>(*std::min_element(ys, ys + 4)),
              static_cast<float>(*std::max_element(xs, xs + 4)), static_cast<float>(*std::max_element(ys, ys + 4))};
        if (std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) && std::isfinite(b.y1))
            images_->push_back(b);
    }

    void note_mark(GfxState* state) {
        const GfxPath* path = state->getPath();
        if (!path || path->getNumSubpaths() == 0) return;
        double x0 = 1e30, y0 = 1e30, x1 = -1e30, y1 = -1e30;
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath* sub = path->getSubpath(i);
            for (int k = 0; k < sub->getNumPoints(); ++k) {
                double x, y;
                state->transform(sub->getX(k), sub->getY(k), &x, &y);
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
        }
        double w = x1 - x0, h = y1 - y0;
        Box box{static_cast<float>(x0), static_cast<float>(y0), static_cast<float>(x1), static_cast<float>(y1)};
        // Only shapes the size of a glyph can be markers; page backgrounds,
        // bands and rules are far larger.
        if (w > 0.5 && h > 0.5 && w < max_mark && h < max_mark) marks_->push_back(box);
        // Thin bars and rules, which set headings off: a bar beside one, a rule under it.
        bool bar = w > 0.5 && w <= max_bar_width && h >= min_rule_length && h <= max_bar_height;
        bool rule = h <= max_bar_width && w >= min_rule_length;
        if (bar || rule) rules_->push_back(box);
    }

    // The largest side of a fill that may be a list marker, in points.
    static constexpr double max_mark = 14;
    // Bars and rules: this thin at most, this long at least, and a bar this tall at most.
    static constexpr double max_bar_width = 6;
    static constexpr double min_rule_length = 6;
    static constexpr double max_bar_height = 40;

    std::vector<Box>* images_ = nullptr;
    std::vector<Box>* marks_ = nullptr;
    std::vector<Box>* rules_ = nullptr;
    FontTable* fonts_ = nullptr;
    const GfxFont* last_font_ = nullptr;

    XRef* xref_ = nullptr;
    std::vector<Type3Face> type3_;  // the Type 3 fonts seen

public:
    // The Type 3 font words of `info` are set in, or null.
    const Type3Face* type3(const TextFontInfo* info) const {
        if (!info) return nullptr;
        for (const auto& t : type3_)
            if (info->matches(&t.id)) return &t;
        return nullptr;
    }
};

// Link rectangles are in user space; the device's default matrix maps them
// to the same space as the words. libpoppler exports no type information for
// AnnotLink, which UBSan's vptr check would need, so that check is off here.
__attribute__((no_sanitize("vptr"))) void read_links(Page& page, const double* m, std::vector<LinkArea>& out) {
    auto links = page.getLinks();
    if (!links) return;
    for (AnnotLink* link : links->getLinks()) {
        LinkAction* action = link ? link->getAction() : nullptr;
        if (!action || action->getKind() != actionURI) continue;
        double ux0, uy0, ux1, uy1;
        link->getRect(&ux0, &uy0, &ux1, &uy1);
        double xs[2] = {m[0] * ux0 + m[2] * uy0 + m[4], m[0] * ux1 + m[2] * uy1 + m[4]};
        double ys[2] = {m[1] * ux0 + m[3] * uy0 + m[5], m[1] * ux1 + m[3] * uy1 + m[5]};
        LinkArea area;
        area.box = Box{static_cast<float>(std::min(xs[0], xs[1])), static_cast<float>(std::min(ys[0], ys[1])),
                       static_cast<float>(std::max(xs[0], xs[1])), static_cast<float>(std::max(ys[0], ys[1]))};
        area.url = static_cast<LinkURI*>(action)->getURI();
        out.push_back(std::move(area));
    }
}

}  // namespace

struct PdfFile::Impl {
    std::unique_ptr<PDFDoc> doc;
};

PdfFile::PdfFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PdfFile::~PdfFile() = default;

std::unique_ptr<PdfFile> PdfFile::open(std::string_view data, std::string& error) {
    init_poppler();
    auto impl = std::make_unique<Impl>();
    // PDFDoc owns the stream; the stream only borrows the bytes.
    impl->doc = std::make_unique<PDFDoc>(new MemStream(data.data(), 0, static_cast<Goffset>(data.size()), Object(objNull)));
    if (!impl->doc->isOk()) {
        switch (impl->doc->getErrorCode()) {
        case errEncrypted: error = "password-protected PDF"; break;
        case errBadCatalog: error = "damaged PDF: the page catalog cannot be read"; break;
        case errDamaged: error = "damaged PDF: it cannot be repaired"; break;
        default: error = "unreadable PDF (error " + std::to_string(impl->doc->getErrorCode()) + ")"; break;
        }
        return nullptr;
    }
    return std::unique_ptr<PdfFile>(new PdfFile(std::move(impl)));
}

int PdfFile::page_count() const { return impl_->doc->getNumPages(); }

bool PdfFile::read_page(int index, PageContent& out, std::vector<FontFace>& fonts, Clock::time_point deadline) {
    PDFDoc& doc = *impl_->doc;
    int number = index + 1;
    Page* page = doc.getPage(number);
    if (!page) return true;  // a missing page object reads as an empty page

    FontTable table(fonts);
    WordDevice device;
    device.begin(out.images, out.marks, out.rules, table, doc.getXRef());
    doc.displayPage(&device, number, 72, 72, 0, true, false, false, &past, &deadline);
    if (Clock::now() >= deadline) return false;

    int rotate = page->getRotate();
    bool turned = rotate == 90 || rotate == 270;
    out.width = static_cast<float>(turned ? page->getMediaHeight() : page->getMediaWidth());
    out.height = static_cast<float>(turned ? page->getMediaWidth() : page->getMediaHeight());

    std::unique_ptr<TextWordList> list = device.makeWordList();
    int n = list ? list->getLength() : 0;
    out.words.reserve(static_cast<std::size_t>(n));
    std::string text;
    const TextFontInfo* last_info = nullptr;
    uint32_t last_font = 0;
    uint8_t last_style = 0;
    float last_scale = 1;
    // Adds the characters [from, to) of `w` as one word.
    auto emit = [&](TextWord* w, int from, int to) {
        text.clear();
        for (int k = from; k < to; ++k) append_utf8(text, *w->getChar(k));
        if (text.empty()) return;
        double x0, y0, x1, y1;
        if (from == 0 && to == w->getLength()) {
            w->getBBox(&x0, &y0, &x1, &y1);
        } else {
            double a0, a1, b0, b1;
            w->getCharBBox(from, &x0, &y0, &a0, &a1);
            w->getCharBBox(to - 1, &b0, &b1, &x1, &y1);
            y0 = std::min(y0, b1);
            y1 = std::max(y1, a1);
        }
        Box box{static_cast<float>(x0), static_cast<float>(y0), static_cast<float>(x1), static_cast<float>(y1)};
        const TextFontInfo* info = w->getFontInfo(from);
        if (info != last_info) {
            last_info = info;
            const Type3Face* type3 = device.type3(info);
            last_scale = type3 ? static_cast<float>(type3->scale) : 1.0f;
            const GooString* name = info ? info->getFontName() : nullptr;
            std::string_view face = without_subset_prefix(type3 && !type3->name.empty() ? std::string_view(type3->name)
                                                          : name                        ? std::string_view(name->toStr())
                                                                                        : std::string_view());
            last_font = table.intern(face, false);
            last_style = style_from_name(face);
            if ((info && info->isBold()) || (type3 && type3->bold)) last_style |= word_bold;
            if (info && info->isItalic()) last_style |= word_italic;
        }
        // Fake bold draws the same word twice, a hair apart.
        bool repeat = false;
        for (std::size_t k = out.words.size(), seen = 0; k-- > 0 && seen < 3; ++seen) {
            const Word& p = out.words[k];
            if (std::fabs(p.box.x0 - box.x0) < 1.5f && std::fabs(p.box.y0 - box.y0) < 1.5f && out.text_of(p) == text) {
                repeat = true;
                break;
            }
        }
        // Only upright text has its baseline across the page.
        float base = w->getRotation() == 0 ? static_cast<float>(w->getBaseline()) : -1.0f;
        // A Type 3 font's box grows with its corrected size, from the baseline.
        if (last_scale != 1 && base >= 0) {
            box.y0 = base - (base - box.y0) * last_scale;
            box.y1 = base + (box.y1 - base) * last_scale;
        }
        if (!repeat)
            out.add_word(text, box, last_font, static_cast<float>(w->getFontSize()) * last_scale, last_style, base);
    };
    for (int i = 0; i < n; ++i) {
        TextWord* w = list->get(i);
        // Figures set against a word in another font with no space between ("May 2025" right
        // against a bold "Backend Developer") are two words.
        int cut = 0;
        for (int k = 1; k < w->getLength() && !cut; ++k) {
            Unicode a = *w->getChar(k - 1), b = *w->getChar(k);
            bool letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
            if (a >= '0' && a <= '9' && letter && w->getFontInfo(k) != w->getFontInfo(k - 1)) cut = k;
        }
        if (cut) {
            emit(w, 0, cut);
            emit(w, cut, w->getLength());
        } else {
            emit(w, 0, w->getLength());
        }
    }

    auto by_centre = [](const Box& a, const Box& b) { return a.center_y() < b.center_y(); };
    std::sort(out.marks.begin(), out.marks.end(), by_centre);
    std::sort(out.rules.begin(), out.rules.end(), by_centre);
    read_links(*page, device.getDefCTM(), out.links);
    return true;
}

std::string PdfFile::title() const { return utf8_of_text_string(impl_->doc->getDocInfoTitle().get()); }
std::string PdfFile::author() const { return utf8_of_text_string(impl_->doc->getDocInfoAuthor().get()); }
std::string PdfFile::producer() const { return utf8_of_text_string(impl_->doc->getDocInfoProducer().get()); }

}  // namespace reshost::pdf
