#include "phone_library.hpp"

#include "phone_fast_path.hpp"
#include "phone_metadata.hpp"
#include "phone_module.h"

// Boost 1.74's shared_library.hpp needs std::vector included first.
#include <vector>

#include <boost/dll/shared_library.hpp>
#include <dlfcn.h>

#include <system_error>

namespace reshost::detail {

struct PhoneLibrary::Module {
    boost::dll::shared_library library;
    reshost_phone_to_e164_fn to_e164 = nullptr;
    std::string error;  // why the module cannot be used
};

PhoneLibrary::PhoneLibrary(std::filesystem::path file, std::filesystem::path metadata)
    : file_(std::move(file)), metadata_file_(std::move(metadata)) {
    if (metadata_file_.empty()) metadata_file_ = file_.parent_path().parent_path() / "data" / "phone-metadata.tsv";
}

PhoneLibrary::~PhoneLibrary() = default;

const PhoneLibrary::Module& PhoneLibrary::module() const {
    std::call_once(once_, [this] {
        auto m = std::make_unique<Module>();
        std::error_code ec;
        if (!std::filesystem::exists(file_, ec)) {
            m->error = "the phone module is not installed (" + file_.string() + ")";
            module_ = std::move(m);
            return;
        }
        dlerror();
        // RTLD_LAZY: binding all of libphonenumber, protobuf and ICU up front costs more
        // (about 6 ms) than the few calls made. RTLD_NODELETE: libphonenumber registers
        // protobuf descriptors, which must not be
        // unmapped and registered again when another host maps the module later.
        auto mode = static_cast<boost::dll::load_mode::type>(RTLD_LAZY | RTLD_LOCAL | RTLD_NODELETE);
        m->library.load(file_, mode, ec);
        if (ec || !m->library.is_loaded()) {
            const char* e = dlerror();
            m->error = "cannot load the phone module " + file_.string() + ": " + (e ? e : ec.message());
        } else if (!m->library.has(RESHOST_PHONE_VERSION_SYMBOL) || !m->library.has(RESHOST_PHONE_TO_E164_SYMBOL) ||
                   !m->library.has(RESHOST_PHONE_WARM_UP_SYMBOL)) {
            m->error = "the phone module " + file_.string() + " lacks its entry points";
        } else if (m->library.get<int()>(RESHOST_PHONE_VERSION_SYMBOL)() != RESHOST_PHONE_MODULE_VERSION) {
            m->error = "the phone module " + file_.string() + " is of another version";
        } else {
            m->library.get<void()>(RESHOST_PHONE_WARM_UP_SYMBOL)();
            m->to_e164 = &m->library.get<int(const char*, size_t, const char*, reshost_phone_result*)>(
                RESHOST_PHONE_TO_E164_SYMBOL);
        }
        module_ = std::move(m);
    });
    return *module_;
}

const PhoneMetadata& PhoneLibrary::metadata() const {
    std::call_once(metadata_once_, [this] { metadata_ = std::make_unique<PhoneMetadata>(metadata_file_); });
    return *metadata_;
}

PhoneE164 PhoneLibrary::to_e164_now(std::string_view raw, std::string_view region) const {
    PhoneFastReading fast = read_phone_fast(metadata(), raw, region);
    if (fast.reading) return std::move(*fast.reading);
    return to_e164_by_module(raw, region);
}

PhoneE164 PhoneLibrary::to_e164_by_module(std::string_view raw, std::string_view region) const {
    PhoneE164 out;
    const Module& m = module();
    if (!m.to_e164) {
        out.reason = m.error;
        return out;
    }
    reshost_phone_result r{};
    std::string reg(region);
    if (m.to_e164(raw.data(), raw.size(), reg.c_str(), &r)) {
        out.e164 = r.e164;
        out.region = r.region;
        out.extension = r.extension;
    } else {
        out.reason = r.reason;
    }
    return out;
}

std::shared_future<PhoneE164> PhoneLibrary::to_e164(std::string raw, std::string region) const {
    // The task keeps the library alive: a resume may outlive the host that read it.
    auto self = shared_from_this();
    return std::async(std::launch::deferred, [self, raw = std::move(raw), region = std::move(region)] {
               return self->to_e164_now(raw, region);
           }).share();
}

}  // namespace reshost::detail
