// The E.164 fast path against libphonenumber, region by region: libphonenumber's
// own example numbers of every type, in every format it writes them, and mutated
// copies of them (mostly invalid), read by both the fast path and the phone module.
// Wherever the fast path decides, it must say exactly what the module says; and it
// must decide for most well-formed numbers, or it would not be worth having.
#include "phone_fast_path.hpp"
#include "phone_library.hpp"
#include "phone_metadata.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace reshost::test {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util() { return *PhoneNumberUtil::GetInstance(); }

std::string shown(const detail::PhoneE164& p) {
    return "e164=" + p.e164 + " region=" + p.region + " ext=" + p.extension + " reason=" + p.reason;
}

// A number written some way, and whether it counts towards the fast path's coverage.
struct Sample {
    std::string text;
    bool well_formed;  // an example number as libphonenumber writes it (not mutated)
};

// Digit `i` of `s` counted from the end changed to the next digit; `s` unchanged when it has too few digits.
std::string change_digit(std::string s, std::size_t from_end) {
    std::size_t seen = 0;
    for (std::size_t i = s.size(); i-- > 0;)
        if (s[i] >= '0' && s[i] <= '9' && seen++ == from_end) {
            s[i] = static_cast<char>('0' + (s[i] - '0' + 1) % 10);
            break;
        }
    return s;
}

std::string drop_last_digit(std::string s) {
    for (std::size_t i = s.size(); i-- > 0;)
        if (s[i] >= '0' && s[i] <= '9') return s.erase(i, 1);
    return s;
}

std::vector<Sample> samples(const PhoneNumber& n) {
    std::string e164, intl, national, nsn;
    util().Format(n, PhoneNumberUtil::E164, &e164);
    util().Format(n, PhoneNumberUtil::INTERNATIONAL, &intl);
    util().Format(n, PhoneNumberUtil::NATIONAL, &national);
    util().GetNationalSignificantNumber(n, &nsn);
    std::string cc = std::to_string(n.country_code());
    std::vector<Sample> out = {
        {e164, true},
        {intl, true},
        {national, true},
        {"00" + e164.substr(1), true},
        {"+" + cc + " (0) " + nsn, true},
        {"(" + national + ")", false},
    };
    for (const std::string& s : {e164, national}) {
        out.push_back({change_digit(s, 0), false});
        out.push_back({change_digit(s, 3), false});
        out.push_back({change_digit(s, s.size() > 8 ? 6 : 1), false});
        out.push_back({drop_last_digit(s), false});
        out.push_back({drop_last_digit(drop_last_digit(s)), false});
        out.push_back({s + "7", false});
        out.push_back({s + "01", false});
    }
    out.push_back({"+" + cc + "0" + nsn, false});
    out.push_back({"+0" + nsn, false});
    out.push_back({"+(0) " + national, false});
    out.push_back({"+28 " + nsn, false});
    out.push_back({"0" + nsn, false});
    out.push_back({nsn, false});
    return out;
}

const std::vector<PhoneNumberUtil::PhoneNumberType>& types() {
    static const std::vector<PhoneNumberUtil::PhoneNumberType> all = {
        PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE,          PhoneNumberUtil::TOLL_FREE,
        PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST,   PhoneNumberUtil::VOIP,
        PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,      PhoneNumberUtil::UAN,
        PhoneNumberUtil::VOICEMAIL};
    return all;
}

class PhoneCrossCheck : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        library_ = std::make_shared<const detail::PhoneLibrary>(RESHOST_TEST_PHONE_MODULE, RESHOST_TEST_PHONE_METADATA);
    }

    // Reads `text` both ways; counts and checks.
    void check(const std::string& text, const std::string& region, bool counted) {
        detail::PhoneFastReading fast = detail::read_phone_fast(library_->metadata(), text, region);
        if (counted) {
            ++counted_;
            if (fast.reading) ++counted_decided_;
        }
        ++all_;
        if (!fast.reading) {
            ++deferred_[std::string(fast.deferred)];
            return;
        }
        ++decided_;
        detail::PhoneE164 module = library_->to_e164_by_module(text, region);
        if (shown(*fast.reading) != shown(module) && ++mismatches_ <= 40)
            ADD_FAILURE() << "\"" << text << "\" in \"" << region << "\": fast path " << shown(*fast.reading)
                          << ", libphonenumber " << shown(module);
    }

    void report() const {
        std::printf("fast path decided %zu of %zu readings; %zu of %zu example numbers (%.1f%%)\n", decided_, all_,
                    counted_decided_, counted_, 100.0 * static_cast<double>(counted_decided_) / static_cast<double>(counted_));
        std::multimap<std::size_t, std::string, std::greater<>> by_count;
        for (const auto& [why, n] : deferred_) by_count.emplace(n, why);
        for (const auto& [n, why] : by_count) std::printf("  deferred %6zu: %s\n", n, why.c_str());
    }

    static inline std::shared_ptr<const detail::PhoneLibrary> library_;
    std::size_t all_ = 0, decided_ = 0, counted_ = 0, counted_decided_ = 0, mismatches_ = 0;
    std::map<std::string, std::size_t> deferred_;
};

}  // namespace

