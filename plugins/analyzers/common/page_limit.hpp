// How many pages the candidate's resume may have: one page under
// `length.one_page_years` years of experience, else `length.max_pages`. The
// length pack reports a resume over it (length.pages); other packs read it so
// that they never advise growing a resume that is already too long.
#pragma once

#include <reshost/sdk.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace reshost::analyzers {

struct PageLimit {
    std::size_t pages;
    std::string because;  // "with 4 years of experience (under 10)"
};

// The limit for the candidate; nullopt when the years of experience are unknown.
std::optional<PageLimit> page_limit(const sdk::Host& host, const sdk::Resume& resume);

// The configured maximum number of pages for anyone (`length.max_pages`).
std::size_t max_pages(const sdk::Host& host);

// True when the resume has pages and more of them than its limit.
bool over_page_limit(const sdk::Host& host, const sdk::Resume& resume);

}  // namespace reshost::analyzers
