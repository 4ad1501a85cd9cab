#include "phone_metadata.hpp"

#include <charconv>
#include <cstdio>

namespace reshost::detail {

namespace {

// The fields of a tab-separated line.
std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) return out;
        start = tab + 1;
    }
}

bool to_int(std::string_view s, int& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

// "7,9,10" -> {7, 9, 10}; false when malformed.
bool lengths(std::string_view s, std::vector<int>& out) {
    while (!s.empty()) {
        std::size_t comma = s.find(',');
        int n = 0;
        if (!to_int(s.substr(0, comma), n)) return false;
        out.push_back(n);
        s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
    }
    return true;
}

constexpr std::size_t region_fields = 10 + 2 * PhoneRegion::type_count;

// The file's order of the number types (after the general description).
constexpr PhoneRegion::Type file_order[] = {PhoneRegion::fixed_line,  PhoneRegion::mobile,          PhoneRegion::toll_free,
                                            PhoneRegion::premium_rate, PhoneRegion::shared_cost,    PhoneRegion::personal_number,
                                            PhoneRegion::voip,        PhoneRegion::pager,           PhoneRegion::uan,
                                            PhoneRegion::voicemail};

std::unique_ptr<PhoneRegion> parse_region(std::string_view line) {
    auto f = fields(line);
    if (f.size() != region_fields) return nullptr;
    auto r = std::make_unique<PhoneRegion>();
    r->id = std::string(f[0]);
    if (!to_int(f[1], r->code)) return nullptr;
    r->international_prefix = PhonePattern(f[2]);
    r->national_prefix = PhonePattern(f[3]);
    r->has_national_prefix = !f[3].empty();
    r->has_transform_rule = !f[4].empty();
    r->leading_digits = PhonePattern(f[5]);
    r->same_mobile_and_fixed_line = f[6] == "1";
    r->general.pattern = PhonePattern(f[7]);
    if (!lengths(f[8], r->general.lengths) || !lengths(f[9], r->local_only_lengths)) return nullptr;
    for (std::size_t t = 0; t < PhoneRegion::type_count; ++t) {
        PhoneNumberDesc& d = r->types[file_order[t]];
        d.pattern = PhonePattern(f[10 + 2 * t]);
        if (!lengths(f[11 + 2 * t], d.lengths)) return nullptr;
    }
    return r;
}

}  // namespace

PhoneMetadata::PhoneMetadata(const std::filesystem::path& file) {
    std::FILE* in = std::fopen(file.c_str(), "rb");
    if (!in) {
        error_ = "cannot open " + file.string();
        return;
    }
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (!ec) {
        text_.resize(size);
        if (std::fread(text_.data(), 1, size, in) != size) ec = std::make_error_code(std::errc::io_error);
    }
    std::fclose(in);
    if (ec) {
        error_ = "cannot read " + file.string();
        text_.clear();
        return;
    }
    // The calling code lines come first; region lines are located when asked for.
    std::string_view rest = text_;
    std::size_t line_no = 0;
    while (!rest.empty() && (rest[0] == '#' || rest[0] == '+')) {
        ++line_no;
        std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        if (line[0] == '#') continue;
        std::size_t tab = line.find('\t');
        int code = 0;
        if (tab == std::string_view::npos || !to_int(line.substr(1, tab - 1), code)) {
            error_ = file.string() + ":" + std::to_string(line_no) + ": bad calling code line";
            break;
        }
        auto& regions = codes_[code];
        std::string_view list = line.substr(tab + 1);
        while (!list.empty()) {
            std::size_t sp = list.find(' ');
            regions.push_back(list.substr(0, sp));
            list = sp == std::string_view::npos ? std::string_view() : list.substr(sp + 1);
        }
    }
    if (error_.empty() && (codes_.empty() || rest.empty())) error_ = file.string() + ": no phone metadata in it";
    if (!error_.empty()) codes_.clear();
}

const std::vector<std::string_view>* PhoneMetadata::regions_for_code(int code) const {
    auto it = codes_.find(code);
    return it == codes_.end() || it->second.empty() ? nullptr : &it->second;
}

const PhoneRegion* PhoneMetadata::region(std::string_view id) const {
    std::lock_guard lock(mutex_);
    if (auto it = parsed_.find(id); it != parsed_.end()) return it->second.get();
    std::unique_ptr<PhoneRegion> parsed;
    if (error_.empty() && !id.empty()) {
        // A region line starts a line with its id and a tab; calling code lines start with '+'.
        std::string key(1, '\n');
        key.append(id).push_back('\t');
        std::size_t at = text_.find(key);
        if (at != std::string::npos) {
            std::size_t begin = at + 1, end = text_.find('\n', begin);
            parsed = parse_region(std::string_view(text_).substr(begin, end == std::string::npos ? end : end - begin));
        }
    }
    const PhoneRegion* out = parsed.get();
    parsed_.emplace(std::string(id), std::move(parsed));
    return out;
}

}  // namespace reshost::detail
