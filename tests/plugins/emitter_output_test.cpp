// The text and json emitters, loaded from their built libraries through the
// C ABI, on a fixed report; outputs are compared with files in expected/.
#include "emitted.hpp"
#include "report_schema.hpp"
#include "sample_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>


namespace fs = std::filesystem;
using reshost::test::emit;
using reshost::test::Output;

namespace {

const fs::path kSource = fs::path(RESHOST_SOURCE_DIR);
const fs::path kExpected = kSource / "tests" / "plugins" / "expected";

}  // namespace

TEST(TextEmitter, GroupsFindingsBySectionWithFixes) {
    Output out = emit("text", false);
    ASSERT_EQ(out.status, RH_STATUS_OK) << out.failure;
    EXPECT_EQ(out.text, reshost::test::golden((kExpected / "report.txt").string(), out.text)) << out.text;
    EXPECT_EQ(out.text.find('\033'), std::string::npos);
}

TEST(TextEmitter, ColoursOnlyWhenAsked) {
    Output plain = emit("text", false);
    Output color = emit("text", true);
    ASSERT_EQ(color.status, RH_STATUS_OK) << color.failure;
    EXPECT_NE(color.text.find("\033[33mwarning\033[0m"), std::string::npos);
    EXPECT_NE(color.text.find("\033[31merror\033[0m"), std::string::npos);
    EXPECT_EQ(std::regex_replace(color.text, std::regex("\033\\[[0-9;]*m"), ""), plain.text);
}

TEST(JsonEmitter, WritesTheVersionedReport) {
    Output out = emit("json", false);
    ASSERT_EQ(out.status, RH_STATUS_OK) << out.failure;
    EXPECT_EQ(out.text, reshost::test::golden((kExpected / "report.json").string(), out.text)) << out.text;
}

TEST(JsonEmitter, OutputValidatesAgainstTheSchema) {
    Output out = emit("json", false);
    nlohmann::json doc = nlohmann::json::parse(out.text);
    EXPECT_EQ(reshost::test::report_schema_errors(doc), "");
    // A category too thin to score is null, with its reason in score_notes.
    EXPECT_TRUE(doc["files"][0]["scores"]["impact"].is_null());
    EXPECT_EQ(doc["files"][0]["score_notes"]["impact"], "2 bullets in roles and projects: too few to judge");
    // The schema is not vacuous: a score over 100, a note that is not text, a finding without a rule are rejected.
    auto over = doc;
    over["files"][0]["scores"]["ats"] = 120;
    EXPECT_NE(reshost::test::report_schema_errors(over), "");
    auto note = doc;
    note["files"][0]["score_notes"]["overall"] = 3;
    EXPECT_NE(reshost::test::report_schema_errors(note), "");
    // Plugin failures are listed per file; an entry needs plugin, component and message.
    ASSERT_EQ(doc["files"][0]["errors"].size(), 1u);
    EXPECT_EQ(doc["files"][0]["errors"][0]["plugin"], "acme_checks");
    EXPECT_EQ(doc["files"][1]["errors"], nlohmann::json::array());
    auto no_message = doc;
    no_message["files"][0]["errors"][0].erase("message");
    EXPECT_NE(reshost::test::report_schema_errors(no_message), "");
    auto no_errors = doc;
    no_errors["files"][0].erase("errors");
    EXPECT_NE(reshost::test::report_schema_errors(no_errors), "");
    doc["files"][0]["findings"][0].erase("rule");
    EXPECT_NE(reshost::test::report_schema_errors(doc), "");
}
