// The "impact" pack: do experience bullets show results with figures, or
// only duties and unmeasured claims?
//
// Each bullet gets at most one of the per-bullet findings: a vague claim
// ("improved performance") first, else a duty with no result at all
// (task-only), else a result without a figure (unquantified).
#include "data_file.hpp"
#include "excerpt.hpp"
#include "first_party_packs.hpp"
#include "metric_hints.hpp"
#include "phrase_set.hpp"
#include "quantities.hpp"
#include "shared_data.hpp"

#include "document_reading.hpp"

#include <reshost/sdk.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace reshost::impact {

using namespace ::reshost::sdk;
namespace {

using analyzers::excerpt;
using analyzers::quoted;

constexpr double kDefaultShareTarget = 0.6;
constexpr std::size_t kExcerptChars = 80;

// `bullet` followed by `clause`: "Built X" + "cutting Y" -> "Built X, cutting Y".
std::string with_clause(std::string_view bullet, std::string_view clause) {
    std::string out(bullet);
    while (!out.empty() && (out.back() == '.' || out.back() == ' ' || out.back() == ';')) out.pop_back();
    return out + ", " + std::string(clause);
}

// "a latency figure", "an uptime figure".
std::string figure_of(const std::string& kind) {
    bool vowel = !kind.empty() && std::string_view("aeiou").find(kind[0]) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + kind + " figure";
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

// "Technologies: Node.js, React, AWS": a labelled list, not an achievement.
bool is_label_list(std::string_view text) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon > 30) return false;
    std::string_view label = text.substr(0, colon);
    if (std::count(label.begin(), label.end(), ' ') > 2) return false;
    return text.find(',', colon) != std::string_view::npos;
}

struct BulletRef {
    std::string_view text;
    const rh_location* loc;
    int32_t section, entry, bullet;
};

const char* const kRules[] = {"impact.unquantified", "impact.share", "impact.vague", "impact.task-only"};

}  // namespace

class ImpactAnalyzer final : public Analyzer {
public:
    static constexpr const char* name = "impact";
    static std::vector<RuleInfo> rules() {
        return {
            {"impact.unquantified", Severity::info, "An experience bullet tells a result without a figure", "impact"},
            {"impact.share", Severity::warning,
             "Too few experience bullets carry a figure (default target: 60%)", "impact"},
            {"impact.vague", Severity::warning,
             "A bullet claims an improvement (\"improved performance\") without saying how much", "impact"},
            {"impact.task-only", Severity::warning, "A bullet describes a duty with no result and no figure",
             "impact"},
        };
    }

    explicit ImpactAnalyzer(const OpenContext& ctx)
        : quantities_(analyzers::quantity_finder(ctx)),
          hints_(ctx.plugin_dir),
          vague_(analyzers::read_data_lines(ctx.plugin_dir, "vague_claims.txt")),
          results_(analyzers::read_data_lines(ctx.plugin_dir, "result_words.txt")) {}

    void analyze(const Host& host, const Document& doc, const Resume& resume, const Document&,
                 Findings& out) const override {
        if (analyzers::not_read(doc, resume, rules(), out)) return;
        int experience = resume.find(RH_SECTION_EXPERIENCE);
        std::vector<BulletRef> bullets = collect(resume);
        if (bullets.empty()) {
            std::string reason = experience < 0 ? "no Experience section found" : "no bullets found in Experience";
            for (const char* rule : kRules) out.not_evaluated(rule, reason);
            return;
        }
        std::size_t quantified = 0;
        std::vector<const BulletRef*> missing;
        for (const BulletRef& b : bullets) {
            if (quantities_->quantified(b.text)) {
                ++quantified;
                continue;
            }
            missing.push_back(&b);
            check_bullet(b, out);
        }
        double share = static_cast<double>(quantified) / static_cast<double>(bullets.size());
        out.metric("impact.quantified_share", share);
        check_share(host, resume, experience, bullets.size(), quantified, missing, out);
    }

private:
    static std::vector<BulletRef> collect(const Resume& resume) {
        std::vector<BulletRef> out;
        auto sections = resume.sections();
        for (std::size_t s = 0; s < sections.size(); ++s) {
            if (sections[s].kind() != RH_SECTION_EXPERIENCE) continue;
            auto entries = sections[s].entries();
            for (std::size_t e = 0; e < entries.size(); ++e) {
                auto list = entries[e].bullets();
                for (std::size_t k = 0; k < list.size(); ++k)
                    if (!is_label_list(list[k].text()))
                        out.push_back({list[k].text(), list[k].location(), static_cast<int32_t>(s),
                                   static_cast<int32_t>(e), static_cast<int32_t>(k)});
            }
        }
        return out;
    }

