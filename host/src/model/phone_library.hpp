// The phone module (libphonenumber), mapped on first use: it costs several
// milliseconds to start, so only runs that print the model pay for it.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace reshost::detail {

// A phone number in E.164, or why it has none.
struct PhoneE164 {
    std::string e164;       // "+442079460958"; empty when unavailable
    std::string region;     // the number's region ("GB"), empty when unknown
    std::string extension;  // "123" of "ext. 123"
    std::string reason;     // why e164 is empty
};

// The phone module file, mapped once and kept for the life of the process. Held by a shared_ptr.
class PhoneLibrary : public std::enable_shared_from_this<PhoneLibrary> {
public:
    explicit PhoneLibrary(std::filesystem::path file);
    ~PhoneLibrary();
    PhoneLibrary(const PhoneLibrary&) = delete;
    PhoneLibrary& operator=(const PhoneLibrary&) = delete;

    // The E.164 reading of `raw`, done when first asked for (mapping the module on first use);
    // `region` (ISO 3166, may be empty) reads numbers without a country code.
    std::shared_future<PhoneE164> to_e164(std::string raw, std::string region) const;

    // Maps the module now (on a spare thread), so that a later reading does not wait for it.
    void warm_up() const { module(); }

    // Reads `raw` at once, on this thread.
    PhoneE164 to_e164_now(std::string_view raw, std::string_view region) const;

    // The module file this library maps.
    const std::filesystem::path& file() const { return file_; }

private:
    struct Module;
    const Module& module() const;

    std::filesystem::path file_;
    mutable std::once_flag once_;
    mutable std::unique_ptr<Module> module_;
};

}  // namespace reshost::detail
