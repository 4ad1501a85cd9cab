// The document sink and the C views, read back through the SDK's view classes.
#include "data_for_tests.hpp"
#include "fixture_document.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

using namespace ::reshost::sdk;

using nlohmann::json;

namespace {

std::string text_of(const rh_location* l) {
    Location x = Location::from(l);
    return std::to_string(x.line) + "-" + std::to_string(x.line_end) + "/p" + std::to_string(x.page) + "/" + x.part +
           "#" + std::to_string(x.paragraph);
}

std::string text_of(const Location& x) { auto c = x.c(); return text_of(&c); }

void expect_same_field(const ::reshost::detail::FieldData& want, Field got, const std::string& what) {
    EXPECT_EQ(got.text(), want.text) << what;
    EXPECT_EQ(got.location() != nullptr, want.loc.has_value()) << what;
    if (want.loc && got.location()) {
        EXPECT_EQ(text_of(got.location()), text_of(*want.loc)) << what;
    }
}

Fixture sample() {
    return fixture_document(json::parse(read_file(std::string(RESHOST_TEST_FIXTURES) + "/normalize/heading-entries.json")));
}

}  // namespace

TEST(DocumentSink, CopiesWhatTheImporterGives) {
    ::reshost::detail::DocumentData doc;
    rh_document_sink sink = ::reshost::detail::document_sink(doc);
    {
        DocumentBuilder out(&sink);
        reshost::sdk::BlockData b;
        b.kind = RH_BLOCK_LIST_ITEM;
        b.level = 2;
        b.flags = RH_BLOCK_ORDERED;
        b.marker = "3.";
        b.loc = Location::lines(4, 5);
        reshost::sdk::LineData l1;
        l1.loc = Location::lines(4);
        l1.spans.push_back({"Led ", RH_SPAN_BOLD, "Inter-Bold", 11.5f, ""});
        l1.spans.push_back({"the team", 0, "", 0, ""});
        reshost::sdk::LineData l2;
        l2.loc.page = 2;
        l2.loc.box = {1, 2, 3, 4};
        l2.spans.push_back({"site", RH_SPAN_LINK, "", 0, "https://x.dev"});
        b.lines = {l1, l2};
        std::string temporary = "copied at once";
        out.add_block(b);
        out.add_page(612, 792);
        out.add_link("https://x.dev", "site", Location::lines(5));
        out.add_image("photo", "me.png", Location::lines(1), 10, 20, 0.5f);
        out.add_font("Inter-Bold", true, false);
        out.set_meta("pages", "1");
        out.set_meta("pages", "2");
        out.fail("broken table");
    }
    ASSERT_EQ(doc.blocks.size(), 1u);
    const auto& b = doc.blocks[0];
    EXPECT_EQ(b.kind, RH_BLOCK_LIST_ITEM);
    EXPECT_EQ(b.level, 2u);
    EXPECT_EQ(b.flags, static_cast<uint32_t>(RH_BLOCK_ORDERED));
    EXPECT_EQ(b.marker, "3.");
    EXPECT_EQ(b.text, "Led the team\nsite");
    EXPECT_EQ(b.loc.line_end, 5u);
    ASSERT_EQ(b.lines.size(), 2u);
    EXPECT_EQ(b.lines[0].text, "Led the team");
    ASSERT_EQ(b.lines[0].spans.size(), 2u);
    EXPECT_EQ(b.lines[0].spans[0].font, "Inter-Bold");
    EXPECT_FLOAT_EQ(b.lines[0].spans[0].size, 11.5f);
    EXPECT_EQ(b.lines[0].spans[0].flags, static_cast<uint32_t>(RH_SPAN_BOLD));
    EXPECT_EQ(b.lines[1].loc.page, 2u);
    EXPECT_FLOAT_EQ(b.lines[1].loc.box.x1, 3);
    EXPECT_EQ(b.lines[1].spans[0].link, "https://x.dev");
    ASSERT_EQ(doc.pages.size(), 1u);
    EXPECT_FLOAT_EQ(doc.pages[0].second, 792);
    ASSERT_EQ(doc.links.size(), 1u);
    EXPECT_EQ(doc.links[0].loc.line, 5u);
    ASSERT_EQ(doc.images.size(), 1u);
    EXPECT_FLOAT_EQ(doc.images[0].page_share, 0.5f);
    ASSERT_EQ(doc.fonts.size(), 1u);
    EXPECT_TRUE(doc.fonts[0].embedded);
    EXPECT_EQ(doc.meta_value("pages"), "2");
    EXPECT_EQ(doc.meta.size(), 1u);
    EXPECT_EQ(doc.failure, "broken table");
}

