#include "page_limit.hpp"

#include <cmath>

namespace reshost::analyzers {

namespace {

constexpr double kDefaultMaxPages = 2;
constexpr double kDefaultOnePageYears = 10;

}  // namespace

std::size_t max_pages(const sdk::Host& host) {
    double v = host.number("length.max_pages", kDefaultMaxPages);
    if (!(v >= 1 && v <= 1e6)) v = kDefaultMaxPages;
    return static_cast<std::size_t>(v);
}

std::optional<PageLimit> page_limit(const sdk::Host& host, const sdk::Resume& resume) {
    std::size_t max = max_pages(host);
    double one_page_years = host.number("length.one_page_years", kDefaultOnePageYears);
    float years = resume.years_experience();
    if (years >= 0) {
        auto whole = static_cast<int>(std::floor(years));
        if (years < one_page_years)
            return PageLimit{1, "with " + std::to_string(whole) + " years of experience (under " +
                                    std::to_string(static_cast<int>(one_page_years)) + ")"};
        return PageLimit{max, "even with " + std::to_string(whole) + " years of experience"};
    }
    if (auto level = host.config("level")) {
        // A senior may have 10+ years, so only the hard maximum applies.
        if (*level == "senior") return PageLimit{max, "for a senior candidate"};
        return PageLimit{1, "for a " + *level + " candidate"};
    }
    return std::nullopt;
}

bool over_page_limit(const sdk::Host& host, const sdk::Resume& resume) {
    std::size_t pages = resume.pages();
    if (pages == 0) return false;
    auto limit = page_limit(host, resume);
    return pages > (limit ? limit->pages : max_pages(host));
}

}  // namespace reshost::analyzers
