#include "metric_hints.hpp"

#include "data_file.hpp"

#include <stdexcept>

namespace reshost::impact {

MetricHints::MetricHints(const std::string& dir) {
    analyzers::DataFile hints(dir, "metric_hints.txt");
    kinds_.reserve(hints.lines().size());
    words_.reserve(hints.lines().size());
    analyzers::for_each_mapping(hints, "kind = word, word", [&](const analyzers::Mapping& m) {
        kinds_.emplace_back(m.key);
        words_.emplace_back(m.values);
    });
    examples_.resize(kinds_.size());
    analyzers::DataFile examples(dir, "metric_examples.txt");
    for (std::string_view line : examples.lines()) {
        std::size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            throw std::runtime_error(dir + "/metric_examples.txt: expected \"kind = example\", got \"" +
                                     std::string(line) + "\"");
        auto trim = [](std::string_view s) {
            std::size_t b = s.find_first_not_of(' ');
            if (b == std::string_view::npos) return std::string_view();
            return s.substr(b, s.find_last_not_of(' ') - b + 1);
        };
        std::string_view kind = trim(line.substr(0, eq)), example = trim(line.substr(eq + 1));
        if (kind == "*") {
            general_ = {"scale or result", std::string(example)};
            continue;
        }
        bool known = false;
        for (std::size_t k = 0; k < kinds_.size(); ++k)
            if (kinds_[k] == kind) {
                examples_[k] = example;
                known = true;
            }
        if (!known)
            throw std::runtime_error(dir + "/metric_examples.txt: no hint words for kind \"" + std::string(kind) +
                                     "\"");
    }
    for (std::size_t k = 0; k < kinds_.size(); ++k)
        if (examples_[k].empty()) throw std::runtime_error(dir + "/metric_examples.txt: no example for \"" + kinds_[k] + "\"");
    if (general_.example.empty()) throw std::runtime_error(dir + "/metric_examples.txt: no general example (\"* = ...\")");
}

MetricHint MetricHints::suggest(std::string_view text) const { return suggest(WordedText(text)); }

MetricHint MetricHints::suggest(const WordedText& text) const {
    for (std::size_t k = 0; k < kinds_.size(); ++k)
        if (words_[k].find(text)) return {kinds_[k], examples_[k]};
    return general_;
}

}  // namespace reshost::impact
