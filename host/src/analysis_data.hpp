// What an Analysis holds.
#pragma once

#include <reshost/host.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace reshost {

namespace detail {
struct DocumentData;
struct ResumeData;
}  // namespace detail

struct Analysis::Data {
    std::string path, format, error;
    ExitCode exit_code = ExitCode::clean;
    std::vector<Finding> findings;
    std::vector<Score> scores;  // empty when not analyzed; "overall" last
    std::vector<NotEvaluated> not_evaluated;
    std::vector<PluginError> errors;
    std::vector<std::pair<std::string, double>> metrics;
    double overall = 0;
    std::string scoring_method;  // empty when not scored
    std::shared_ptr<const detail::DocumentData> document;  // null on error
    std::shared_ptr<const detail::ResumeData> resume;      // null on error
};

}  // namespace reshost
