// Document -> Resume: splits the blocks into the contact block and sections,
// then hands each section's content to the entry reader.
#include "contact.hpp"
#include "dates.hpp"
#include "entries.hpp"
#include "headings.hpp"
#include "skills.hpp"
#include "unicode_words.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <cstdio>

namespace reshost::detail {

namespace {

// Level given to a bold or ALL CAPS paragraph line that names a section: below every real heading.
constexpr uint32_t pseudo_level = 7;

struct Unit {
    SectionPart part;
    std::optional<rh_section_kind> kind;  // set on headings that name a section
    bool volunteer = false;
    bool by_words = false;  // named by its words only, not by a heading synonym
    bool plain = false;     // a paragraph in body type that is nothing but a heading synonym
    std::string text;
    Location loc;
};

// A paragraph's first line that stands as a heading: "**EXPERIENCE**", "SKILLS".
bool pseudo_heading(const LineData& line) {
    std::string_view t = trim(line.text);
    if (t.empty() || t.size() > 60 || words(word_key(t)).size() > 6) return false;
    return all_bold(line) || is_all_caps(t);
}

void set_kind(Unit& u, const NormalizerData& data) {
    auto h = read_section_heading(u.text, data, &u.by_words);
    if (!h) return;
    u.kind = h->kind;
    u.volunteer = h->volunteer;
}

std::vector<Unit> units_of(const DocumentData& doc, const NormalizerData& data) {
    std::vector<Unit> out;
    for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
        const BlockData& blk = doc.blocks[b];
        // Running page headers and footers belong to no section (the contact reader still sees them).
        if (blk.kind == RH_BLOCK_RULE || blk.lines.empty() || (blk.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER)))
            continue;
        Unit u;
        u.part = SectionPart{b, 0, blk.lines.size(), false, 0};
        if (blk.kind == RH_BLOCK_HEADING) {
            u.part.heading = true;
            u.part.level = std::clamp<uint32_t>(blk.level, 1, 6);
            u.text = std::string(trim(blk.text));
            set_kind(u, data);
            u.loc = blk.loc;
            out.push_back(std::move(u));
            continue;
        }
        if (blk.kind == RH_BLOCK_PARAGRAPH || blk.kind == RH_BLOCK_TABLE_CELL) {
            Unit h;
            if (pseudo_heading(blk.lines[0])) {
                h.text = std::string(trim(blk.lines[0].text));
                set_kind(h, data);
            } else if (blk.kind == RH_BLOCK_PARAGRAPH && blk.lines.size() == 1 && words(word_key(blk.lines[0].text)).size() <= 4) {
                // A paragraph that is nothing but a heading synonym ("Relevant Experience" set in
                // small capitals, which the text layer gives in lower case) heads a section too.
                h.text = std::string(trim(blk.lines[0].text));
                if (!h.text.empty() && h.text.back() != ':') set_kind(h, data);  // "Languages:" labels a list
                if (h.by_words) h.kind.reset();
                h.plain = true;
            }
            if (h.kind) {
                h.part = SectionPart{b, 0, 1, true, pseudo_level};
                h.loc = blk.lines[0].loc;
                out.push_back(std::move(h));
                if (blk.lines.size() == 1) continue;
                u.part.first_line = 1;
                u.part.line_count = blk.lines.size() - 1;
            }
        }
        out.push_back(std::move(u));
    }
    return out;
}

// How a heading looks: ALL CAPS or not, and its font size when the importer knows it.
std::pair<bool, int> heading_style(const Unit& u, const DocumentData& doc) {
    const BlockData& b = doc.blocks[u.part.block];
    int size = 0;
    for (const auto& sp : b.lines[u.part.first_line].spans)
        if (!trim(sp.text).empty()) {
            size = static_cast<int>(sp.size * 2 + 0.5f);  // half points
            break;
        }
    return {is_all_caps(u.text), size};
}

