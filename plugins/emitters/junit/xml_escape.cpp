#include "xml_escape.hpp"

namespace reshost::junit {

std::string xml_escaped(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default:
            if (c < 0x20 || c == 0x7f) out += "\uFFFD";
            else out += ch;
        }
    }
    return out;
}

}  // namespace reshost::junit
