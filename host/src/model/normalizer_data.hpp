// The word lists the normalizer reads from the host's data directory.
#pragma once

#include "model.hpp"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace reshost::terms {
class Vocabulary;
}

namespace reshost::detail {

// What a heading names: a section kind, and whether the section lists volunteering roles.
struct HeadingKind {
    rh_section_kind kind = RH_SECTION_OTHER;
    bool volunteer = false;
};

class NormalizerData {
public:
    // Kind of each heading word key ("work experience"), and of the same key without connector words.
    std::unordered_map<std::string, HeadingKind> headings, headings_unconnected;
    // Kind named by a single word of a heading ("experience", "berufserfahrung"), and words dropped
    // before comparing headings ("and", "und").
    std::unordered_map<std::string, HeadingKind> heading_words;
    std::unordered_set<std::string> heading_connectors;
    // Words of a title or a sentence ("how", "your"): a heading holding one is not read by its words.
    std::unordered_set<std::string> heading_sentence_words;
    // Month number of each folded month word ("jan", "janvier").
    std::unordered_map<std::string, int> months;
    std::unordered_set<std::string> present_words, season_words, range_words;
    // Folded words for years after a count ("8+ years"), and word keys of the phrases that
    // date a document ("last updated"): "Present" means that date, not today.
    std::unordered_set<std::string> year_units, as_of_labels;
    // Folded word keys of contact lines: titles that are not names, and labels.
    std::unordered_set<std::string> not_names, name_labels, location_labels;
    // (host, network) pairs; a longer host is tried first.
    std::vector<std::pair<std::string, std::string>> networks;
    // Folded words that mark a job title, a school, a company.
    std::unordered_set<std::string> role_words, institution_words, organization_words;
    // Folded words of a title held while in training ("intern", "working student"): such
    // roles are not counted in the years of professional experience.
    std::unordered_set<std::string> trainee_words;
    // Degree words, written without dots ("bs", "bachelor"); word keys of labels before a
    // date ("expected graduation") and before a project's technologies ("tech stack").
    std::unordered_set<std::string> degree_words, date_labels, stack_labels;
    // Word keys of work modes that are a role's place on their own ("remote", "hybrid").
    std::unordered_set<std::string> work_modes;
    // Entry field of each label word key of a labelled entry ("company name" -> "organization").
    std::unordered_map<std::string, std::string> entry_labels;
    // Folded labels of a phone line ("mobile", "电话"), and the region of each place word ("germany" -> "DE").
    std::unordered_set<std::string> phone_labels;
    std::unordered_map<std::string, std::string> phone_regions;
    // Region for numbers written without a country code when the resume names no place ("" : none).
    std::string default_phone_region;
    // The phone module (libphonenumber), mapped when a resume first holds a number.
    std::shared_ptr<const PhoneLibrary> phones;
    // The skill vocabulary shared with the analyzers (skill-aliases.tsv).
    std::shared_ptr<const terms::Vocabulary> skills;
    // Word keys of skills-table column headings and of proficiency levels (skill-list-words.tsv).
    std::unordered_set<std::string> skill_columns, skill_levels;

    // Reads every data file from `dir`; throws std::runtime_error naming the file and line.
    static NormalizerData load(const std::string& dir);
};

// The word key without the given words ("education and training" -> "education training").
std::string without_words(std::string_view key, const std::unordered_set<std::string>& drop);

}  // namespace reshost::detail
