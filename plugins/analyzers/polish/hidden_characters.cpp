// polish.html-entities: HTML entities and invisible characters in the text an
// ATS reads. Both come from copying text out of web pages or from fonts that
// map a visible hyphen to the soft hyphen: the page looks right, the text
// layer does not, and keyword search misses "Co\u00adfounder" or
// "&quot;Kafka&quot;".
#include "polish_checks.hpp"

#include "data_file.hpp"
#include "excerpt.hpp"
#include "words.hpp"

#include <algorithm>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

constexpr std::size_t kMaxShown = 3;
constexpr std::size_t kMaxEntityName = 8;

bool digit(char c) { return c >= '0' && c <= '9'; }
bool word_char(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return digit(c) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0xC3;  // not U+0080-U+00BF
}
bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f'); }

// The word around byte `pos` of `s`, for quoting where an invisible character sits.
std::string word_around(std::string_view s, std::size_t pos, std::size_t size) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    std::size_t b = pos, e = pos + size;
    while (b > 0 && !blank(s[b - 1])) --b;
    while (e < s.size() && !blank(s[e])) ++e;
    // The character itself would print as nothing; it is named instead.
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        std::string_view rest = s.substr(i);
        if (rest.substr(0, 2) == "\u00ad") out += "[U+00AD]", ++i;
        else if (rest.substr(0, 3) == "\u200b") out += "[U+200B]", i += 2;
        else if (rest.substr(0, 3) == "\u200c") out += "[U+200C]", i += 2;
        else if (rest.substr(0, 3) == "\u2060") out += "[U+2060]", i += 2;
        else if (rest.substr(0, 3) == "\ufeff") out += "[U+FEFF]", i += 2;
        else out += s[i];
    }
    return analyzers::excerpt(out, 48);
}

// Where the kind of problem was first seen, how often, and a few examples.
struct Seen {
    const TextLine* first = nullptr;
    std::size_t count = 0;
    std::vector<std::string> shown;

    void add(const TextLine& line, std::string example) {
        if (!first) first = &line;
        ++count;
        if (shown.size() < kMaxShown && std::find(shown.begin(), shown.end(), example) == shown.end())
            shown.push_back(std::move(example));
    }
    std::string examples() const {
        std::string out;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (i) out += ", ";
            out += in_quotes(shown[i]);
        }
        return out;
    }
};

std::string times(std::size_t n) { return n == 1 ? "once" : std::to_string(n) + " times"; }

}  // namespace

HiddenCharacters::HiddenCharacters(const std::string& dir)
    : entities_(analyzers::read_data_lines(dir, "html_entities.txt")) {}

void HiddenCharacters::check(const TextLines& text, Findings& out) const {
    Seen entities, soft_hyphens, invisible;
    const std::string& low = text.lowered();
    for (const TextLine& line : text.lines()) {
        if (line.repeated) continue;
        std::string_view s = line.text;
        std::string_view l = std::string_view(low).substr(line.offset, s.size());
        for (std::size_t amp = l.find('&'); amp != std::string_view::npos; amp = l.find('&', amp + 1)) {
            std::size_t semi = l.find(';', amp + 1);
            if (semi == std::string_view::npos || semi - amp - 1 > kMaxEntityName || semi == amp + 1) continue;
            std::string_view name = l.substr(amp + 1, semi - amp - 1);
            bool known = std::find(entities_.begin(), entities_.end(), name) != entities_.end();
            bool numeric = name[0] == '#' && name.size() > 1 &&
                           (std::all_of(name.begin() + 1, name.end(), digit) ||
                            (name[1] == 'x' && name.size() > 2 && std::all_of(name.begin() + 2, name.end(), hex)));
            if (known || numeric) entities.add(line, std::string(s.substr(amp, semi - amp + 1)));
        }
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
            if (a == 0xC2 && b == 0xAD) {
                // Only between two letters or digits does it run a word together ("Co\u00adfounder"): at
                // the end of a laid-out line it is where the word was hyphenated, and beside a space or
                // another hyphen the words stay apart.
                bool inside = i > 0 && word_char(s[i - 1]) && i + 2 < s.size() && word_char(s[i + 2]);
                if (inside) soft_hyphens.add(line, word_around(s, i, 2));
                ++i;
            } else if (i + 2 < s.size()) {
                unsigned char c = static_cast<unsigned char>(s[i + 2]);
                // U+200B zero-width space, U+200C zero-width non-joiner, U+2060 word joiner, U+FEFF byte order mark.
                // The zero-width joiner U+200D is left alone: it binds emoji sequences.
                bool zero_width = (a == 0xE2 && b == 0x80 && (c == 0x8B || c == 0x8C)) ||
                                  (a == 0xE2 && b == 0x81 && c == 0xA0) || (a == 0xEF && b == 0xBB && c == 0xBF);
                if (zero_width) {
                    invisible.add(line, word_around(s, i, 3));
                    i += 2;
                }
            }
        }
    }
    if (entities.count) {
        Finding f = finding_at("polish.html-entities", Severity::warning, *entities.first);
        f.message = "HTML entities are left in the text (" + times(entities.count) + "): " + entities.examples() +
                    ". An ATS keeps them as written, so the words next to them do not match.";
        f.suggestion = "Replace each with the character it stands for (&quot; is \", &amp; is &, &apos; is ', "
                       "&nbsp; is a space), then re-export and check the copied text.";
        out.add(f);
    }
    if (soft_hyphens.count) {
        Finding f = finding_at("polish.html-entities", Severity::warning, *soft_hyphens.first);
        f.message = "The text holds soft hyphens (U+00AD) inside words (" + times(soft_hyphens.count) + "): " +
                    soft_hyphens.examples() + ". They print as hyphens, but an ATS drops them and reads the words "
                    "run together (\"Cofounder\"), so keyword search misses them.";
        f.suggestion = "Type ordinary hyphens (-) there, or switch the font or template that maps the hyphen "
                       "to U+00AD; then copy the text out of the file and check it.";
        out.add(f);
    }
    if (invisible.count) {
        Finding f = finding_at("polish.html-entities", Severity::warning, *invisible.first);
        f.message = "The text holds invisible characters (zero-width spaces or byte-order marks, " +
                    times(invisible.count) + "), e.g. in " + invisible.examples() +
                    ". An ATS keeps them inside the words, so those words do not match a search.";
        f.suggestion = "Retype the words (or paste them as plain text) to remove the hidden characters.";
        out.add(f);
    }
}

}  // namespace reshost::polish
