#include "html_entity.hpp"

#include "utf8_encode.hpp"

#include <cstdint>
#include <cstdlib>
#include <utility>

namespace reshost::markdown {
namespace {

// The named references that show up in resumes; others are kept verbatim
// rather than guessed.
constexpr std::pair<std::string_view, uint32_t> named[] = {
    {"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},    {"apos", '\''},
    {"nbsp", 0xA0},   {"ndash", 0x2013}, {"mdash", 0x2014}, {"middot", 0xB7}, {"bull", 0x2022},
    {"copy", 0xA9},   {"reg", 0xAE},     {"trade", 0x2122}, {"hellip", 0x2026}, {"rsquo", 0x2019},
    {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"eacute", 0xE9}, {"times", 0xD7},
};

}  // namespace

std::string decode_entity(std::string_view entity) {
    std::string out;
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::string(entity);
    std::string_view body = entity.substr(1, entity.size() - 2);
    if (body.front() == '#') {
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        std::string digits(body.substr(hex ? 2 : 1));
        if (digits.empty() || digits.size() > 8) return std::string(entity);
        char* end = nullptr;
        unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (!end || *end != '\0') return std::string(entity);
        // HTML reads a reference to NUL as U+FFFD, as it does surrogates.
        common::append_utf8(out, cp == 0 ? 0xFFFD : static_cast<uint32_t>(cp));
        return out;
    }
    for (const auto& [name, cp] : named)
        if (name == body) {
            common::append_utf8(out, cp);
            return out;
        }
    return std::string(entity);
}

}  // namespace reshost::markdown
