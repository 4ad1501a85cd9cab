// The kind of figure that fits a bullet - latency, throughput, cost, users,
// uptime - chosen from the words the bullet uses.
#pragma once

#include "phrase_set.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace reshost::impact {

// A kind of metric and an example clause that shows one.
struct MetricHint {
    std::string kind;     // "latency"
    std::string example;  // "cutting tail latency from [X] ms to [Y] ms"
};

class MetricHints {
public:
    // Reads metric_hints.txt and metric_examples.txt from `dir`; throws std::runtime_error naming the file.
    explicit MetricHints(const std::string& dir);

    // Returns the metric that fits `text`: the first kind (in file order) whose words it uses, else the general one.
    MetricHint suggest(std::string_view text) const;
    // The same, for a text already split into words.
    MetricHint suggest(const WordedText& text) const;

private:
    std::vector<std::string> kinds_;
    std::vector<PhraseSet> words_;       // per kind
    std::vector<std::string> examples_;  // per kind
    MetricHint general_;
};

}  // namespace reshost::impact
