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
    analyzers::DataFile file(dir, kFile);
    hints_.reserve(file.lines().size());
    verbs_.reserve(file.lines().size() * 2);
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        analyzers::split_mapping(line, m);
        if (m.key.empty() || m.values.empty())
            throw std::runtime_error(dir + "/" + std::string(kFile) + ": expected \"word = Verb, Verb\", got \"" +
                                     std::string(line) + "\"");
        if (m.key == "*") {
            fallback_.assign(m.values.begin(), m.values.end());
            continue;
        }
        Hint h;
        std::string_view word = m.key;
        h.prefix = word.back() == '*';
        if (h.prefix) word.remove_suffix(1);
        h.word = analyzers::lower(word);
        h.first = verbs_.size();
        h.count = m.values.size();
        verbs_.insert(verbs_.end(), m.values.begin(), m.values.end());
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
                for (std::size_t v = h.first; v < h.first + h.count; ++v) add(verbs_[v]);
        }
        if (out.size() >= kMost) break;
    }
    if (out.size() < kFewest)
        for (const auto& v : fallback_) add(v);
    return out;
}

}  // namespace reshost::verbs
