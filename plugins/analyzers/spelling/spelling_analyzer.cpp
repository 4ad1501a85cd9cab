// The "spelling" pack: words of the candidate's own prose that neither the
// American nor the British English dictionary knows, when Hunspell has a
// near correction for them. A recruiter reads a typo as carelessness; a
// checker that calls names and product terms typos is worse than none, so
// everything that is not plainly an English word is left alone (typo_judge.hpp).
#include "english_dictionaries.hpp"
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "prose.hpp"
#include "skill_vocabulary.hpp"
#include "technical_words.hpp"
#include "typo_judge.hpp"
#include "word_scan.hpp"
#include "words.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace reshost::spelling {

using namespace ::reshost::sdk;
namespace {

const char* const kRule = "spelling.typo";
constexpr double kDefaultMaxFindings = 10;
// Above this share of unknown words the text is in another language, where
// every word would look misspelled; English resumes stay under 5%.
constexpr double kForeignShare = 0.25;
// Fewer words than this say too little about the language to stop the check.
constexpr std::size_t kLanguageSample = 30;
constexpr std::size_t kContextWords = 4;

// A misspelled word and where it was first seen.
struct Typo {
    std::size_t prose = 0;    // index of the piece of its first occurrence
    std::size_t offset = 0;   // where the written form starts in that piece
    std::size_t size = 0;
    std::string written;      // the misspelled word as first written
    std::size_t count = 0;
    std::vector<std::string> suggestions;
};

// `text` around [offset, offset + size): a few words either side.
std::string context(std::string_view text, std::size_t offset, std::size_t size) {
    std::size_t b = offset, e = offset + size;
    for (std::size_t n = 0; n < kContextWords && b > 0; ++n) {
        while (b > 0 && text[b - 1] == ' ') --b;
        while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    }
    for (std::size_t n = 0; n < kContextWords && e < text.size(); ++n) {
        while (e < text.size() && text[e] == ' ') ++e;
        while (e < text.size() && text[e] != ' ' && text[e] != '\n') ++e;
    }
    std::string out = (b > 0 ? "\u2026" : "") + analyzers::collapsed(text.substr(b, e - b)) +
                      (e < text.size() ? "\u2026" : "");
    return out;
}

// The line of a multi-line piece that holds byte `offset`.
Location located(const Prose& p, std::size_t offset) {
    Location loc = Location::from(p.loc);
    if (loc.line && loc.line_end > loc.line) {
        auto breaks = static_cast<uint32_t>(std::count(p.text.begin(), p.text.begin() + static_cast<std::ptrdiff_t>(offset),
                                                       '\n'));
        loc.line = std::min(loc.line + breaks, loc.line_end);
        loc.line_end = loc.line;
    }
    return loc;
}

// "a", "b" and "c", quoted.
std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? " and " : ", ";
        (out += '"') += items[i];
        out += '"';
    }
    return out;
}

// The lowered words of the candidate's name and of the organizations and
// places of the entries: "Revolut" opening a bullet is the company the
// candidate worked for, not a misspelled "Revolt". Schools are checked
// (prose.hpp), so Education entries vouch for nothing.
std::unordered_set<std::string> names_in(const Resume& resume) {
    std::unordered_set<std::string> out;
    auto add = [&](std::string_view text) {
        for (const ScannedWord& w : scan_words(text)) out.insert(analyzers::lower(w.text));
    };
    add(resume.contact().name().text());
    for (Section s : resume.sections()) {
        if (s.kind() == RH_SECTION_EDUCATION) continue;
        for (Entry e : s.entries()) {
            add(e.organization().text());
            add(e.place().text());
        }
    }
    return out;
}

}  // namespace

class SpellingAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "spelling";
    static std::vector<RuleInfo> rules() {
        return {
            {kRule, Severity::warning,
             "A word of the summary, a bullet or a title is misspelled (\"managable\", \"requirments\")", "content"},
        };
    }

    explicit SpellingAnalyzer(const OpenContext& ctx)
        : vocabulary_(analyzers::skill_vocabulary(ctx)), technical_(ctx.plugin_dir, *vocabulary_),
          plugin_dir_(ctx.plugin_dir) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        // The word lists expanded from the dictionaries at build time sit beside the plugin.
        std::string dir = host.config("spelling.dictionary_dir").value_or(plugin_dir_);
        std::shared_ptr<const EnglishDictionaries> dictionaries = dictionaries_in(dir);
        if (!dictionaries->ok()) {
            out.not_evaluated(kRule, "the English dictionaries were not found (" + dictionaries->missing() +
                                         "); install hunspell-en-us and hunspell-en-gb");
            return;
        }
        std::vector<Prose> prose = prose_of(resume);
        std::unordered_set<std::string> names = names_in(resume);
        TypoJudge judge(*dictionaries, technical_, names);

        std::map<std::string, Typo> typos;  // by the lowered word
        std::unordered_map<std::string, Judgement> judged;
        std::size_t counted = 0, unknown = 0;
        for (std::size_t i = 0; i < prose.size(); ++i) {
            for (const ScannedWord& w : scan_words(prose[i].text)) {
                std::string key = w.text + '\n' + static_cast<char>('0' + static_cast<int>(prose[i].kind)) +
                                  (w.sentence_start ? '1' : '0');
                auto it = judged.find(key);
                if (it == judged.end())
                    it = judged.emplace(key, judge.judge(w.text, prose[i].kind, w.sentence_start, w.ascii)).first;
                const Judgement& j = it->second;
                if (j.verdict == Judgement::Verdict::skipped) continue;
                ++counted;
                if (j.verdict == Judgement::Verdict::known) continue;
                ++unknown;
                if (j.verdict != Judgement::Verdict::typo) continue;
                Typo& t = typos[analyzers::lower(j.word)];
                if (t.count++ == 0) {
                    std::size_t at = w.text.find(j.word);
                    t = Typo{i, w.offset + (at == std::string::npos ? 0 : at),
                             at == std::string::npos ? w.size : j.word.size(), j.word, 1, j.suggestions};
                }
            }
        }
        double share = counted ? static_cast<double>(unknown) / static_cast<double>(counted) : 0.0;
        out.metric("spelling.unknown_share", share);
        if (counted >= kLanguageSample && share > kForeignShare) {
            out.not_evaluated(kRule, "the text is not in English: the English dictionaries know only " +
                                         std::to_string(static_cast<int>(std::lround(100 * (1 - share)))) +
                                         "% of its words");
            return;
        }
        if (counted == 0) {
            out.not_evaluated(kRule, "no summary, bullets or titles to read");
            return;
        }
        report(host, prose, typos, out);
    }

private:
    void report(const Host& host, const std::vector<Prose>& prose, const std::map<std::string, Typo>& typos,
                Findings& out) const {
        std::vector<const Typo*> order;
        for (const auto& [word, t] : typos) order.push_back(&t);
        std::sort(order.begin(), order.end(), [](const Typo* a, const Typo* b) {
            return a->prose != b->prose ? a->prose < b->prose : a->offset < b->offset;
        });
        double max = host.number("spelling.max_findings", kDefaultMaxFindings);
        if (!(max >= 0)) max = kDefaultMaxFindings;
        std::size_t limit = static_cast<std::size_t>(std::floor(max));
        for (std::size_t k = 0; k < order.size() && k < limit; ++k) {
            const Typo& t = *order[k];
            const Prose& p = prose[t.prose];
            Finding f;
            f.rule = kRule;
            f.severity = Severity::warning;
            if (p.loc) f.loc = located(p, t.offset);
            f.section = p.section;
            f.entry = p.entry;
            f.bullet = p.bullet;
            f.message = analyzers::quoted(t.written) + " looks misspelled: " + analyzers::quoted(context(p.text, t.offset, t.size));
            if (t.count > 1)
                f.message += " (also " + std::to_string(t.count - 1) + " more time" + (t.count > 2 ? "s" : "") + ")";
            f.message += ".";
            f.suggestion = "Did you mean " + analyzers::quoted(t.suggestions[0]) + "?";
            if (t.suggestions.size() > 1)
                f.suggestion += " Hunspell also suggests " +
                                listed({t.suggestions.begin() + 1, t.suggestions.end()}) + ".";
            out.add(f);
        }
    }

    // The dictionaries in `dir`, opened on first use: most runs never change the folder.
    std::shared_ptr<const EnglishDictionaries> dictionaries_in(const std::string& dir) const {
        std::lock_guard lock(mutex_);
        auto& slot = dictionaries_[dir];
        if (!slot) slot = std::make_shared<const EnglishDictionaries>(dir);
        return slot;
    }

    std::shared_ptr<const terms::Vocabulary> vocabulary_;  // shared with the other packs
    TechnicalWords technical_;
    std::string plugin_dir_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::shared_ptr<const EnglishDictionaries>> dictionaries_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<SpellingAnalyzer>(); }

}  // namespace reshost::spelling
