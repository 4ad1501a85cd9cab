// The Markdown importer: CommonMark with GitHub tables, strikethrough and
// autolinks, read with md4c; YAML front matter, footnotes and ```markdown fences too.
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

    explicit MarkdownImporter(const OpenContext& ctx)
        : keys_(FrontMatterKeys::parse(ctx.read_data("front-matter-keys.tsv"))) {}

    bool import(const Host&, std::string_view path, std::string_view, std::string_view data,
                DocumentBuilder& out) override {
        MarkdownReader reader(data, out, &keys_);
        std::string reason;
        if (reader.read(reason)) return true;
        out.fail(std::string(path) + ": " + reason);
        return false;
    }

private:
    FrontMatterKeys keys_;
};

}  // namespace reshost::markdown

RESHOST_PLUGIN("markdown", "1.0.0", "Reads Markdown resumes (CommonMark with GitHub extensions)",
               reshost::markdown::MarkdownImporter)
