// Phone numbers against tests/fixtures/phones.tsv: recognition (text, yes/no) and,
// where a row gives them, the E.164 form the phone module (libphonenumber) reads in a region.
#include "contact.hpp"
#include "phone_library.hpp"

#include "data_for_tests.hpp"
#include "tsv_fixture.hpp"

#include <gtest/gtest.h>

namespace reshost::test {

namespace {

std::string fixture() { return std::string(RESHOST_TEST_FIXTURES) + "/phones.tsv"; }

// "+12025550143", "+12025550143 ext 12", or "-" when there is no E.164 form.
std::string shown(const detail::PhoneE164& p) {
    if (p.e164.empty()) return "-";
    return p.extension.empty() ? p.e164 : p.e164 + " ext " + p.extension;
}

std::shared_ptr<const detail::PhoneLibrary> built_module() {
    static const auto lib = std::make_shared<const detail::PhoneLibrary>(RESHOST_TEST_PHONE_MODULE);
    return lib;
}

}  // namespace

TEST(Phones, FixtureTable) {
    auto rows = read_tsv(fixture());
    ASSERT_GT(rows.size(), 10u);
    for (const auto& r : rows) {
        ASSERT_TRUE(r.cells.size() == 2u || r.cells.size() == 4u) << "phones.tsv:" << r.line;
        EXPECT_EQ(detail::is_phone(r.cells[0]), r.cells[1] == "yes") << "phones.tsv:" << r.line << ": " << r.cells[0];
    }
}

TEST(Phones, E164FixtureTable) {
    ASSERT_TRUE(std::filesystem::exists(RESHOST_TEST_PHONE_MODULE)) << "the phone module was not built";
    std::size_t checked = 0;
    for (const auto& r : read_tsv(fixture())) {
        if (r.cells.size() != 4) continue;
        std::string region = r.cells[2] == "-" ? "" : r.cells[2];
        detail::PhoneE164 p = built_module()->to_e164_now(r.cells[0], region);
        EXPECT_EQ(shown(p), r.cells[3]) << "phones.tsv:" << r.line << ": " << r.cells[0] << " (" << p.reason << ")";
        // A number without E.164 always says why.
        EXPECT_EQ(p.e164.empty(), !p.reason.empty()) << "phones.tsv:" << r.line;
        ++checked;
    }
    EXPECT_GT(checked, 20u);
}

TEST(Phones, ReasonsNameTheProblem) {
    ASSERT_TRUE(std::filesystem::exists(RESHOST_TEST_PHONE_MODULE)) << "the phone module was not built";
    EXPECT_EQ(built_module()->to_e164_now("138****0000", "CN").reason, "digits are masked");
    EXPECT_EQ(built_module()->to_e164_now("(202) 555-0143", "").reason,
              "no country code, and no region to read the number in");
    EXPECT_EQ(built_module()->to_e164_now("+44 20 12345", "").reason, "not a valid number in GB");
    EXPECT_EQ(built_module()->to_e164_now("+00 (0)00 000 0000", "").reason, "unknown country code");
}

TEST(Phones, BackgroundReadingMatchesDirectReading) {
    ASSERT_TRUE(std::filesystem::exists(RESHOST_TEST_PHONE_MODULE)) << "the phone module was not built";
    auto a = built_module()->to_e164("+44 (0)20 7946 0958", "");
    auto b = built_module()->to_e164("020 7946 0958", "GB");
    EXPECT_EQ(a.get().e164, "+442079460958");
    EXPECT_EQ(b.get().e164, "+442079460958");
    EXPECT_EQ(b.get().region, "GB");
}

TEST(Phones, SharedCallingCodesTakeTheRegionFromTheNumber) {
    ASSERT_TRUE(std::filesystem::exists(RESHOST_TEST_PHONE_MODULE)) << "the phone module was not built";
    EXPECT_EQ(built_module()->to_e164_now("+1 268 464 1234", "").region, "AG");  // by its leading digits
    EXPECT_EQ(built_module()->to_e164_now("+1 416 555 0199", "").region, "CA");  // by its number patterns
    EXPECT_EQ(built_module()->to_e164_now("+1 202 555 0143", "").region, "US");
    EXPECT_EQ(built_module()->to_e164_now("+7 701 123 4567", "").region, "KZ");
    EXPECT_EQ(built_module()->to_e164_now("+7 495 123 4567", "").region, "RU");
    EXPECT_EQ(built_module()->to_e164_now("+44 1481 256789", "").region, "GG");
    // Invalid: named after the calling code's main region.
    EXPECT_EQ(built_module()->to_e164_now("+7 000 123 4567", "").reason, "not a valid number in RU");
}

TEST(Phones, FastPathNeedsNoModule) {
    ASSERT_TRUE(std::filesystem::exists(RESHOST_TEST_PHONE_METADATA)) << "the phone metadata was not generated";
    // The fast path's metadata found beside a module that does not exist: common numbers
    // still read, and only a number the fast path leaves to libphonenumber says the module is missing.
    auto lib = std::make_shared<const detail::PhoneLibrary>(std::string(RESHOST_TEST_FIXTURES) + "/no-such-module.so",
                                                             RESHOST_TEST_PHONE_METADATA);
    EXPECT_EQ(lib->to_e164_now("+44 20 7946 0958", "").e164, "+442079460958");
    EXPECT_EQ(lib->to_e164_now("020 7946 0958", "GB").region, "GB");
    EXPECT_NE(lib->to_e164_now("+1 202-555-0143 ext. 12", "").reason.find("the phone module is not installed"),
              std::string::npos);
}

TEST(Phones, MissingModuleKeepsRawAndSaysWhy) {
    auto lib = std::make_shared<const detail::PhoneLibrary>(std::string(RESHOST_TEST_FIXTURES) + "/no-such-module.so");
    detail::PhoneE164 p = lib->to_e164("+1 202 555 0143", "").get();
    EXPECT_TRUE(p.e164.empty());
    EXPECT_NE(p.reason.find("the phone module is not installed"), std::string::npos) << p.reason;
}

TEST(Phones, NotALibraryIsRefusedWithAReason) {
    // A file that is not a shared library at all: mapping it fails, cleanly.
    auto lib = std::make_shared<const detail::PhoneLibrary>(fixture());
    detail::PhoneE164 p = lib->to_e164_now("+1 202 555 0143", "");
    EXPECT_TRUE(p.e164.empty());
    EXPECT_NE(p.reason.find("cannot load the phone module"), std::string::npos) << p.reason;
}

TEST(Phones, RegionFromThePlace) {
    const auto& data = normalizer_data();
    EXPECT_EQ(detail::phone_region("Austin, TX", data), "US");
    EXPECT_EQ(detail::phone_region("Austin, TX, USA", data), "US");
    EXPECT_EQ(detail::phone_region("Berlin, Germany", data), "DE");
    EXPECT_EQ(detail::phone_region("London, UK", data), "GB");
    EXPECT_EQ(detail::phone_region("São Paulo, Brasil", data), "BR");
    EXPECT_EQ(detail::phone_region("Seoul, South Korea", data), "KR");
    EXPECT_EQ(detail::phone_region("Toronto, ON", data), "CA");
    EXPECT_EQ(detail::phone_region("Atlantis", data), "");
}

}  // namespace reshost::test
