#include "normalizer_data.hpp"

#include "unicode_words.hpp"

#include <skill_terms.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace reshost::detail {

namespace {

struct Row {
    std::string key, value;
    std::size_t line;
};

// Reads "key <TAB> value" rows, skipping blank lines and '#' comments.
std::vector<Row> read_rows(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the normalizer data file");
    std::vector<Row> rows;
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty() || line.front() == '#') continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos || tab == 0 || trim(std::string_view(line).substr(tab + 1)).empty())
            throw std::runtime_error(path + ":" + std::to_string(n) + ": expected '<kind><TAB><text>'");
        rows.push_back({line.substr(0, tab), std::string(trim(std::string_view(line).substr(tab + 1))), n});
    }
    return rows;
}

[[noreturn]] void bad_kind(const std::string& path, const Row& r) {
    throw std::runtime_error(path + ":" + std::to_string(r.line) + ": unknown kind '" + r.key + "'");
}

std::optional<rh_section_kind> section_kind_of(std::string_view name) {
    for (int k = RH_SECTION_OTHER; k <= RH_SECTION_ACHIEVEMENTS; ++k)
        if (section_kind_name(static_cast<rh_section_kind>(k)) == name) return static_cast<rh_section_kind>(k);
    return std::nullopt;
}

// A kind of section-headings.tsv or heading-words.tsv: a section kind's name, or "volunteer".
std::optional<HeadingKind> heading_kind_of(std::string_view name) {
    if (name == "volunteer") return HeadingKind{RH_SECTION_OTHER, true};
    if (auto k = section_kind_of(name)) return HeadingKind{*k, false};
    return std::nullopt;
}

}  // namespace

std::string without_words(std::string_view key, const std::unordered_set<std::string>& drop) {
    std::string out;
    for (const auto& w : words(key)) {
        if (drop.count(w)) continue;
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

NormalizerData NormalizerData::load(const std::string& dir) {
    NormalizerData d;
    std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";

    std::string path = base + "heading-words.tsv";
    for (const Row& r : read_rows(path)) {
        std::string w = word_key(r.value);
        if (r.key == "connector" || r.key == "sentence") {
            (r.key == "connector" ? d.heading_connectors : d.heading_sentence_words).insert(w);
            continue;
        }
        auto k = heading_kind_of(r.key);
        if (!k) bad_kind(path, r);
        d.heading_words.emplace(w, *k);
    }

    path = base + "section-headings.tsv";
    for (const Row& r : read_rows(path)) {
        auto k = heading_kind_of(r.key);
        if (!k) bad_kind(path, r);
        std::string key = word_key(r.value);
        d.headings_unconnected.emplace(without_words(key, d.heading_connectors), *k);
        d.headings.emplace(std::move(key), *k);
    }

    path = base + "date-words.tsv";
    for (const Row& r : read_rows(path)) {
        std::string w = fold(r.value);
        if (r.key == "present") d.present_words.insert(w);
        else if (r.key == "season") d.season_words.insert(w);
        else if (r.key == "to") d.range_words.insert(w);
        else if (r.key == "years") d.year_units.insert(w);
        else if (r.key == "as-of") d.as_of_labels.insert(word_key(r.value));
        else {
            int m = 0;
            for (char c : r.key) m = (c >= '0' && c <= '9' && m < 100) ? m * 10 + (c - '0') : 100;
            if (m < 1 || m > 12) bad_kind(path, r);
            d.months.emplace(w, m);
        }
    }

    path = base + "contact-words.tsv";
    for (const Row& r : read_rows(path)) {
        std::string w = word_key(r.value);
        if (r.key == "not-name") d.not_names.insert(w);
        else if (r.key == "name-label") d.name_labels.insert(w);
        else if (r.key == "location-label") d.location_labels.insert(w);
        else if (r.key == "phone-label") d.phone_labels.insert(w);
        else bad_kind(path, r);
    }

    path = base + "profile-networks.tsv";
    for (const Row& r : read_rows(path)) {
        if (r.key != "github" && r.key != "linkedin" && r.key != "portfolio" && r.key != "other") bad_kind(path, r);
        d.networks.emplace_back(fold(r.value), r.key);
    }
    std::stable_sort(d.networks.begin(), d.networks.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

    path = base + "phone-regions.tsv";
    for (const Row& r : read_rows(path)) {
        if (r.key.size() != 2 || !std::isupper(static_cast<unsigned char>(r.key[0])) ||
            !std::isupper(static_cast<unsigned char>(r.key[1])))
            bad_kind(path, r);
        d.phone_regions.emplace(word_key(r.value), r.key);
    }
    // The module sits in <lib>/reshost/modules, beside the data directory <lib>/reshost/data.
    std::filesystem::path data_dir(dir.empty() ? std::string(".") : dir);
    if (!data_dir.has_filename()) data_dir = data_dir.parent_path();
    d.phones = std::make_shared<const PhoneLibrary>(data_dir.parent_path() / "modules" / "phone.so");

    path = base + "entry-words.tsv";
    for (const Row& r : read_rows(path)) {
        std::string w = fold(r.value);
        if (r.key == "role") d.role_words.insert(w);
        else if (r.key == "trainee") d.trainee_words.insert(word_key(r.value));
        else if (r.key == "institution") d.institution_words.insert(w);
        else if (r.key == "organization") d.organization_words.insert(w);
        else if (r.key == "degree") d.degree_words.insert(w);
        else if (r.key == "date-label") d.date_labels.insert(word_key(r.value));
        else if (r.key == "stack-label") d.stack_labels.insert(word_key(r.value));
        else if (r.key == "work-mode") d.work_modes.insert(word_key(r.value));
        else if (r.key.rfind("label-", 0) == 0) d.entry_labels.emplace(word_key(r.value), r.key.substr(6));
        else bad_kind(path, r);
    }

    d.skills = std::make_shared<const terms::Vocabulary>(terms::Vocabulary::load(base + "skill-aliases.tsv"));
    path = base + "skill-list-words.tsv";
    for (const Row& r : read_rows(path)) {
        if (r.key == "column") d.skill_columns.insert(word_key(r.value));
        else if (r.key == "level") d.skill_levels.insert(word_key(r.value));
        else bad_kind(path, r);
    }
    return d;
}

std::shared_ptr<const NormalizerData> load_normalizer_data(const std::string& data_dir) {
    return std::make_shared<const NormalizerData>(NormalizerData::load(data_dir));
}

}  // namespace reshost::detail
