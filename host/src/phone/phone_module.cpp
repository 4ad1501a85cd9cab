// The phone module: reads phone numbers with libphonenumber and writes them as
// E.164. A library of its own so libreshost never links libphonenumber.
#include "phone_module.h"
#include "phone_reading.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#define RESHOST_PHONE_EXPORT __attribute__((visibility("default")))

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

template <std::size_t N>
void put(char (&dst)[N], std::string_view s) {
    std::size_t n = std::min(s.size(), N - 1);
    std::memcpy(dst, s.data(), n);
    dst[n] = '\0';
}

using reshost::phone::ParseError;

ParseError parse_error(PhoneNumberUtil::ErrorType e) {
    switch (e) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: return ParseError::invalid_country_code;
    case PhoneNumberUtil::NOT_A_NUMBER: return ParseError::not_a_number;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD: return ParseError::too_short_after_idd;
    case PhoneNumberUtil::TOO_SHORT_NSN: return ParseError::too_short_nsn;
    case PhoneNumberUtil::TOO_LONG_NSN: return ParseError::too_long_nsn;
    default: return ParseError::other;
    }
}

int to_e164(std::string_view text, std::string_view region, reshost_phone_result* out) {
    if (reshost::phone::is_masked(text)) {
        put(out->reason, reshost::phone::masked_reason);
        return 0;
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::string input = reshost::phone::with_plus(text);
    bool has_region = !region.empty();
    PhoneNumber number;
    auto err = util.Parse(input, has_region ? std::string(region) : std::string("ZZ"), &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR) {
        put(out->reason, reshost::phone::parse_error_reason(parse_error(err), has_region, input.find('+') != std::string::npos));
        return 0;
    }
    std::string number_region;
    util.GetRegionCodeForNumber(number, &number_region);
    if (!util.IsValidNumber(number)) {
        // An invalid number has no region of its own: name its country code's main one.
        util.GetRegionCodeForCountryCode(number.country_code(), &number_region);
        put(out->reason, reshost::phone::invalid_number_reason(number_region, number.country_code()));
        return 0;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    put(out->e164, e164);
    if (number_region != "ZZ") put(out->region, number_region);
    if (number.has_extension()) put(out->extension, number.extension());
    return 1;
}

}  // namespace

extern "C" {

RESHOST_PHONE_EXPORT int reshost_phone_version(void) { return RESHOST_PHONE_MODULE_VERSION; }

RESHOST_PHONE_EXPORT void reshost_phone_warm_up(void) {
    try {
        PhoneNumberUtil::GetInstance();
    } catch (...) {
    }
}

RESHOST_PHONE_EXPORT int reshost_phone_to_e164(const char* text, size_t size, const char* region,
                                               reshost_phone_result* out) {
    if (!out) return 0;
    std::memset(out, 0, sizeof *out);
    if (!text) {
        put(out->reason, "no text");
        return 0;
    }
    // Exceptions must not cross the C boundary.
    try {
        return to_e164(std::string_view(text, size), region ? std::string_view(region) : std::string_view(), out);
    } catch (const std::exception& e) {
        put(out->reason, e.what());
    } catch (...) {
        put(out->reason, "libphonenumber failed");
    }
    return 0;
}

}  // extern "C"
