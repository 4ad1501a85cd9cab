// Where a command writes its result: stdout or the file given with -o.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace reshost::cli {

class Output {
public:
    // An empty path means stdout.
    explicit Output(std::string path);

    // Whether ANSI colour fits: stdout is a terminal, no -o, NO_COLOR unset or empty.
    bool color() const;
    // Writes all of `text`; on failure returns false and sets `error`.
    bool write(std::string_view text, std::string& error) const;
    // Writes the pieces one after the other, as one output.
    bool write(std::initializer_list<std::string_view> pieces, std::string& error) const;

private:
    std::string path_;
};

}  // namespace reshost::cli
