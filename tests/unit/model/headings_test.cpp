// Section heading recognition against tests/fixtures/section-headings.tsv (heading, kind).
#include "headings.hpp"

#include "data_for_tests.hpp"
#include "tsv_fixture.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

TEST(Headings, FixtureTable) {
    auto rows = read_tsv(std::string(RESHOST_TEST_FIXTURES) + "/section-headings.tsv");
    ASSERT_GT(rows.size(), 20u);
    for (const auto& r : rows) {
        ASSERT_EQ(r.cells.size(), 2u) << "section-headings.tsv:" << r.line;
        auto k = detail::match_section_heading(r.cells[0], normalizer_data());
        std::string got = k ? std::string(detail::section_kind_name(*k)) : "none";
        EXPECT_EQ(got, r.cells[1]) << "section-headings.tsv:" << r.line << ": " << r.cells[0];
    }
}

TEST(Headings, KeyDropsEmojiNumberingAndCase) {
    EXPECT_EQ(detail::heading_key("2. 💼 WORK-Experience:"), "work experience");
    EXPECT_EQ(detail::heading_key("ＥＤＵＣＡＴＩＯＮ"), "education");
    EXPECT_EQ(detail::heading_key("Expérience Professionnelle"), "experience professionnelle");
}

}  // namespace reshost::test
