// The subcommands of the reshost executable. Each returns the process exit code.
#pragma once

#include <reshost/host.hpp>

#include <optional>
#include <string>
#include <vector>

namespace reshost::cli {

struct AnalyzeArgs {
    std::vector<std::string> files;
    std::string format = "text";
    std::string output;
    std::string job;
    std::string level;
    std::string config;
    std::vector<std::string> enable, disable;
    std::optional<double> fail_under;
    std::string fail_on = "error";
    bool keep_going = false;  // plugin failures are warnings: they do not make exit code 4
};

struct ParseArgs {
    std::string file;
    std::string format = "json";
    std::string output;
};

struct ListArgs {
    std::string format = "text";
};

// Host options of a command run: the --plugin-path directories, logs on stderr.
HostOptions host_options(const std::vector<std::string>& plugin_paths);

// Ends the process with `code` once everything is written, without tearing the host down.
int finish(int code);

// Analyzes every file and writes one report of them all.
int run_analyze(const Host& host, const AnalyzeArgs& args);
// Writes the resume model of one file.
int run_parse(const Host& host, const ParseArgs& args);
// Lists the plugins found, with the rejected ones and why.
int run_plugins(const Host& host, const ListArgs& args);
// Lists the rules of every usable analyzer.
int run_rules(const Host& host, const ListArgs& args);

}  // namespace reshost::cli
