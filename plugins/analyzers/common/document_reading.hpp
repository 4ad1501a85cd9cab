// Whether the document's text was read at all: the one judgement every pack
// asks before it judges content. A page that is a picture of text gives no
// text; a text layer whose words come out run together ("KafkaDesignedandGo,
// implementedreducing") is word salad. Either way nothing can be said about
// the resume's sections, bullets or contact details: the ats pack reports the
// problem (ats.no-text, ats.garbled-text) and the content packs report their
// rules as not evaluated, with the reason given here.
#pragma once

#include <reshost/sdk.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace reshost::analyzers {

struct DocumentReading {
    enum class State { read, no_text, word_salad };
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

// True, after reporting every rule of `rules` as not evaluated, when the text
// of `doc` was not read; a content pack returns at once then.
bool not_read(const sdk::Document& doc, const std::vector<sdk::RuleInfo>& rules, sdk::Findings& out);

}  // namespace reshost::analyzers