TEST(DocumentSink, ToleratesNullsAndShortStructs) {
    ::reshost::detail::DocumentData doc;
    rh_document_sink sink = ::reshost::detail::document_sink(doc);
    sink.add_block(sink.ctx, nullptr);
    sink.add_link(sink.ctx, nullptr);
    sink.add_page(sink.ctx, nullptr);
    sink.add_image(sink.ctx, nullptr);
    sink.add_font(sink.ctx, nullptr);
    // A block from an older plugin: only the fields up to `text` exist; no lines.
    rh_block old{};
    old.struct_size = static_cast<uint32_t>(offsetof(rh_block, loc));
    old.kind = RH_BLOCK_HEADING;
    old.level = 2;
    old.text = str("Skills");
    old.lines = reinterpret_cast<const rh_line* const*>(0x1);  // past the given size: must not be read
    old.line_count = 99;
    sink.add_block(sink.ctx, &old);
    // A line array with a NULL entry, a span with NULL text and a zero size.
    rh_span span{};
    span.struct_size = sizeof(rh_span);
    span.text = rh_str{nullptr, 5};
    const rh_span* spans[] = {&span, nullptr};
    rh_line line{};
    line.struct_size = sizeof(rh_line);
    line.spans = spans;
    line.span_count = 2;
    const rh_line* lines[] = {nullptr, &line};
    rh_block b{};
    b.struct_size = sizeof(rh_block);
    b.kind = 99;  // unknown kinds read as paragraphs
    b.lines = lines;
    b.line_count = 2;
    sink.add_block(sink.ctx, &b);
    sink.fail(sink.ctx, rh_str{nullptr, 0});
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[0].kind, RH_BLOCK_HEADING);
    EXPECT_EQ(doc.blocks[0].text, "Skills");
    EXPECT_TRUE(doc.blocks[0].lines.empty());
    EXPECT_EQ(doc.blocks[1].kind, RH_BLOCK_PARAGRAPH);
    ASSERT_EQ(doc.blocks[1].lines.size(), 1u);
    EXPECT_EQ(doc.blocks[1].lines[0].spans.size(), 1u);
    EXPECT_EQ(doc.blocks[1].lines[0].text, "");
    EXPECT_FALSE(doc.failure.empty());
}

TEST(DocumentView, ReadsBackThroughTheSdk) {
    Fixture f = sample();
    f.doc.pages = {{612, 792}};
    f.doc.images.push_back({"logo", "logo.png", 20, 10, 0.01f, Location::lines(2)});
    f.doc.fonts.push_back({"Inter", true, false});
    f.doc.meta.emplace_back("columns", "2");
    ::reshost::detail::DocumentView v(f.doc);
    Document d(v.get());
    EXPECT_EQ(d.path(), f.doc.path);
    EXPECT_EQ(d.format(), "markdown");
    ASSERT_EQ(d.blocks().size(), f.doc.blocks.size());
    for (std::size_t i = 0; i < f.doc.blocks.size(); ++i) {
        const auto& want = f.doc.blocks[i];
        Block got = d.blocks()[i];
        EXPECT_EQ(got.kind(), want.kind);
        EXPECT_EQ(got.level(), want.level);
        EXPECT_EQ(got.marker(), want.marker);
        EXPECT_EQ(got.text(), want.text);
        EXPECT_EQ(text_of(got.location()), text_of(want.loc));
        ASSERT_EQ(got.lines().size(), want.lines.size());
        for (std::size_t k = 0; k < want.lines.size(); ++k) {
            Line gl = got.lines()[k];
            EXPECT_EQ(gl.text(), want.lines[k].text);
            EXPECT_EQ(text_of(gl.location()), text_of(want.lines[k].loc));
            ASSERT_EQ(gl.spans().size(), want.lines[k].spans.size());
            for (std::size_t s = 0; s < want.lines[k].spans.size(); ++s) {
                EXPECT_EQ(gl.spans()[s].text(), want.lines[k].spans[s].text);
                EXPECT_EQ(gl.spans()[s].flags(), want.lines[k].spans[s].flags);
                EXPECT_EQ(gl.spans()[s].link(), want.lines[k].spans[s].link);
                EXPECT_EQ(gl.spans()[s].location(), nullptr);
            }
        }
    }
    ASSERT_EQ(d.pages().size(), 1u);
    EXPECT_FLOAT_EQ(d.pages()[0].height(), 792);
    ASSERT_EQ(d.links().size(), f.doc.links.size());
    EXPECT_EQ(d.images()[0].target(), "logo.png");
    EXPECT_TRUE(d.fonts()[0].embedded());
    EXPECT_EQ(d.meta("columns"), "2");
    EXPECT_EQ(d.meta("absent"), "");
}

