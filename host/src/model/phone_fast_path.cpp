#include "phone_fast_path.hpp"

#include "phone_metadata.hpp"
#include "phone_reading.hpp"

#include <algorithm>
#include <bit>
#include <string>

namespace reshost::detail {

namespace {

// Thrown (and caught in read_phone_fast) when a step is not one the fast path reproduces exactly.
struct Defer {
    std::string_view why;
};

using phone::ParseError;

constexpr std::size_t max_input = 250;  // libphonenumber's kMaxInputStringLength
constexpr std::size_t min_nsn = 2;      // kMinLengthForNsn
constexpr std::size_t max_nsn = 17;     // kMaxLengthForNsn

template <typename T>
T decided(std::optional<T> v) {
    if (!v) throw Defer{"a pattern outside the matcher's subset"};
    return *v;
}

PhoneE164 failed(std::string reason) {
    PhoneE164 p;
    p.reason = std::move(reason);
    return p;
}

// IsNumberMatchingDesc: the possible lengths first, then the pattern (an empty one matches nothing).
bool matches(const PhoneNumberDesc& d, std::string_view nsn) {
    if (!d.lengths.empty() && std::find(d.lengths.begin(), d.lengths.end(), static_cast<int>(nsn.size())) == d.lengths.end())
        return false;
    return decided(d.pattern.full_match(nsn));
}

// GetNumberTypeHelper(...) != UNKNOWN, in libphonenumber's order of types.
bool has_type(const PhoneRegion& r, std::string_view nsn) {
    if (!matches(r.general, nsn)) return false;
    for (int t = PhoneRegion::premium_rate; t <= PhoneRegion::voicemail; ++t)
        if (matches(r.types[static_cast<std::size_t>(t)], nsn)) return true;
    if (matches(r.types[PhoneRegion::fixed_line], nsn)) return true;
    return !r.same_mobile_and_fixed_line && matches(r.types[PhoneRegion::mobile], nsn);
}

// TestNumberLength against the general description, reduced to what ParseHelper asks:
// may the number keep its national prefix stripped?
bool length_allows_stripping(const PhoneRegion& r, std::size_t n) {
    const auto& lengths = r.general.lengths;
    if (lengths.empty()) throw Defer{"a region without possible lengths"};
    int len = static_cast<int>(n);
    if (lengths.front() == -1) return false;  // INVALID_LENGTH
    if (std::find(r.local_only_lengths.begin(), r.local_only_lengths.end(), len) != r.local_only_lengths.end())
        return false;                           // IS_POSSIBLE_LOCAL_ONLY
    if (len < lengths.front()) return false;    // TOO_SHORT
    if (len > lengths.back()) return true;      // TOO_LONG
    return std::find(lengths.begin(), lengths.end(), len) != lengths.end();  // else INVALID_LENGTH
}

// MaybeStripNationalPrefixAndCarrierCode: the number without its national prefix, unless
// stripping turns a number the general pattern accepts into one it does not.
std::string_view strip_national_prefix(const PhoneRegion& r, std::string_view number) {
    if (!r.has_national_prefix || number.empty()) return number;
    std::uint64_t ends = decided(r.national_prefix.prefix_ends(number));
    if (!ends) return number;
    if (r.has_transform_rule) throw Defer{"a national prefix with a transform rule"};
    if (std::popcount(ends) != 1) throw Defer{"a national prefix of more than one length"};
    std::string_view stripped = number.substr(static_cast<std::size_t>(std::countr_zero(ends)));
    bool viable = decided(r.general.pattern.full_match(number));
    if (viable && !decided(r.general.pattern.full_match(stripped))) return number;
    return stripped;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

PhoneE164 read(const PhoneMetadata& meta, std::string_view raw, std::string_view region) {
    if (!meta.error().empty()) throw Defer{"no phone metadata"};
    if (phone::is_masked(raw)) return failed(std::string(phone::masked_reason));
    std::string input = phone::with_plus(raw);
    if (input.size() > max_input) throw Defer{"longer than libphonenumber reads"};

    // ExtractPossibleNumber and IsViablePhoneNumber, for text of digits, leading '+'
    // and the separators every phone pattern accepts. Letters (extensions, vanity
    // numbers), other marks and other scripts are libphonenumber's to read.
    for (char c : input)
        if (!is_digit(c) && std::string_view(" -.()/+").find(c) == std::string_view::npos)
            throw Defer{"letters or other marks"};
    std::size_t first = input.find_first_of("+0123456789");
    std::size_t last = input.find_last_of("0123456789");
    if (first == std::string::npos || last == std::string::npos) throw Defer{"no digits"};
    std::string_view number = std::string_view(input).substr(first, last + 1 - first);
    std::size_t pluses = 0;
    while (pluses < number.size() && number[pluses] == '+') ++pluses;
    if (number.find('+', pluses) != std::string_view::npos) throw Defer{"a '+' inside the number"};
    std::string digits;
    for (char c : number)
        if (is_digit(c)) digits += c;
    if (digits.size() < 3) throw Defer{"fewer than three digits"};
    bool has_plus = pluses > 0;
    bool has_region = !region.empty();

    // CheckRegionForParsing.
    const PhoneRegion* home = nullptr;
    if (has_region) {
        home = meta.region(region);
        if (!home) throw Defer{"a region the metadata does not hold"};
    }
    if (!home && !has_plus) return failed(phone::parse_error_reason(ParseError::invalid_country_code, false, false));

    // MaybeExtractCountryCode.
    int code = 0;
    std::string nsn;
    if (has_plus) {
        if (digits[0] != '0')
            for (std::size_t i = 1; i <= 3 && i <= digits.size(); ++i)
                if (meta.regions_for_code(std::stoi(digits.substr(0, i)))) {
                    code = std::stoi(digits.substr(0, i));
                    nsn = digits.substr(i);
                    break;
                }
        if (!code) {
            // ParseHelper reads the digits once more without the '+', in the given region;
            // unless they start with its international prefix or country code, no code is found.
            if (home && decided(home->international_prefix.prefix_ends(digits)) != 0)
                throw Defer{"an unknown country code, then the region's international prefix"};
            if (home && std::string_view(digits).starts_with(std::to_string(home->code)))
                throw Defer{"an unknown country code, then the region's country code"};
            return failed(phone::parse_error_reason(ParseError::invalid_country_code, has_region, true));
        }
    } else {
        if (decided(home->international_prefix.prefix_ends(digits)) != 0)
            throw Defer{"starts with the region's international prefix"};
        if (std::string_view(digits).starts_with(std::to_string(home->code)))
            throw Defer{"starts with the region's country code"};
        code = home->code;
        nsn = digits;
    }
    const std::vector<std::string_view>* regions = meta.regions_for_code(code);
    if (!regions) throw Defer{"a region the metadata does not hold"};
    std::string_view main_region = regions->front();
    if (main_region == "001") throw Defer{"a non-geographic calling code"};
    const PhoneRegion* plan = has_plus ? meta.region(main_region) : home;
    if (!plan) throw Defer{"a region the metadata does not hold"};

    // ParseHelper: the national prefix goes only when what is left has a possible length.
    if (nsn.size() < min_nsn) return failed(phone::parse_error_reason(ParseError::too_short_nsn, has_region, has_plus));
    std::string_view kept = strip_national_prefix(*plan, nsn);
    if (kept.size() != nsn.size() && length_allows_stripping(*plan, kept.size())) nsn = std::string(kept);
    if (nsn.size() < min_nsn) return failed(phone::parse_error_reason(ParseError::too_short_nsn, has_region, has_plus));
    if (nsn.size() > max_nsn) return failed(phone::parse_error_reason(ParseError::too_long_nsn, has_region, has_plus));

    // GetRegionCodeForNumber, then IsValidNumberForRegion.
    std::string_view found = "ZZ";
    if (regions->size() == 1) {
        found = main_region;
    } else {
        for (std::string_view id : *regions) {
            const PhoneRegion* r = meta.region(id);
            if (!r) throw Defer{"a region the metadata does not hold"};
            bool mine = r->leading_digits.empty() ? has_type(*r, nsn) : decided(r->leading_digits.prefix_ends(nsn)) != 0;
            if (mine) {
                found = id;
                break;
            }
        }
    }
    bool valid = false;
    if (found != "ZZ") {
        const PhoneRegion* r = meta.region(found);
        if (!r) throw Defer{"a region the metadata does not hold"};
        valid = r->code == code && has_type(*r, nsn);
    }
    if (!valid) return failed(phone::invalid_number_reason(main_region, code));
    PhoneE164 p;
    p.e164 += '+';
    p.e164.append(std::to_string(code)).append(nsn);
    p.region = std::string(found);
    return p;
}

}  // namespace

PhoneFastReading read_phone_fast(const PhoneMetadata& metadata, std::string_view raw, std::string_view region) {
    PhoneFastReading out;
    try {
        out.reading = read(metadata, raw, region);
    } catch (const Defer& d) {
        out.deferred = d.why;
    }
    return out;
}

}  // namespace reshost::detail
