// Reads the central directory and inflates entries with zlib alone. A DOCX
// needs only stored and deflated entries; a general zip library (libzip) also
// maps bzip2, lzma and a whole crypto library on every run for encryption a
// Word file never uses, which cost more than reading the document itself.
#include "zip_package.hpp"

#include <zlib.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace reshost::docx {
namespace {

constexpr uint32_t end_signature = 0x06054b50;          // end of central directory
constexpr uint32_t zip64_locator_signature = 0x07064b50;
constexpr uint32_t zip64_end_signature = 0x06064b50;
constexpr uint32_t entry_signature = 0x02014b50;        // central directory file header
constexpr uint32_t local_signature = 0x04034b50;
constexpr std::size_t end_size = 22, zip64_locator_size = 20, zip64_end_size = 56;
constexpr std::size_t entry_size = 46, local_size = 30;
constexpr std::size_t max_comment = 0xffff;
constexpr uint16_t method_stored = 0, method_deflated = 8;
constexpr uint16_t flag_encrypted = 1;

std::string mib(uint64_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

uint64_t le(std::string_view d, std::size_t at, int bytes) {
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(d[at + static_cast<std::size_t>(i)]);
    return v;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

struct Entry {
    std::string name;
    uint16_t flags = 0, method = 0;
    uint32_t crc = 0;
    uint64_t compressed = 0, size = 0, local_offset = 0;
};

// Replaces the 32-bit fields that are all ones with the values of the Zip64 extra field.
bool apply_zip64(std::string_view extra, Entry& e) {
    for (std::size_t at = 0; at + 4 <= extra.size();) {
        auto id = le(extra, at, 2), len = le(extra, at + 2, 2);
        if (at + 4 + len > extra.size()) return false;
        if (id == 1) {
            std::size_t p = at + 4, end = p + len;
            for (uint64_t* field : {&e.size, &e.compressed, &e.local_offset}) {
                if (*field != 0xffffffff) continue;
                if (p + 8 > end) return false;
                *field = le(extra, p, 8);
                p += 8;
            }
            return true;
        }
        at += 4 + len;
    }
    return true;
}

// The central directory, or why it cannot be read.
std::string read_directory(std::string_view d, std::vector<Entry>& entries, uint64_t max_entries) {
    if (d.size() < end_size) return "damaged zip archive: Not a zip archive";
    std::size_t lowest = d.size() >= end_size + max_comment ? d.size() - end_size - max_comment : 0;
    std::size_t end = std::string_view::npos;
    for (std::size_t at = d.size() - end_size + 1; at-- > lowest;)
        if (le(d, at, 4) == end_signature && at + end_size + le(d, at + 20, 2) <= d.size()) {
            end = at;
            break;
        }
    if (end == std::string_view::npos) {
        // A zip is read from its end: a cut-off file has no central directory.
        bool cut = d.substr(0, 4) == std::string_view("PK\x03\x04", 4);
        return fmt::format("damaged zip archive: Not a zip archive{}",
                           cut ? " (its central directory is missing: is the file truncated?)" : "");
    }
    if (le(d, end + 4, 2) != 0 || le(d, end + 6, 2) != 0) return "damaged zip archive: Multi-disk zip archives not supported";
    uint64_t count = le(d, end + 10, 2), dir_size = le(d, end + 12, 4), dir_offset = le(d, end + 16, 4);
    if ((count == 0xffff || dir_size == 0xffffffff || dir_offset == 0xffffffff) && end >= zip64_locator_size &&
        le(d, end - zip64_locator_size, 4) == zip64_locator_signature) {
        uint64_t at = le(d, end - zip64_locator_size + 8, 8);
        if (at > d.size() || d.size() - at < zip64_end_size || le(d, at, 4) != zip64_end_signature)
            return "damaged zip archive: Zip64 end of central directory not found";
        count = le(d, at + 32, 8);
        dir_size = le(d, at + 40, 8);
        dir_offset = le(d, at + 48, 8);
    }
    if (count > max_entries) return fmt::format("zip archive has too many entries: {} (limit {})", count, max_entries);
    if (dir_offset > d.size() || dir_size > d.size() - dir_offset)
        return "damaged zip archive: Central directory lies outside the file";
    std::string_view dir = d.substr(dir_offset, dir_size);
    entries.reserve(count);
    std::size_t at = 0;
    for (uint64_t i = 0; i < count; ++i) {
        if (dir.size() - at < entry_size || le(dir, at, 4) != entry_signature)
            return "damaged zip archive: Inconsistent central directory";
        Entry e;
        e.flags = static_cast<uint16_t>(le(dir, at + 8, 2));
        e.method = static_cast<uint16_t>(le(dir, at + 10, 2));
        e.crc = static_cast<uint32_t>(le(dir, at + 16, 4));
        e.compressed = le(dir, at + 20, 4);
        e.size = le(dir, at + 24, 4);
        std::size_t name_len = le(dir, at + 28, 2), extra_len = le(dir, at + 30, 2), comment_len = le(dir, at + 32, 2);
        e.local_offset = le(dir, at + 42, 4);
        if (dir.size() - at - entry_size < name_len + extra_len + comment_len)
            return "damaged zip archive: Inconsistent central directory";
        e.name = std::string(dir.substr(at + entry_size, name_len));
        if (!apply_zip64(dir.substr(at + entry_size + name_len, extra_len), e))
            return fmt::format("damaged zip archive: {}: bad Zip64 extra field", e.name);
        entries.push_back(std::move(e));
        at += entry_size + name_len + extra_len + comment_len;
    }
    return {};
}

}  // namespace

struct ZipPackage::Impl {
    std::string_view data;
    std::vector<Entry> entries;
    uint64_t budget = 0;  // bytes still allowed to inflate

    const Entry* find(std::string_view name) const {
        for (const auto& e : entries)
            if (same_ignoring_case(e.name, name)) return &e;
        return nullptr;
    }
};

ZipPackage::ZipPackage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipPackage::~ZipPackage() = default;

std::unique_ptr<ZipPackage> ZipPackage::open(std::string_view data, const PackageLimits& limits, std::string& error) {
    auto impl = std::make_unique<Impl>();
    impl->data = data;
    impl->budget = limits.max_total_bytes;
    error = read_directory(data, impl->entries, limits.max_entries);
    if (!error.empty()) return nullptr;

    // Every figure below is what the central directory declares; reading enforces
    // the same bounds again, since a hostile archive may lie.
    uint64_t total = 0;
    for (const auto& e : impl->entries) {
        if (e.size > limits.max_total_bytes) {
            error = fmt::format("zip bomb guard: {} would inflate to {} bytes (limit {})", e.name, e.size,
                                mib(limits.max_total_bytes));
            return nullptr;
        }
        if (e.size > limits.ratio_min_bytes) {
            uint64_t ratio = e.size / (e.compressed ? e.compressed : 1);
            if (ratio > limits.max_ratio) {
                error = fmt::format("zip bomb guard: {} inflates {}:1 (limit {}:1)", e.name, ratio, limits.max_ratio);
                return nullptr;
            }
        }
        total += e.size;
        if (total > limits.max_total_bytes) {
            error = fmt::format("zip bomb guard: the archive would inflate to more than {}", mib(limits.max_total_bytes));
            return nullptr;
        }
    }
    return std::unique_ptr<ZipPackage>(new ZipPackage(std::move(impl)));
}

bool ZipPackage::has(std::string_view name) const { return impl_->find(name) != nullptr; }

std::optional<std::string> ZipPackage::read(std::string_view name, std::string& error) {
    const Entry* e = impl_->find(name);
    if (!e) return std::nullopt;
    std::string_view d = impl_->data;
    if (e->flags & flag_encrypted) {
        error = fmt::format("cannot read {} from the zip archive: it is encrypted", e->name);
        return std::nullopt;
    }
    if (e->method != method_stored && e->method != method_deflated) {
        error = fmt::format("cannot read {} from the zip archive: compression method {} not supported", e->name, e->method);
        return std::nullopt;
    }
    if (e->local_offset > d.size() || d.size() - e->local_offset < local_size ||
        le(d, e->local_offset, 4) != local_signature) {
        error = fmt::format("damaged zip archive: {}: no local header where the directory points", e->name);
        return std::nullopt;
    }
    uint64_t start = e->local_offset + local_size + le(d, e->local_offset + 26, 2) + le(d, e->local_offset + 28, 2);
    if (start > d.size() || e->compressed > d.size() - start) {
        error = fmt::format("damaged zip archive: {}: data runs past the end of the file", e->name);
        return std::nullopt;
    }
    if (e->size > impl_->budget) {
        error = fmt::format("zip bomb guard: {} would pass the limit on inflated bytes", e->name);
        return std::nullopt;
    }
    std::string_view packed = d.substr(start, e->compressed);
    // One byte more than declared shows an entry that inflates past its size.
    std::string bytes(static_cast<std::size_t>(e->size) + 1, '\0');
    std::size_t got = 0;
    if (e->method == method_stored) {
        got = std::min<std::size_t>(packed.size(), bytes.size());
        std::memcpy(bytes.data(), packed.data(), got);
    } else {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            error = fmt::format("cannot read {} from the zip archive: out of memory", e->name);
            return std::nullopt;
        }
        int status = Z_OK;
        std::size_t fed = 0;
        // zlib counts in 32 bits: feed and drain in chunks.
        constexpr std::size_t chunk = 1u << 30;
        while (status == Z_OK && got < bytes.size()) {
            if (z.avail_in == 0 && fed < packed.size()) {
                z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data() + fed));
                z.avail_in = static_cast<uInt>(std::min(chunk, packed.size() - fed));
                fed += z.avail_in;
            }
            z.next_out = reinterpret_cast<Bytef*>(bytes.data() + got);
            z.avail_out = static_cast<uInt>(std::min(chunk, bytes.size() - got));
            std::size_t before = z.avail_out;
            status = inflate(&z, Z_NO_FLUSH);
            got += before - z.avail_out;
            if (status == Z_BUF_ERROR && z.avail_in == 0 && fed == packed.size()) break;  // input ran out
        }
        inflateEnd(&z);
        if (got <= e->size && status != Z_STREAM_END) {
            error = fmt::format("damaged zip archive: {}: {}", e->name,
                                status == Z_BUF_ERROR ? "compressed data ends early" : "compressed data is damaged");
            return std::nullopt;
        }
    }
    if (got > e->size) {
        error = fmt::format("damaged zip archive: {} inflates past its declared size of {} bytes", e->name, e->size);
        return std::nullopt;
    }
    if (got < e->size) {
        error = fmt::format("damaged zip archive: {}: shorter than its declared size of {} bytes", e->name, e->size);
        return std::nullopt;
    }
    bytes.resize(got);
    if (crc32_z(0, reinterpret_cast<const Bytef*>(bytes.data()), bytes.size()) != e->crc) {
        error = fmt::format("damaged zip archive: {}: CRC error", e->name);
        return std::nullopt;
    }
    impl_->budget -= got;
    return bytes;
}

}  // namespace reshost::docx
