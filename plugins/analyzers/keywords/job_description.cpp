#include "job_description.hpp"

#include "words.hpp"

#include <algorithm>

namespace reshost::keywords {
namespace {

// Lines further down than this do not name the job's title.
constexpr std::size_t kTitleSearchLines = 15;
// A first line with more words than this is a sentence, not a title.
constexpr std::size_t kMaxTitleWords = 10;
// A line with more words than this is text, even when it ends with ':'.
constexpr std::size_t kMaxHeadingWords = 8;

enum class Context { required, preferred, ignored };

std::string_view trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::size_t word_count(std::string_view phrase) {
    return phrase.empty() ? 0 : static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

// The heading's text without a trailing ':' or dash, normalized.
std::string heading_phrase(std::string_view text) {
    text = trim(text);
    while (!text.empty() && (text.back() == ':' || text.back() == '-')) text.remove_suffix(1);
    return cue_phrase(text);
}

bool equals_any(std::string_view phrase, const std::vector<std::string>& cues) {
    return std::find(cues.begin(), cues.end(), phrase) != cues.end();
}

// A line that opens a part of the job description rather than saying something.
bool is_heading(const JobLine& l, const JobCues& cues) {
    std::string_view text = trim(l.text);
    if (text.empty()) return false;
    std::string phrase = heading_phrase(text);
    std::size_t words = word_count(phrase);
    if (words == 0) return false;
    if (l.heading) return true;
    if (text.back() == ':' && words <= kMaxHeadingWords) return true;
    if (words > kMaxHeadingWords) return false;
    if (l.emphasized) return true;
    return equals_any(phrase, cues.preferred_heading) || equals_any(phrase, cues.required_heading) ||
           equals_any(phrase, cues.ignored_heading);
}

Context heading_context(const JobLine& l, const JobCues& cues) {
    std::string phrase = heading_phrase(l.text);
    if (JobCues::any(phrase, cues.preferred_heading)) return Context::preferred;
    if (JobCues::any(phrase, cues.ignored_heading)) return Context::ignored;
    return Context::required;
}

// True when the '.' at `at` ends a sentence rather than an abbreviation
// ("e.g.", "i.e.", "etc.", "vs.").
bool ends_sentence(std::string_view text, std::size_t at) {
    if (at + 1 < text.size() && text[at + 1] != ' ' && text[at + 1] != '\t') return false;
    std::size_t b = at;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') --b;
    std::string word = analyzers::lower(text.substr(b, at - b));
    // "e.g" and "i.e": single letters between dots.
    bool dotted = word.size() >= 3 && word.size() % 2 == 1;
    for (std::size_t k = 0; dotted && k < word.size(); ++k)
        dotted = k % 2 == 0 ? analyzers::is_word_byte(word[k]) && word[k] != '-' : word[k] == '.';
    return !dotted && word != "etc" && word != "vs" && word != "incl" && word != "approx";
}

// The parts of a line that each say one thing: split at ';' and at '. '.
std::vector<std::string_view> clauses(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool end = text[i] == ';' || (text[i] == '.' && ends_sentence(text, i));
        if (!end) continue;
        if (auto c = trim(text.substr(start, i - start)); !c.empty()) out.push_back(c);
        start = i + 1;
    }
    if (auto c = trim(text.substr(start)); !c.empty()) out.push_back(c);
    return out;
}

// A sentence that says both "required" and "a plus" says each of a different
// part: "Go is required, and familiarity with Istio is a plus". Such a
// sentence is cut where one statement joins the next.
std::vector<std::string_view> by_cue(std::string_view sentence, const JobCues& cues) {
    std::string phrase = cue_phrase(sentence);
    if (!JobCues::any(phrase, cues.preferred_clause) || !JobCues::any(phrase, cues.required_clause)) return {sentence};
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        for (std::string_view joint : {", and ", ", but ", ", while ", ", whereas ", " but "}) {
            if (sentence.compare(i, joint.size(), joint) != 0) continue;
            out.push_back(sentence.substr(start, i - start));
            start = i + joint.size();
            i = start - 1;
            break;
        }
    }
    out.push_back(sentence.substr(start));
    return out;
}

// How the text between two skills joins them: a list, a choice or neither.
enum class Join { none, list, choice, and_ };

// A slash alone ("Hibernate/JPA", "Go/Rust") binds closer than a comma: it
// makes one choice of its two neighbours within a longer list.
bool slash_only(std::string_view gap) {
    std::size_t b = gap.find_first_not_of(' ');
    std::size_t e = gap.find_last_not_of(' ');
    return b != std::string_view::npos && b == e && gap[b] == '/';
}

Join join_of(std::string_view gap) {
    std::string words;
    for (char c : gap) words += (c == ',' || c == '/' || c == '(' || c == ')' || c == '&') ? ' ' : c;
    std::string phrase = analyzers::normalized_phrase(words);
    if (phrase.empty()) return Join::list;
    if (phrase == "or" || phrase == "and or" || phrase == "nor") return Join::choice;
    if (phrase == "and") return Join::and_;
    return Join::none;
}

// "Spring\nBoot" -> "Spring Boot": a term broken over lines, quoted on one.
std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    return out;
}

