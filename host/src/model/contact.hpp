// Reading the contact block: name, email, phone, location and profile links.
#pragma once

#include "normalizer_data.hpp"

#include <string_view>

namespace reshost::detail {

// Reads the contact details from blocks [0, region_end) of `doc`, falling
// back to the whole document for an email, phone or profile link not found there.
ContactData read_contact(const DocumentData& doc, std::size_t region_end, const NormalizerData& data);

// The network of a profile URL: "github", "linkedin", "other" or "portfolio".
std::string network_of(std::string_view url, const NormalizerData& data);

// True when the text is a place: "City, Region" or "City, Region, Country".
bool looks_like_place(std::string_view text, const NormalizerData& data);

// The region (ISO 3166, "DE") to read a phone number without a country code in: the contact
// location's country or state, else the configured default; empty when neither is known.
std::string phone_region(std::string_view location, const NormalizerData& data);

// True when the text is a phone number (7-15 digits with separators, not a date).
bool is_phone(std::string_view text);

}  // namespace reshost::detail
