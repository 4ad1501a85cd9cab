// Writes phone-metadata.tsv, the data of the host's E.164 fast path, from
// libphonenumber's own compiled-in metadata. Run at build time, so the fast
// path can never disagree with the libphonenumber it was built against.
//
// Usage: phone_metadata_dump OUTPUT [LIBPHONENUMBER-VERSION]
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <string>

namespace i18n::phonenumbers {
// Exported by libphonenumber (metadata.h is not installed): the serialized PhoneMetadataCollection.
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// A field of the file: tabs and line breaks would break its lines (libphonenumber has none).
std::string field(const std::string& s) {
    if (s.find_first_of("\t\r\n") != std::string::npos) throw std::runtime_error("a metadata field holds a tab or line break: " + s);
    return s;
}

template <typename Lengths>
std::string lengths(const Lengths& list) {
    std::string out;
    for (int n : list) {
        if (!out.empty()) out += ',';
        out += std::to_string(n);
    }
    return out;
}

void put_desc(std::ostream& out, const PhoneNumberDesc& d) {
    out << '\t' << field(d.national_number_pattern()) << '\t' << lengths(d.possible_length());
}

void put_region(std::ostream& out, const PhoneMetadata& m) {
    out << field(m.id()) << '\t' << m.country_code() << '\t' << field(m.international_prefix()) << '\t'
        << field(m.national_prefix_for_parsing()) << '\t' << field(m.national_prefix_transform_rule()) << '\t'
        << field(m.leading_digits()) << '\t' << (m.same_mobile_and_fixed_line_pattern() ? 1 : 0);
    put_desc(out, m.general_desc());
    out << '\t' << lengths(m.general_desc().possible_length_local_only());
    for (const PhoneNumberDesc* d : {&m.fixed_line(), &m.mobile(), &m.toll_free(), &m.premium_rate(), &m.shared_cost(),
                                     &m.personal_number(), &m.voip(), &m.pager(), &m.uan(), &m.voicemail()})
        put_desc(out, *d);
    out << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: phone_metadata_dump OUTPUT [LIBPHONENUMBER-VERSION]\n";
        return 2;
    }
    try {
        PhoneMetadataCollection all;
        if (!all.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) {
            std::cerr << "phone_metadata_dump: cannot read libphonenumber's metadata\n";
            return 1;
        }
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        std::ostringstream out;
        std::string version = argc > 2 ? std::string(" ") + argv[2] : std::string();
        out << "# Generated at build time by phone_metadata_dump from the metadata of libphonenumber" << version
            << ".\n# Not to be edited: the E.164 fast path must read numbers exactly as libphonenumber does.\n"
            << "# +CODE<TAB>regions of the calling code, main region first, in libphonenumber's order (001: non-geographic)\n"
            << "# REGION<TAB>code<TAB>international prefix<TAB>national prefix for parsing<TAB>national prefix transform rule"
               "<TAB>leading digits<TAB>same mobile and fixed-line pattern (1/0)<TAB>general pattern<TAB>possible lengths"
               "<TAB>local-only lengths, then pattern<TAB>possible lengths of: fixed line, mobile, toll free, premium rate,"
               " shared cost, personal number, voip, pager, uan, voicemail\n";
        std::set<int> codes;
        util.GetSupportedCallingCodes(&codes);
        for (int code : codes) {
            std::list<std::string> regions;
            util.GetRegionCodesForCountryCallingCode(code, &regions);
            out << '+' << code << '\t';
            bool first = true;
            for (const auto& r : regions) {
                out << (first ? "" : " ") << r;
                first = false;
            }
            out << '\n';
        }
        std::size_t written = 0;
        for (const PhoneMetadata& m : all.metadata()) {
            if (m.id() == "001") continue;  // non-geographic entities: the fast path leaves them to libphonenumber
            put_region(out, m);
            ++written;
        }
        if (written < 200) {
            std::cerr << "phone_metadata_dump: only " << written << " regions in libphonenumber's metadata\n";
            return 1;
        }
        std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
        file << out.str();
        if (!file.flush()) {
            std::cerr << "phone_metadata_dump: cannot write " << argv[1] << '\n';
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "phone_metadata_dump: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
