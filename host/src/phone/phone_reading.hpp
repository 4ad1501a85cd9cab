// How reshost reads a phone number before and after libphonenumber: the masked
// check, the "00" -> "+" reading and the reasons given for numbers without an
// E.164 form. Shared by the phone module and libreshost's fast path, so both
// give the same answer in the same words.
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace reshost::phone {

// Digits hidden behind '*', 'x' or '•' ("138****0000"): the number cannot be dialled as written.
inline bool is_masked(std::string_view t) {
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == '*') ++hidden;
        else if ((c == 'x' || c == 'X') && i > 0 && i + 1 < t.size() && digit(t[i - 1]) &&
                 (digit(t[i + 1]) || t[i + 1] == 'x' || t[i + 1] == 'X'))
            ++hidden;
        else if (t.substr(i, 3) == "\xE2\x80\xA2") ++hidden;
    }
    return hidden >= 2;
}

// The reason shown for a masked number.
inline constexpr std::string_view masked_reason = "digits are masked";

// "00 44 20 ..." dials abroad from most countries: read it as "+44 20 ...".
inline std::string with_plus(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '(')) ++i;
    std::string out;
    if (t.substr(i, 2) == "00" && i + 2 < t.size() && t[i + 2] != '0') {
        out += '+';
        out.append(t.substr(i + 2));
    } else {
        out.append(t);
    }
    return out;
}

// Why a number could not be parsed; mirrors libphonenumber's ErrorType.
enum class ParseError { invalid_country_code, not_a_number, too_short_after_idd, too_short_nsn, too_long_nsn, other };

// The reason shown for a parse error; `region`: a region was given, `plus`: the text holds a '+'.
inline std::string parse_error_reason(ParseError e, bool region, bool plus) {
    switch (e) {
    case ParseError::invalid_country_code:
        return region || plus ? "unknown country code" : "no country code, and no region to read the number in";
    case ParseError::not_a_number: return "not a phone number";
    case ParseError::too_short_after_idd: return "too short after the international prefix";
    case ParseError::too_short_nsn: return "too short";
    case ParseError::too_long_nsn: return "too long";
    case ParseError::other: break;
    }
    return "cannot be read";
}

// The reason shown for a number that parses but is not valid; `main_region` is its
// calling code's main region ("GB"), empty or "ZZ" when it has none.
inline std::string invalid_number_reason(std::string_view main_region, int country_code) {
    if (main_region.empty() || main_region == "ZZ")
        return "not a valid number for country code +" + std::to_string(country_code);
    return "not a valid number in " + std::string(main_region);
}

}  // namespace reshost::phone
