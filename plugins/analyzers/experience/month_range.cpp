#include "month_range.hpp"

#include <chrono>

namespace reshost::experience {
namespace {

std::optional<int> digits(std::string_view s) {
    if (s.empty()) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// "YYYY-MM" or "YYYY-MM-DD" as a month number.
std::optional<int> read_month(std::string_view s) {
    if (s.size() != 7 && s.size() != 10) return std::nullopt;
    if (s[4] != '-' || (s.size() == 10 && s[7] != '-')) return std::nullopt;
    auto y = digits(s.substr(0, 4));
    auto m = digits(s.substr(5, 2));
    if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
    return *y * 12 + *m - 1;
}

}  // namespace

std::optional<MonthRange> read_month_range(std::string_view value, int today) {
    if (value == "present") return MonthRange{today, today};
    if (value.size() == 4) {
        auto y = digits(value);
        if (!y) return std::nullopt;
        return MonthRange{*y * 12, *y * 12 + 11};
    }
    auto m = read_month(value);
    if (!m) return std::nullopt;
    return MonthRange{*m, *m};
}

int today_month(const sdk::Host& host) {
    if (auto configured = host.config("experience.today")) {
        if (auto m = read_month(*configured)) return *m;
        host.log(RH_LOG_WARNING,
                 "experience.today = \"" + *configured + "\" is not a YYYY-MM date; using the current month");
    }
    auto now = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return static_cast<int>(now.year()) * 12 + static_cast<int>(static_cast<unsigned>(now.month())) - 1;
}

std::string month_name(int month) {
    static constexpr const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(names[month % 12]) + " " + std::to_string(month / 12);
}

std::string duration_text(int months) {
    auto unit = [](int n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    int years = months / 12, rest = months % 12;
    if (years == 0) return unit(rest, "month", "months");
    if (rest == 0) return unit(years, "year", "years");
    return unit(years, "year", "years") + " " + unit(rest, "month", "months");
}

}  // namespace reshost::experience