// The clause as a message quotes it: without a list marker in front ("• ",
// "- ", "* ") or a ':' or ',' behind.
std::string clause_quote(std::string_view clause) {
    clause = trim(clause);
    for (std::string_view marker : {"\u2022", "\u00b7", "\u25aa", "\u2013", "-", "*"})
        if (clause.substr(0, marker.size()) == marker) {
            clause = trim(clause.substr(marker.size()));
            break;
        }
    std::string out = one_line(clause);
    while (!out.empty() && (out.back() == ':' || out.back() == ',')) out.pop_back();
    return out;
}

// Cuts level and place suffixes: "Senior Backend Engineer (Go) - Remote" -> "Senior Backend Engineer".
std::string clean_title(std::string_view title) {
    title = trim(title);
    for (std::string_view cut : {" - ", " \u2013 ", " \u2014 ", " | ", " @ ", " at ", "(", ",", " / "}) {
        std::size_t at = title.find(cut);
        if (at != std::string_view::npos && at > 0) title = trim(title.substr(0, at));
    }
    while (!title.empty() && (title.back() == ':' || title.back() == '.' || title.back() == '!')) title.remove_suffix(1);
    return std::string(title);
}

// "Job title: Backend Engineer" -> "Backend Engineer".
std::string labelled_title(std::string_view text, const JobCues& cues) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0) return {};
    std::string label = title_phrase(text.substr(0, colon));
    if (!equals_any(label, cues.title_label)) return {};
    return clean_title(text.substr(colon + 1));
}

void find_title(const std::vector<JobLine>& lines, const JobCues& cues, JobDescription& job) {
    std::size_t limit = std::min(lines.size(), kTitleSearchLines);
    for (std::size_t i = 0; i < limit; ++i) {
        std::string t = labelled_title(lines[i].text, cues);
        if (!t.empty()) {
            job.title = t;
            job.title_at = lines[i].at;
            job.title_line = clause_quote(lines[i].text);
            return;
        }
    }
    // Else the first short line near the top that names a role.
    for (std::size_t i = 0; i < limit; ++i) {
        std::string_view text = trim(lines[i].text);
        if (text.empty() || text.back() == ':') continue;
        std::string title = clean_title(text);
        std::string phrase = title_phrase(title);
        if (phrase.empty() || word_count(phrase) > kMaxTitleWords) continue;
        bool role = false;
        for (const std::string& w : cues.title_role) role = role || has_cue(phrase, w);
        if (!role) continue;
        job.title = title;
        job.title_at = lines[i].at;
        job.title_line = clause_quote(lines[i].text);
        return;
    }
}

void find_remote(const std::vector<JobLine>& lines, const JobCues& cues, JobDescription& job) {
    std::string quote;
    JobPlace at;
    for (const JobLine& l : lines) {
        std::string phrase = cue_phrase(l.text);
        if (JobCues::any(phrase, cues.not_remote)) return;
        if (quote.empty() && JobCues::any(phrase, cues.remote)) {
            quote = clause_quote(l.text);
            at = l.at;
        }
    }
    job.remote = !quote.empty();
    job.remote_quote = quote;
    job.remote_at = at;
}

// Collects requirements, merging repeats: a term asked for twice counts once,
// at the stronger need.
class RequirementSet {
public:
    void add(std::vector<const terms::Term*> alternatives, Need need, std::string_view quote, JobPlace at) {
        std::vector<const terms::Term*> distinct;  // in the job's order
        for (const terms::Term* t : alternatives)
            if (std::find(distinct.begin(), distinct.end(), t) == distinct.end()) distinct.push_back(t);
        Requirement r{std::move(distinct), need, clause_quote(quote), at};
        std::string key = r.key();
        for (Requirement& known : items_) {
            if (known.key() != key) continue;
            if (known.need == Need::preferred && need == Need::required) {
                known.need = need;
                known.quote = r.quote;
                known.at = at;
            }
            return;
        }
        items_.push_back(std::move(r));
    }

    // Drops a choice whose member the job also asks for on its own at least as
    // strongly: that member's own requirement already says all there is.
    std::vector<Requirement> take() {
        std::vector<Requirement> out;
        for (const Requirement& r : items_) {
            bool subsumed = false;
            if (r.terms.size() > 1)
                for (const Requirement& single : items_)
                    if (single.terms.size() == 1 &&
                        std::find(r.terms.begin(), r.terms.end(), single.terms[0]) != r.terms.end() &&
                        (single.need == Need::required || r.need == Need::preferred))
                        subsumed = true;
            if (!subsumed) out.push_back(r);
        }
        return out;
    }

private:
    std::vector<Requirement> items_;
};

