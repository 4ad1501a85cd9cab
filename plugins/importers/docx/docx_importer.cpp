// The DOCX importer: reads a Word package from memory (zlib), parses its
// parts (pugixml) and hands the body, headers and footers to the host in
// the order Word lays them out, with links, images, fonts and page figures.
#include "docx_content.hpp"
#include "heading_looks.hpp"
#include "numbering.hpp"
#include "part_reader.hpp"
#include "relationships.hpp"
#include "style_sheet.hpp"
#include "typed_bullets.hpp"
#include "xml_part.hpp"
#include "zip_package.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reshost::docx {

using namespace ::reshost::sdk;
namespace {

// Pages handed to the host at most; the page count itself is never capped.
constexpr uint32_t max_page_records = 100;
// US Letter, when the document sets no page size.
constexpr float default_page_width = 612, default_page_height = 792;

// A parsed part, with the bytes pugixml parsed in place.
struct Part {
    std::string bytes;
    pugi::xml_document xml;
    bool present = false;
};

// Reads and parses `name`; absent parts are not an error, broken ones are.
bool load(ZipPackage& package, const std::string& name, Part& part, std::string& error) {
    auto bytes = package.read(name, error);
    if (!bytes) return error.empty();
    part.bytes = std::move(*bytes);
    part.present = true;
    return parse_part(part.bytes, name, part.xml, error);
}

std::string part_of(const Relationships& rels, std::string_view type, std::string fallback) {
    const Relationship* r = rels.first_of(type);
    return r && !r->external ? r->target : fallback;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

}  // namespace

class DocxImporter final : public Importer {
public:
    static constexpr const char* name = "docx";
    static std::vector<std::string> formats() { return {"docx"}; }

    explicit DocxImporter(const OpenContext& ctx)
        : symbols_(SymbolFonts::from_text(ctx.read_data("symbol_fonts.txt") + "\n" + ctx.read_data("icon_fonts.txt"))),
          bullets_(TypedBullets::from_text(ctx.read_data("bullet_markers.txt"))),
          metrics_(FontMetrics::from_text(ctx.read_data("font_metrics.txt"))) {}

    bool import(const Host& host, std::string_view, std::string_view, std::string_view data,
                DocumentBuilder& out) override {
        std::string error;
        if (!read(host, data, out, error)) {
            out.fail(error.empty() ? std::string("the Word document could not be read") : error);
            return false;
        }
        return true;
    }

private:
    bool read(const Host& host, std::string_view data, DocumentBuilder& out, std::string& error) const {
        if (data.empty()) {
            error = "empty file";
            return false;
        }
        PackageLimits limits;
        limits.max_total_bytes = static_cast<uint64_t>(host.number("docx.max_inflated_mib", 64)) << 20;
        limits.max_entries = static_cast<uint64_t>(host.number("docx.max_entries", 5000));
        limits.max_ratio = static_cast<uint64_t>(host.number("docx.max_ratio", 200));
        auto package = ZipPackage::open(data, limits, error);
        if (!package) return false;

        Relationships package_rels = Relationships::read(*package, "", error);
        if (!error.empty()) return false;
        std::string main = part_of(package_rels, "officeDocument", "word/document.xml");
        if (!package->has(main)) {
            if (!package->has("[Content_Types].xml"))
                error = "not a Word document: the zip archive has no [Content_Types].xml and no " + main;
            else
                error = "not a Word document: " + main + " is missing";
            return false;
        }
        Part document;
        if (!load(*package, main, document, error)) return false;
        pugi::xml_node root = document.xml.document_element();
        if (!is(root, "document")) {
            error = "not a Word document: " + main + " has no w:document element";
            return false;
        }

        Relationships rels = Relationships::read(*package, main, error);
        if (!error.empty()) return false;
        Part theme, styles_part, numbering_part, fonts_part, settings;
        if (!load(*package, part_of(rels, "theme", "word/theme/theme1.xml"), theme, error) ||
            !load(*package, part_of(rels, "styles", "word/styles.xml"), styles_part, error) ||
            !load(*package, part_of(rels, "numbering", "word/numbering.xml"), numbering_part, error) ||
            !load(*package, part_of(rels, "fontTable", "word/fontTable.xml"), fonts_part, error) ||
            !load(*package, part_of(rels, "settings", "word/settings.xml"), settings, error))
            return false;
        StyleSheet styles(styles_part.xml.document_element(), ThemeFonts::read(theme.xml.document_element()));
        Numbering numbering(numbering_part.xml.document_element());

        DocxContent content;
        // Each section's page setup ends it: a paragraph's w:sectPr, the body's last.
        std::vector<PageGeometry> sections;
        pugi::xml_node body_node = child(root, "body");
        for (pugi::xml_node n = body_node.first_child(); n; n = n.next_sibling())
            if (pugi::xml_node s = is(n, "p") ? child(child(n, "pPr"), "sectPr") : pugi::xml_node()) {
                sections.emplace_back(sections.empty() ? PageGeometry() : sections.back());
                sections.back().read(s);
            }
        pugi::xml_node last = child(body_node, "sectPr");
        sections.emplace_back(sections.empty() ? PageGeometry() : sections.back());
        sections.back().read(last);
        PageFlow flow(std::move(sections));
        // Documents made for Word before 2013 (no compatibility mode of 15 or more) are laid
        // out with the larger of two paragraphs' facing spaces between them, not their sum.
        long long mode = 0;
        for (pugi::xml_node c = child(child(settings.xml.document_element(), "compat"), "compatSetting"); c;
             c = c.next_sibling())
            if (is(c, "compatSetting") && attr(c, "name") == "compatibilityMode") mode = number_attr(c, "val", 0);
        flow.set_collapse_spacing(mode < 15);
        settings = Part();
        ReadContext ctx{styles, numbering, symbols_, bullets_, content, metrics_, &flow};
        PartReader(ctx, main, rels, 0).read(child(root, "body"));
        ctx.flow = nullptr;
        content.laid_out_pages = flow.pages();
        document = Part();  // the body's tree is no longer needed

        for (auto& b : content.trailing) content.blocks.push_back(std::move(b));
        content.trailing.clear();
        mark_headings_by_look(content.blocks, content.looks);
        read_mastheads_first(content.blocks, content.sidebars);
        read_title_first(content.blocks);

        // Headers come first and footers last, each distinct part once,
        // however many sections refer to it.
        std::vector<BlockData> body = std::move(content.blocks);
        content.blocks.clear();
        std::vector<std::string> seen;
        auto read_story = [&](const std::vector<std::string>& ids, uint32_t flags) {
            for (const auto& id : ids) {
                const Relationship* rel = rels.find(id);
                if (!rel || rel->external || std::find(seen.begin(), seen.end(), rel->target) != seen.end()) continue;
                seen.push_back(rel->target);
                Part part;
                if (!load(*package, rel->target, part, error)) return false;
                if (!part.present) continue;
                Relationships part_rels = Relationships::read(*package, rel->target, error);
                if (!error.empty()) return false;
                // A header written without relationships of its own names the document's
                // (its links), as renderers read it.
                const Relationships& used = part_rels.all().empty() ? rels : part_rels;
                PartReader(ctx, rel->target, used, flags).read(part.xml.document_element());
            }
            return true;
        };
        if (!read_story(content.header_ids, RH_BLOCK_IN_HEADER)) return false;
        for (auto& b : body) content.blocks.push_back(std::move(b));
        if (!read_story(content.footer_ids, RH_BLOCK_IN_FOOTER)) return false;

        Part app, core;
        if (!load(*package, part_of(package_rels, "extended-properties", "docProps/app.xml"), app, error) ||
            !load(*package, part_of(package_rels, "core-properties", "docProps/core.xml"), core, error))
            return false;

        emit(content, fonts_part, app, core, out);
        return true;
    }

