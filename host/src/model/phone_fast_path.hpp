// The E.164 fast path: libphonenumber's Parse, IsValidNumber, GetRegionCodeForNumber
// and Format(E164) redone on its own metadata (phone-metadata.tsv) for the common
// cases, without the ~8 ms libphonenumber takes to start. Whenever a step is
// one it does not reproduce exactly, it leaves the number to libphonenumber.
#pragma once

#include "phone_library.hpp"

#include <optional>
#include <string_view>

namespace reshost::detail {

class PhoneMetadata;

// The fast path's answer: a reading equal to libphonenumber's, or why it left the number to it.
struct PhoneFastReading {
    std::optional<PhoneE164> reading;  // set when the fast path decided
    std::string_view deferred;         // why libphonenumber must read the number (a fixed text)
};

// Reads `raw` in `region` (ISO 3166, may be empty) as the phone module would, or defers.
PhoneFastReading read_phone_fast(const PhoneMetadata& metadata, std::string_view raw, std::string_view region);

}  // namespace reshost::detail
