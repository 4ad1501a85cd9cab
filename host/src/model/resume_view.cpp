// The C view of a ResumeData, laid out like DocumentView: structs and pointer
// arrays in deques owned by the view.
#include "model.hpp"

namespace reshost::detail {

std::string_view section_kind_name(rh_section_kind kind) {
    switch (kind) {
    case RH_SECTION_SUMMARY: return "summary";
    case RH_SECTION_SKILLS: return "skills";
    case RH_SECTION_EXPERIENCE: return "experience";
    case RH_SECTION_PROJECTS: return "projects";
    case RH_SECTION_EDUCATION: return "education";
    case RH_SECTION_CERTIFICATIONS: return "certifications";
    case RH_SECTION_ACHIEVEMENTS: return "achievements";
    case RH_SECTION_CONTACT: return "contact";
    case RH_SECTION_OTHER: break;
    }
    return "other";
}

struct ResumeView::Impl {
    std::deque<rh_location> locs;
    std::deque<rh_bullet> bullets;
    std::deque<rh_entry> entries;
    std::deque<rh_section> sections;
    std::deque<rh_profile_link> links;
    std::deque<rh_skill> skills;
    std::deque<std::vector<const rh_bullet*>> bullet_arrays;
    std::deque<std::vector<const rh_entry*>> entry_arrays;
    std::deque<std::vector<rh_field>> field_arrays;
    std::vector<const rh_section*> section_ptrs;
    std::vector<const rh_profile_link*> link_ptrs;
    std::vector<const rh_skill*> skill_ptrs;
    rh_contact contact{};
    rh_resume resume{};

    const rh_location* loc(const Location& l) { return &locs.emplace_back(l.c()); }
    rh_field field(const FieldData& f) { return rh_field{str(f.text), f.loc ? loc(*f.loc) : nullptr}; }
    const std::vector<rh_field>& fields(const std::vector<FieldData>& in) {
        std::vector<rh_field> out;
        for (const auto& f : in) out.push_back(field(f));
        return field_arrays.emplace_back(std::move(out));
    }
};

ResumeView::ResumeView(const ResumeData& r) : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    for (const SectionData& s : r.sections) {
        std::vector<const rh_entry*> entry_ptrs;
        for (const EntryData& e : s.entries) {
            std::vector<const rh_bullet*> bullet_ptrs;
            for (const BulletData& b : e.bullets)
                bullet_ptrs.push_back(
                    &m.bullets.emplace_back(rh_bullet{sizeof(rh_bullet), str(b.text), m.loc(b.loc), b.block}));
            const auto& barr = m.bullet_arrays.emplace_back(std::move(bullet_ptrs));
            const auto& lines = m.fields(e.lines);
            rh_entry c{};
            c.struct_size = sizeof(rh_entry);
            c.title = m.field(e.title);
            c.organization = m.field(e.organization);
            c.location = m.field(e.location);
            c.start = rh_date{str(e.start.raw), str(e.start.value)};
            c.end = rh_date{str(e.end.raw), str(e.end.value)};
            c.loc = m.loc(e.loc);
            c.bullets = barr.data();
            c.bullet_count = barr.size();
            c.lines = lines.data();
            c.line_count = lines.size();
            entry_ptrs.push_back(&m.entries.emplace_back(c));
        }
        const auto& earr = m.entry_arrays.emplace_back(std::move(entry_ptrs));
        const auto& lines = m.fields(s.lines);
        rh_section c{};
        c.struct_size = sizeof(rh_section);
        c.kind = s.kind;
        c.kind_name = str(section_kind_name(s.kind));
        c.heading = m.field(s.heading);
        c.loc = m.loc(s.loc);
        c.entries = earr.data();
        c.entry_count = earr.size();
        c.lines = lines.data();
        c.line_count = lines.size();
        c.first_block = s.first_block;
        c.block_count = s.block_count;
        m.section_ptrs.push_back(&m.sections.emplace_back(c));
    }
    for (const ProfileLinkData& l : r.contact.links)
        m.link_ptrs.push_back(
            &m.links.emplace_back(rh_profile_link{sizeof(rh_profile_link), str(l.network), m.field(l.url)}));

    for (const SkillData& k : r.skills) {
        rh_skill c{};
        c.struct_size = sizeof(rh_skill);
        c.text = m.field(k.text);
        c.id = str(k.id);
        c.name = str(k.name);
        c.category = str(k.category);
        c.kind = str(k.kind);
        c.section = k.section;
        m.skill_ptrs.push_back(&m.skills.emplace_back(c));
    }

    rh_contact& c = m.contact;
    c.struct_size = sizeof(rh_contact);
    c.name = m.field(r.contact.name);
    c.email = m.field(r.contact.email);
    c.phone = m.field(r.contact.phone);
    c.location = m.field(r.contact.location);
    c.links = m.link_ptrs.data();
    c.link_count = m.link_ptrs.size();

    rh_resume& out = m.resume;
    out.struct_size = sizeof(rh_resume);
    out.contact = &m.contact;
    out.sections = m.section_ptrs.data();
    out.section_count = m.section_ptrs.size();
    out.years_experience = r.years_experience;
    out.pages = r.pages;
    out.columns = r.columns;
    out.skills = m.skill_ptrs.data();
    out.skill_count = m.skill_ptrs.size();
}

ResumeView::~ResumeView() = default;

const rh_resume* ResumeView::get() const { return &impl_->resume; }

}  // namespace reshost::detail
