// Which rules run: command line over config file, the most specific entry first.
#include "rule_selection.hpp"

#include <gtest/gtest.h>

using reshost::detail::Config;
using reshost::detail::RuleSelection;

TEST(RuleSelection, MatchesIdsPacksAndAll) {
    EXPECT_EQ(RuleSelection::match("verbs.pronoun", "verbs.pronoun"), 2);
    EXPECT_EQ(RuleSelection::match("verbs", "verbs.pronoun"), 1);
    EXPECT_EQ(RuleSelection::match("verbs.*", "verbs.pronoun"), 1);
    EXPECT_EQ(RuleSelection::match("all", "verbs.pronoun"), 0);
    EXPECT_EQ(RuleSelection::match("verb", "verbs.pronoun"), -1);
    EXPECT_EQ(RuleSelection::match("verbs.pro", "verbs.pronoun"), -1);
    EXPECT_EQ(RuleSelection::match("impact", "verbs.pronoun"), -1);
}

TEST(RuleSelection, EverythingRunsByDefault) {
    RuleSelection s(reshost::AnalyzeOptions{}, Config{});
    EXPECT_TRUE(s.enabled("verbs.pronoun"));
    EXPECT_FALSE(s.severity("verbs.pronoun").has_value());
}

TEST(RuleSelection, MostSpecificEntryWins) {
    Config config;
    config.disable = {"verbs"};
    config.enable = {"verbs.pronoun"};
    RuleSelection s(reshost::AnalyzeOptions{}, config);
    EXPECT_FALSE(s.enabled("verbs.weak-opener"));
    EXPECT_TRUE(s.enabled("verbs.pronoun"));
    EXPECT_TRUE(s.enabled("impact.vague"));

    Config all_off;
    all_off.disable = {"all"};
    all_off.enable = {"impact"};
    RuleSelection only_impact(reshost::AnalyzeOptions{}, all_off);
    EXPECT_TRUE(only_impact.enabled("impact.vague"));
    EXPECT_FALSE(only_impact.enabled("verbs.pronoun"));
}

TEST(RuleSelection, DisableWinsATie) {
    Config config;
    config.disable = {"verbs"};
    config.enable = {"verbs.*"};
    EXPECT_FALSE(RuleSelection(reshost::AnalyzeOptions{}, config).enabled("verbs.tense"));
}

TEST(RuleSelection, CommandLineOverridesConfig) {
    Config config;
    config.disable = {"verbs.pronoun"};
    reshost::AnalyzeOptions options;
    options.enable = {"verbs"};
    RuleSelection s(options, config);
    EXPECT_TRUE(s.enabled("verbs.pronoun"));

    reshost::AnalyzeOptions off;
    off.disable = {"impact.vague"};
    Config on;
    on.enable = {"impact.vague"};
    EXPECT_FALSE(RuleSelection(off, on).enabled("impact.vague"));
}

TEST(RuleSelection, SeverityOverrideByIdBeforePack) {
    Config config;
    config.severity = {{"verbs.pronoun", RH_SEVERITY_ERROR}, {"verbs", RH_SEVERITY_INFO}};
    RuleSelection s(reshost::AnalyzeOptions{}, config);
    EXPECT_EQ(s.severity("verbs.pronoun"), RH_SEVERITY_ERROR);
    EXPECT_EQ(s.severity("verbs.tense"), RH_SEVERITY_INFO);
    EXPECT_FALSE(s.severity("impact.vague").has_value());
}

TEST(RuleSelection, ReportsEntriesThatNameNothing) {
    Config config;
    config.disable = {"verb.pronoun"};
    config.severity = {{"impact", RH_SEVERITY_ERROR}};
    reshost::AnalyzeOptions options;
    options.enable = {"verbs", "all"};
    RuleSelection s(options, config);
    EXPECT_EQ(s.unknown({"verbs.pronoun", "verbs.tense"}), (std::vector<std::string>{"verb.pronoun", "impact"}));
    EXPECT_TRUE(s.has_entries());
}

TEST(RuleSelection, WithoutEntriesThereIsNothingToCheck) {
    EXPECT_FALSE(RuleSelection(reshost::AnalyzeOptions{}, Config{}).has_entries());
    Config severity_only;
    severity_only.severity = {{"verbs", RH_SEVERITY_INFO}};
    EXPECT_TRUE(RuleSelection(reshost::AnalyzeOptions{}, severity_only).has_entries());
}
