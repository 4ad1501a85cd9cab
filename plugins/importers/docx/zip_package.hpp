// A zip archive read from memory with bounds on what it may inflate to.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace reshost::docx {

// Bounds that stop a zip bomb before and while it inflates.
struct PackageLimits {
    uint64_t max_total_bytes = 64ull << 20;  // all entries together, uncompressed
    uint64_t max_entries = 5000;
    uint64_t max_ratio = 200;                 // uncompressed : compressed ...
    uint64_t ratio_min_bytes = 1ull << 20;    // ... for entries larger than this
};

// The parts of an OPC package (a zip archive), read on demand.
class ZipPackage {
public:
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // Opens `data` (which must outlive the package) after checking the central directory against `limits`.
    static std::unique_ptr<ZipPackage> open(std::string_view data, const PackageLimits& limits, std::string& error);

    // Tells whether the archive holds the part `name` (compared ignoring case, as OPC does).
    bool has(std::string_view name) const;

    // Inflates the part `name`; nullopt when absent. Stops at its declared size and at
    // what is left of the total budget, setting `error` when either is passed.
    std::optional<std::string> read(std::string_view name, std::string& error);

private:
    struct Impl;
    explicit ZipPackage(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace reshost::docx
