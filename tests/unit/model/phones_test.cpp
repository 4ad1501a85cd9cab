// Phone number recognition against tests/fixtures/phones.tsv (text, yes/no).
#include "contact.hpp"

#include "tsv_fixture.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

TEST(Phones, FixtureTable) {
    auto rows = read_tsv(std::string(RESHOST_TEST_FIXTURES) + "/phones.tsv");
    ASSERT_GT(rows.size(), 10u);
    for (const auto& r : rows) {
        ASSERT_EQ(r.cells.size(), 2u) << "phones.tsv:" << r.line;
        EXPECT_EQ(detail::is_phone(r.cells[0]), r.cells[1] == "yes") << "phones.tsv:" << r.line << ": " << r.cells[0];
    }
}

}  // namespace reshost::test