// A heading of the sections' level that looks unlike the known section headings (not ALL
// CAPS when nearly all of them are, another font size) heads an entry or a group inside a
// section ("Job Title 1", "International Awards"), not a section. The known headings are
// those named by a heading synonym when there are two or more, else every named one; a
// named heading itself is judged only against four or more others.
// A sidebar's headings are judged against the sidebar's, the main column's against the main
// column's: a sidebar often sets its headings smaller.
void demote_unlike_headings(std::vector<Unit>& units, const DocumentData& doc, uint32_t level, bool sidebar) {
    auto in_column = [&](const Unit& u) { return ((doc.blocks[u.part.block].flags & RH_BLOCK_IN_SIDEBAR) != 0) == sidebar; };
    // A column with fewer than two known headings has its unnamed ones judged by the whole
    // document's, on their case only ("Ironflow Health SA" under the main column's one "WORK
    // EXPERIENCE", the other headings in capitals in the sidebar).
    bool whole = false;
    auto named = [&](const Unit& u) { return u.part.heading && u.kind && u.part.level == level && (whole || in_column(u)); };
    auto strong = [&](const Unit& u) { return named(u) && !u.by_words; };
    bool synonyms = false;
    auto known_one = [&](const Unit& u) { return synonyms ? strong(u) : named(u); };
    std::vector<std::pair<bool, int>> known;
    for (bool all : {false, true}) {
        whole = all;
        synonyms = std::count_if(units.begin(), units.end(), strong) >= 2;
        known.clear();
        for (const auto& u : units)
            if (known_one(u)) known.push_back(heading_style(u, doc));
        if (known.size() >= 2) break;
    }
    if (known.size() < 2) return;
    if (whole)
        for (auto& k : known) k.second = 0;
    // What nearly all known headings share: three in four, or all of two or three.
    auto most = [&](std::size_t n) { return known.size() <= 3 ? n == known.size() : n * 4 >= known.size() * 3; };
    std::size_t capitals = static_cast<std::size_t>(std::count_if(known.begin(), known.end(), [](const auto& k) { return k.first; }));
    bool caps = most(capitals), all_caps = capitals == known.size();
    std::map<int, std::size_t> sizes;
    for (const auto& k : known) ++sizes[k.second];
    auto common = std::max_element(sizes.begin(), sizes.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
    int size = common->first && most(common->second) ? common->first : 0;
    // Labels inside roles that a synonym names ("Highlights", "Key achievements") name a
    // summary or achievements; other named headings keep their place whatever their style.
    bool judge_known = known.size() >= 5;
    auto label_kind = [](const Unit& u) { return u.kind == RH_SECTION_SUMMARY || u.kind == RH_SECTION_ACHIEVEMENTS; };
    bool seen_known = false;
    for (auto& u : units) {
        if (!u.part.heading || u.part.level != level) continue;
        // Headings before the first one that names a section, in either column, are not judged.
        if (u.kind) seen_known = true;
        if (!in_column(u)) continue;
        bool is_known = known_one(u);
        if (!seen_known || (is_known && !(judge_known && label_kind(u)))) continue;
        // (Judged by the other column's headings, a heading that names a section keeps its place.)
        if (whole && u.kind) continue;
        auto style = heading_style(u, doc);
        // Letter case varies more than size: a named heading falls on case only when every known one agrees.
        bool unlike = (u.kind ? all_caps && !style.first : caps && !style.first) || (size && style.second != size);
        if (unlike) {
            u.part.level = level + 1;
            u.kind.reset();
        }
    }
}

// Bold lines inside roles that label their bullets ("**Key achievements**", "**Achievements:**")
// name no section: one written with a colon, one repeated, or one unlike the section headings
// (demoted). Their lines hold no content of their own.
void drop_labels(std::vector<Unit>& units) {
    std::map<std::string, int> seen;
    for (const auto& u : units)
        if (u.part.heading && u.part.level >= pseudo_level) ++seen[word_key(u.text)];
    std::erase_if(units, [&](const Unit& u) {
        if (!u.part.heading || u.part.level < pseudo_level) return false;
        std::string_view t = trim(u.text);
        return u.part.level > pseudo_level || seen[word_key(u.text)] > 1 || (!t.empty() && t.back() == ':');
    });
}

// Prose under the name, outside every section: a paragraph of a dozen words or more that holds
// no contact detail. The first such run of paragraphs is the summary, untitled. `loose` lists
// the blocks outside every section, in reading order.
std::optional<SectionData> untitled_summary(const DocumentData& doc, const std::vector<uint32_t>& loose) {
    auto prose = [&](const BlockData& b) {
        // A quotation (a block quote) is not the candidate speaking of themselves.
        if (b.kind != RH_BLOCK_PARAGRAPH || (b.flags & (RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER | RH_BLOCK_IN_QUOTE))) return false;
        std::string text;
        for (const auto& l : b.lines) text += l.text + " ";
        if (text.find('@') != std::string::npos || text.find("://") != std::string::npos) return false;
        return words(word_key(text)).size() >= 12 && letter_count(text) * 10 >= text.size() * 7;
    };
    std::optional<SectionData> s;
    for (std::size_t i = 0; i < loose.size(); ++i) {
        uint32_t b = loose[i];
        const BlockData& blk = doc.blocks[b];
        if (!prose(blk) || (s && b != s->first_block + s->block_count)) {
            if (s) break;
            continue;
        }
        if (!s) {
            s.emplace();
            s->kind = RH_SECTION_SUMMARY;
            s->loc = blk.loc;
            s->first_block = static_cast<uint32_t>(b);
        }
        s->block_count = static_cast<uint32_t>(b + 1) - s->first_block;
        for (const auto& l : blk.lines)
            if (std::string t = squeeze(l.text); !t.empty()) s->lines.push_back(FieldData{t, l.loc});
    }
    return s;
}

// Months since year 0 of a normalized date; year-only dates read as January.
std::optional<int> month_of(std::string_view value, int today) {
    if (value == "present") return today;
    if (value.size() < 4) return std::nullopt;
    int y = 0, m = 1;
    for (std::size_t i = 0; i < 4; ++i) {
        if (value[i] < '0' || value[i] > '9') return std::nullopt;
        y = y * 10 + (value[i] - '0');
    }
    if (value.size() == 7) m = (value[5] - '0') * 10 + (value[6] - '0');
    return y * 12 + (m - 1);
}

int parse_today(std::string_view today) {
    if (auto m = month_of(today, 0)) return *m;
    auto now = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return static_cast<int>(now.year()) * 12 + static_cast<int>(static_cast<unsigned>(now.month())) - 1;
}

// Whether `key` (a word key) holds `phrase` (a word key) as whole words.
bool holds_words(const std::string& key, const std::string& phrase) {
    std::string k = " " + key + " ";
    return k.find(" " + phrase + " ") != std::string::npos;
}

// A role held while in training ("Software Engineering Intern", "Working Student").
bool trainee_role(const EntryData& e, const NormalizerData& data) {
    std::string key = word_key(e.title.text);
    for (const auto& w : data.trainee_words)
        if (holds_words(key, w)) return true;
    return false;
}

// The years a summary states ("8+ years", "with 10 years of experience"): the largest
// count of 1 to 50 before a year unit, written as a floor ("8+") or tied to experience
// ("with 10 years", "10 years of"), else -1. A "20-year-old codebase" states nothing.
float stated_years(const ResumeData& r, const NormalizerData& data) {
    float best = -1;
    for (const auto& s : r.sections) {
        if (s.kind != RH_SECTION_SUMMARY) continue;
        for (const auto& line : s.lines) {
            const std::string& t = line.text;
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (!std::isdigit(static_cast<unsigned char>(t[i])) ||
                    (i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1]))))
                    continue;
                std::size_t j = i;
                while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
                if (j - i > 2) {
                    i = j;
                    continue;
                }
                int count = std::stoi(t.substr(i, j - i));
                bool floor = j < t.size() && t[j] == '+';
                std::vector<std::string> after = words(word_key(std::string_view(t).substr(j, 40)));
                std::vector<std::string> before = words(word_key(std::string_view(t).substr(i > 12 ? i - 12 : 0, i > 12 ? 12 : i)));
                bool unit = !after.empty() && data.year_units.count(after[0]);
                bool tied = after.size() > 1 && (after[1] == "of" || after[1] == "experience");
                bool led = !before.empty() && (before.back() == "with" || before.back() == "over");
                if (unit && (floor || tied || led) && count >= 1 && count <= 50)
                    best = std::max(best, static_cast<float>(count));
                i = j;
            }
        }
    }
    return best;
}

