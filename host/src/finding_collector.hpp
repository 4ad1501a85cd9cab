// Receives one analyzer call's findings, copying each at once.
#pragma once

#include <reshost/host.hpp>
#include <reshost/plugin.h>

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace reshost::detail {

class FindingCollector {
public:
    FindingCollector();
    FindingCollector(const FindingCollector&) = delete;
    FindingCollector& operator=(const FindingCollector&) = delete;

    // The sink for one call; valid while this collector lives.
    const rh_finding_sink* sink() const { return &sink_; }

    // Findings as reported: rule, severity, message, suggestion, location and indexes.
    std::vector<Finding> findings;
    std::vector<NotEvaluated> not_evaluated;
    std::vector<std::pair<std::string, double>> metrics;

private:
    static void add_finding(void* ctx, const rh_finding* finding);
    static void add_not_evaluated(void* ctx, rh_str rule, rh_str reason);
    static void add_metric(void* ctx, rh_str name, double value);

    rh_finding_sink sink_{};
    std::mutex mutex_;  // an analyzer may report from threads of its own
};

// A plugin's location as the public type; nullopt for NULL.
std::optional<Location> location_from(const rh_location* loc);

}  // namespace reshost::detail
