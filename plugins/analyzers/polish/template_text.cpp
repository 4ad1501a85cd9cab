// polish.template-text: the sample text a resume template ships with, left in.
#include "polish_checks.hpp"

#include "data_file.hpp"
#include "excerpt.hpp"
#include "words.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

constexpr std::size_t kMaxFindings = 5;
constexpr std::size_t kMaxGap = 40;         // bytes between the head and tail of "insert * here"
constexpr std::size_t kMaxBracketed = 40;   // bytes inside a "[Company Name]" placeholder
constexpr std::size_t kMinPhoneDigits = 7;

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || upper(c); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// A match found in the document, by its offset in the lowered text.
struct Hit {
    std::size_t offset, size;
    bool exact = true;  // false for a phrase, which is quoted to the end of its sentence
};

// "[Company Name]", "[Your Title]": capitalized words in square brackets, one
// of them a word templates put in placeholders, and no link after it.
std::vector<Hit> bracketed_placeholders(const TextLines& text, const std::vector<std::string>& words) {
    std::vector<Hit> out;
    for (const TextLine& line : text.lines()) {
        std::string_view s = line.text;
        for (std::size_t open = s.find('['); open != std::string_view::npos; open = s.find('[', open + 1)) {
            // Looked for only within reach, so a line of many "[" costs no more than its length.
            std::size_t close = s.substr(open + 1, kMaxBracketed + 1).find(']');
            if (close == std::string_view::npos) continue;
            close += open + 1;
            if (close + 1 < s.size() && (s[close + 1] == '(' || s[close + 1] == '[')) continue;  // a Markdown link
            std::string_view inside = s.substr(open + 1, close - open - 1);
            bool capitals = !inside.empty();
            bool known = false;
            std::size_t count = 0;
            analyzers::for_each_word(inside, [&](const analyzers::Word& w) {
                ++count;
                if (!upper(w.text[0]) || !std::all_of(w.text.begin(), w.text.end(), letter)) capitals = false;
                std::string lw = analyzers::lower(w.text);
                if (std::find(words.begin(), words.end(), lw) != words.end()) known = true;
            });
            // Only words: "[v2.1]" or "[1]" is no placeholder; "[Go, Python]" has no placeholder word.
            bool plain = std::all_of(inside.begin(), inside.end(), [](char c) { return letter(c) || c == ' ' || c == ','; });
            if (capitals && known && plain && count <= 4) out.push_back({line.offset + open, close - open + 1});
        }
    }
    return out;
}

// "(123) 456-7890", "555-555-5555", "+00 (0)00 000 0000": a phone number whose
// digits are all one digit or count up from 1, which no real line has.
// A run of digits without separators counts only as the contact's phone:
// "/Length 999999999" is a figure.
std::vector<Hit> placeholder_phones(const TextLines& text, std::string_view contact_phone) {
    std::vector<Hit> out;
    for (const TextLine& line : text.lines()) {
        std::string_view s = line.text;
        std::size_t i = 0;
        while (i < s.size()) {
            if (!(digit(s[i]) || s[i] == '+' || s[i] == '(') || (i > 0 && (letter(s[i - 1]) || digit(s[i - 1])))) {
                ++i;
                continue;
            }
            std::size_t b = i;
            std::string digits;
            while (i < s.size() && (digit(s[i]) || s[i] == ' ' || s[i] == '-' || s[i] == '.' || s[i] == '(' ||
                                    s[i] == ')' || s[i] == '+')) {
                if (digit(s[i])) digits += s[i];
                ++i;
            }
            std::size_t e = i;
            while (e > b && !digit(s[e - 1])) --e;
            if (i < s.size() && letter(s[i])) continue;  // "1234567 users" is a figure, not a phone
            if (digits.size() < kMinPhoneDigits) continue;
            if (digits.size() == e - b && s.substr(b, e - b) != contact_phone) continue;
            bool same = std::all_of(digits.begin(), digits.end(), [&](char c) { return c == digits[0]; });
            bool counting = std::string("12345678901234567890").rfind(digits, 0) == 0;
            if (same || counting) out.push_back({line.offset + b, e - b});
        }
    }
    return out;
}

}  // namespace

