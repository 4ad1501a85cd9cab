#include "commands.hpp"
#include "console.hpp"
#include "output.hpp"

namespace reshost::cli {

int run_parse(const Host& host, const ParseArgs& args) {
    const Analysis a = host.parse(args.file);
    if (!a.error().empty()) {
        print_file_error(args.file, a.error());
        return static_cast<int>(a.exit_code() == ExitCode::usage ? ExitCode::usage : ExitCode::unreadable);
    }
    std::string text = args.format == "jsonresume" ? a.json_resume() : a.resume_json();
    // The newline is written on its own: appending it could copy a large document.
    std::string_view end = !text.empty() && text.back() != '\n' ? "\n" : "";
    std::string error;
    if (!Output(args.output).write({text, end}, error)) {
        print_error(error);
        return static_cast<int>(ExitCode::usage);
    }
    return static_cast<int>(ExitCode::clean);
}

}  // namespace reshost::cli
