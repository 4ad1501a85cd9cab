#include "metric_hints.hpp"

#include "data_file.hpp"

#include <stdexcept>

namespace reshost::impact {

MetricHints::MetricHints(const std::string& dir) {
    for (const std::string& line : analyzers::read_data_lines(dir, "metric_hints.txt")) {
        auto [kind, words] = analyzers::split_mapping(line);
        if (kind.empty() || words.empty())
            throw std::runtime_error(dir + "/metric_hints.txt: expected \"kind = word, word\", got \"" + line + "\"");
        kinds_.push_back(kind);
        words_.emplace_back(words);
    }
    examples_.resize(kinds_.size());
    for (const std::string& line : analyzers::read_data_lines(dir, "metric_examples.txt")) {
        std::size_t eq = line.find('=');
        if (eq == std::string::npos)
            throw std::runtime_error(dir + "/metric_examples.txt: expected \"kind = example\", got \"" + line + "\"");
        auto trim = [](std::string s) {
            s.erase(0, s.find_first_not_of(' '));
            s.erase(s.find_last_not_of(' ') + 1);
            return s;
        };
        std::string kind = trim(line.substr(0, eq)), example = trim(line.substr(eq + 1));
        if (kind == "*") {
            general_ = {"scale or result", example};
            continue;
        }
        bool known = false;
        for (std::size_t k = 0; k < kinds_.size(); ++k)
            if (kinds_[k] == kind) {
                examples_[k] = example;
                known = true;
            }
        if (!known) throw std::runtime_error(dir + "/metric_examples.txt: no hint words for kind \"" + kind + "\"");
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
