// Whether the document's text was read at all, and whether it is a resume:
// the one judgement every pack asks before it judges content. A page that is a picture of text gives no
// text; a text layer whose words come out run together ("KafkaDesignedandGo,
// implementedreducing") is word salad. Either way nothing can be said about
// the resume's sections, bullets or contact details: the ats pack reports the
// problem (ats.no-text, ats.garbled-text) and the content packs report their
// rules as not evaluated, with the reason given here. A document that reads
// well but is no resume (a guide, a job posting, a letter) is judged the
// same way: ats.not-a-resume says so once, and nothing else is judged.
#pragma once

#include <reshost/sdk.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace reshost::analyzers {

struct DocumentReading {
    enum class State { read, no_text, word_salad, not_a_resume };
    State state = State::read;
    std::size_t words = 0;            // whitespace-separated words of the text
    std::size_t run_together = 0;     // of those, words that are several words run together
    std::vector<std::string> samples; // a few run-together words, for a message
    std::string reason;               // why the content was not evaluated; empty when read

    bool read() const { return state == State::read; }
    double run_together_share() const { return words ? static_cast<double>(run_together) / words : 0.0; }
};

// Reads the text of every block of `doc` once.
DocumentReading reading_of(const sdk::Document& doc);

// The same, and whether the text that was read is a resume at all (State::not_a_resume
// when it holds no contact details and no roles or projects, or is a letter).
DocumentReading reading_of(const sdk::Document& doc, const sdk::Resume& resume);

// True, after reporting every rule of `rules` as not evaluated, when the text
// of `doc` was not read or is not a resume; a content pack returns at once then.
bool not_read(const sdk::Document& doc, const sdk::Resume& resume, const std::vector<sdk::RuleInfo>& rules,
              sdk::Findings& out);

}  // namespace reshost::analyzers