TemplateText::TemplateText(const std::string& dir)
    : placeholder_words_(analyzers::read_data_lines(dir, "placeholder_words.txt")) {
    for (std::string& w : placeholder_words_) w = analyzers::lower(w);
    for (const std::string& line : analyzers::read_data_lines(dir, "template_phrases.txt")) {
        std::string lowered = analyzers::lower(line);
        std::size_t star = lowered.find(" * ");
        if (star == std::string::npos) phrases_.push_back({lowered, {}});
        else phrases_.push_back({lowered.substr(0, star), lowered.substr(star + 3)});
    }
}

bool TemplateText::holds_phrase(std::string_view text) const {
    std::string low = analyzers::lower(text);
    for (const Phrase& p : phrases_)
        for (std::size_t pos = low.find(p.head); pos != std::string::npos; pos = low.find(p.head, pos + 1))
            if (on_word_boundaries(low, pos, pos + p.head.size()) &&
                (p.tail.empty() || low.find(p.tail, pos + p.head.size()) != std::string::npos))
                return true;
    return false;
}

void TemplateText::check(const TextLines& text, std::string_view contact_phone, Findings& out) const {
    const std::string& low = text.lowered();
    std::vector<Hit> hits;
    for (const Phrase& p : phrases_) {
        for (std::size_t pos = low.find(p.head); pos != std::string::npos; pos = low.find(p.head, pos + 1)) {
            std::size_t end = pos + p.head.size();
            if (!on_word_boundaries(low, pos, end)) continue;
            if (!p.tail.empty()) {
                // Within reach of the head and on its line.
                std::string_view reach = std::string_view(low).substr(end, kMaxGap + p.tail.size() + 1);
                reach = reach.substr(0, reach.find('\n'));
                std::size_t tail = reach.find(p.tail);
                if (tail == std::string_view::npos) continue;
                tail += end;
                if (!on_word_boundaries(low, tail, tail + p.tail.size())) continue;
                end = tail + p.tail.size();
            }
            hits.push_back({pos, end - pos, false});
        }
    }
    for (const Hit& h : bracketed_placeholders(text, placeholder_words_)) hits.push_back(h);
    for (const Hit& h : placeholder_phones(text, contact_phone)) hits.push_back(h);
    std::sort(hits.begin(), hits.end(),
              [](const Hit& a, const Hit& b) { return a.offset != b.offset ? a.offset < b.offset : a.size > b.size; });

    // One finding per line, quoting each placeholder of it once.
    std::set<std::string> reported_lines;
    std::size_t reported = 0, covered_to = 0;
    for (std::size_t i = 0; i < hits.size() && reported < kMaxFindings;) {
        const TextLine& line = text.line_at(hits[i].offset);
        std::vector<std::string> quotes;
        for (; i < hits.size() && &text.line_at(hits[i].offset) == &line; ++i) {
            const Hit& h = hits[i];
            if (h.offset < covered_to) continue;  // inside a placeholder already quoted
            std::size_t b = h.offset - line.offset, e = b + h.size;
            std::string_view s = line.text;
            if (s.substr(b, e - b).find('@') != std::string_view::npos) {
                while (e < s.size() && s[e] != ' ' && s[e] != '\t') ++e;  // the whole address
            } else if (!h.exact) {
                // To the end of the sentence; the dot of "Qwikresume.com" does not end one.
                while (e < s.size() && s[e] != '!' && s[e] != '|' &&
                       !(s[e] == '.' && (e + 1 == s.size() || s[e + 1] == ' ')))
                    ++e;
            }
            covered_to = line.offset + e;
            std::string quote = analyzers::excerpt(s.substr(b, e - b), 60);
            if (std::find(quotes.begin(), quotes.end(), quote) == quotes.end()) quotes.push_back(quote);
        }
        if (quotes.empty() || line.repeated) continue;
        std::string all;
        for (const std::string& q : quotes) {
            if (!all.empty()) all += ", ";
            all += in_quotes(q);
        }
        // The same footer on every page is one thing to delete.
        if (!reported_lines.insert(analyzers::lower(all)).second) continue;
        ++reported;
        Finding f = finding_at("polish.template-text", Severity::warning, line);
        f.message = "Template text left in: ";
        f.message += all;
        f.message += ".";
        f.suggestion = quotes.size() == 1 ? "Delete it, or replace it with your own details" : "Delete them, or replace them with your own details";
        f.suggestion += "; a recruiter reads template text as a resume sent without a final read.";
        out.add(f);
    }
}

}  // namespace reshost::polish
