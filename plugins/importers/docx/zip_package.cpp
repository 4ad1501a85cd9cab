#include "zip_package.hpp"

#include <zip.h>

#include <fmt/format.h>

namespace reshost::docx {
namespace {

std::string mib(uint64_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

}  // namespace

struct ZipPackage::Impl {
    zip_t* archive = nullptr;
    uint64_t budget = 0;  // bytes still allowed to inflate

    ~Impl() {
        if (archive) zip_discard(archive);
    }
};

ZipPackage::ZipPackage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipPackage::~ZipPackage() = default;

std::unique_ptr<ZipPackage> ZipPackage::open(std::string_view data, const PackageLimits& limits, std::string& error) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &err);
    if (!source) {
        error = fmt::format("damaged zip archive: {}", zip_error_strerror(&err));
        zip_error_fini(&err);
        return nullptr;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &err);
    if (!archive) {
        // A zip is read from its end: a cut-off file has no central directory.
        bool cut = zip_error_code_zip(&err) == ZIP_ER_NOZIP && data.substr(0, 4) == std::string_view("PK\x03\x04", 4);
        error = fmt::format("damaged zip archive: {}{}", zip_error_strerror(&err),
                            cut ? " (its central directory is missing: is the file truncated?)" : "");
        zip_source_free(source);
        zip_error_fini(&err);
        return nullptr;
    }
    zip_error_fini(&err);
    auto impl = std::make_unique<Impl>();
    impl->archive = archive;
    impl->budget = limits.max_total_bytes;

    // Every figure below is what the central directory declares; reading enforces
    // the same bounds again, since a hostile archive may lie.
    zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count < 0 || static_cast<uint64_t>(count) > limits.max_entries) {
        error = fmt::format("zip archive has too many entries: {} (limit {})", count, limits.max_entries);
        return nullptr;
    }
    uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
            error = fmt::format("damaged zip archive: {}", zip_strerror(archive));
            return nullptr;
        }
        if (!(st.valid & ZIP_STAT_SIZE)) continue;
        const char* name = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "?";
        if (st.size > limits.max_total_bytes) {
            error = fmt::format("zip bomb guard: {} would inflate to {} bytes (limit {})", name, st.size,
                                mib(limits.max_total_bytes));
            return nullptr;
        }
        if (st.size > limits.ratio_min_bytes && (st.valid & ZIP_STAT_COMP_SIZE)) {
            uint64_t ratio = st.size / (st.comp_size ? st.comp_size : 1);
            if (ratio > limits.max_ratio) {
                error = fmt::format("zip bomb guard: {} inflates {}:1 (limit {}:1)", name, ratio, limits.max_ratio);
                return nullptr;
            }
        }
        total += st.size;
        if (total > limits.max_total_bytes) {
            error = fmt::format("zip bomb guard: the archive would inflate to more than {}", mib(limits.max_total_bytes));
            return nullptr;
        }
    }
    return std::unique_ptr<ZipPackage>(new ZipPackage(std::move(impl)));
}

bool ZipPackage::has(std::string_view name) const {
    std::string n(name);
    return zip_name_locate(impl_->archive, n.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> ZipPackage::read(std::string_view name, std::string& error) {
    std::string n(name);
    zip_int64_t index = zip_name_locate(impl_->archive, n.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(impl_->archive, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        error = fmt::format("damaged zip archive: {}: {}", n, zip_strerror(impl_->archive));
        return std::nullopt;
    }
    if (st.size > impl_->budget) {
        error = fmt::format("zip bomb guard: {} would pass the limit on inflated bytes", n);
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        error = fmt::format("cannot read {} from the zip archive: {}", n, zip_strerror(impl_->archive));
        return std::nullopt;
    }
    // One byte more than declared shows an entry that inflates past its size.
    std::string bytes(static_cast<std::size_t>(st.size) + 1, '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        zip_int64_t r = zip_fread(file, bytes.data() + got, bytes.size() - got);
        if (r < 0) {
            error = fmt::format("damaged zip archive: {}: {}", n, zip_error_strerror(zip_file_get_error(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        if (r == 0) break;
        got += static_cast<std::size_t>(r);
    }
    zip_fclose(file);
    if (got > st.size) {
        error = fmt::format("damaged zip archive: {} inflates past its declared size of {} bytes", n, st.size);
        return std::nullopt;
    }
    bytes.resize(got);
    impl_->budget -= got;
    return bytes;
}

}  // namespace reshost::docx
