// The "junit" output: JUnit XML, which CI servers (Jenkins, GitLab, Azure)
// show as test results. A file is a testsuite; a rule is a testcase; each
// finding of the rule is a <failure>, a rule not evaluated is <skipped>, a
// file that could not be read is one testcase with an <error>. Emitters see
// findings, not the list of rules, so a rule that passed has no testcase.
#include "xml_escape.hpp"

#include <reshost/sdk.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::junit {

using namespace ::reshost::sdk;
namespace {

std::string where(const Location& l) {
    if (l.line) return l.line_end > l.line ? "lines " + std::to_string(l.line) + "-" + std::to_string(l.line_end)
                                           : "line " + std::to_string(l.line);
    if (l.page) return "page " + std::to_string(l.page);
    if (l.paragraph) return (l.part.empty() ? std::string() : l.part + " ") + "paragraph " + std::to_string(l.paragraph);
    return "whole document";
}

std::string attr(std::string_view name, std::string_view value) {
    std::string out(" ");
    out.append(name).append("=\"").append(xml_escaped(value)).append("\"");
    return out;
}

// A testcase's body, gathered per rule in the order rules are first met.
struct Case {
    std::string body;
    int failures = 0;
    bool skipped = false;
};

void write_suite(const Report& r, std::string& s, int& tests, int& failures, int& errors) {
    std::string path(r.path());
    if (!r.error().empty()) {
        s += "  <testsuite" + attr("name", path) + " tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n";
        s += "    <testcase" + attr("classname", path) + attr("name", "read") + ">\n";
        s += "      <error" + attr("message", r.error()) + attr("type", "unreadable") + "/>\n";
        s += "    </testcase>\n  </testsuite>\n";
        ++tests;
        ++errors;
        return;
    }
    std::vector<std::string> order;
    std::map<std::string, Case> cases;
    auto case_of = [&](std::string_view rule) -> Case& {
        auto [it, added] = cases.try_emplace(std::string(rule));
        if (added) order.push_back(it->first);
        return it->second;
    };
    for (FindingView f : r.findings()) {
        Case& c = case_of(f.rule());
        std::string detail = where(Location::from(f.location())) + ": " + std::string(f.message());
        if (!f.suggestion().empty()) detail += "\nFix: " + std::string(f.suggestion());
        c.body += "      <failure" + attr("message", f.message()) + attr("type", severity_name(f.severity())) + ">" +
                  xml_escaped(detail) + "</failure>\n";
        ++c.failures;
    }
    for (NotEvaluated n : r.not_evaluated()) {
        Case& c = case_of(n.rule());
        if (c.skipped || c.failures) continue;
        c.body += "      <skipped" + attr("message", n.reason()) + "/>\n";
        c.skipped = true;
    }
    int suite_failures = 0, suite_skipped = 0;
    for (const auto& [rule, c] : cases) {
        suite_failures += c.failures;
        suite_skipped += c.skipped ? 1 : 0;
    }
    s += "  <testsuite" + attr("name", path) + attr("tests", std::to_string(order.size())) +
         attr("failures", std::to_string(suite_failures)) + " errors=\"0\"" +
         attr("skipped", std::to_string(suite_skipped)) + ">\n";
    for (const std::string& rule : order) {
        const Case& c = cases.at(rule);
        s += "    <testcase" + attr("classname", path) + attr("name", rule) + ">\n" + c.body + "    </testcase>\n";
    }
    s += "  </testsuite>\n";
    tests += static_cast<int>(order.size());
    failures += suite_failures;
}

}  // namespace

class JunitEmitter final : public Emitter {
public:
    static constexpr const char* name = "junit";
    explicit JunitEmitter(const OpenContext&) {}

    void emit(const Host&, const std::vector<Report>& reports, bool, std::string_view, Writer& out) const override {
        std::string suites;
        int tests = 0, failures = 0, errors = 0;
        for (const Report& r : reports) write_suite(r, suites, tests, failures, errors);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"reshost\"" + attr("tests", std::to_string(tests)) +
                  attr("failures", std::to_string(failures)) + attr("errors", std::to_string(errors)) + ">\n");
        out.write(suites);
        out.write("</testsuites>\n");
    }
};

}  // namespace reshost::junit

RESHOST_PLUGIN("junit", "1.0.0", "Writes reports as JUnit XML for CI servers", reshost::junit::JunitEmitter)
