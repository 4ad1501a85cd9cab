// The PDF importer: reads the bytes the host hands in through PdfFile, lays
// out the words and hands blocks, pages, links, images, fonts and glyph
// health figures to the host.
#include "glyph_health.hpp"
#include "page_reader.hpp"
#include "pdf_file.hpp"
#include "pdf_layout.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reshost::pdf {

using namespace ::reshost::sdk;
namespace {

// A page is a picture of text when one image covers this share of it...
constexpr float image_page_share = 0.5f;
// ...and fewer words than this were found on it.
constexpr std::size_t image_page_words = 10;

std::string squeezed_lower(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == '_') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::vector<std::string> name_parts(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') out.push_back(squeezed_lower(line));
    return out;
}

Box clipped(const Box& b, const PageContent& page) {
    return Box{std::max(b.x0, 0.0f), std::max(b.y0, 0.0f), std::min(b.x1, page.width), std::min(b.y1, page.height)};
}

std::string number(double v) { return std::to_string(static_cast<long long>(v)); }

}  // namespace

class PdfImporter final : public Importer {
public:
    static constexpr const char* name = "pdf";
    static std::vector<std::string> formats() { return {"pdf"}; }

    explicit PdfImporter(const OpenContext& ctx)
        : markers_(MarkerSet::from_text(ctx.read_data("bullet_markers.txt"))),
          icon_fonts_(name_parts(ctx.read_data("icon_fonts.txt") + "\n" + ctx.read_data("symbol_fonts.txt"))),
          bullet_fonts_(name_parts(ctx.read_data("bullet_fonts.txt"))) {}

    bool import(const Host& host, std::string_view, std::string_view, std::string_view data,
                DocumentBuilder& out) override {
        if (data.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
            out.fail("not a PDF file (no %PDF- header)");
            return false;
        }
        std::string error;
        auto file = PdfFile::open(data, error);
        if (!file) {
            out.fail(error);
            return false;
        }
        int pages = file->page_count();
        double limit = host.number("pdf.max_pages", 20);
        if (pages <= 0) {
            out.fail("PDF has no pages");
            return false;
        }
        if (pages > limit) {
            out.fail("too many pages: " + std::to_string(pages) + " (limit " + number(limit) + ")");
            return false;
        }
        double seconds = host.number("pdf.timeout_seconds", 8);
        auto deadline = PdfFile::Clock::now() + std::chrono::milliseconds(static_cast<long long>(seconds * 1000));

        DocumentContent doc;
        if (int stopped = read_pages(data, *file, doc, deadline)) {
            out.fail("reading the PDF took longer than " + number(seconds) + " s (stopped at page " +
                     std::to_string(stopped) + ")");
            return false;
        }
        for (auto& font : doc.fonts) {
            std::string n = squeezed_lower(font.name);
            auto named = [&](const std::vector<std::string>& parts) {
                return std::any_of(parts.begin(), parts.end(), [&](const std::string& part) { return n.find(part) != std::string::npos; });
            };
            font.symbolic = named(icon_fonts_);
            font.pictograms = font.symbolic && !named(bullet_fonts_);
        }

        GlyphCounts glyphs;
        for (const auto& page : doc.pages) glyphs.count(page.text);

        DocumentLayout layout = lay_out(doc, markers_);
        for (const auto& page : doc.pages) out.add_page(page.width, page.height);
        for (const auto& block : layout.blocks) out.add_block(block);

        std::string image_only;
        for (std::size_t p = 0; p < doc.pages.size(); ++p) {
            const PageContent& page = doc.pages[p];
            float page_area = page.width * page.height;
            float largest = 0;
            for (const auto& image : page.images) {
                Box b = clipped(image, page);
                if (b.area() < 1) continue;
                float share = page_area > 0 ? b.area() / page_area : 0;
                largest = std::max(largest, share);
                Location loc;
                loc.page = static_cast<uint32_t>(p + 1);
                loc.box = rh_box{b.x0, b.y0, b.x1, b.y1};
                out.add_image("image", "", loc, b.width(), b.height(), share);
            }
            if (largest >= image_page_share && page.words.size() < image_page_words) {
                if (!image_only.empty()) image_only += ',';
                image_only += std::to_string(p + 1);
            }
            for (const auto& link : page.links) {
                Location loc;
                loc.page = static_cast<uint32_t>(p + 1);
                loc.box = rh_box{link.box.x0, link.box.y0, link.box.x1, link.box.y1};
                out.add_link(link.url, text_under(page, link.box), loc);
            }
        }
        for (const auto& font : doc.fonts)
            if (!font.name.empty()) out.add_font(font.name, font.embedded, font.symbolic);

        if (auto v = file->title(); !v.empty()) out.set_meta("title", v);
        if (auto v = file->author(); !v.empty()) out.set_meta("author", v);
        if (auto v = file->producer(); !v.empty()) out.set_meta("producer", v);
        out.set_meta("pages", std::to_string(pages));
        out.set_meta("columns", std::to_string(layout.columns));
        out.set_meta("glyphs.total", std::to_string(glyphs.total));
        out.set_meta("glyphs.replacement", std::to_string(glyphs.replacement));
        out.set_meta("glyphs.private_use", std::to_string(glyphs.private_use));
        out.set_meta("glyphs.ligatures", std::to_string(glyphs.ligatures));
        out.set_meta("image_only_pages", image_only);
        return true;
    }

private:
    MarkerSet markers_;
    std::vector<std::string> icon_fonts_;
    std::vector<std::string> bullet_fonts_;
};

}  // namespace reshost::pdf

RESHOST_PLUGIN("pdf", "1.0.0", "Reads PDF resumes: text with layout, columns, links, images and fonts (Poppler)",
               reshost::pdf::PdfImporter)
