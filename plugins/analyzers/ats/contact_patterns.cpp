#include "contact_patterns.hpp"

#include <string>
#include <vector>

namespace reshost::ats {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_local_part(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool is_domain_part(char c) { return is_alnum(c) || c == '.' || c == '-'; }
bool is_phone_part(char c) { return is_digit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'; }

// Digit groups that are all years ("2019 - 2021") are a date range, not a number.
bool only_years(std::string_view run) {
    std::size_t groups = 0;
    for (std::size_t i = 0; i < run.size();) {
        if (!is_digit(run[i])) {
            ++i;
            continue;
        }
        std::size_t b = i;
        while (i < run.size() && is_digit(run[i])) ++i;
        std::string_view g = run.substr(b, i - b);
        if (g.size() != 4 || !(g.substr(0, 2) == "19" || g.substr(0, 2) == "20")) return false;
        ++groups;
    }
    return groups > 0;
}

}  // namespace

std::string_view find_email(std::string_view text) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        std::size_t b = at;
        while (b > 0 && is_local_part(text[b - 1])) --b;
        std::size_t e = at + 1;
        while (e < text.size() && is_domain_part(text[e])) ++e;
        while (e > at + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
        std::string_view domain = text.substr(at + 1, e - at - 1);
        std::size_t dot = domain.rfind('.');
        if (b == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) continue;
        return text.substr(b, e - b);
    }
    return {};
}

std::string_view find_phone(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        bool starts = is_digit(c) || c == '+' || c == '(';
        if (!starts || (i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '/'))) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < text.size() && is_phone_part(text[e])) ++e;
        std::string_view run = text.substr(i, e - i);
        while (!run.empty() && !is_digit(run.back()) && run.back() != ')') run.remove_suffix(1);
        std::size_t digits = 0, separators = 0;
        for (char r : run) {
            if (is_digit(r)) ++digits;
            else if (r != ' ') ++separators;
        }
        bool grouped = separators > 0 || run.find(' ') != std::string_view::npos || run.front() == '+';
        bool glued = e < text.size() && is_alnum(text[e]);
        if (digits >= 9 && digits <= 15 && grouped && !glued && !only_years(run)) return run;
        i = e > i ? e : i + 1;
    }
    return {};
}

}  // namespace reshost::ats
