#include "relationships.hpp"

#include "xml_part.hpp"
#include "zip_package.hpp"

namespace reshost::docx {

std::string resolve_part(std::string_view source_part, std::string_view target) {
    std::vector<std::string_view> segments;
    auto push_path = [&](std::string_view path) {
        while (!path.empty()) {
            auto slash = path.find('/');
            std::string_view seg = path.substr(0, slash);
            if (seg == "..") {
                if (!segments.empty()) segments.pop_back();
            } else if (!seg.empty() && seg != ".") {
                segments.push_back(seg);
            }
            if (slash == std::string_view::npos) break;
            path.remove_prefix(slash + 1);
        }
    };
    if (target.empty() || target[0] != '/') {
        auto slash = source_part.rfind('/');
        if (slash != std::string_view::npos) push_path(source_part.substr(0, slash));
    }
    push_path(target);
    std::string out;
    for (auto seg : segments) {
        if (!out.empty()) out += '/';
        out += seg;
    }
    return out;
}

Relationships Relationships::read(ZipPackage& package, std::string_view source_part, std::string& error) {
    Relationships out;
    std::string rels_name;
    auto slash = source_part.rfind('/');
    if (slash == std::string_view::npos) rels_name = "_rels/" + std::string(source_part) + ".rels";
    else
        rels_name = std::string(source_part.substr(0, slash)) + "/_rels/" + std::string(source_part.substr(slash + 1)) + ".rels";
    auto bytes = package.read(rels_name, error);
    if (!bytes) return out;
    pugi::xml_document doc;
    if (!parse_part(*bytes, rels_name, doc, error)) return out;
    for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
        if (!is(r, "Relationship")) continue;
        Relationship rel;
        rel.id = attr(r, "Id");
        std::string_view type = attr(r, "Type");
        rel.type = type.substr(type.rfind('/') + 1);
        rel.external = attr(r, "TargetMode") == "External";
        std::string_view target = attr(r, "Target");
        rel.target = rel.external ? std::string(target) : resolve_part(source_part, target);
        out.items_.push_back(std::move(rel));
    }
    return out;
}

const Relationship* Relationships::find(std::string_view id) const {
    for (const auto& r : items_)
        if (r.id == id) return &r;
    return nullptr;
}

const Relationship* Relationships::first_of(std::string_view type) const {
    for (const auto& r : items_)
        if (r.type == type) return &r;
    return nullptr;
}

}  // namespace reshost::docx
