// Writes JSON text straight from values, laid out exactly as
// nlohmann::json::dump(2) lays out the same document, without building the
// document first: the report is written once per run and a tree of nodes
// cost more than the writing. Numbers with a fraction, and strings that are
// not valid UTF-8, still go through nlohmann, so they read the same.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reshost::json {

class JsonWriter {
public:
    // Opens an object or an array, as the next value.
    void begin_object() { open('{'); }
    void begin_array() { open('['); }
    // Closes the innermost object or array.
    void end_object() { close('}'); }
    void end_array() { close(']'); }
    // Starts a member of the current object; its value comes next.
    void key(std::string_view name);
    // Writes a value.
    void string(std::string_view s);
    void null();
    void number(double v);
    void number(std::int64_t v);
    void number(std::uint64_t v);
    // A string, or null when it is empty.
    void string_or_null(std::string_view s);
    // The text written so far.
    const std::string& text() const { return out_; }

private:
    void open(char bracket);
    void close(char bracket);
    void next_value();
    void indent(std::size_t level);
    void escaped(std::string_view s);

    std::string out_;
    std::vector<bool> filled_;   // per open object or array: has it a member yet
    bool after_key_ = false;     // the next value follows "key": on the same line
};

}  // namespace reshost::json
