// The action verbs a bullet may open with, in every form a bullet uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace reshost::verbs {

enum class Tense { present, past, either };

// One recognised form of an action verb.
struct VerbForm {
    std::string base;  // "build"
    std::string past;  // "built"
    Tense tense = Tense::either;
};

class VerbLexicon {
public:
    // Reads action_verbs.txt from `dir`; throws std::runtime_error naming the file.
    explicit VerbLexicon(const std::string& dir);

    // Looks up a word in any case ("Built", "builds", "building").
    std::optional<VerbForm> find(std::string_view word) const;
    // Returns the present third-person form of a base ("build" -> "builds").
    static std::string third_person(std::string_view base);
    // Returns the number of verbs known.
    std::size_t size() const { return count_; }

private:
    std::unordered_map<std::string, VerbForm> forms_;
    std::size_t count_ = 0;
};

}  // namespace reshost::verbs