TEST(ResumeView, ReadsBackThroughTheSdk) {
    Fixture f = sample();
    ::reshost::detail::ResumeData r = ::reshost::detail::normalize(f.doc, normalizer_data(), f.today);
    ASSERT_FALSE(r.sections.empty());
    ::reshost::detail::ResumeView v(r);
    Resume got(v.get());
    expect_same_field(r.contact.name, got.contact().name(), "name");
    expect_same_field(r.contact.email, got.contact().email(), "email");
    expect_same_field(r.contact.phone, got.contact().phone(), "phone");
    expect_same_field(r.contact.location, got.contact().place(), "location");
    ASSERT_EQ(got.contact().links().size(), r.contact.links.size());
    for (std::size_t i = 0; i < r.contact.links.size(); ++i) {
        EXPECT_EQ(got.contact().links()[i].network(), r.contact.links[i].network);
        expect_same_field(r.contact.links[i].url, got.contact().links()[i].url(), "link");
    }
    EXPECT_FLOAT_EQ(got.years_experience(), r.years_experience);
    EXPECT_EQ(got.columns(), r.columns);
    EXPECT_EQ(got.pages(), r.pages);
    ASSERT_EQ(got.sections().size(), r.sections.size());
    for (std::size_t i = 0; i < r.sections.size(); ++i) {
        const auto& ws = r.sections[i];
        Section gs = got.sections()[i];
        EXPECT_EQ(gs.kind(), ws.kind);
        EXPECT_EQ(gs.kind_name(), ::reshost::detail::section_kind_name(ws.kind));
        expect_same_field(ws.heading, gs.heading(), "heading");
        EXPECT_EQ(gs.first_block(), ws.first_block);
        EXPECT_EQ(gs.block_count(), ws.block_count);
        ASSERT_EQ(gs.lines().size(), ws.lines.size());
        for (std::size_t k = 0; k < ws.lines.size(); ++k) expect_same_field(ws.lines[k], gs.lines()[k], "line");
        ASSERT_EQ(gs.entries().size(), ws.entries.size());
        for (std::size_t e = 0; e < ws.entries.size(); ++e) {
            const auto& we = ws.entries[e];
            Entry ge = gs.entries()[e];
            expect_same_field(we.title, ge.title(), "title");
            expect_same_field(we.organization, ge.organization(), "organization");
            expect_same_field(we.location, ge.place(), "place");
            EXPECT_EQ(ge.start(), we.start.value);
            EXPECT_EQ(ge.start_raw(), we.start.raw);
            EXPECT_EQ(ge.end(), we.end.value);
            EXPECT_EQ(ge.end_raw(), we.end.raw);
            EXPECT_EQ(text_of(ge.location()), text_of(we.loc));
            ASSERT_EQ(ge.bullets().size(), we.bullets.size());
            for (std::size_t b = 0; b < we.bullets.size(); ++b) {
                EXPECT_EQ(ge.bullets()[b].text(), we.bullets[b].text);
                EXPECT_EQ(ge.bullets()[b].block(), we.bullets[b].block);
                EXPECT_EQ(text_of(ge.bullets()[b].location()), text_of(we.bullets[b].loc));
            }
            ASSERT_EQ(ge.lines().size(), we.lines.size());
        }
    }
    EXPECT_EQ(got.find(RH_SECTION_EXPERIENCE), 1);
}

}  // namespace reshost::test
