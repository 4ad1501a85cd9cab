#include "job_description.hpp"

#include "data_file.hpp"
#include "words.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace reshost::keywords {
namespace {

// Lines further down than this do not name the job's title.
constexpr std::size_t kTitleSearchLines = 15;
// A first line with more words than this is a sentence, not a title.
constexpr std::size_t kMaxTitleWords = 10;
// A line with more words than this is text, even when it ends with ':'.
constexpr std::size_t kMaxHeadingWords = 8;

enum class Context { required, preferred, responsibility, ignored };

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
           equals_any(phrase, cues.ignored_heading) || equals_any(phrase, cues.responsibility_heading);
}

// A heading that is one cue phrase takes that cue's part ("What you'll need"
// is required although it holds "you'll"); else the first list holding a cue
// of it, responsibilities last: "Responsibilities and requirements" asks.
Context heading_context(const JobLine& l, const JobCues& cues) {
    std::string phrase = heading_phrase(l.text);
    if (equals_any(phrase, cues.preferred_heading)) return Context::preferred;
    if (equals_any(phrase, cues.ignored_heading)) return Context::ignored;
    if (equals_any(phrase, cues.responsibility_heading)) return Context::responsibility;
    if (equals_any(phrase, cues.required_heading)) return Context::required;
    if (JobCues::any(phrase, cues.preferred_heading)) return Context::preferred;
    if (JobCues::any(phrase, cues.ignored_heading)) return Context::ignored;
    if (JobCues::any(phrase, cues.required_heading)) return Context::required;
    if (JobCues::any(phrase, cues.responsibility_heading)) return Context::responsibility;
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
enum class Join { none, list, choice, and_, purpose };

// A slash alone ("Hibernate/JPA", "Go/Rust") binds closer than a comma: it
// makes one choice of its two neighbours within a longer list.
bool slash_only(std::string_view gap) {
    std::size_t b = gap.find_first_not_of(' ');
    std::size_t e = gap.find_last_not_of(' ');
    return b != std::string_view::npos && b == e && gap[b] == '/';
}

Join join_of(std::string_view gap, const JobCues& cues) {
    std::string words;
    for (char c : gap) words += (c == ',' || c == '/' || c == '(' || c == ')' || c == '&') ? ' ' : c;
    std::string phrase = analyzers::normalized_phrase(words);
    if (phrase.empty()) return Join::list;
    if (phrase == "or" || phrase == "and or" || phrase == "nor") return Join::choice;
    if (phrase == "and") return Join::and_;
    if (equals_any(phrase, cues.purpose)) return Join::purpose;
    // "or another", "or a similar": still one choice.
    if (phrase.rfind("or ", 0) == 0) {
        bool filler = true;
        for (std::string_view rest = std::string_view(phrase).substr(3); filler && !rest.empty();) {
            std::size_t sp = rest.find(' ');
            filler = equals_any(std::string(rest.substr(0, sp)), cues.choice_filler);
            rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
        if (filler) return Join::choice;
    }
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
    void add(std::vector<const terms::Term*> alternatives, Need need, std::string_view quote, JobPlace at,
             bool open = false) {
        std::vector<const terms::Term*> distinct;  // in the job's order
        for (const terms::Term* t : alternatives)
            if (std::find(distinct.begin(), distinct.end(), t) == distinct.end()) distinct.push_back(t);
        Requirement r{std::move(distinct), need, open, clause_quote(quote), at};
        std::string key = r.key();
        for (Requirement& known : items_) {
            if (known.key() != key) continue;
            known.open = known.open || open;
            if (strength(need) > strength(known.need)) {
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
                        strength(single.need) >= strength(r.need))
                        subsumed = true;
            if (!subsumed) out.push_back(r);
        }
        return out;
    }

    static int strength(Need n) { return n == Need::required ? 2 : n == Need::preferred ? 1 : 0; }

private:
    std::vector<Requirement> items_;
};

// Splits a clause's skills into requirements: a list gives one per skill, a
// choice ("Kafka or RabbitMQ", "Go/Rust", "such as A, B") one for the group.
void add_clause(std::string_view clause, Need need, JobPlace at, const terms::Vocabulary& vocabulary,
                const JobCues& cues, RequirementSet& out, JobDescription& job, const terms::Vocabulary* own) {
    std::vector<terms::Hit> hits = vocabulary.find_in(clause);
    if (own) {
        // The job's own terms join the vocabulary's where they do not overlap
        // one: "Helm or Kustomize" is one choice.
        // Both lists are in text order: one walk through each.
        std::size_t before = hits.size(), v = 0;
        for (const terms::Hit& h : own->find_in(clause)) {
            while (v < before && hits[v].offset + hits[v].text.size() <= h.offset) ++v;
            bool overlaps = v < before && hits[v].offset < h.offset + h.text.size();
            if (!overlaps) hits.push_back(h);
        }
        std::sort(hits.begin(), hits.end(), [](const terms::Hit& a, const terms::Hit& b) { return a.offset < b.offset; });
    }
    if (hits.empty()) return;
    for (const terms::Hit& h : hits) {
        job.first_written.try_emplace(h.term->id, one_line(h.text));
        auto& w = job.wordings[h.term->id];
        std::string wording(h.wording());
        if (std::find(w.begin(), w.end(), wording) == w.end()) w.push_back(wording);
    }
    std::string clause_phrase = cue_phrase(clause);
    bool examples = JobCues::any(clause_phrase, cues.alternatives);
    bool open = JobCues::any(clause_phrase, cues.open_choice);
    auto gap_between = [&](std::size_t i) {
        std::size_t from = hits[i - 1].offset + hits[i - 1].text.size();
        return clause.substr(from, hits[i].offset - from);
    };
    // "Redis for caching (and queues)": what follows "for" is the use, not a
    // skill asked for; the skills listed on from it are uses too.
    {
        std::vector<terms::Hit> kept{hits[0]};
        bool use = false;
        for (std::size_t i = 1; i < hits.size(); ++i) {
            Join j = join_of(gap_between(i), cues);
            use = j == Join::purpose || (use && (j == Join::list || j == Join::and_ || j == Join::choice));
            if (!use) kept.push_back(hits[i]);
        }
        hits = std::move(kept);
    }
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
            Join j = bracket ? Join::none : join_of(between, cues);
            joins.push_back(j == Join::purpose ? Join::none : j);
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
            out.add(group, need, clause, at, open);
        } else {
            for (std::size_t k = first; k < end; ++k) out.add(units[k].terms, need, clause, at, open);
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

// A term of the job's own text that the vocabulary lacks, waiting for the
// vocabulary of such terms to be built.
struct OwnTerm {
    std::string name;                  // as the job writes it, singular for a listed noun
    std::vector<std::string> aliases;  // its plural, its acronym written without the space
    Need need;
    std::string quote;
    JobPlace at;
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The words of `text` with where they start: runs between blanks and
// punctuation, without a full stop behind.
struct Word {
    std::string_view text;
    std::size_t offset;
};
std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> out;
    auto inside = [](char c) {
        return analyzers::is_word_byte(c) || c == '+' || c == '#' || c == '.' || c == '/' ||
               static_cast<unsigned char>(c) >= 0x80;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!inside(text[i])) {
            ++i;
            continue;
        }
        std::size_t b = i;
        while (i < text.size() && inside(text[i])) ++i;
        std::string_view w = text.substr(b, i - b);
        while (!w.empty() && (w.back() == '.' || w.back() == '/' || w.back() == '-')) w.remove_suffix(1);
        if (!w.empty()) out.push_back({w, b});
    }
    return out;
}

// "PCI", "CKA", "eBPF", "DNS": two capitals or more, more capitals than small letters.
bool acronym(std::string_view w) {
    std::size_t upper = 0, lower = 0;
    for (char c : w) {
        upper += is_upper(c);
        lower += is_lower(c);
    }
    return upper >= 2 && lower < upper;
}
// "Kustomize", "GitOps": a capital, then small letters.
bool capitalised(std::string_view w) {
    if (w.size() < 3 || !is_upper(w[0])) return false;
    return std::any_of(w.begin() + 1, w.end(), is_lower);
}
bool number(std::string_view w) { return w.size() >= 3 && std::all_of(w.begin(), w.end(), is_digit); }

// Turns "ledgers" into "ledger" and keeps the plural as an alias.
void singular(OwnTerm& t) {
    std::string& n = t.name;
    if (n.size() > 4 && n.back() == 's' && n[n.size() - 2] != 's' && n[n.size() - 2] != 'u') {
        t.aliases.push_back(n);
        n.pop_back();
    } else if (n.size() > 2 && n.back() == 'y' && std::string_view("aeiou").find(n[n.size() - 2]) == std::string_view::npos) {
        t.aliases.push_back(n.substr(0, n.size() - 1) + "ies");
    } else {
        t.aliases.push_back(n + "s");
    }
}

// The terms of a clause the vocabulary did not find (`hits`): acronyms with
// their numbers ("ISO 20022"), capitalised names after the clause's first
// word ("Kustomize"), and the short items listed after a lead ("understanding
// of idempotency and ledgers").
std::vector<OwnTerm> own_terms_of(std::string_view clause, const std::vector<terms::Hit>& hits,
                                  const terms::Vocabulary& vocabulary, const JobCues& cues) {
    std::vector<OwnTerm> out;
    // Which bytes of the clause a vocabulary term covers: one pass, so that
    // the work stays linear in the clause's length.
    std::vector<std::size_t> covered_before(clause.size() + 1, 0);  // covered bytes before each offset
    {
        std::vector<char> mark(clause.size(), 0);
        for (const terms::Hit& h : hits)
            for (std::size_t k = h.offset; k < h.offset + h.text.size() && k < clause.size(); ++k) mark[k] = 1;
        for (std::size_t k = 0; k < clause.size(); ++k) covered_before[k + 1] = covered_before[k] + mark[k];
    }
    auto covered = [&](std::size_t from, std::size_t to) {
        to = std::min(to, clause.size());
        return from < to && covered_before[to] != covered_before[from];
    };
    auto common = [&](std::string_view w) { return equals_any(analyzers::lower(w), cues.not_term); };
    std::vector<Word> words = words_of(clause);
    std::size_t first = 0;  // the clause's first word, capitalised as any sentence's is
    while (first < words.size() && !std::any_of(words[first].text.begin(), words[first].text.end(),
                                                [](char c) { return is_upper(c) || is_lower(c) || is_digit(c); }))
        ++first;
    // "Office: London, on-site only": a clause about the place names places.
    bool place = JobCues::any(cue_phrase(clause), cues.place_clause);
    for (std::size_t i = first; i < words.size();) {
        std::string_view w = words[i].text;
        bool named = !place && (acronym(w) || (i > first && capitalised(w)));
        if (!named || common(w) || covered(words[i].offset, words[i].offset + w.size())) {
            ++i;
            continue;
        }
        // A run of names: "PCI DSS", "ISO 20022", "Open Policy Agent".
        std::size_t end = i + 1;
        while (end < words.size()) {
            std::string_view n = words[end].text;
            bool glued = words[end].offset - (words[end - 1].offset + words[end - 1].text.size()) == 1 &&
                         clause[words[end].offset - 1] == ' ';
            bool more = glued && !common(n) && (acronym(n) || capitalised(n) || number(n)) &&
                        !covered(words[end].offset, words[end].offset + n.size());
            if (!more) break;
            ++end;
        }
        std::size_t from = words[i].offset, to = words[end - 1].offset + words[end - 1].text.size();
        // A name holding a skill the vocabulary found no skill in here is one
        // of its never-a-skill phrases ("The Linux Foundation"): no term.
        bool skill_inside = false;
        for (std::size_t k = i; k < end; ++k) skill_inside = skill_inside || !vocabulary.find_in(words[k].text).empty();
        if (skill_inside) {
            i = end;
            continue;
        }
        OwnTerm t{std::string(clause.substr(from, to - from)), {}, Need::required, {}, {}};
        if (end - i > 1) {
            std::string glued;
            for (char c : t.name)
                if (c != ' ') glued += c;
            t.aliases.push_back(glued);
        }
        out.push_back(std::move(t));
        i = end;
    }
    // The items after a lead: "knowledge of idempotency, ledgers and reconciliation".
    std::string lowered = analyzers::lower(clause);
    std::size_t lead_end = std::string::npos;
    for (const std::string& lead : cues.term_lead) {
        std::size_t at = lowered.find(lead);
        if (at == std::string::npos || (at > 0 && analyzers::is_word_byte(lowered[at - 1]))) continue;
        std::size_t e = at + lead.size();
        if (e < lowered.size() && analyzers::is_word_byte(lowered[e])) continue;
        if (lead_end == std::string::npos || e < lead_end) lead_end = e;
    }
    if (lead_end == std::string::npos) return out;
    std::size_t start = lead_end;
    std::size_t next_word = 0;  // items come in order: each word is looked at once
    auto item = [&](std::size_t from, std::size_t to) {
        std::vector<Word> ws;
        while (next_word < words.size() && words[next_word].offset < from) ++next_word;
        for (; next_word < words.size() && words[next_word].offset + words[next_word].text.size() <= to; ++next_word)
            ws.push_back(words[next_word]);
        while (!ws.empty() && common(ws.front().text) && ws.size() > 1 &&
               (ws.front().text == "a" || ws.front().text == "an" || ws.front().text == "the"))
            ws.erase(ws.begin());
        if (ws.empty() || ws.size() > 2) return;
        for (const Word& w : ws)
            if (!std::all_of(w.text.begin(), w.text.end(), [](char c) { return is_lower(c) || c == '-'; }) ||
                w.text.size() < 3)
                return;
        if (common(ws.front().text) || common(ws.back().text)) return;
        std::size_t b = ws.front().offset, e = ws.back().offset + ws.back().text.size();
        if (covered(b, e)) return;
        OwnTerm t{std::string(clause.substr(b, e - b)), {}, Need::required, {}, {}};
        singular(t);
        if (common(t.name)) return;
        out.push_back(std::move(t));
    };
    for (std::size_t k = start; k <= clause.size(); ++k) {
        bool cut = k == clause.size() || clause[k] == ',' || clause[k] == '(' || clause[k] == ')' || clause[k] == ':' ||
                   clause[k] == '/';
        std::size_t skip = 1;
        for (std::string_view joint : {" and ", " or "})
            if (!cut && clause.compare(k, joint.size(), joint) == 0) {
                cut = true;
                skip = joint.size();
            }
        if (!cut) continue;
        // "relational databases (PostgreSQL, MySQL)": a kind of thing whose
        // examples follow; the examples are what is asked.
        if (k == clause.size() || clause[k] != '(') item(start, k);
        start = k + skip;
        k = start - 1;
    }
    return out;
}

// The id of a term of the job's own text: its words, lowered, joined by '-'.
std::string own_id(std::string_view name) {
    std::string id;
    for (char c : analyzers::lower(name)) {
        bool keep = is_lower(c) || is_digit(c) || c == '+' || c == '#';
        if (keep) id += c;
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

// Job ads ask for up to this many years; a larger number is not an experience
// requirement ("founded 120 years ago").
constexpr int kMaxYearsAsked = 30;

// The years of experience a clause asks for: "5+ years", "3-5 years" (the
// lower bound), "at least 4 yrs"; the largest when it names several; 0 when none.
int years_asked(std::string_view clause, const JobCues& cues) {
    int best = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < clause.size(); ++i) {
        if (!digit(clause[i]) || (i > 0 && (analyzers::is_word_byte(clause[i - 1]) || clause[i - 1] == '.'))) continue;
        int n = 0;
        std::size_t j = i;
        for (; j < clause.size() && digit(clause[j]) && n <= kMaxYearsAsked; ++j) n = n * 10 + (clause[j] - '0');
        i = j;
        auto skip = [&](std::string_view chars) {
            while (j < clause.size() && chars.find(clause[j]) != std::string_view::npos) ++j;
        };
        skip("+ ");
        // A range: "3-5", "3 to 5", "3\u20135".
        std::size_t range = j;
        if (clause.compare(j, 3, "\u2013") == 0) range = j + 3;
        else if (j < clause.size() && clause[j] == '-') range = j + 1;
        else if (clause.compare(j, 3, "to ") == 0) range = j + 3;
        if (range != j) {
            std::size_t k = range;
            while (k < clause.size() && clause[k] == ' ') ++k;
            if (k < clause.size() && digit(clause[k])) {
                j = k;
                while (j < clause.size() && digit(clause[j])) ++j;
                skip("+ ");
            }
        }
        std::size_t w = j;
        while (w < clause.size() && analyzers::is_word_byte(clause[w]) && clause[w] != '-' && clause[w] != '\'') ++w;
        if (w == j || !equals_any(analyzers::lower(clause.substr(j, w - j)), cues.years)) continue;
        if (n > 0 && n <= kMaxYearsAsked) best = std::max(best, n);
    }
    return best;
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
    // Calls `f(clause, need, place, asked)` for each clause of the job outside
    // the ignored parts. `asked` is true under a heading that asks (required or
    // preferred), not on the heading itself: only there are terms of the job's
    // own text read, since the text above the first heading names the company
    // and the place, not skills.
    auto walk = [&](auto f) {
        Context context = Context::required;
        bool asked = false;
        for (const JobLine& l : lines) {
            if (trim(l.text).empty()) continue;
            bool heading = is_heading(l, cues);
            if (heading) {
                context = heading_context(l, cues);
                std::string phrase = heading_phrase(l.text);
                asked = (context == Context::required && JobCues::any(phrase, cues.required_heading)) ||
                        (context == Context::preferred && JobCues::any(phrase, cues.preferred_heading));
            }
            if (context == Context::ignored) continue;
            for (std::string_view sentence : clauses(l.text)) {
                for (std::string_view clause : by_cue(sentence, cues)) {
                    std::string phrase = cue_phrase(clause);
                    Need need = JobCues::any(phrase, cues.preferred_clause)  ? Need::preferred
                                : JobCues::any(phrase, cues.required_clause) ? Need::required
                                : context == Context::preferred              ? Need::preferred
                                : context == Context::responsibility         ? Need::responsibility
                                                                             : Need::required;
                    f(clause, need, l.at, asked && !heading);
                }
            }
        }
    };
    // First the job's own terms, as a vocabulary: one line per term, a
    // wording kept once (two terms never share a wording, whatever its case).
    std::string tsv;
    std::set<std::string, std::less<>> ids, folded;
    walk([&](std::string_view clause, Need, JobPlace, bool asked) {
        if (!asked) return;
        for (const OwnTerm& t : own_terms_of(clause, vocabulary.find_in(clause), vocabulary, cues)) {
            std::string id = own_id(t.name);
            std::string name = analyzers::lower(t.name);
            if (id.empty() || ids.contains(id) || folded.contains(name)) continue;
            ids.insert(id);
            folded.insert(name);
            tsv += id + "\t" + t.name + "\tjob\t";
            std::string aliases;
            for (const std::string& a : t.aliases) {
                std::string fa = analyzers::lower(a);
                if (!folded.insert(fa).second) continue;
                aliases += (aliases.empty() ? "" : ",") + a;
            }
            tsv += aliases + "\n";
        }
    });
    auto own = std::make_shared<terms::Vocabulary>(terms::Vocabulary::parse(tsv, "the job's own terms"));
    // Then the requirements, with the vocabulary's terms and those.
    RequirementSet requirements;
    walk([&](std::string_view clause, Need need, JobPlace at, bool asked) {
        add_clause(clause, need, at, vocabulary, cues, requirements, job, asked ? own.get() : nullptr);
        if (need != Need::required) return;
        if (int years = years_asked(clause, cues); years > job.years) {
            job.years = years;
            job.years_quote = clause_quote(clause);
            job.years_at = at;
        }
    });
    job.own_terms = std::move(own);
    job.requirements = requirements.take();
    return job;
}

// skill_families.txt: "family = member, member, ...", ids of the vocabulary.
SkillFamilies SkillFamilies::load(const std::string& dir, const terms::Vocabulary& vocabulary) {
    constexpr std::string_view kFile = "skill_families.txt";
    SkillFamilies out;
    std::string where = dir + "/" + std::string(kFile);
    analyzers::DataFile file(dir, kFile);
    analyzers::Mapping m;
    for (std::string_view line : file.lines()) {
        analyzers::split_mapping(line, m);
        if (m.key.empty() || m.values.empty())
            throw std::runtime_error(where + ": expected \"family = member, ...\", got \"" + std::string(line) + "\"");
        std::string family(m.key);
        if (!vocabulary.find(family)) throw std::runtime_error(where + ": unknown skill id \"" + family + "\"");
        for (std::string_view v : m.values) {
            std::string member(v);
            if (!vocabulary.find(member)) throw std::runtime_error(where + ": unknown skill id \"" + member + "\"");
            out.members_[family].push_back(member);
            out.families_[member].push_back(family);
        }
    }
    return out;
}

const std::vector<std::string>& SkillFamilies::members(std::string_view id) const {
    static const std::vector<std::string> none;
    auto it = members_.find(id);
    return it == members_.end() ? none : it->second;
}

const std::vector<std::string>& SkillFamilies::families_of(std::string_view id) const {
    static const std::vector<std::string> none;
    auto it = families_.find(id);
    return it == families_.end() ? none : it->second;
}

}  // namespace reshost::keywords
