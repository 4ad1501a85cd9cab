// The relationships of one package part (its _rels/<part>.rels).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reshost::docx {

class ZipPackage;

struct Relationship {
    std::string id;
    std::string type;     // last segment of the type URI: "header", "hyperlink", "image"...
    std::string target;   // a part name within the package, or a URL when external
    bool external = false;
};

class Relationships {
public:
    // Reads the relationships of `source_part` ("" for the package itself); none when
    // the .rels part is absent. Sets `error` only when it is present but unreadable.
    static Relationships read(ZipPackage& package, std::string_view source_part, std::string& error);

    // The relationship with id `id`, or nullptr.
    const Relationship* find(std::string_view id) const;
    // The first relationship of `type` ("styles"), or nullptr.
    const Relationship* first_of(std::string_view type) const;
    const std::vector<Relationship>& all() const { return items_; }

private:
    std::vector<Relationship> items_;
};

// Resolves a relationship target against the folder of `source_part`: "../x", "/x" and "x".
std::string resolve_part(std::string_view source_part, std::string_view target);

}  // namespace reshost::docx