// Splits a clause's skills into requirements: a list gives one per skill, a
// choice ("Kafka or RabbitMQ", "Go/Rust", "such as A, B") one for the group.
void add_clause(std::string_view clause, Need need, JobPlace at, const terms::Vocabulary& vocabulary,
                const JobCues& cues, RequirementSet& out, JobDescription& job) {
    std::vector<terms::Hit> hits = vocabulary.find_in(clause);
    if (hits.empty()) return;
    for (const terms::Hit& h : hits) {
        job.first_written.try_emplace(h.term->id, one_line(h.text));
        auto& w = job.wordings[h.term->id];
        std::string wording(h.wording());
        if (std::find(w.begin(), w.end(), wording) == w.end()) w.push_back(wording);
    }
    bool examples = JobCues::any(cue_phrase(clause), cues.alternatives);
    auto gap = [&](std::size_t i) {
        std::size_t from = hits[i - 1].offset + hits[i - 1].text.size();
        return clause.substr(from, hits[i].offset - from);
    };
    // Whether each hit sits inside brackets: "(PostgreSQL, MySQL)" lists
    // examples of what the words before it name.
    std::vector<bool> bracketed;
    int depth = 0;
    std::size_t scanned = 0;
    for (const terms::Hit& h : hits) {
        for (; scanned < h.offset; ++scanned) depth += clause[scanned] == '(' ? 1 : clause[scanned] == ')' ? -1 : 0;
        bracketed.push_back(depth > 0);
    }
    // Units: single skills, or slash-joined choices.
    struct Unit {
        std::vector<const terms::Term*> terms;
        bool bracketed;
    };
    std::vector<Unit> units{{{hits[0].term}, bracketed[0]}};
    std::vector<Join> joins;  // joins[k] joins units[k] and units[k + 1]
    for (std::size_t i = 1; i < hits.size(); ++i) {
        std::string_view between = gap(i);
        if (slash_only(between)) {
            units.back().terms.push_back(hits[i].term);
        } else {
            // A bracket opens or closes a list of its own.
            bool bracket = between.find_first_of("()") != std::string_view::npos;
            joins.push_back(bracket ? Join::none : join_of(between));
            units.push_back({{hits[i].term}, bracketed[i]});
        }
    }
    // Runs of units joined by commas, "and" or "or": a run with an "or", in
    // brackets or after "such as" is one choice, else each unit stands alone.
    std::size_t first = 0;
    bool choice = false;
    auto flush = [&](std::size_t end) {
        if (choice || examples || units[first].bracketed) {
            std::vector<const terms::Term*> group;
            for (std::size_t k = first; k < end; ++k)
                group.insert(group.end(), units[k].terms.begin(), units[k].terms.end());
            out.add(group, need, clause, at);
        } else {
            for (std::size_t k = first; k < end; ++k) out.add(units[k].terms, need, clause, at);
        }
    };
    for (std::size_t k = 0; k < joins.size(); ++k) {
        bool breaks = joins[k] == Join::none || (joins[k] == Join::and_ && !examples);
        if (breaks) {
            flush(k + 1);
            first = k + 1;
            choice = false;
        } else if (joins[k] == Join::choice) {
            choice = true;
        }
    }
    flush(units.size());
}

}  // namespace

std::string Requirement::key() const {
    std::vector<std::string> ids;
    for (const terms::Term* t : terms) ids.push_back(t->id);
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : "|") + id;
    return out;
}

JobDescription read_job(const std::vector<JobLine>& lines, const terms::Vocabulary& vocabulary, const JobCues& cues) {
    JobDescription job;
    find_title(lines, cues, job);
    find_remote(lines, cues, job);
    RequirementSet requirements;
    Context context = Context::required;
    for (const JobLine& l : lines) {
        if (trim(l.text).empty()) continue;
        if (is_heading(l, cues)) context = heading_context(l, cues);
        if (context == Context::ignored) continue;
        for (std::string_view sentence : clauses(l.text)) {
            for (std::string_view clause : by_cue(sentence, cues)) {
                std::string phrase = cue_phrase(clause);
                Need need = JobCues::any(phrase, cues.preferred_clause)  ? Need::preferred
                            : JobCues::any(phrase, cues.required_clause) ? Need::required
                            : context == Context::preferred              ? Need::preferred
                                                                         : Need::required;
                add_clause(clause, need, l.at, vocabulary, cues, requirements, job);
            }
        }
    }
    job.requirements = requirements.take();
    return job;
}

}  // namespace reshost::keywords
