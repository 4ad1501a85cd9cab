// The fast path's matcher for libphonenumber's number patterns: full and prefix
// matches on digit strings, and "cannot decide" outside the subset it knows.
#include "phone_pattern.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

using detail::PhonePattern;

TEST(PhonePattern, FullMatch) {
    PhonePattern us("[2-9]\\d{9}|3\\d{6}");
    EXPECT_EQ(us.full_match("2025550143"), true);
    EXPECT_EQ(us.full_match("1025550143"), false);
    EXPECT_EQ(us.full_match("3123456"), true);
    EXPECT_EQ(us.full_match("31234567"), false);
    PhonePattern groups("(?:1[0-2]|2(?:0[1-3]|9))\\d{2,3}");
    EXPECT_EQ(groups.full_match("1199"), true);
    EXPECT_EQ(groups.full_match("201999"), true);
    EXPECT_EQ(groups.full_match("2999"), true);
    EXPECT_EQ(groups.full_match("20499"), false);
    EXPECT_EQ(groups.full_match("29123456"), false);
    EXPECT_EQ(PhonePattern("[^0-8]+5*").full_match("99955"), true);
    EXPECT_EQ(PhonePattern("7?8{2,}").full_match("888"), true);
    EXPECT_EQ(PhonePattern("7?8{2,}").full_match("78"), false);
}

TEST(PhonePattern, PrefixEnds) {
    // Bit i: the first i digits match.
    EXPECT_EQ(PhonePattern("0").prefix_ends("0201"), 0b10u);
    EXPECT_EQ(PhonePattern("0(?:1|12)?").prefix_ends("0123"), 0b1110u);
    EXPECT_EQ(PhonePattern("1|([2-9]\\d{6})$").prefix_ends("2345678"), 1u << 7);
    EXPECT_EQ(PhonePattern("1|([2-9]\\d{6})$").prefix_ends("2345678901"), 0u);
    EXPECT_EQ(PhonePattern("00").prefix_ends("0044"), 0b100u);
    EXPECT_EQ(PhonePattern("00").prefix_ends("0144"), 0u);
}

TEST(PhonePattern, EmptyPatternMatchesNothing) {
    PhonePattern none("");
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none.full_match("123"), false);
    EXPECT_EQ(none.prefix_ends("123"), 0u);
}

TEST(PhonePattern, OutsideTheSubsetCannotDecide) {
    for (const char* p : {"\\p{Nd}{3}", "(?=1)\\d", "[[:digit:]]", "\\d++", "(1", "1)", "a{2,1}", "\\1"}) {
        PhonePattern pat(p);
        EXPECT_FALSE(pat.decides()) << p;
        EXPECT_EQ(pat.full_match("123"), std::nullopt) << p;
    }
    // Too long for the position sets: cannot decide rather than guess.
    EXPECT_EQ(PhonePattern("\\d+").prefix_ends(std::string(70, '1')), std::nullopt);
}

}  // namespace reshost::test
