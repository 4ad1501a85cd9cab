// A C++ plugin whose analyze throws. The SDK turns the exception into an
// error status at the boundary; the host must say which plugin failed, list
// its rule as not evaluated and keep every other analyzer's findings.
#include <reshost/sdk.hpp>

#include <stdexcept>

namespace {

class Thrower : public reshost::sdk::Analyzer {
public:
    static constexpr const char* name = "thrower";
    static std::vector<reshost::sdk::RuleInfo> rules() {
        return {{"thrower.always", reshost::sdk::Severity::warning, "Always throws while analyzing", "content"}};
    }
    explicit Thrower(const reshost::sdk::OpenContext&) {}
    void analyze(const reshost::sdk::Host&, const reshost::sdk::Document&, const reshost::sdk::Resume&, const reshost::sdk::Document&,
                 reshost::sdk::Findings&) const override {
        throw std::out_of_range("thrower looked past the last section");
    }
};

}  // namespace

RESHOST_PLUGIN("throws_in_analyze", "1.0.0", "An analyzer that throws", Thrower)
