// The quantity finder against tests/fixtures/quantities.tsv: each line is a
// piece of resume text beside the figures it must yield.
#include "quantities.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using reshost::analyzers::QuantityFinder;

namespace {

struct Case {
    std::string text, expected;
    int line = 0;
};

std::vector<Case> load_cases() {
    std::string path = std::string(RESHOST_SOURCE_DIR) + "/tests/fixtures/quantities.tsv";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<Case> out;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        std::size_t tab = line.find('\t');
        if (tab == std::string::npos) throw std::runtime_error(path + ":" + std::to_string(n) + ": no tab");
        out.push_back({line.substr(0, tab), line.substr(tab + 1), n});
    }
    return out;
}

std::string found(const QuantityFinder& finder, const std::string& text) {
    std::string out;
    for (const auto& q : finder.find(text)) {
        if (!out.empty()) out += " | ";
        out += std::string(kind_name(q.kind)) + ":" + std::string(q.text);
    }
    return out.empty() ? "-" : out;
}

}  // namespace

TEST(Quantities, FixtureTable) {
    QuantityFinder finder(std::string(RESHOST_SOURCE_DIR) + "/plugins/analyzers/common");
    std::vector<Case> cases = load_cases();
    ASSERT_GT(cases.size(), 30u);
    for (const Case& c : cases) EXPECT_EQ(found(finder, c.text), c.expected) << "quantities.tsv:" << c.line << ": " << c.text;
}

TEST(Quantities, QuantifiedAgreesWithFind) {
    QuantityFinder finder(std::string(RESHOST_SOURCE_DIR) + "/plugins/analyzers/common");
    EXPECT_TRUE(finder.quantified("Cut p95 latency by 40%"));
    EXPECT_FALSE(finder.quantified("Upgraded the service to Python 3.11 in 2023"));
}

TEST(Quantities, MissingDataFileIsNamed) {
    try {
        QuantityFinder finder("no-such-folder");
        FAIL() << "opened without its data file";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-folder/quantity_units.txt"), std::string::npos) << e.what();
    }
}

// Whatever the bytes, every figure found is a non-empty slice of the text,
// in order and without overlap.
TEST(Quantities, FiguresAreOrderedSlicesOfAnyText) {
    QuantityFinder finder(std::string(RESHOST_SOURCE_DIR) + "/plugins/analyzers/common");
    const std::string alphabet = "0123456789.,%$x+-/:() kKmMsbB\t\xe2\x82\xac\xc3\x97pPqQ";
    unsigned state = 12345;
    auto next = [&] { return state = state * 1103515245u + 12345u; };
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        std::size_t n = next() % 40;
        for (std::size_t i = 0; i < n; ++i) text += alphabet[(next() >> 8) % alphabet.size()];
        std::size_t end = 0;
        for (const auto& q : finder.find(text)) {
            ASSERT_FALSE(q.text.empty()) << text;
            ASSERT_GE(q.offset, end) << text;
            ASSERT_LE(q.offset + q.text.size(), text.size()) << text;
            ASSERT_EQ(text.substr(q.offset, q.text.size()), q.text) << text;
            end = q.offset + q.text.size();
        }
    }
}

TEST(Quantities, UnknownKindInDataFileIsNamed) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "reshost-quantities-bad-kind";
    fs::create_directories(dir);
    std::ofstream(dir / "quantity_units.txt") << "percent = %\nspeed = mph\n";
    try {
        QuantityFinder finder(dir.string());
        FAIL() << "accepted an unknown kind";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("quantity_units.txt: unknown kind \"speed\""), std::string::npos) << e.what();
    }
    fs::remove_all(dir);
}
