// The sarif emitter, loaded from its built library through the C ABI, on
// the fixed sample report: the output equals the golden file, validates
// against the official SARIF 2.1.0 schema (../shared/schemas), and every
// rule's help URI names a heading of docs/rules.md.
#include "emitted.hpp"
#include "artifact_uri.hpp"
#include "fingerprint.hpp"
#include "json_schema.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using reshost::test::emit;
using reshost::test::Output;

namespace {

const fs::path kSource = fs::path(RESHOST_SOURCE_DIR);
const fs::path kGolden = kSource / "tests" / "fixtures" / "emitters" / "report.sarif";
const fs::path kSarifSchema = fs::path(RESHOST_SCHEMAS_DIR) / "sarif-schema-2.1.0.json";

}  // namespace

TEST(SarifEmitter, WritesTheGoldenRun) {
    Output out = emit("sarif", false);
    ASSERT_EQ(out.status, RH_STATUS_OK) << out.failure;
    EXPECT_EQ(out.text, reshost::test::golden(kGolden.string(), out.text)) << out.text;
}

TEST(SarifEmitter, OutputValidatesAgainstTheOfficialSchema) {
    // The schema is shared beside the repository; without it the check fails rather than passes.
    ASSERT_TRUE(fs::is_regular_file(kSarifSchema)) << kSarifSchema << " is missing (RESHOST_SCHEMAS_DIR)";
    nlohmann::json doc = nlohmann::json::parse(emit("sarif", false).text);
    EXPECT_EQ(reshost::test::schema_errors(kSarifSchema, doc), "");
    ASSERT_EQ(doc["runs"].size(), 1u);
    // Not vacuous: a level SARIF does not have is rejected.
    doc["runs"][0]["results"][0]["level"] = "fatal";
    EXPECT_NE(reshost::test::schema_errors(kSarifSchema, doc), "");
}

TEST(SarifEmitter, MapsSeverityLocationAndRules) {
    nlohmann::json run = nlohmann::json::parse(emit("sarif", false).text)["runs"][0];
    const auto& results = run["results"];
    ASSERT_EQ(results.size(), 5u);
    std::string rules_md = reshost::test::read_text((kSource / "docs" / "rules.md").string());
    for (const auto& r : results) {
        const auto& rule = run["tool"]["driver"]["rules"][r["ruleIndex"].get<std::size_t>()];
        EXPECT_EQ(rule["id"], r["ruleId"]);
        std::string id = rule["id"];
        EXPECT_EQ(rule["helpUri"].get<std::string>().substr(rule["helpUri"].get<std::string>().find('#')),
                  "#" + std::string(id.begin(), std::remove(id.begin(), id.end(), '.')));
        EXPECT_NE(rules_md.find("\n### " + r["ruleId"].get<std::string>() + "\n"), std::string::npos) << r["ruleId"];
        EXPECT_EQ(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "resumes/jane.md");
    }
    EXPECT_EQ(results[0]["level"], "warning");
    EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 12);
    EXPECT_EQ(results[3]["level"], "error");
    EXPECT_EQ(results[3]["locations"][0]["properties"]["page"], 2);
    EXPECT_EQ(results[3]["locations"][0]["properties"]["box"]["x0"], 72.0);
    EXPECT_FALSE(results[3]["locations"][0]["physicalLocation"].contains("region"));
    EXPECT_EQ(results[4]["level"], "note");
    // The file that could not be read is a failed execution, with its reason.
    EXPECT_FALSE(run["invocations"][0]["executionSuccessful"].get<bool>());
}

TEST(SarifFingerprint, IsTheRuleTheQuoteAndTheSectionNotTheWording) {
    using reshost::sarif::fingerprint;
    std::string a = fingerprint("verbs.weak-opener", "The bullet opens with \"Responsible for\".", "Experience");
    EXPECT_EQ(a.size(), 16u);
    // Reworded around the quote, re-cased, re-spaced: the same finding.
    EXPECT_EQ(a, fingerprint("verbs.weak-opener", "Opens with \"responsible   for\", a duty.", "EXPERIENCE"));
    // Another quote, rule or section is another finding.
    EXPECT_NE(a, fingerprint("verbs.weak-opener", "The bullet opens with \"Helped\".", "Experience"));
    EXPECT_NE(a, fingerprint("verbs.tense", "The bullet opens with \"Responsible for\".", "Experience"));
    EXPECT_NE(a, fingerprint("verbs.weak-opener", "The bullet opens with \"Responsible for\".", "Projects"));
    // Curly quotes count as quotes; a message without quotes is its own text.
    EXPECT_EQ(reshost::sarif::quoted_text("Uses \u201cteam player\u201d."), "team player");
    EXPECT_EQ(reshost::sarif::quoted_text("No Education section."), "No Education section.");
    // The value is fixed across builds and machines (FNV-1a 64): the one in the golden SARIF file.
    EXPECT_EQ(a, "1e9303c7b7753b54");
}

TEST(SarifArtifactUri, RelativeStaysRelativeAbsoluteIsAFileUri) {
    using reshost::sarif::artifact_uri;
    EXPECT_EQ(artifact_uri("resumes/jane.md"), "resumes/jane.md");
    EXPECT_EQ(artifact_uri("./resumes/jane.md"), "resumes/jane.md");
    EXPECT_EQ(artifact_uri("/home/jane/my cv#2.md"), "file:///home/jane/my%20cv%232.md");
    // UTF-8 bytes are %-encoded one by one.
    EXPECT_EQ(artifact_uri("cv-\u00e9.md"), "cv-%C3%A9.md");
}