TEST_F(PhoneCrossCheck, MetadataIsLoaded) {
    ASSERT_EQ(library_->metadata().error(), "");
    const auto* nanpa = library_->metadata().regions_for_code(1);
    ASSERT_NE(nanpa, nullptr);
    EXPECT_EQ(nanpa->front(), "US");
    const detail::PhoneRegion* gb = library_->metadata().region("GB");
    ASSERT_NE(gb, nullptr);
    EXPECT_EQ(gb->code, 44);
    EXPECT_EQ(library_->metadata().region("XX"), nullptr);
}

TEST_F(PhoneCrossCheck, EveryRegionsExamplesReadAsLibphonenumberReadsThem) {
    ASSERT_EQ(library_->metadata().error(), "");
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    ASSERT_GT(regions.size(), 200u);
    std::size_t examples = 0;
    for (const std::string& region : regions) {
        for (auto type : types()) {
            PhoneNumber n;
            if (!util().GetExampleNumberForType(region, type, &n)) continue;
            ++examples;
            for (const Sample& s : samples(n)) {
                // Written nationally, a number is only well formed in its own region.
                bool international = s.text[0] == '+' || s.text.starts_with("00");
                check(s.text, region, s.well_formed);
                check(s.text, "", s.well_formed && international);
            }
        }
    }
    // Numbers of other countries read with a region given (the "00"/IDD and country-code checks).
    for (const char* region : {"US", "GB", "DE", "FR", "IN", "CN", "BR", "JP"}) {
        for (const char* other : {"GB", "US", "AU", "KR", "IT", "RU", "KZ", "CA", "JM"}) {
            PhoneNumber n;
            if (!util().GetExampleNumberForType(other, PhoneNumberUtil::MOBILE, &n)) continue;
            for (const Sample& s : samples(n)) check(s.text, region, false);
        }
    }
    // Random digits read in every region, often starting with a national prefix digit: the
    // corners of national prefix stripping that example numbers rarely reach.
    std::mt19937 random(20261128);
    for (const std::string& region : regions) {
        for (int i = 0; i < 40; ++i) {
            std::string digits(1, "018"[i % 3]);
            std::size_t length = 4 + random() % 11;
            while (digits.size() < length) digits += static_cast<char>('0' + random() % 10);
            check(digits, region, false);
            std::string international(1, '+');
            check(international.append(digits, 1), "", false);
        }
    }
    // Non-geographic numbers (+800...) are always libphonenumber's.
    std::set<int> global;
    util().GetSupportedGlobalNetworkCallingCodes(&global);
    for (int code : global) {
        PhoneNumber n;
        if (!util().GetExampleNumberForNonGeoEntity(code, &n)) continue;
        std::string e164;
        util().Format(n, PhoneNumberUtil::E164, &e164);
        EXPECT_FALSE(detail::read_phone_fast(library_->metadata(), e164, "").reading) << e164;
    }
    report();
    EXPECT_GT(examples, 1000u);
    EXPECT_EQ(mismatches_, 0u);
    // The fast path must carry the common case: well-formed numbers of every region.
    EXPECT_GE(static_cast<double>(counted_decided_), 0.9 * static_cast<double>(counted_));
}

TEST_F(PhoneCrossCheck, ResumeStyleNumbersReadAlike) {
    const std::vector<std::pair<std::string, std::string>> numbers = {
        {"(202) 555-0143", "US"},     {"+1 (202) 555-0143", ""},   {"202.555.0143", "US"},   {"+1-416-555-0199", ""},
        {"+44 (0)20 7946 0958", ""},  {"020 7946 0958", "GB"},     {"0044 20 7946 0958", ""}, {"+44 20 12345", ""},
        {"+49 30 1234 5678", ""},     {"030 1234 5678", "DE"},     {"+33 6 12 34 56 78", ""}, {"06 12 34 56 78", "FR"},
        {"+91 98765 43210", ""},      {"098765 43210", "IN"},      {"+86 138 0013 8000", ""}, {"138 0013 8000", "CN"},
        {"+82 10-9030-1843", ""},     {"010-9030-1843", "KR"},     {"+55 11 91234-5678", ""}, {"(11) 91234-5678", "BR"},
        {"+7 701 123 4567", ""},      {"+1 268 464 1234", ""},     {"+61 412 345 678", ""},   {"0412 345 678", "AU"},
        {"+39 06 1234 5678", ""},     {"06 1234 5678", "IT"},      {"+34 600 123 456", ""},   {"+81 90-1234-5678", ""},
        {"(555) 123-4567", ""},       {"+1 555 123 4567", ""},     {"+44 7911 123456", ""},   {"07911 123456", "GB"},
    };
    for (const auto& [text, region] : numbers) check(text, region, true);
    report();
    EXPECT_EQ(mismatches_, 0u);
    EXPECT_GE(counted_decided_, counted_ - 2);
}

}  // namespace reshost::test
