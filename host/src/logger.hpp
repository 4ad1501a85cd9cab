// The host's log: the embedder's LogSink, or warnings and errors on stderr.
#pragma once

#include <reshost/host.hpp>

#include <string_view>

namespace reshost::detail {

class Logger {
public:
    // Uses `sink`, or when it is empty a stderr logger that prints "reshost: <message>".
    explicit Logger(LogSink sink);

    // Sends one line; the sink may be called from several threads at once.
    void log(LogLevel level, std::string_view message) const;
    void debug(std::string_view message) const { log(LogLevel::debug, message); }
    void warning(std::string_view message) const { log(LogLevel::warning, message); }
    void error(std::string_view message) const { log(LogLevel::error, message); }

private:
    LogSink sink_;
};

}  // namespace reshost::detail
