#include "console.hpp"

#include <cstdio>
#include <mutex>
#include <string>

namespace reshost::cli {

namespace {

// Several analyses may log at once; whole lines must not interleave.
std::mutex& stderr_mutex() {
    static std::mutex m;
    return m;
}

void print_line(const std::string& line) {
    std::lock_guard<std::mutex> lock(stderr_mutex());
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

}  // namespace

void print_error(std::string_view message) {
    print_line("reshost: " + std::string(message) + "\n");
}

void print_file_error(std::string_view path, std::string_view reason) {
    print_line("reshost: " + std::string(path) + ": " + std::string(reason) + "\n");
}

LogSink stderr_log() {
    return [](LogLevel level, std::string_view message) {
        if (level < LogLevel::warning) return;
        const char* tag = level == LogLevel::error ? "error: " : "warning: ";
        print_line("reshost: " + std::string(tag) + std::string(message) + "\n");
    };
}

}  // namespace reshost::cli
