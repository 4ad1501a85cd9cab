#include "logger.hpp"

#include <spdlog/logger.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <memory>
#include <utility>

namespace reshost::detail {

namespace {

spdlog::level::level_enum spdlog_level(LogLevel level) {
    switch (level) {
    case LogLevel::debug: return spdlog::level::debug;
    case LogLevel::info: return spdlog::level::info;
    case LogLevel::warning: return spdlog::level::warn;
    case LogLevel::error: return spdlog::level::err;
    }
    return spdlog::level::err;
}

// A logger of this Host only: not registered with spdlog, so two Hosts (or the
// embedder's own spdlog use) never share it.
LogSink stderr_sink() {
    auto logger = std::make_shared<spdlog::logger>("reshost", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern("reshost: %v");
    logger->set_level(spdlog::level::warn);
    return [logger](LogLevel level, std::string_view message) {
        logger->log(spdlog_level(level), "{}", message);
    };
}

}  // namespace

Logger::Logger(LogSink sink) : sink_(sink ? std::move(sink) : stderr_sink()) {}

void Logger::log(LogLevel level, std::string_view message) const { sink_(level, message); }

}  // namespace reshost::detail
