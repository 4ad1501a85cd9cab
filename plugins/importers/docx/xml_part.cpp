#include "xml_part.hpp"

#include <charconv>

#include <fmt/format.h>

namespace reshost::docx {

bool parse_part(std::string& bytes, std::string_view part, pugi::xml_document& doc, std::string& error) {
    // No DTD processing happens in pugixml: entity declarations are skipped, so
    // nothing expands and no external entity is ever resolved. Whitespace-only
    // text is kept only where it is an element's sole child (<w:t> </w:t>).
    constexpr unsigned options = pugi::parse_escapes | pugi::parse_eol | pugi::parse_cdata | pugi::parse_ws_pcdata_single;
    pugi::xml_parse_result r = doc.load_buffer_inplace(bytes.data(), bytes.size(), options, pugi::encoding_auto);
    if (r) return true;
    error = fmt::format("{} is not well-formed XML: {} at offset {}", part, r.description(), r.offset);
    return false;
}

long long number_attr(pugi::xml_node node, std::string_view local, long long fallback) {
    std::string_view v = attr(node, local);
    long long out = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() && end == v.data() + v.size() && !v.empty() ? out : fallback;
}

}  // namespace reshost::docx
