#include "document_reading.hpp"

#include <cstdint>
#include <string>

namespace reshost::analyzers {

namespace {

// Fewer letters than this and the document has no text worth judging (a
// picture of a page, or an empty file).
constexpr std::size_t kMinLetters = 40;
// Words shorter than this are left alone: "PostgreSQL", "JavaScript" and
// "GitHub" join capitals inside one real word.
constexpr std::size_t kMinRunTogetherBytes = 16;
// The share of words that are run together above which the text is word salad,
// and the least number of such words (a lone long URL or compound is not salad).
constexpr double kMaxRunTogetherShare = 0.05;
constexpr std::size_t kMinRunTogetherWords = 8;
// A word this long in Latin letters is several words whose spaces were lost
// ("internationalization", the longest common English word, has 20).
constexpr std::size_t kMinJoinedLetters = 21;
// Words of English prose average five to six letters, resumes up to seven;
// text that averages more than this over enough words has lost its spaces.
constexpr double kMaxMeanLetters = 8.5;
constexpr std::size_t kMinWordsForMean = 50;

// Fewer words than this and a document is too short to call anything but a
// thin resume: the score says so (docs/scoring.md), no rule needs to.
constexpr std::size_t kMinWordsToJudgeKind = 80;
// Text that addresses its reader ("you", "your") this often is a guide, a
// template's instructions or a job posting; a resume speaks of its candidate.
constexpr double kMinSecondPersonShare = 0.01;
// A letter opens with a salutation within its first blocks.
constexpr std::size_t kLetterOpeningBlocks = 6;

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool letter(char c) { return lower(c) || upper(c); }
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "implementedreducing", "SeniorSoftwareEngineer", "clean,(Docker,testable":
// a long word with a lower-case letter followed by a capital, or a comma or
// closing bracket followed by a letter - words whose spaces were lost. Links
// and addresses (with '/', '@' or '.') are words of their own.
bool run_together(std::string_view word, std::size_t latin_letters) {
    if (word.size() < kMinRunTogetherBytes) return false;
    if (word.find_first_of("/@.") != std::string_view::npos && word.find(',') == std::string_view::npos) return false;
    if (latin_letters >= kMinJoinedLetters) return true;
    std::size_t joins = 0;
    for (std::size_t i = 1; i < word.size(); ++i) {
        char a = word[i - 1], b = word[i];
        if ((lower(a) && upper(b)) || ((a == ',' || a == ')' || a == ';') && letter(b))) ++joins;
    }
    return joins >= 1;
}

}  // namespace

DocumentReading reading_of(const sdk::Document& doc) {
    DocumentReading r;
    std::size_t letters = 0;
    std::size_t latin_words = 0, latin_letters = 0;  // words with Latin letters, and their letters
    for (sdk::Block block : doc.blocks()) {
        std::string_view text = block.text();
        for (std::size_t i = 0; i < text.size();) {
            while (i < text.size() && space(text[i])) ++i;
            std::size_t start = i, latin = 0;
            while (i < text.size() && !space(text[i])) {
                if (letter(text[i])) ++latin;
                if (letter(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80) ++letters;
                ++i;
            }
            if (i == start) continue;
            std::string_view word = text.substr(start, i - start);
            ++r.words;
            if (latin > 0) {
                ++latin_words;
                latin_letters += latin;
            }
            if (!run_together(word, latin)) continue;
            ++r.run_together;
            if (r.samples.size() < 3) r.samples.emplace_back(word.substr(0, 40));
        }
    }
    if (letters < kMinLetters) {
        r.state = DocumentReading::State::no_text;
        r.reason = "the document has no text to read (see ats.no-text)";
    } else if ((r.run_together >= kMinRunTogetherWords && r.run_together_share() > kMaxRunTogetherShare) ||
               (latin_words >= kMinWordsForMean &&
                static_cast<double>(latin_letters) / static_cast<double>(latin_words) > kMaxMeanLetters)) {
        r.state = DocumentReading::State::word_salad;
        r.reason = "the document's text comes out garbled, words run together (see ats.garbled-text)";
    }
    return r;
}

namespace {

char folded(char c) { return upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// "you", "your", "you'll", "yourself": the words with which a text addresses its reader.
bool second_person(std::string_view word) {
    std::size_t n = 0;
    while (n < word.size() && letter(word[n])) ++n;
    std::string w;
    for (std::size_t i = 0; i < n; ++i) w += folded(word[i]);
    if (w == "you" || w == "your" || w == "yours" || w == "yourself") return true;
    return false;
}

bool has_contact(const sdk::Resume& resume) {
    sdk::Contact c = resume.contact();
    return !c.email().text().empty() || !c.phone().text().empty();
}

std::size_t roles_and_projects(const sdk::Resume& resume) {
    std::size_t n = 0;
    for (sdk::Section s : resume.sections())
        if (s.kind() == RH_SECTION_EXPERIENCE || s.kind() == RH_SECTION_PROJECTS) n += s.entries().size();
    return n;
}

// The letter's salutation ("Dear Hiring Manager,"), empty when the document opens otherwise.
std::string_view salutation(const sdk::Document& doc) {
    std::size_t seen = 0;
    for (sdk::Block b : doc.blocks()) {
        if (++seen > kLetterOpeningBlocks) break;
        std::string_view t = b.text();
        if (t.size() > 5 && t.substr(0, 5) == "Dear " && upper(t[5])) return t.substr(0, t.find_first_of(",\n:"));
    }
    return {};
}

}  // namespace

DocumentReading reading_of(const sdk::Document& doc, const sdk::Resume& resume) {
    DocumentReading r = reading_of(doc);
    if (!r.read() || r.words < kMinWordsToJudgeKind) return r;
    std::size_t addressed = 0;
    for (sdk::Block block : doc.blocks()) {
        std::string_view text = block.text();
        for (std::size_t i = 0; i < text.size();) {
            while (i < text.size() && space(text[i])) ++i;
            std::size_t start = i;
            while (i < text.size() && !space(text[i])) ++i;
            if (i > start && second_person(text.substr(start, i - start))) ++addressed;
        }
    }
    bool entries = roles_and_projects(resume) > 0, contact = has_contact(resume);
    std::string_view dear = salutation(doc);
    std::string why;
    if (!dear.empty() && !entries)
        why = "it opens with \"" + std::string(dear.substr(0, 40)) + "\" and lists no roles: a letter";
    else if (!entries && !contact)
        why = "it has no contact details and no roles or projects";
    if (why.empty()) return r;
    if (dear.empty() && static_cast<double>(addressed) >= kMinSecondPersonShare * static_cast<double>(r.words))
        why += "; it addresses its reader (\"you\", \"your\" " + std::to_string(addressed) +
               " times) like a guide or a job posting";
    r.state = DocumentReading::State::not_a_resume;
    r.reason = "the document does not read as a resume: " + why + " (see ats.not-a-resume)";
    return r;
}

bool not_read(const sdk::Document& doc, const sdk::Resume& resume, const std::vector<sdk::RuleInfo>& rules,
              sdk::Findings& out) {
    DocumentReading r = reading_of(doc, resume);
    if (r.read()) return false;
    for (const sdk::RuleInfo& rule : rules) out.not_evaluated(rule.id, r.reason);
    return true;
}

}  // namespace reshost::analyzers
