#include "commands.hpp"
#include "console.hpp"
#include "output.hpp"

#include <algorithm>
#include <exception>

namespace reshost::cli {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

int run_analyze(const Host& host, const AnalyzeArgs& args) {
    const auto formats = host.output_formats();
    if (std::find(formats.begin(), formats.end(), args.format) == formats.end()) {
        print_error("unknown output format '" + args.format + "' (available: " + joined(formats) + ")");
        return static_cast<int>(ExitCode::usage);
    }

    AnalyzeOptions options;
    options.enable = args.enable;
    options.disable = args.disable;
    options.config_file = args.config;
    options.job_file = args.job;
    options.level = args.level;
    options.fail_on = args.fail_on;
    options.fail_under = args.fail_under;
    options.emit_format = args.format;
    options.keep_going = args.keep_going;

    // Every file is analyzed and reported even after one fails; the run's
    // code is the worst of them.
    std::vector<Analysis> analyses;
    int worst = static_cast<int>(ExitCode::clean);
    for (const auto& file : args.files) {
        Analysis a = host.analyze(file, options);
        if (!a.error().empty()) print_file_error(file, a.error());
        worst = std::max(worst, static_cast<int>(a.exit_code()));
        analyses.push_back(std::move(a));
    }

    const Output out(args.output);
    std::string report;
    try {
        report = host.emit(args.format, analyses, out.color());
    } catch (const std::exception& e) {
        print_error(std::string("cannot write the ") + args.format + " report: " + e.what());
        return static_cast<int>(ExitCode::usage);
    }
    std::string error;
    if (!out.write(report, error)) {
        print_error(error);
        return static_cast<int>(ExitCode::usage);
    }
    return worst;
}

}  // namespace reshost::cli