    static Finding finding(const char* rule, Severity severity, const BulletRef& b) {
        Finding f;
        f.rule = rule;
        f.severity = severity;
        if (b.loc) f.loc = Location::from(b.loc);
        f.section = b.section;
        f.entry = b.entry;
        f.bullet = b.bullet;
        return f;
    }

    // One finding for a bullet without a figure: vague, task-only or unquantified.
    void check_bullet(const BulletRef& b, Findings& out) const {
        const WordedText text(b.text);
        if (auto m = vague_.find(text)) {
            std::string_view claim = b.text.substr(m->offset, m->size);
            MetricHint hint = hints_.suggest(text);
            Finding f = finding("impact.vague", Severity::warning, b);
            f.message = quoted(claim) + " claims a result without saying how much, in " + quoted(excerpt(b.text, kExcerptChars)) + ".";
            f.suggestion = "Replace " + quoted(claim) + " with the " + hint.kind +
                           " figure it stands for - what moved, from what to what - e.g. " +
                           quoted(with_clause(b.text, hint.example)) + ".";
            out.add(f);
            return;
        }
        MetricHint hint = hints_.suggest(text);
        if (!results_.find(text)) {
            Finding f = finding("impact.task-only", Severity::warning, b);
            f.message = quoted(excerpt(b.text, kExcerptChars)) + " describes a duty, not what came of it.";
            f.suggestion = "Add the result with " + figure_of(hint.kind) + ", e.g. " +
                           quoted(with_clause(b.text, hint.example)) + ".";
            out.add(f);
            return;
        }
        Finding f = finding("impact.unquantified", Severity::info, b);
        f.message = quoted(excerpt(b.text, kExcerptChars)) + " tells a result but gives no figure.";
        f.suggestion = "Put a number on it - " + figure_of(hint.kind) + " fits here, e.g. " +
                       quoted(with_clause(b.text, hint.example)) + ".";
        out.add(f);
    }

    void check_share(const Host& host, const Resume& resume, int experience, std::size_t total,
                     std::size_t quantified, const std::vector<const BulletRef*>& missing, Findings& out) const {
        double target = host.number("impact.share_target", kDefaultShareTarget);
        if (!(target >= 0 && target <= 1)) target = kDefaultShareTarget;
        double share = static_cast<double>(quantified) / static_cast<double>(total);
        if (share >= target || missing.empty()) return;
        auto needed = static_cast<std::size_t>(std::ceil(target * static_cast<double>(total) - 1e-9)) - quantified;
        Finding f;
        f.rule = "impact.share";
        f.severity = Severity::warning;
        f.section = experience;
        if (const rh_location* loc = resume.sections()[experience].location()) f.loc = Location::from(loc);
        f.message = std::to_string(quantified) + " of " + std::to_string(total) + " experience bullet" +
                    (total == 1 ? "" : "s") + " (" +
                    percent(share) + ") carry a figure; the target is " + percent(target) + ".";
        f.suggestion = "Quantify at least " + std::to_string(needed) + " more bullet" + (needed == 1 ? "" : "s") +
                       " - with the figures that show each result (how many, how much, how fast, from what to what) - "
                       "starting with " +
                       quoted(excerpt(missing.front()->text, 60)) + ".";
        out.add(f);
    }

    std::shared_ptr<const analyzers::QuantityFinder> quantities_;  // shared with the other packs
    MetricHints hints_;
    PhraseSet vague_;
    PhraseSet results_;
};

// Exported together with the other first-party packs (see ../first_party_packs.cpp).
const rh_component* component() { return sdk::component<ImpactAnalyzer>(); }

}  // namespace reshost::impact
