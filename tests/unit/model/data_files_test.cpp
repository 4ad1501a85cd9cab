// Loading the normalizer's data files: the shipped ones load, broken ones are named.
#include "data_for_tests.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace reshost::test {

namespace fs = std::filesystem;

namespace {

// A copy of the shipped data directory in a fresh temporary directory.
fs::path copy_of_data(const std::string& tag) {
    fs::path dir = fs::temp_directory_path() / ("reshost-model-data-" + tag + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(RESHOST_TEST_DATA)) fs::copy_file(e.path(), dir / e.path().filename());
    return dir;
}

std::string load_error(const fs::path& dir) {
    try {
        detail::load_normalizer_data(dir.string());
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST(DataFiles, ShippedFilesLoad) {
    const auto& d = normalizer_data();
    EXPECT_EQ(d.headings.at("work experience").kind, RH_SECTION_EXPERIENCE);
    EXPECT_TRUE(d.headings.at("volunteer experience").volunteer);
    EXPECT_EQ(d.heading_words.at("berufserfahrung").kind, RH_SECTION_EXPERIENCE);
    EXPECT_TRUE(d.heading_connectors.count("and"));
    EXPECT_EQ(d.months.at("sept"), 9);
    EXPECT_TRUE(d.present_words.count("present"));
    EXPECT_TRUE(d.not_names.count("curriculum vitae"));
    EXPECT_FALSE(d.networks.empty());
}

TEST(DataFiles, MissingFileIsNamed) {
    fs::path dir = copy_of_data("missing");
    fs::remove(dir / "date-words.tsv");
    std::string err = load_error(dir);
    EXPECT_NE(err.find("date-words.tsv"), std::string::npos) << err;
    EXPECT_NE(err.find("cannot open"), std::string::npos) << err;
    fs::remove_all(dir);
}

TEST(DataFiles, BadLineIsNamedWithItsNumber) {
    fs::path dir = copy_of_data("bad");
    {
        std::ofstream out(dir / "section-headings.tsv");
        out << "# comment\nexperience\twork history\nhobbies\tinterests\n";
    }
    std::string err = load_error(dir);
    EXPECT_NE(err.find("section-headings.tsv:3"), std::string::npos) << err;
    EXPECT_NE(err.find("hobbies"), std::string::npos) << err;
    {
        std::ofstream out(dir / "section-headings.tsv");
        out << "experience work history\n";
    }
    err = load_error(dir);
    EXPECT_NE(err.find("section-headings.tsv:1"), std::string::npos) << err;
    fs::remove_all(dir);
}

}  // namespace reshost::test
