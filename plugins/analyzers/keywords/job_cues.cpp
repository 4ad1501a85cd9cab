#include "job_cues.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <iterator>
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

// The keys of job_cues.txt and the lists they fill, in the order the lists
// are checked for being empty (alphabetical).
struct CueList {
    std::string_view key;
    std::vector<std::string> JobCues::*list;
    bool title;  // compared after title_phrase, not cue_phrase
};

constexpr CueList kLists[] = {
    {"alternatives", &JobCues::alternatives, false},
    {"choice-filler", &JobCues::choice_filler, false},
    {"ignored-heading", &JobCues::ignored_heading, false},
    {"not-remote", &JobCues::not_remote, false},
    {"not-term", &JobCues::not_term, false},
    {"open-choice", &JobCues::open_choice, false},
    {"place-clause", &JobCues::place_clause, false},
    {"preferred-clause", &JobCues::preferred_clause, false},
    {"preferred-heading", &JobCues::preferred_heading, false},
    {"purpose", &JobCues::purpose, false},
    {"remote", &JobCues::remote, false},
    {"required-clause", &JobCues::required_clause, false},
    {"required-heading", &JobCues::required_heading, false},
    {"responsibility-heading", &JobCues::responsibility_heading, false},
    {"resume-remote", &JobCues::resume_remote, false},
    {"term-lead", &JobCues::term_lead, false},
    {"title-ignore", &JobCues::title_ignore, true},
    {"title-label", &JobCues::title_label, true},
    {"title-role", &JobCues::title_role, true},
    {"years", &JobCues::years, false},
};

}  // namespace

std::string cue_phrase(std::string_view text) {
    // Typographic quotes start with byte 0xE2; most phrases have none and need no plain copy.
    if (text.find('\xE2') == std::string_view::npos) return analyzers::normalized_phrase(text);
    return analyzers::normalized_phrase(plain_apostrophes(text));
}

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
    std::string where = dir + "/" + std::string(kFile);
    analyzers::DataFile file(dir, kFile);
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        analyzers::split_mapping(line, m);
        if (m.key.empty())
            throw std::runtime_error(where + ": expected \"key = phrase, ...\", got \"" + std::string(line) + "\"");
        if (m.key == "title-spelling") {
            std::vector<std::string> group;
            group.reserve(m.values.size());
            for (std::string_view v : m.values) group.push_back(title_phrase(v));
            if (group.size() < 2)
                throw std::runtime_error(where + ": a title-spelling needs two spellings: " + std::string(line));
            cues.title_spellings.push_back(std::move(group));
            continue;
        }
        const CueList* list = std::find_if(std::begin(kLists), std::end(kLists),
                                           [&](const CueList& l) { return l.key == m.key; });
        if (list == std::end(kLists))
            throw std::runtime_error(where + ": unknown key \"" + std::string(m.key) + "\"");
        std::vector<std::string>& into = cues.*(list->list);
        into.reserve(into.size() + m.values.size());
        for (std::string_view v : m.values) into.push_back(list->title ? title_phrase(v) : cue_phrase(v));
    }
    for (const CueList& l : kLists)
        if ((cues.*(l.list)).empty())
            throw std::runtime_error(where + ": no phrases for \"" + std::string(l.key) + "\"");
    return cues;
}

}  // namespace reshost::keywords
