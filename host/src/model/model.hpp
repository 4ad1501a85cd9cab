// The host's owned Document and Resume, and their C views for plugins.
//
// Importers fill a DocumentData through a document sink; the normalizer turns
// it into a ResumeData; DocumentView / ResumeView lay both out as the C structs
// of reshost/plugin.h for analyzers and emitters.
#pragma once

#include <reshost/plugin.h>
#include <reshost/sdk.hpp>

#include "phone_library.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace reshost::detail {

// The SDK's owned location and string helpers serve the host's model too.
using sdk::Location;
using sdk::str;
using sdk::view;
using sdk::detail::read_sized;

struct SpanData {
    std::string text;
    uint32_t flags = 0;
    std::string font;
    float size = 0;
    std::string link;
    std::optional<Location> loc;
};

struct LineData {
    std::string text;
    Location loc;
    std::vector<SpanData> spans;
};

struct BlockData {
    rh_block_kind kind = RH_BLOCK_PARAGRAPH;
    uint32_t level = 0;
    uint32_t flags = 0;
    std::string marker;
    std::string text;
    Location loc;
    std::vector<LineData> lines;
};

struct LinkData {
    std::string url, text;
    Location loc;
};

struct ImageData {
    std::string alt, target;
    float width = 0, height = 0, page_share = 0;
    Location loc;
};

struct FontData {
    std::string name;
    bool embedded = false, symbolic = false;
};

// An imported document, owned by the host.
struct DocumentData {
    std::string path, format;
    std::vector<BlockData> blocks;
    std::vector<std::pair<float, float>> pages;  // width, height in points
    std::vector<LinkData> links;
    std::vector<ImageData> images;
    std::vector<FontData> fonts;
    std::vector<std::pair<std::string, std::string>> meta;
    std::string failure;  // set through the sink's fail()

    // Returns a metadata value, empty if absent.
    std::string_view meta_value(std::string_view key) const;
};

// Gives an importer a sink that copies everything into `doc` at once.
rh_document_sink document_sink(DocumentData& doc);

// A resume text field with where it came from (no location: absent).
struct FieldData {
    std::string text;
    std::optional<Location> loc;
};

struct DateData {
    std::string raw;    // as written
    std::string value;  // "YYYY-MM", "YYYY", "present", or empty when unreadable
    std::string reason;  // why a raw date has no value; empty when read
};

struct BulletData {
    std::string text;
    Location loc;
    uint32_t block = 0;
};

struct EntryData {
    FieldData title, organization, location;
    DateData start, end;
    std::string group;  // employer shared by consecutive positions, if any
    std::string area;   // education: the field of study, where written
    std::string link;   // projects: the project's URL, where given
    std::vector<std::string> stack;  // projects: the technologies named
    Location loc;
    std::vector<BulletData> bullets;
    std::vector<FieldData> lines;
};

struct SectionData {
    rh_section_kind kind = RH_SECTION_OTHER;
    bool volunteer = false;  // kind other, its entries are volunteering roles
    FieldData heading;
    Location loc;
    std::vector<EntryData> entries;
    std::vector<FieldData> lines;
    uint32_t first_block = 0, block_count = 0;
};

struct ProfileLinkData {
    std::string network;  // github, linkedin, portfolio, other
    FieldData url;
};

struct ContactData {
    FieldData name, email, phone, location;
    std::vector<ProfileLinkData> links;
    // The phone in E.164, read in the background by the phone module; invalid without a phone.
    std::shared_future<PhoneE164> phone_e164;
};

// A skill listed in a skills section, mapped to the skill vocabulary.
struct SkillData {
    FieldData text;        // as written
    std::string id;        // canonical id, empty when the vocabulary lacks it
    std::string name;      // canonical display name; the text when unknown
    std::string category;  // the resume's grouping ("Languages"), empty when ungrouped
    std::string kind;      // the vocabulary's category ("language"), empty when unknown
    int32_t section = -1;  // index into ResumeData::sections
};

// The normalized resume, owned by the host.
struct ResumeData {
    ContactData contact;
    std::vector<SectionData> sections;
    float years_experience = -1;
    uint32_t pages = 0;
    uint32_t columns = 1;
    std::vector<SkillData> skills;  // of every skills section, in document order
};

// Canonical name of a section kind ("experience").
std::string_view section_kind_name(rh_section_kind kind);

// Heading synonyms and other data the normalizer reads from the host's data dir.
class NormalizerData;

// Loads the normalizer's data files from `data_dir`; throws std::runtime_error naming the file.
std::shared_ptr<const NormalizerData> load_normalizer_data(const std::string& data_dir);

// Builds the resume model from a document. Never fails: what cannot be read stays raw.
ResumeData normalize(const DocumentData& doc, const NormalizerData& data);

// Same, with "present" read as `today` ("YYYY-MM"; empty: the current month).
ResumeData normalize(const DocumentData& doc, const NormalizerData& data, std::string_view today);

// The resume model as JSON with every location (formats/resume.schema.json).
std::string resume_to_json(const ResumeData& resume, const DocumentData& doc);

// JSON Resume 1.0.0, with meta.reshost = {sections: [{kind, heading}], pages, columns, ...}.
std::string resume_to_jsonresume(const ResumeData& resume, const DocumentData& doc);

// The C view of a DocumentData; valid while both live. Not copyable.
class DocumentView {
public:
    explicit DocumentView(const DocumentData& doc);
    DocumentView(const DocumentView&) = delete;
    DocumentView& operator=(const DocumentView&) = delete;
    const rh_document* get() const;
private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
public:
    ~DocumentView();
};

// The C view of a ResumeData; valid while both live. Not copyable.
class ResumeView {
public:
    explicit ResumeView(const ResumeData& resume);
    ResumeView(const ResumeView&) = delete;
    ResumeView& operator=(const ResumeView&) = delete;
    const rh_resume* get() const;
private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
public:
    ~ResumeView();
};

}  // namespace reshost::detail
