// Analyzer packs read their word lists at open time: a pack whose library is
// installed without its data files refuses to open and says which file is missing.
#include "plugin_library.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <system_error>

#include <unistd.h>

namespace fs = std::filesystem;
using reshost::test::PluginLibrary;

namespace {

// A folder holding only a copy of the plugin's library, removed afterwards.
class BareCopy {
public:
    explicit BareCopy(const std::string& name) {
        dir_ = fs::temp_directory_path() / ("reshost-bare-" + name + "-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
        fs::copy_file(reshost::test::plugin_file(RESHOST_TEST_PLUGIN_DIR, name), dir_ / (name + ".so"), fs::copy_options::overwrite_existing);
    }
    ~BareCopy() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    fs::path dir() const { return dir_; }

private:
    fs::path dir_;
};

}  // namespace

class MissingData : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(MissingData, OpenFailsNamingTheFile) {
    const auto& [pack, first_file] = GetParam();
    BareCopy copy("analyzers");
    PluginLibrary lib((copy.dir() / "analyzers.so").string(), copy.dir().string());
    try {
        lib.open(RH_KIND_ANALYZER, pack);
        FAIL() << pack << " opened without its data files";
    } catch (const std::runtime_error&) {
    }
    EXPECT_NE(lib.host().log.find("cannot read data file " + (copy.dir() / first_file).string()), std::string::npos)
        << lib.host().log;
}

INSTANTIATE_TEST_SUITE_P(Analyzers, MissingData,
                         ::testing::Values(std::make_pair(std::string("sections"), std::string("standard_headings.txt")),
                                           std::make_pair(std::string("verbs"), std::string("action_verbs.txt"))),
                         [](const auto& info) { return info.param.first; });
