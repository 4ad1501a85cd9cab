// Entry details the fixtures do not show well: why a date is unreadable, PDF
// control characters between date words, years of experience as a union.
#include "dates.hpp"
#include "entries.hpp"

#include "data_for_tests.hpp"
#include "fixture_document.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

using nlohmann::json;

TEST(Dates, UnreadableDatesKeepTheRawTextAndSayWhy) {
    auto m = detail::find_dates("Engineer | Month 20XX \u2013 Present", normalizer_data());
    ASSERT_TRUE(m);
    EXPECT_EQ(m->start.raw, "Month 20XX");
    EXPECT_EQ(m->start.value, "");
    EXPECT_NE(m->start.reason.find("Month 20XX"), std::string::npos) << m->start.reason;
    EXPECT_EQ(m->end.value, "present");
    EXPECT_EQ(m->end.reason, "");
}

TEST(Dates, ControlCharactersBetweenWordsAreSpaces) {
    auto m = detail::find_dates("August\t\r  2013\t\r  \u2013\t\r  Present\t\r", normalizer_data());
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->range);
    EXPECT_EQ(m->start.value, "2013-08");
    EXPECT_EQ(m->end.value, "present");
}

TEST(Entries, SqueezeMakesEveryGapOneSpace) {
    EXPECT_EQ(detail::squeeze("  Enactus,\t\r  University \u00a0of  La Verne \r"), "Enactus, University of La Verne");
    EXPECT_EQ(detail::squeeze(""), "");
}

TEST(Entries, DegreeWordsMatchWithoutDots) {
    EXPECT_TRUE(detail::has_word("B.S., Information Technology", normalizer_data().degree_words));
    EXPECT_TRUE(detail::has_word("M.Sc. Informatik", normalizer_data().degree_words));
    EXPECT_FALSE(detail::has_word("Boston, MA", normalizer_data().degree_words));
}

TEST(Entries, OverlappingRolesCountOnceInYearsOfExperience) {
    Fixture f = fixture_document(json::parse(R"J({"blocks": [
        {"kind": "heading", "level": 2, "text": "Experience"},
        {"kind": "paragraph", "text": "**Engineer** | Acme | Jan 2018 \u2013 Dec 2019"},
        {"kind": "paragraph", "text": "**Consultant** | Globex | Jan 2019 \u2013 Jun 2020"},
        {"kind": "paragraph", "text": "**Intern** | Initech | 2015"}]})J"));
    auto r = detail::normalize(f.doc, normalizer_data(), "2024-06");
    ASSERT_EQ(r.sections.size(), 1u);
    ASSERT_EQ(r.sections[0].entries.size(), 3u);
    // 2018-01..2020-06 is 30 months; "2015" alone is no interval and adds nothing.
    EXPECT_NEAR(r.years_experience, 2.5, 0.01);
}

TEST(Entries, NoDatesGiveUnknownYears) {
    Fixture f = fixture_document(json::parse(R"J({"blocks": [
        {"kind": "heading", "level": 2, "text": "Experience"},
        {"kind": "paragraph", "text": "**Engineer** | Acme"},
        {"kind": "list", "level": 1, "text": "Built things"}]})J"));
    auto r = detail::normalize(f.doc, normalizer_data(), "2024-06");
    ASSERT_EQ(r.sections.at(0).entries.size(), 1u);
    EXPECT_EQ(r.sections[0].entries[0].organization.text, "Acme");
    EXPECT_LT(r.years_experience, 0);
}

}  // namespace reshost::test
