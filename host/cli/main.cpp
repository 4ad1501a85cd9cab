// reshost: checks resumes from the command line. A thin client of libreshost.
#include "commands.hpp"
#include "console.hpp"

#include <reshost/host.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace {

using reshost::ExitCode;

constexpr const char* exit_codes =
    "Exit codes:\n"
    "  0  clean: no finding at or over the --fail-on threshold\n"
    "  1  findings at or over the threshold, or a score under --fail-under\n"
    "  2  usage error: bad command line, configuration or output\n"
    "  3  a file could not be read or is not supported\n"
    "  4  a plugin failed on a file: it threw, could not be opened or was refused\n"
    "     (the report lists it under errors; --keep-going makes this a warning)\n"
    "With several files every file is reported; the exit code is the highest of them.\n"
    "Environment: RESHOST_PLUGIN_PATH (extra plugin directories, ':'-separated), NO_COLOR.\n";

// Adds --plugin-path to `cmd`; it is accepted before and after the subcommand.
void add_plugin_path(CLI::App& cmd, std::vector<std::string>& paths) {
    cmd.add_option("--plugin-path", paths, "Also look for plugins in DIR (repeatable)")
        ->type_name("DIR")
        ->allow_extra_args(false)
        ->check(CLI::Validator(CLI::ExistingDirectory).description(""));
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app("reshost - checks a resume (PDF, DOCX, Markdown) against ATS and content rules.", "reshost");
    app.footer(exit_codes);
    app.set_version_flag("--version", "reshost " + std::string(reshost::Host::version()));
    app.require_subcommand(1);
    std::vector<std::string> global_paths, command_paths;
    add_plugin_path(app, global_paths);

    reshost::cli::AnalyzeArgs analyze;
    CLI::App* analyze_cmd = app.add_subcommand("analyze", "Analyze resumes and report what to fix");
    analyze_cmd->add_option("FILE", analyze.files, "Resume files (PDF, DOCX, Markdown)")->type_name("FILE")->required();
    analyze_cmd->add_option("--format", analyze.format, "Report format: text, json or any installed emitter")
        ->capture_default_str();
    analyze_cmd->add_option("-o,--output", analyze.output, "Write the report to OUT instead of stdout")
        ->type_name("OUT");
    analyze_cmd->add_option("--job", analyze.job, "Job description to match keywords against")
        ->type_name("FILE")
        ->check(CLI::Validator(CLI::ExistingFile).description(""));
    analyze_cmd->add_option("--level", analyze.level,
                            "Candidate level for the level and length rules (default: from the role dates)")
        ->check(CLI::IsMember({"junior", "mid", "senior"}));
    analyze_cmd->add_option("--config", analyze.config, "Configuration file (TOML)")
        ->type_name("FILE")
        ->check(CLI::Validator(CLI::ExistingFile).description(""));
    analyze_cmd->add_option("--enable", analyze.enable, "Switch a rule or pack on (repeatable)")
        ->type_name("RULE")
        ->allow_extra_args(false);
    analyze_cmd->add_option("--disable", analyze.disable, "Switch a rule or pack off (repeatable)")
        ->type_name("RULE")
        ->allow_extra_args(false);
    analyze_cmd->add_option("--fail-under", analyze.fail_under, "Exit 1 when the overall score is under N")
        ->type_name("N")
        ->check(CLI::Range(0.0, 100.0));
    analyze_cmd->add_option("--fail-on", analyze.fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}))
        ->capture_default_str();
    analyze_cmd->add_flag("--keep-going", analyze.keep_going,
                          "Report plugin failures as warnings: they do not make the exit code 4");
    analyze_cmd->footer(exit_codes);
    add_plugin_path(*analyze_cmd, command_paths);

    reshost::cli::ParseArgs parse;
    CLI::App* parse_cmd = app.add_subcommand("parse", "Print the resume model read from a file");
    parse_cmd->add_option("FILE", parse.file, "Resume file")->type_name("FILE")->required();
    parse_cmd->add_option("--format", parse.format, "json (the reshost resume model) or jsonresume (JSON Resume 1.0)")
        ->check(CLI::IsMember({"json", "jsonresume"}))
        ->capture_default_str();
    parse_cmd->add_option("-o,--output", parse.output, "Write to OUT instead of stdout")->type_name("OUT");
    parse_cmd->footer(exit_codes);
    add_plugin_path(*parse_cmd, command_paths);

    reshost::cli::ListArgs plugins;
    CLI::App* plugins_cmd = app.add_subcommand(
        "plugins", "List the plugins found, and the rejected or failing ones with why (opens every component)");
    plugins_cmd->add_option("--format", plugins.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    add_plugin_path(*plugins_cmd, command_paths);

    reshost::cli::ListArgs rules;
    CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule with its severity and category");
    rules_cmd->add_option("--format", rules.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    add_plugin_path(*rules_cmd, command_paths);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return static_cast<int>(ExitCode::usage);
    }

    try {
        std::vector<std::string> paths = global_paths;
        paths.insert(paths.end(), command_paths.begin(), command_paths.end());
        const reshost::Host host(reshost::cli::host_options(paths));
        int code = *analyze_cmd  ? reshost::cli::run_analyze(host, analyze)
                   : *parse_cmd  ? reshost::cli::run_parse(host, parse)
                   : *plugins_cmd ? reshost::cli::run_plugins(host, plugins)
                                  : reshost::cli::run_rules(host, rules);
        return reshost::cli::finish(code);
    } catch (const std::exception& e) {
        reshost::cli::print_error(e.what());
        return static_cast<int>(ExitCode::usage);
    }
}

namespace reshost::cli {

int finish(int code) {
#if defined(__SANITIZE_ADDRESS__)
    return code;  // sanitized builds tear everything down, so leaks show
#else
    // The work is done and written: freeing the host's data structures and
    // unmapping every plugin one by one would only delay the exit the OS
    // performs at once.
    std::fflush(nullptr);
    std::_Exit(code);
#endif
}

HostOptions host_options(const std::vector<std::string>& plugin_paths) {
    HostOptions options;
    options.plugin_paths = plugin_paths;
    options.log = stderr_log();
    return options;
}

}  // namespace reshost::cli
