// The github, compact, junit and markdown emitters, loaded from their built
// libraries through the C ABI: on the sample report each writes its golden
// file (tests/fixtures/emitters/), the JUnit XML parses with pugixml and its
// counts match, and on a report made of the characters each syntax reserves
// each escapes them for its own syntax.
#include "emitted.hpp"
#include "sample_report.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <filesystem>
#include <regex>
#include <string>

namespace fs = std::filesystem;
using reshost::test::emit;
using reshost::test::emit_input;
using reshost::test::Output;
using reshost::test::cs;

namespace {

const fs::path kGolden = fs::path(RESHOST_SOURCE_DIR) / "tests" / "fixtures" / "emitters";

void expect_golden(std::string_view plugin, const char* file) {
    Output out = emit(plugin, false);
    ASSERT_EQ(out.status, RH_STATUS_OK) << out.failure;
    EXPECT_EQ(out.text, reshost::test::golden((kGolden / file).string(), out.text)) << out.text;
}

// One finding whose path, rule, message and fix hold what the formats reserve.
struct HostileReport {
    rh_location line4{};
    rh_finding finding{};
    const rh_finding* findings[1]{};
    rh_report report{};
    const rh_report* reports[1]{};

    HostileReport() {
        line4.struct_size = sizeof(line4);
        line4.line = line4.line_end = 4;
        finding.struct_size = sizeof(finding);
        finding.rule = cs("x.rule");
        finding.severity = RH_SEVERITY_WARNING;
        finding.message = cs("Quotes \"a|b\" `c` <d> & 100%,\nthen: e");
        finding.suggestion = cs("Say *less* | ]]> \x01");
        finding.loc = &line4;
        finding.section = -1;
        finding.entry = finding.bullet = -1;
        findings[0] = &finding;
        report.struct_size = sizeof(report);
        report.path = cs("cv, v2: 100%.md");
        report.format = cs("markdown");
        report.findings = findings;
        report.finding_count = 1;
        reports[0] = &report;
    }
    rh_emit_input input(const rh_host_api* host) const {
        rh_emit_input in{};
        in.struct_size = sizeof(in);
        in.host = host;
        in.reports = reports;
        in.report_count = 1;
        in.tool_version = cs("0.1.0");
        return in;
    }
};

std::string emit_hostile(std::string_view plugin) {
    HostileReport r;
    Output out = emit_input(plugin, [&](const rh_host_api* host) { return r.input(host); });
    EXPECT_EQ(out.status, RH_STATUS_OK) << out.failure;
    return out.text;
}

}  // namespace

TEST(GithubEmitter, WritesTheGoldenAnnotations) { expect_golden("github", "report.github.txt"); }
TEST(CompactEmitter, WritesTheGoldenLines) { expect_golden("compact", "report.compact.txt"); }
TEST(JunitEmitter, WritesTheGoldenXml) { expect_golden("junit", "report.junit.xml"); }
TEST(MarkdownEmitter, WritesTheGoldenComment) { expect_golden("markdown_report", "report.md"); }

TEST(GithubEmitter, EscapesDataAndProperties) {
    // Properties lose ',' and ':' as well as '%' and line breaks; the message keeps ',' and ':'.
    EXPECT_EQ(emit_hostile("github"),
              "::warning file=cv%2C v2%3A 100%25.md,line=4,endLine=4,title=x.rule::"
              "Quotes \"a|b\" `c` <d> & 100%25,%0Athen: e%0AFix: Say *less* | ]]> \x01\n");
}

TEST(CompactEmitter, KeepsOneFindingOnOneLine) {
    EXPECT_EQ(emit_hostile("compact"), "cv, v2: 100%.md:4:1: warning: Quotes \"a|b\" `c` <d> & 100%, then: e [x.rule]\n");
}

TEST(JunitEmitter, ParsesAndCountsMatch) {
    pugi::xml_document doc;
    std::string xml = emit("junit", false).text;
    ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
    pugi::xml_node suites = doc.child("testsuites");
    int tests = 0, failures = 0, errors = 0;
    for (pugi::xml_node suite : suites.children("testsuite")) {
        int suite_tests = 0, suite_failures = 0, suite_errors = 0, suite_skipped = 0;
        for (pugi::xml_node tc : suite.children("testcase")) {
            ++suite_tests;
            for ([[maybe_unused]] pugi::xml_node f : tc.children("failure")) ++suite_failures;
            suite_errors += tc.child("error") ? 1 : 0;
            suite_skipped += tc.child("skipped") ? 1 : 0;
        }
        EXPECT_EQ(suite.attribute("tests").as_int(), suite_tests);
        EXPECT_EQ(suite.attribute("failures").as_int(), suite_failures);
        EXPECT_EQ(suite.attribute("errors").as_int(), suite_errors);
        EXPECT_EQ(suite.attribute("skipped").as_int(), suite_skipped);
        tests += suite_tests;
        failures += suite_failures;
        errors += suite_errors;
    }
    EXPECT_EQ(suites.attribute("tests").as_int(), tests);
    EXPECT_EQ(suites.attribute("failures").as_int(), failures);
    EXPECT_EQ(suites.attribute("errors").as_int(), errors);
    // The sample: five findings of five rules, one rule not evaluated, one unreadable file.
    EXPECT_EQ(failures, 5);
    EXPECT_EQ(tests, 7);
    EXPECT_EQ(errors, 1);
}

TEST(JunitEmitter, EscapesWhatXmlReserves) {
    pugi::xml_document doc;
    std::string xml = emit_hostile("junit");
    ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
    // pugixml keeps a bare '&' as text; an XML parser that is strict rejects it.
    EXPECT_FALSE(std::regex_search(xml, std::regex("&(?!(amp|lt|gt|quot|apos|#[0-9]+);)"))) << xml;
    pugi::xml_node suite = doc.child("testsuites").child("testsuite");
    EXPECT_STREQ(suite.attribute("name").value(), "cv, v2: 100%.md");
    pugi::xml_node failure = suite.child("testcase").child("failure");
    // The message reads back as written, line break included; the control character is U+FFFD.
    EXPECT_STREQ(failure.attribute("message").value(), "Quotes \"a|b\" `c` <d> & 100%,\nthen: e");
    EXPECT_EQ(std::string(failure.child_value()),
              "line 4: Quotes \"a|b\" `c` <d> & 100%,\nthen: e\nFix: Say *less* | ]]> \uFFFD");
}

TEST(MarkdownEmitter, EscapesPipesBackticksAndMarkup) {
    std::string md = emit_hostile("markdown_report");
    EXPECT_NE(md.find("| warning | x.rule | line 4 | Quotes \"a\\|b\" \\`c\\` \\<d\\> \\& 100%,<br>then: e | "
                      "Say \\*less\\* \\| \\]\\]\\> \x01 |\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("### cv, v2: 100%.md\n"), std::string::npos) << md;
}
