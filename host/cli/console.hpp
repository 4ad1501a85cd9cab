// Messages of the reshost executable on stderr.
#pragma once

#include <reshost/host.hpp>

#include <string_view>

namespace reshost::cli {

// Prints "reshost: <message>" on stderr.
void print_error(std::string_view message);

// Prints "reshost: <path>: <reason>" on stderr.
void print_file_error(std::string_view path, std::string_view reason);

// A log sink that prints the host's warnings and errors on stderr.
LogSink stderr_log();

}  // namespace reshost::cli