// The month a resume speaks as of: a dated label ("Last updated on 21st January 2015") in
// its text, else `today`. "Present" means that month.
int as_of_month(const DocumentData& doc, const NormalizerData& data, int today) {
    for (const auto& b : doc.blocks) {
        std::string key = word_key(b.text);
        for (const auto& label : data.as_of_labels) {
            if (key.rfind(label + " ", 0) != 0 && key.find(" " + label + " ") == std::string::npos) continue;
            auto found = find_dates(b.text, data);
            if (!found || found->range) continue;
            auto month = month_of(found->start.value, today);
            if (month && *month <= today) return *month;
        }
    }
    return today;
}

// Years of professional experience: the union of the dated roles' spans (overlaps
// count once), without roles held in training; at least what the summary states.
float years_of_experience(const ResumeData& r, const NormalizerData& data, int today) {
    std::vector<std::pair<int, int>> spans;
    bool trained = false;  // a dated role held in training: the years are known, and none yet
    for (const auto& s : r.sections) {
        if (s.kind != RH_SECTION_EXPERIENCE) continue;
        for (const auto& e : s.entries) {
            auto a = month_of(e.start.value, today);
            auto b = month_of(e.end.value, today);
            if (!a || !b) continue;
            if (trainee_role(e, data)) {
                trained = true;
                continue;
            }
            int end = *b;
            // A month-precise end counts its month; a year-only range counts whole years between.
            if (e.end.value.size() == 7 && e.end.value != "present") end += 1;
            if (end <= *a) end = *a + (e.start.value.size() == 4 ? 12 : 1);
            spans.emplace_back(*a, end);
        }
    }
    float stated = stated_years(r, data);
    if (spans.empty()) return std::max(trained ? 0.0f : -1.0f, stated);
    std::sort(spans.begin(), spans.end());
    int total = 0, cur_a = spans[0].first, cur_b = spans[0].second;
    for (const auto& [a, b] : spans) {
        if (a > cur_b) {
            total += cur_b - cur_a;
            cur_a = a;
            cur_b = b;
        } else cur_b = std::max(cur_b, b);
    }
    total += cur_b - cur_a;
    // "15+ years" is a floor: roles listed may be only the recent ones.
    return std::max(static_cast<float>(total) / 12.0f, stated);
}

