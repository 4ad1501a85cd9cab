// Finds the plain words of a piece of prose: runs of letters, apostrophes and
// hyphens between blanks, with the punctuation around them taken off. A chunk
// that is anything else (a URL, an e-mail address, "k8s", "CI/CD", "Node.js",
// "C#", "v2.1") is not a word a dictionary can judge and is left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::spelling {

struct ScannedWord {
    std::string text;            // as written, typographic apostrophes made plain
    std::size_t offset = 0;      // where it starts in the prose
    std::size_t size = 0;        // bytes it covers in the prose
    bool sentence_start = false; // first word of the piece or after . ! ? : ; or a dash
    bool ascii = true;           // only ASCII letters: others are words of another language
};

std::vector<ScannedWord> scan_words(std::string_view prose);

}  // namespace reshost::spelling
