#include "job_cues.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <map>
#include <stdexcept>

namespace reshost::keywords {
namespace {

constexpr std::string_view kFile = "job_cues.txt";

std::string plain_apostrophes(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // U+2018 and U+2019, the quotes word processors put in "you’ll".
        if (text.compare(i, 3, "\u2019") == 0 || text.compare(i, 3, "\u2018") == 0) {
            out += '\'';
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

std::string cue_phrase(std::string_view text) { return analyzers::normalized_phrase(plain_apostrophes(text)); }

std::string title_phrase(std::string_view text) {
    // "C++" and "C#" keep their identity as words ("cpp", "csharp").
    std::string plain;
    for (char c : plain_apostrophes(text)) {
        if (c == '-' || c == '/') plain += ' ';
        else if (c == '+') plain += 'p';
        else if (c == '#') plain += "sharp";
        else plain += c;
    }
    return analyzers::normalized_phrase(plain);
}

bool has_cue(std::string_view phrase, std::string_view cue) { return analyzers::contains_phrase(phrase, cue); }

bool JobCues::any(std::string_view phrase, const std::vector<std::string>& cues) {
    for (const std::string& c : cues)
        if (has_cue(phrase, c)) return true;
    return false;
}

JobCues JobCues::load(const std::string& dir) {
    JobCues cues;
    std::map<std::string_view, std::vector<std::string>*> lists = {
        {"preferred-heading", &cues.preferred_heading}, {"required-heading", &cues.required_heading},
        {"ignored-heading", &cues.ignored_heading},     {"preferred-clause", &cues.preferred_clause},
        {"required-clause", &cues.required_clause},     {"alternatives", &cues.alternatives},
        {"remote", &cues.remote},                       {"not-remote", &cues.not_remote},
        {"resume-remote", &cues.resume_remote},         {"title-label", &cues.title_label},
        {"title-role", &cues.title_role},               {"title-ignore", &cues.title_ignore},
    };
    std::string where = dir + "/" + std::string(kFile);
    for (const std::string& line : analyzers::read_data_lines(dir, kFile)) {
        auto [key, values] = analyzers::split_mapping(line);
        if (key.empty()) throw std::runtime_error(where + ": expected \"key = phrase, ...\", got \"" + line + "\"");
        if (key == "title-spelling") {
            std::vector<std::string> group;
            for (const std::string& v : values) group.push_back(title_phrase(v));
            if (group.size() < 2) throw std::runtime_error(where + ": a title-spelling needs two spellings: " + line);
            cues.title_spellings.push_back(std::move(group));
            continue;
        }
        auto it = lists.find(key);
        if (it == lists.end()) throw std::runtime_error(where + ": unknown key \"" + key + "\"");
        // Title words compare after title_phrase, the rest after cue_phrase.
        bool title = key == "title-label" || key == "title-role" || key == "title-ignore";
        for (const std::string& v : values) it->second->push_back(title ? title_phrase(v) : cue_phrase(v));
    }
    for (const auto& [key, list] : lists)
        if (list->empty()) throw std::runtime_error(where + ": no phrases for \"" + std::string(key) + "\"");
    return cues;
}

}  // namespace reshost::keywords
