// The checks of the "polish" pack, one class per rule: each reads its data
// files once when the pack opens and then judges one document per call.
#pragma once

#include "text_lines.hpp"

#include "quantities.hpp"

#include <reshost/sdk.hpp>

#include <memory>
#include <string>
#include <vector>

namespace reshost::polish {

// polish.template-text: sample or placeholder text of a resume template.
class TemplateText {
public:
    explicit TemplateText(const std::string& dir);
    // `contact_phone`: the phone number the normalizer found in the contact lines.
    void check(const TextLines& text, std::string_view contact_phone, sdk::Findings& out) const;
    // True when `text` holds a template phrase ("This Free Resume Template is..."): other
    // packs leave such text to this rule (a link in a template's footer is not the candidate's).
    bool holds_phrase(std::string_view text) const;

private:
    struct Phrase {
        std::string head, tail;  // "insert * here": the tail follows the head closely on the same line
    };
    std::vector<Phrase> phrases_;
    std::vector<std::string> placeholder_words_;
};

// polish.personal-data: birth date, age, marital status and the like.
class PersonalData {
public:
    explicit PersonalData(const std::string& dir);
    void check(const TextLines& text, sdk::Findings& out) const;

private:
    struct Label {
        std::string kind, text;
        bool value_is_number;  // "DOB 12/03/1990", "Age 34": a figure may follow without a colon
    };
    std::vector<Label> labels_;
    std::vector<std::string> marital_words_;
    std::vector<std::string> street_words_, street_suffixes_;
};

// polish.html-entities: entities and invisible characters in the text an ATS reads.
class HiddenCharacters {
public:
    explicit HiddenCharacters(const std::string& dir);
    void check(const TextLines& text, sdk::Findings& out) const;

private:
    std::vector<std::string> entities_;  // "amp", "quot"...
};

// polish.date-formats: entry dates written in more than one form.
class DateFormats {
public:
    void check(const sdk::Resume& resume, sdk::Findings& out) const;
};

// polish.filler: empty words and vague amounts in bullets and the summary.
class Filler {
public:
    Filler(const std::string& dir, std::shared_ptr<const analyzers::QuantityFinder> quantities);
    void check(const sdk::Resume& resume, sdk::Findings& out) const;

private:
    struct Phrase {
        std::string text;        // lowered
        std::string suggestion;  // what to write instead
        bool at_end = false;     // counts only where a sentence ends ("…, and more.")
        bool unmeasured = false; // counts only in a bullet without a figure
    };
    std::vector<Phrase> phrases_;
    std::vector<std::string> judged_elsewhere_;  // vague claims and buzzwords, normalized
    std::shared_ptr<const analyzers::QuantityFinder> quantities_;
};

}  // namespace reshost::polish
