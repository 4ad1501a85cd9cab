// The Markdown importer: CommonMark with GitHub tables, strikethrough and
// autolinks, read with md4c.
#include "markdown_reader.hpp"

#include <reshost/sdk.hpp>

#include <string>
#include <vector>

namespace reshost::markdown {

using namespace ::reshost::sdk;
class MarkdownImporter final : public Importer {
public:
    static constexpr const char* name = "markdown";
    static std::vector<std::string> formats() { return {"markdown"}; }

    explicit MarkdownImporter(const OpenContext&) {}

    bool import(const Host&, std::string_view path, std::string_view, std::string_view data,
                DocumentBuilder& out) override {
        MarkdownReader reader(data, out);
        std::string reason;
        if (reader.read(reason)) return true;
        out.fail(std::string(path) + ": " + reason);
        return false;
    }
};

}  // namespace reshost::markdown

RESHOST_PLUGIN("markdown", "1.0.0", "Reads Markdown resumes (CommonMark with GitHub extensions)",
               reshost::markdown::MarkdownImporter)
