// The phone module: reads phone numbers with libphonenumber and writes them as
// E.164. A library of its own so libreshost never links libphonenumber.
#include "phone_module.h"

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

// Digits hidden behind '*', 'x' or '•' ("138****0000"): the number cannot be dialled as written.
bool is_masked(std::string_view t) {
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == '*') ++hidden;
        else if ((c == 'x' || c == 'X') && i > 0 && i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
                 (std::isdigit(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == 'x' || t[i + 1] == 'X'))
            ++hidden;
        else if (t.substr(i, 3) == "\xE2\x80\xA2") ++hidden;
    }
    return hidden >= 2;
}

// "00 44 20 ..." dials abroad from most countries: read it as "+44 20 ...".
std::string with_plus(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '(')) ++i;
    if (t.substr(i, 2) == "00" && i + 2 < t.size() && t[i + 2] != '0') return "+" + std::string(t.substr(i + 2));
    return std::string(t);
}

const char* parse_error(PhoneNumberUtil::ErrorType e, bool region, bool plus) {
    switch (e) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return region || plus ? "unknown country code" : "no country code, and no region to read the number in";
    case PhoneNumberUtil::NOT_A_NUMBER: return "not a phone number";
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD: return "too short after the international prefix";
    case PhoneNumberUtil::TOO_SHORT_NSN: return "too short";
    case PhoneNumberUtil::TOO_LONG_NSN: return "too long";
    default: return "cannot be read";
    }
}

int to_e164(std::string_view text, std::string_view region, reshost_phone_result* out) {
    if (is_masked(text)) {
        put(out->reason, "digits are masked");
        return 0;
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::string input = with_plus(text);
    bool has_region = !region.empty();
    PhoneNumber number;
    auto err = util.Parse(input, has_region ? std::string(region) : std::string("ZZ"), &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR) {
        put(out->reason, parse_error(err, has_region, input.find('+') != std::string::npos));
        return 0;
    }
    std::string number_region;
    util.GetRegionCodeForNumber(number, &number_region);
    if (!util.IsValidNumber(number)) {
        // An invalid number has no region of its own: name its country code's main one.
        util.GetRegionCodeForCountryCode(number.country_code(), &number_region);
        char why[160];
        if (number_region.empty() || number_region == "ZZ")
            std::snprintf(why, sizeof why, "not a valid number for country code +%d", number.country_code());
        else
            std::snprintf(why, sizeof why, "not a valid number in %s", number_region.c_str());
        put(out->reason, why);
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