uint32_t meta_number(const DocumentData& doc, std::string_view key, uint32_t fallback) {
    std::string_view v = trim(doc.meta_value(key));
    if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string_view::npos) return fallback;
    return static_cast<uint32_t>(std::stoul(std::string(v)));
}

// A title line that is the name or starts with it ("Jane Doe - Data Scientist").
bool holds_name(std::string_view heading, std::string_view name) {
    if (name.empty()) return false;
    std::string h = word_key(heading), n = word_key(name);
    return !n.empty() && h.rfind(n, 0) == 0;
}

// A main column without real headings beside a sidebar with them ("Relevant Experience" in bold
// body type under the name, "Skills" and "Education" as headings in the sidebar): the main
// column's bold lines that name a section head its sections, at the sidebar's level.
template <class Known>
void promote_main_column_lines(std::vector<Unit>& units, const DocumentData& doc, Known real_known) {
    auto side = [&](const Unit& u) { return (doc.blocks[u.part.block].flags & RH_BLOCK_IN_SIDEBAR) != 0; };
    auto first_side = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return side(u) && real_known(u); });
    if (first_side == units.end()) return;
    // (The name above the main column is a heading of a level of its own.)
    auto real_heading = [&](const Unit& u) {
        return u.part.heading && u.part.level >= first_side->part.level && u.part.level < pseudo_level;
    };
    if (std::any_of(units.begin(), units.end(), [&](const Unit& u) { return !side(u) && real_heading(u); })) return;
    for (auto& u : units)
        if (!side(u) && u.part.heading && u.part.level == pseudo_level && u.kind && !u.plain)
            u.part.level = first_side->part.level;
}

}  // namespace

