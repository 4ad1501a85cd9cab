#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include <charconv>

namespace reshost::json {

namespace {

// Whether `s` is well-formed UTF-8 (Unicode table 3-7): no stray
// continuation bytes, overlong forms, surrogates or code points past U+10FFFF.
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c == 0xE0) n = 2, lo = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC) n = 2;
        else if (c == 0xED) n = 2, hi = 0x9F;
        else if (c >= 0xEE && c <= 0xEF) n = 2;
        else if (c == 0xF0) n = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) n = 3;
        else if (c == 0xF4) n = 3, hi = 0x8F;
        else return false;
        if (i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return false;
        }
        i += n + 1;
    }
    return true;
}

}  // namespace

void JsonWriter::open(char bracket) {
    next_value();
    out_ += bracket;
    filled_.push_back(false);
}

void JsonWriter::close(char bracket) {
    bool filled = filled_.back();
    filled_.pop_back();
    if (filled) {
        out_ += '\n';
        indent(filled_.size());
    }
    out_ += bracket;
}

void JsonWriter::key(std::string_view name) {
    next_value();
    escaped(name);
    out_ += ": ";
    after_key_ = true;
}

// Before a value: a member's value follows its key; an array element or a
// first member starts a new line, indented.
void JsonWriter::next_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (filled_.empty()) return;
    out_ += filled_.back() ? ",\n" : "\n";
    filled_.back() = true;
    indent(filled_.size());
}

void JsonWriter::indent(std::size_t level) { out_.append(2 * level, ' '); }

void JsonWriter::string(std::string_view s) {
    next_value();
    escaped(s);
}

void JsonWriter::string_or_null(std::string_view s) {
    if (s.empty()) null();
    else string(s);
}

void JsonWriter::null() {
    next_value();
    out_ += "null";
}

void JsonWriter::number(double v) {
    next_value();
    out_ += nlohmann::json(v).dump();
}

void JsonWriter::number(std::int64_t v) {
    next_value();
    char buffer[24];
    out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr);
}

void JsonWriter::number(std::uint64_t v) {
    next_value();
    char buffer[24];
    out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr);
}

void JsonWriter::escaped(std::string_view s) {
    if (!valid_utf8(s)) {
        // Invalid UTF-8 is replaced rather than thrown on: the host checks
        // input text, but a plugin's message must not make the report fail.
        out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out_ += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
            if (c < 0x20) {
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 0xF];
            } else {
                out_ += ch;
            }
        }
    }
    out_ += '"';
}

}  // namespace reshost::json
