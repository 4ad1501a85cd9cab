// polish.filler: words that fill space without saying anything, in bullets
// and in the summary. A bullet the impact and verbs packs already judge for a
// stock claim or a buzzword gets no second finding here.
#include "polish_checks.hpp"

#include "data_file.hpp"
#include "excerpt.hpp"
#include "words.hpp"

#include <algorithm>
#include <optional>

namespace reshost::polish {

using namespace ::reshost::sdk;

namespace {

// True when only spaces and closing punctuation follow `end` up to the end of
// a sentence.
bool sentence_ends(std::string_view s, std::size_t end) {
    while (end < s.size() && (s[end] == ' ' || s[end] == '\t' || s[end] == ')' || s[end] == '"')) ++end;
    return end == s.size() || s[end] == '.' || s[end] == ';' || s[end] == '!' || s[end] == '\n';
}

std::vector<std::string> normalized_lines(const std::string& dir, std::string_view name) {
    std::vector<std::string> out;
    for (const std::string& line : analyzers::read_data_lines(dir, name)) out.push_back(analyzers::normalized_phrase(line));
    return out;
}

// A bullet or a summary line, with its place.
struct Piece {
    std::string_view text;
    const rh_location* loc;
    int32_t section, entry, bullet;
};

}  // namespace

Filler::Filler(const std::string& dir, std::shared_ptr<const analyzers::QuantityFinder> quantities)
    : quantities_(std::move(quantities)) {
    analyzers::DataFile file(dir, "filler_phrases.txt");
    analyzers::for_each_mapping(file, "phrase = what to write instead", [&](const analyzers::Mapping& m) {
        Phrase p;
        std::string_view key = m.key;
        if (!key.empty() && key[0] == '~') {
            p.unmeasured = true;
            key.remove_prefix(1);
        }
        if (key.size() > 2 && key.substr(key.size() - 2) == " $") {
            p.at_end = true;
            key.remove_suffix(2);
        }
        p.text = analyzers::lower(key);
        for (std::size_t i = 0; i < m.values.size(); ++i) p.suggestion += (i ? ", " : "") + std::string(m.values[i]);
        phrases_.push_back(std::move(p));
    });
    // Longest first, so "other duties as assigned" wins over "duties as assigned".
    std::stable_sort(phrases_.begin(), phrases_.end(),
                     [](const Phrase& a, const Phrase& b) { return a.text.size() > b.text.size(); });
    for (const char* name : {"vague_claims.txt", "buzzwords.txt"})
        for (std::string& p : normalized_lines(dir, name)) judged_elsewhere_.push_back(std::move(p));
}

void Filler::check(const Resume& resume, Findings& out) const {
    std::vector<Piece> pieces;
    auto sections = resume.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section section = sections[s];
        auto kind = section.kind();
        if (kind == RH_SECTION_SUMMARY) {
            for (const Field& line : section.lines())
                pieces.push_back({line.text(), line.location(), static_cast<int32_t>(s), -1, -1});
            continue;
        }
        if (kind != RH_SECTION_EXPERIENCE && kind != RH_SECTION_PROJECTS) continue;
        auto entries = section.entries();
        for (std::size_t e = 0; e < entries.size(); ++e) {
            auto bullets = entries[e].bullets();
            for (std::size_t k = 0; k < bullets.size(); ++k)
                pieces.push_back({bullets[k].text(), bullets[k].location(), static_cast<int32_t>(s),
                                  static_cast<int32_t>(e), static_cast<int32_t>(k)});
        }
    }
    for (const Piece& piece : pieces) {
        std::string normalized = analyzers::normalized_phrase(piece.text);
        bool judged = std::any_of(judged_elsewhere_.begin(), judged_elsewhere_.end(),
                                  [&](const std::string& p) { return analyzers::contains_phrase(normalized, p); });
        if (judged) continue;
        std::string low = analyzers::lower(piece.text);
        std::optional<bool> figure;  // read only when a phrase asks
        const Phrase* hit = nullptr;
        std::size_t at = std::string::npos;
        for (const Phrase& p : phrases_) {
            for (std::size_t pos = low.find(p.text); pos != std::string::npos; pos = low.find(p.text, pos + 1)) {
                std::size_t end = pos + p.text.size();
                if (!on_word_boundaries(low, pos, end)) continue;
                // "/etc/hosts" is a path, not a list cut short.
                if ((pos > 0 && low[pos - 1] == '/') || (end < low.size() && low[end] == '/')) continue;
                if (p.at_end && !sentence_ends(low, end)) continue;
                if (p.unmeasured) {
                    if (!figure) figure = quantities_->quantified(piece.text);
                    if (*figure) continue;
                }
                if (pos < at) {
                    hit = &p;
                    at = pos;
                }
                break;
            }
        }
        if (!hit) continue;
        Finding f;
        f.rule = "polish.filler";
        f.severity = Severity::info;
        if (piece.loc) f.loc = Location::from(piece.loc);
        f.section = piece.section;
        f.entry = piece.entry;
        f.bullet = piece.bullet;
        std::string said(piece.text.substr(at, hit->text.size()));
        if (hit->text == "etc" && at + 3 < piece.text.size() && piece.text[at + 3] == '.') said += '.';
        f.message = in_quotes(said) + " fills space without saying what: " +
                    in_quotes(analyzers::excerpt(piece.text, 90)) + ".";
        f.suggestion = hit->suggestion;
        out.add(f);
    }
}

}  // namespace reshost::polish
