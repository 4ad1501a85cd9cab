#include "heading_catalog.hpp"

#include "data_file.hpp"
#include "unicode_words.hpp"
#include "words.hpp"

#include <algorithm>
#include <stdexcept>

namespace reshost::sections {
namespace {

constexpr std::string_view kFile = "standard_headings.txt";

// "Skills & Tools:", "skills and tools" and "SKILLS AND TOOLS" compare equal: the host's word
// key (NFKC, case folded, accents stripped: "Compétences" is "competences"), without "and".
std::string heading_key(std::string_view heading) {
    std::string out;
    for (const std::string& word : detail::words(detail::word_key(heading))) {
        if (word == "and") continue;
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

}  // namespace

HeadingCatalog::HeadingCatalog(const std::string& dir) {
    analyzers::DataFile file(dir, kFile);
    std::string_view part;
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        if (line.front() == '[') {
            part = line;
            continue;
        }
        if (part == "[recognised]") {
            recognised_.push_back(heading_key(line));
        } else if (part == "[hints]") {
            analyzers::split_mapping(line, m);
            if (m.key.empty() || m.values.empty())
                throw std::runtime_error(dir + "/" + std::string(kFile) + ": bad hint line \"" + std::string(line) +
                                         "\"");
            hints_.emplace_back(detail::word_key(m.key), m.values.front());
        } else if (part == "[remove]") {
            remove_.push_back(detail::word_key(line));
        } else if (part == "[contact]") {
            contact_.push_back(heading_key(line));
        } else if (part == "[standard]") {
            standard_.emplace_back(line);
        }
    }
    if (recognised_.empty() || standard_.empty())
        throw std::runtime_error(dir + "/" + std::string(kFile) + ": no [recognised] or [standard] headings");
}

bool HeadingCatalog::recognised(std::string_view heading) const {
    std::string key = heading_key(heading);
    return std::find(recognised_.begin(), recognised_.end(), key) != recognised_.end() ||
           std::find(contact_.begin(), contact_.end(), key) != contact_.end();
}

bool HeadingCatalog::contact(std::string_view heading) const {
    return std::find(contact_.begin(), contact_.end(), heading_key(heading)) != contact_.end();
}

bool HeadingCatalog::to_remove(std::string_view heading) const {
    for (const std::string& word : detail::words(detail::word_key(heading))) {
        for (const std::string& prefix : remove_)
            if (word.compare(0, prefix.size(), prefix) == 0) return true;
    }
    return false;
}

std::string HeadingCatalog::hint(std::string_view heading) const {
    std::vector<std::string> words = detail::words(detail::word_key(heading));
    for (const auto& [prefix, target] : hints_)
        for (const std::string& w : words)
            if (w.compare(0, prefix.size(), prefix) == 0) return target;
    return {};
}

}  // namespace reshost::sections
