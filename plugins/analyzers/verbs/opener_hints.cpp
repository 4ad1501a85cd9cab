#include "opener_hints.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <stdexcept>

namespace reshost::verbs {
namespace {

constexpr std::string_view kFile = "opener_hints.txt";
constexpr std::size_t kMost = 3;
constexpr std::size_t kFewest = 2;

}  // namespace

OpenerHints::OpenerHints(const std::string& dir) {
    for (const std::string& line : analyzers::read_data_lines(dir, kFile)) {
        auto [word, verbs] = analyzers::split_mapping(line);
        if (word.empty() || verbs.empty())
            throw std::runtime_error(dir + "/" + std::string(kFile) + ": expected \"word = Verb, Verb\", got \"" +
                                     line + "\"");
        if (word == "*") {
            fallback_ = verbs;
            continue;
        }
        Hint h;
        h.prefix = word.back() == '*';
        if (h.prefix) word.pop_back();
        h.word = analyzers::lower(word);
        h.verbs = verbs;
        hints_.push_back(std::move(h));
    }
    if (fallback_.size() < kMost)
        throw std::runtime_error(dir + "/" + std::string(kFile) + ": the \"* = ...\" fallback needs 3 verbs");
}

std::vector<std::string> OpenerHints::suggest(std::string_view bullet, const std::vector<std::string>& avoid) const {
    std::vector<std::string> out;
    auto add = [&](const std::string& verb) {
        if (out.size() >= kMost) return;
        std::string key = analyzers::lower(verb);
        if (std::find(avoid.begin(), avoid.end(), key) != avoid.end()) return;
        for (const auto& v : out)
            if (analyzers::lower(v) == key) return;
        out.push_back(verb);
    };
    for (const analyzers::Word& w : analyzers::split_words(bullet)) {
        std::string word = analyzers::lower(w.text);
        for (const Hint& h : hints_) {
            bool match = h.prefix ? word.compare(0, h.word.size(), h.word) == 0 : word == h.word;
            if (match)
                for (const auto& v : h.verbs) add(v);
        }
        if (out.size() >= kMost) break;
    }
    if (out.size() < kFewest)
        for (const auto& v : fallback_) add(v);
    return out;
}

}  // namespace reshost::verbs
