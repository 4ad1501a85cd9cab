// The built pdf plugin on resumes printed by a browser (Chromium/Skia) from
// templates this project was not written against: bullets drawn as shapes,
// headings typed as spaced letters, a left sidebar. The fixtures are
// generated, with fictitious people (see tests/fixtures/pdf/SOURCES.tsv).
#include "importer_plugin.hpp"

#include <gtest/gtest.h>

namespace reshost::test {
namespace {

std::string fixture(const std::string& name) {
    return read_file(std::string(RESHOST_SOURCE_DIR) + "/tests/fixtures/pdf/" + name);
}

ImporterPlugin& plugin() {
    static ImporterPlugin p(RESHOST_TEST_PLUGIN_DIR, "pdf", "pdf");
    return p;
}

int heading(const CollectedDocument& doc, std::string_view text) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        if (doc.blocks[i].kind == RH_BLOCK_HEADING && doc.blocks[i].text == text) return static_cast<int>(i);
    return -1;
}

TEST(PdfBrowserLayouts, BulletsDrawnAsShapesAreListItems) {
    CollectedDocument doc = plugin().import(fixture("synthetic_s1-002-vo__1col-bold-shape-table-line.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_EQ(doc.blocks[0].kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
    EXPECT_EQ(doc.blocks[0].level, 1u);
    EXPECT_EQ(doc.blocks[0].text, "VÕ THỊ HƯƠNG");
    EXPECT_GE(heading(doc, "Employment History"), 0) << doc.text();

    // The text layer has no bullet glyph; the shape before the line makes it an item.
    int first = doc.find("Assisted with the migration to Azure");
    ASSERT_GE(first, 0) << doc.text();
    EXPECT_EQ(doc.blocks[first].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(doc.blocks[first].text, "Assisted with the migration to Azure");
    // A wrapped item keeps its second line.
    int wrapped = doc.find("Shipped a Pub/Sub-based event pipeline processing 887M");
    ASSERT_GE(wrapped, 0);
    EXPECT_EQ(doc.blocks[wrapped].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(doc.blocks[wrapped].lines.size(), 2u);
    int items = 0;
    for (const auto& b : doc.blocks) items += b.kind == RH_BLOCK_LIST_ITEM;
    EXPECT_EQ(items, 24);  // 23 under the roles, 1 under a project

    // The role's header keeps its right-aligned dates apart from the title.
    int header = doc.find("Data Engineer   2021.07");
    ASSERT_GE(header, 0) << doc.text();
    EXPECT_EQ(doc.blocks[header].kind, static_cast<uint32_t>(RH_BLOCK_PARAGRAPH));
    EXPECT_LT(header, first);
}

TEST(PdfBrowserLayouts, SpacedLetterHeadingsInASidebarLayout) {
    CollectedDocument doc = plugin().import(fixture("synthetic_s1-010-ashworth__sbL-spaced-nomark-comma-sideblk.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    EXPECT_EQ(doc.meta["columns"], "2");
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_EQ(doc.blocks[0].text, "Oliver Ashworth");
    EXPECT_EQ(doc.blocks[0].level, 1u);

    // "E N G I N E E R I N G   E X P E R I E N C E" in the text layer.
    int experience = heading(doc, "ENGINEERING EXPERIENCE");
    int links = heading(doc, "LINKS");
    int about = heading(doc, "ABOUT");
    ASSERT_GE(experience, 0) << doc.text();
    ASSERT_GE(links, 0) << doc.text();
    ASSERT_GE(about, 0) << doc.text();
    // The left sidebar is read before the main column.
    EXPECT_TRUE(doc.blocks[links].flags & RH_BLOCK_IN_SIDEBAR);
    EXPECT_LT(links, about);
    EXPECT_LT(about, experience);
    EXPECT_EQ(doc.blocks[experience].flags & RH_BLOCK_IN_SIDEBAR, 0u);

    // The nested dashes under the role are items one level down.
    int nested = doc.find("Documented the runbook used by 5 teams");
    ASSERT_GE(nested, 0);
    EXPECT_EQ(doc.blocks[nested].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_EQ(doc.blocks[nested].marker, "–");
}

TEST(PdfBrowserLayouts, ASidebarRunningOnPastTheMainColumnStaysInTheSidebar) {
    CollectedDocument doc = plugin().import(fixture("synthetic_s1-020-carvalho__sbLong-csscaps-shape-cat-pghdr.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    int projects = heading(doc, "SELECTED PROJECTS");
    int employment = heading(doc, "EMPLOYMENT");
    int carried = doc.find("bloomkit");
    ASSERT_GE(projects, 0) << doc.text();
    ASSERT_GE(employment, 0) << doc.text();
    ASSERT_GE(carried, 0) << doc.text();
    // Page 2 has no gutter: its text lies where page 1's sidebar was, so it goes on with the
    // sidebar's last section, read before the main column.
    EXPECT_EQ(doc.blocks[carried].at.page, 2u);
    EXPECT_TRUE(doc.blocks[carried].flags & RH_BLOCK_IN_SIDEBAR);
    EXPECT_GT(carried, projects);
    EXPECT_LT(carried, employment);
    EXPECT_EQ(doc.blocks[employment].flags & RH_BLOCK_IN_SIDEBAR, 0u);
}

TEST(PdfBrowserLayouts, Type3FontsAreReadAtTheirSizeAndWeight) {
    CollectedDocument doc = plugin().import(fixture("synthetic_s3-030-gudmundsson__band2-csscaps-befglyph-chips-sideblk.pdf"));
    ASSERT_EQ(doc.status, RH_STATUS_OK) << doc.failure;
    // The name and the headings are set in Type 3 fonts (22 pt and 10.5 pt bold), which
    // Poppler alone sizes at about 12.5 pt and 6 pt.
    ASSERT_FALSE(doc.blocks.empty());
    EXPECT_EQ(doc.blocks[0].level, 1u);
    EXPECT_EQ(doc.blocks[0].text, "ÞÓRÐUR GUÐMUNDSSON");
    ASSERT_FALSE(doc.blocks[0].lines.empty());
    ASSERT_FALSE(doc.blocks[0].lines[0].spans.empty());
    EXPECT_NEAR(doc.blocks[0].lines[0].spans[0].size, 22.0f, 0.5f);
    int about = heading(doc, "ABOUT");
    ASSERT_GE(about, 0) << doc.text();
    const Span& span = doc.blocks[about].lines.at(0).spans.at(0);
    EXPECT_NEAR(span.size, 10.5f, 0.5f);
    EXPECT_TRUE(span.flags & RH_SPAN_BOLD);
    EXPECT_FALSE(span.font.empty());  // named by the font's descriptor
    // The icon before the current role is a pictogram of an icon font, not a list bullet.
    int current = doc.find("Kestrelmint");
    ASSERT_GE(current, 0) << doc.text();
    EXPECT_NE(doc.blocks[current].kind, static_cast<uint32_t>(RH_BLOCK_LIST_ITEM));
    EXPECT_NE(doc.blocks[current].kind, static_cast<uint32_t>(RH_BLOCK_HEADING));
}

}  // namespace
}  // namespace reshost::test
