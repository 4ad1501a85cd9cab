// Parsing package parts and matching WordprocessingML by local name, so that
// Transitional and Strict namespaces (and any prefix) read the same.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace reshost::docx {

// Parses `bytes` (kept alive by the caller, parsed in place) as the part `part`;
// on failure sets `error` to "<part> is not well-formed XML: <why> at offset N".
bool parse_part(std::string& bytes, std::string_view part, pugi::xml_document& doc, std::string& error);

// The name of an element or attribute without its namespace prefix.
inline std::string_view local_name(const char* name) {
    std::string_view n(name);
    auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// Tells whether `node` is an element named `local` under any prefix.
inline bool is(pugi::xml_node node, std::string_view local) {
    return node.type() == pugi::node_element && local_name(node.name()) == local;
}

// The first child element named `local`, or an empty node.
inline pugi::xml_node child(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (is(c, local)) return c;
    return {};
}

// The value of the attribute named `local` (any prefix), or "" when absent.
inline std::string_view attr(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a.name()) == local) return a.value();
    return {};
}

// Tells whether `node` has an attribute named `local` (any prefix).
inline bool has_attr(pugi::xml_node node, std::string_view local) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a.name()) == local) return true;
    return false;
}

// Reads an on/off property such as <w:b/>, <w:b w:val="0"/>: absent val means on.
inline bool on_off(pugi::xml_node node) {
    std::string_view v = attr(node, "val");
    return !(v == "0" || v == "false" || v == "off" || v == "none");
}

// Reads a decimal attribute; `fallback` when absent or not a number.
long long number_attr(pugi::xml_node node, std::string_view local, long long fallback);

}  // namespace reshost::docx
