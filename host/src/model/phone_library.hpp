// Phone numbers to E.164: the fast path (phone_fast_path.hpp) on libphonenumber's
// metadata first, and the phone module (libphonenumber itself) for the numbers the
// fast path leaves to it. The module costs ~8 ms to map and start, so it is mapped
// only when a number needs it.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace reshost::detail {

class PhoneMetadata;

// A phone number in E.164, or why it has none.
struct PhoneE164 {
    std::string e164;       // "+442079460958"; empty when unavailable
    std::string region;     // the number's region ("GB"), empty when unknown
    std::string extension;  // "123" of "ext. 123"
    std::string reason;     // why e164 is empty
};

// The fast path's metadata and the phone module file, each loaded once on first use and
// kept for the life of the process. Held by a shared_ptr.
class PhoneLibrary : public std::enable_shared_from_this<PhoneLibrary> {
public:
    // `file`: the module; `metadata`: phone-metadata.tsv, by default in the host data
    // directory beside the module's directory (lib/reshost/modules -> lib/reshost/data).
    explicit PhoneLibrary(std::filesystem::path file, std::filesystem::path metadata = {});
    ~PhoneLibrary();
    PhoneLibrary(const PhoneLibrary&) = delete;
    PhoneLibrary& operator=(const PhoneLibrary&) = delete;

    // The E.164 reading of `raw`, done when first asked for (mapping the module on first use);
    // `region` (ISO 3166, may be empty) reads numbers without a country code.
    std::shared_future<PhoneE164> to_e164(std::string raw, std::string region) const;

    // Loads the fast path's metadata now (on a spare thread), so that a later reading does not wait for it.
    void warm_up() const { metadata(); }

    // Reads `raw` at once, on this thread.
    PhoneE164 to_e164_now(std::string_view raw, std::string_view region) const;

    // Reads `raw` with the phone module alone, bypassing the fast path.
    PhoneE164 to_e164_by_module(std::string_view raw, std::string_view region) const;

    // The fast path's metadata, loaded on first use (empty, with its error set, when missing).
    const PhoneMetadata& metadata() const;

    // The module file this library maps.
    const std::filesystem::path& file() const { return file_; }

private:
    struct Module;
    const Module& module() const;

    std::filesystem::path file_;
    std::filesystem::path metadata_file_;
    mutable std::once_flag once_;
    mutable std::unique_ptr<Module> module_;
    mutable std::once_flag metadata_once_;
    mutable std::unique_ptr<PhoneMetadata> metadata_;
};

}  // namespace reshost::detail