ResumeData normalize(const DocumentData& doc, const NormalizerData& data) { return normalize(doc, data, {}); }

ResumeData normalize(const DocumentData& doc, const NormalizerData& data, std::string_view today) {
    ResumeData r;
    r.pages = meta_number(doc, "pages", static_cast<uint32_t>(doc.pages.size()));
    r.columns = std::max<uint32_t>(1, meta_number(doc, "columns", 1));

    std::vector<Unit> units = units_of(doc, data);
    // Headings set in body type ("Relevant Experience" in small capitals) count only where
    // nothing else names a section: otherwise "Leadership" over a skill group is content.
    auto styled = [](const Unit& u) { return u.part.heading && u.kind && !u.plain; };
    if (std::count_if(units.begin(), units.end(), styled) >= 2)
        for (auto& u : units)
            if (u.plain) u = Unit{SectionPart{u.part.block, 0, 1, false, 0}, std::nullopt, false, false, false, {}, u.loc};
    // Sections are headed by real headings where two or more of them name a section; bold lines
    // head sections only in documents without such headings.
    auto real_known = [](const Unit& u) { return u.kind.has_value() && u.part.level < pseudo_level; };
    bool real = std::count_if(units.begin(), units.end(), real_known) >= 2;
    if (real) promote_main_column_lines(units, doc, real_known);
    auto first = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return real ? real_known(u) : u.kind.has_value(); });
    std::size_t region_end = first == units.end() ? doc.blocks.size() : first->part.block;
    r.contact = read_contact(doc, region_end, data);
    if (first == units.end()) return r;

    uint32_t level = first->part.level;
    for (bool sidebar : {false, true}) demote_unlike_headings(units, doc, level, sidebar);
    drop_labels(units);
    auto starts_section = [&](const Unit& u, bool before_first) {
        if (!u.part.heading) return false;
        if (before_first)  // an unknown heading of the sections' level before them ("Contact Information")
            return level < pseudo_level && u.part.level == level && !holds_name(u.text, r.contact.name.text);
        if (u.part.level == pseudo_level) return level == pseudo_level && u.kind.has_value();
        // Under bold-line section headings, real headings head entries unless they name a section.
        if (level == pseudo_level) return u.kind.has_value();
        return u.part.level <= level;
    };

    // A role's title set like the section headings ("BACKEND ENGINEER" over "Orbitleaf · Remote /
    // 8/2021 – Today") heads an entry of the roles it is among, not a section.
    auto role_heading = [&](std::size_t i) {
        const Unit& u = units[i];
        if (!u.part.heading || u.kind || r.sections.empty() || i + 1 >= units.size()) return false;
        const SectionData& cur = r.sections.back();
        if (cur.kind != RH_SECTION_EXPERIENCE && !cur.volunteer) return false;
        if (!has_word(u.text, data.role_words) || find_dates(u.text, data)) return false;
        const Unit& next = units[i + 1];
        if (next.part.heading) return false;
        const BlockData& b = doc.blocks[next.part.block];
        for (std::size_t l = next.part.first_line; l < b.lines.size() && l < next.part.first_line + 2; ++l)
            if (find_dates(b.lines[l].text, data)) return true;
        return false;
    };
    std::vector<std::pair<std::size_t, std::vector<SectionPart>>> open;  // section index, its parts
    std::vector<bool> by_words;  // per section: its heading was named by its words only
    std::vector<uint32_t> loose;  // blocks outside every section, before the main column's first one
    bool main_section = false;    // a section outside the sidebar has started
    std::size_t first_index = static_cast<std::size_t>(first - units.begin());
    bool outside = false;  // after the resume: a guide or notes around a sample resume
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit& u = units[i];
        // An unknown heading above the sections' level ends them ("## How to Use This Template"
        // after "### Skills"); a known section heading starts them again.
        // Under bold-line section headings, a real heading ends them only where it cannot head an
        // entry: in a section without entries ("## How to Use This Template" after "**SKILLS**").
        bool above = level < pseudo_level ? u.part.level < level
                                          : !r.sections.empty() && !has_entries(r.sections.back().kind) &&
                                                !r.sections.back().volunteer;
        if (i > first_index && u.part.heading && !u.kind && above) {
            if (!outside) {
                auto& prev = r.sections.back();
                prev.block_count = u.part.block - prev.first_block;
            }
            outside = true;
            continue;
        }
        if (outside && !(u.part.heading && u.kind && u.part.level <= level)) continue;
        if (starts_section(u, i < first_index) && !(i > first_index && role_heading(i))) {
            SectionData s;
            s.kind = u.kind.value_or(RH_SECTION_OTHER);
            s.volunteer = u.volunteer;
            by_words.push_back(u.by_words);
            if (!(doc.blocks[u.part.block].flags & RH_BLOCK_IN_SIDEBAR)) main_section = true;
            s.heading = FieldData{u.text, u.loc};
            s.loc = u.loc;
            s.first_block = u.part.block;
            if (!r.sections.empty() && !outside) {
                auto& prev = r.sections.back();
                prev.block_count = u.part.block - prev.first_block;
            }
            outside = false;
            r.sections.push_back(std::move(s));
            open.emplace_back(r.sections.size() - 1, std::vector<SectionPart>{});
            continue;
        }
        if (r.sections.empty()) {  // the contact block
            loose.push_back(u.part.block);
            continue;
        }
        // A sidebar section ends where the main column's text begins (the intro under the name
        // beside "Profiles" and "Skills" in the sidebar), and a main-column section where the
        // sidebar's begins (a contact block read after "Experience").
        const SectionData& cur = r.sections.back();
        bool side_section = doc.blocks[cur.first_block].flags & RH_BLOCK_IN_SIDEBAR;
        bool side_block = doc.blocks[u.part.block].flags & RH_BLOCK_IN_SIDEBAR;
        if ((side_section && !main_section && !side_block) || (!side_section && side_block)) {
            loose.push_back(u.part.block);
            continue;
        }
        open.back().second.push_back(u.part);
    }
    auto& last = r.sections.back();
    if (!outside) last.block_count = static_cast<uint32_t>(doc.blocks.size()) - last.first_block;
    for (auto& [index, parts] : open) {
        SectionData& s = r.sections[index];
        read_section_content(s, parts, doc, data);
        // "Technical Experience" over undated projects: a heading named by its words alone
        // is taken for roles only when some entry under it is dated.
        bool dated = std::any_of(s.entries.begin(), s.entries.end(),
                                 [](const EntryData& e) { return !e.start.raw.empty() || !e.end.raw.empty(); });
        if (s.kind == RH_SECTION_EXPERIENCE && by_words[index] && !dated) {
            s.kind = RH_SECTION_OTHER;
            s.entries.clear();
            s.lines.clear();
            read_section_content(s, parts, doc, data);
        }
        if (r.sections[index].kind == RH_SECTION_SKILLS)
            read_skills(r.skills, static_cast<int32_t>(index), parts, doc, data);
    }

    if (std::none_of(r.sections.begin(), r.sections.end(), [](const SectionData& s) { return s.kind == RH_SECTION_SUMMARY; }))
        if (auto intro = untitled_summary(doc, loose))
            r.sections.insert(r.sections.begin(), std::move(*intro));

    r.years_experience = years_of_experience(r, data, as_of_month(doc, data, parse_today(today)));
    return r;
}

}  // namespace reshost::detail
