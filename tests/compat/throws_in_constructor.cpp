// A C++ plugin whose analyzer's constructor throws (a data file it cannot
// read, say). The SDK turns the exception into a failed open; the host must
// show the component as failed in `reshost plugins`, with the reason, and
// report the failure on every file it would have checked.
#include <reshost/sdk.hpp>

#include <stdexcept>

namespace {

class BrokenAtOpen : public reshost::sdk::Analyzer {
public:
    static constexpr const char* name = "broken";
    static std::vector<reshost::sdk::RuleInfo> rules() {
        return {{"broken.never", reshost::sdk::Severity::warning, "Never runs: its constructor throws", "content"}};
    }
    explicit BrokenAtOpen(const reshost::sdk::OpenContext&) {
        throw std::runtime_error("broken could not read its word list");
    }
    void analyze(const reshost::sdk::Host&, const reshost::sdk::Document&, const reshost::sdk::Resume&,
                 const reshost::sdk::Document&, reshost::sdk::Findings&) const override {}
};

}  // namespace

RESHOST_PLUGIN("throws_in_constructor", "1.0.0", "An analyzer whose constructor throws", BrokenAtOpen)
