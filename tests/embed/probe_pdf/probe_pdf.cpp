// probe_pdf: a test-only importer that claims "pdf" and links Poppler's core
// library, so a test can tell from the process's mappings whether the host
// opened it. It reads nothing but the file's size.
#include <reshost/sdk.hpp>

#include <goo/GooString.h>

#include <memory>
#include <string>
#include <vector>

namespace {

class ProbePdfImporter final : public reshost::sdk::Importer {
public:
    static constexpr const char* name = "probe_pdf";
    static std::vector<std::string> formats() { return {"pdf"}; }

    explicit ProbePdfImporter(const reshost::sdk::OpenContext&) {}

    bool import(const reshost::sdk::Host&, std::string_view, std::string_view, std::string_view data,
                reshost::sdk::DocumentBuilder& out) override {
        // A call into libpoppler itself (not an inline header function), so
        // the library is a real dependency of this plugin.
        const std::unique_ptr<GooString> size = GooString::format("{0:d}", static_cast<int>(data.size()));
        out.add_page(612, 792);
        reshost::sdk::BlockData block;
        block.loc.page = 1;
        reshost::sdk::LineData line;
        line.loc.page = 1;
        reshost::sdk::SpanData span;
        span.text = "Probe document of " + size->toStr() + " bytes";
        line.spans.push_back(std::move(span));
        block.lines.push_back(std::move(line));
        out.add_block(block);
        out.set_meta("pages", "1");
        return true;
    }
};

}  // namespace

RESHOST_PLUGIN("probe_pdf", "0.0.1", "Test importer that links Poppler", ProbePdfImporter)
