// libphonenumber's metadata as the E.164 fast path needs it, read from
// phone-metadata.tsv (generated from libphonenumber at build time). The file
// is read whole once and only its calling codes are parsed; a region's line is
// found and parsed only when a number needs that region.
#pragma once

#include "phone_pattern.hpp"

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace reshost::detail {

// A class of numbers of a region: a pattern and the lengths it allows.
struct PhoneNumberDesc {
    PhonePattern pattern;
    std::vector<int> lengths;  // empty: any length of the general description; {-1}: no such numbers
};

// One region's numbering plan.
struct PhoneRegion {
    // The number types libphonenumber's GetNumberTypeHelper tries after the general description, in its order.
    enum Type { premium_rate, toll_free, shared_cost, voip, personal_number, pager, uan, voicemail, fixed_line, mobile, type_count };

    std::string id;  // "GB"
    int code = 0;    // 44
    PhonePattern international_prefix;
    PhonePattern national_prefix;  // national_prefix_for_parsing
    bool has_national_prefix = false;
    bool has_transform_rule = false;
    PhonePattern leading_digits;
    bool same_mobile_and_fixed_line = false;
    PhoneNumberDesc general;
    std::vector<int> local_only_lengths;
    std::array<PhoneNumberDesc, type_count> types;
};

class PhoneMetadata {
public:
    // Reads `file`; a missing or unreadable file leaves the metadata empty, with error() saying why.
    explicit PhoneMetadata(const std::filesystem::path& file);

    // Why the metadata is empty (the file is missing or malformed); empty when loaded.
    const std::string& error() const { return error_; }

    // The regions of a calling code in libphonenumber's order, main region first; null when the code is unknown.
    const std::vector<std::string_view>* regions_for_code(int code) const;

    // A region's plan, parsed on first use; null when the region is unknown or its line is malformed.
    const PhoneRegion* region(std::string_view id) const;

private:
    std::string text_;
    std::string error_;
    std::unordered_map<int, std::vector<std::string_view>> codes_;  // views into text_
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::unique_ptr<PhoneRegion>, std::less<>> parsed_;
};

}  // namespace reshost::detail