    void emit(const DocxContent& content, const Part& fonts_part, const Part& app, const Part& core,
              DocumentBuilder& out) const {
        pugi::xml_node stats = app.xml.document_element();
        long long pages = number_of(child(stats, "Pages"));
        // Tools that fill in templates (python-docx, docxtpl, pandoc) keep the
        // template's statistics: the page count is Word's only when the
        // character count it was saved with matches the text.
        long long characters = number_of(child(stats, "Characters"));
        auto actual = static_cast<long long>(content.body_characters);
        bool current = characters > 0 && actual * 2 >= characters && actual <= characters * 2;
        if (pages > 0 && current) {
            out.set_meta("pages", std::to_string(pages));
        } else {
            uint64_t estimate = std::max<uint64_t>({1, 1 + content.rendered_page_breaks, content.laid_out_pages});
            pages = static_cast<long long>(estimate);
            out.set_meta("pages", std::to_string(estimate));
            out.set_meta("pages_estimated", "true");
        }
        float pw = content.page.width > 0 ? content.page.width : default_page_width;
        float ph = content.page.height > 0 ? content.page.height : default_page_height;
        for (long long i = 0; i < std::min<long long>(pages, max_page_records); ++i) out.add_page(pw, ph);

        for (const auto& b : content.blocks) out.add_block(b);
        for (const auto& l : content.links) out.add_link(l.url, l.text, l.loc);
        for (const auto& i : content.images) {
            float share = std::min(1.0f, (i.width * i.height) / (pw * ph));
            out.add_image(i.alt, i.target, i.loc, i.width, i.height, share);
        }

        std::vector<std::string> embedded;
        for (pugi::xml_node f = fonts_part.xml.document_element().first_child(); f; f = f.next_sibling())
            if (is(f, "font") && (child(f, "embedRegular") || child(f, "embedBold") || child(f, "embedItalic")))
                embedded.emplace_back(attr(f, "name"));
        for (const auto& f : content.fonts)
            out.add_font(f, std::find(embedded.begin(), embedded.end(), f) != embedded.end(),
                         symbols_.contains(f) || content.symbol_fonts.count(f));

        out.set_meta("columns", std::to_string(content.columns));
        pugi::xml_node props = core.xml.document_element();
        if (auto t = trimmed(child(props, "title").child_value()); !t.empty()) out.set_meta("title", t);
        if (auto a = trimmed(child(props, "creator").child_value()); !a.empty()) out.set_meta("author", a);
        if (auto p = trimmed(child(app.xml.document_element(), "Application").child_value()); !p.empty())
            out.set_meta("producer", p);
    }

    static long long number_of(pugi::xml_node n) {
        std::string v = trimmed(n.child_value());
        if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return 0;
        return std::stoll(v);
    }

    SymbolFonts symbols_;
    TypedBullets bullets_;
    FontMetrics metrics_;
};

}  // namespace reshost::docx

RESHOST_PLUGIN("docx", "1.0.0", "Reads Word (DOCX) resumes: body, tables, text boxes, headers and footers, lists, links, images",
               reshost::docx::DocxImporter)
