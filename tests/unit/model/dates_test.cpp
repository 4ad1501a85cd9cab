// The date grammar against tests/fixtures/dates.tsv (text, start, end).
#include "dates.hpp"

#include "data_for_tests.hpp"
#include "tsv_fixture.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

TEST(Dates, FixtureTable) {
    auto rows = read_tsv(std::string(RESHOST_TEST_FIXTURES) + "/dates.tsv");
    ASSERT_GT(rows.size(), 20u);
    for (const auto& r : rows) {
        ASSERT_GE(r.cells.size(), 3u) << "dates.tsv:" << r.line;
        auto m = detail::find_dates(r.cells[0], normalizer_data());
        std::string start = m ? m->start.value : "<none>";
        std::string end = m ? m->end.value : "<none>";
        if (r.cells[1] == "<none>") {
            EXPECT_FALSE(m.has_value()) << "dates.tsv:" << r.line << ": " << r.cells[0] << " read as " << start << " / " << end;
            continue;
        }
        EXPECT_EQ(start, r.cells[1]) << "dates.tsv:" << r.line << ": start of " << r.cells[0];
        EXPECT_EQ(end, r.cells[2]) << "dates.tsv:" << r.line << ": end of " << r.cells[0];
        if (r.cells.size() > 3 && m) {
            EXPECT_EQ(m->start.raw, r.cells[3]) << "dates.tsv:" << r.line << ": raw start";
        }
        if (r.cells.size() > 4 && m) {
            EXPECT_EQ(m->end.raw, r.cells[4]) << "dates.tsv:" << r.line << ": raw end";
        }
    }
}

TEST(Dates, MatchCoversTheDatesOnly) {
    std::string text = "Acme Corp | Jan 2020 – Present | Remote";
    auto m = detail::find_dates(text, normalizer_data());
    ASSERT_TRUE(m);
    EXPECT_EQ(text.substr(m->pos, m->len), "Jan 2020 – Present");
    EXPECT_TRUE(m->range);
}

}  // namespace reshost::test
