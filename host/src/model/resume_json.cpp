// The resume model as JSON with every location (formats/resume.schema.json).
#include "json_location.hpp"

namespace reshost::detail {

using nlohmann::json;

json location_json(const Location& loc) {
    json j = json::object();
    if (loc.line) j["line"] = loc.line;
    if (loc.line_end) j["line_end"] = loc.line_end;
    if (loc.page) j["page"] = loc.page;
    if (loc.box.x0 != 0 || loc.box.y0 != 0 || loc.box.x1 != 0 || loc.box.y1 != 0)
        j["box"] = {loc.box.x0, loc.box.y0, loc.box.x1, loc.box.y1};
    if (!loc.part.empty()) j["part"] = loc.part;
    if (loc.paragraph) j["paragraph"] = loc.paragraph;
    return j;
}

namespace {

json field_json(const FieldData& f) {
    if (!f.loc) return nullptr;
    return json{{"text", f.text}, {"location", location_json(*f.loc)}};
}

json fields_json(const std::vector<FieldData>& fs) {
    json a = json::array();
    for (const auto& f : fs) a.push_back(field_json(f));
    return a;
}

json date_json(const DateData& d) {
    if (d.raw.empty() && d.value.empty()) return nullptr;
    json j{{"raw", d.raw}, {"value", d.value.empty() ? json(nullptr) : json(d.value)}};
    if (!d.reason.empty()) j["reason"] = d.reason;
    return j;
}

json entry_json(const EntryData& e) {
    json bullets = json::array();
    for (const auto& b : e.bullets)
        bullets.push_back({{"text", b.text}, {"location", location_json(b.loc)}, {"block", b.block}});
    json j{{"title", field_json(e.title)},
           {"organization", field_json(e.organization)},
           {"place", field_json(e.location)},
           {"start", date_json(e.start)},
           {"end", date_json(e.end)},
           {"location", location_json(e.loc)},
           {"bullets", std::move(bullets)},
           {"lines", fields_json(e.lines)}};
    if (!e.group.empty()) j["group"] = e.group;
    if (!e.area.empty()) j["area"] = e.area;
    if (!e.link.empty()) j["link"] = e.link;
    if (!e.stack.empty()) j["stack"] = e.stack;
    return j;
}

// The phone as written, with its E.164 form or why there is none.
json phone_json(const ContactData& c) {
    json j = field_json(c.phone);
    if (j.is_null()) return j;
    PhoneE164 p;
    if (c.phone_e164.valid()) p = c.phone_e164.get();
    else p.reason = "not read";
    j["e164"] = p.e164.empty() ? json(nullptr) : json(p.e164);
    if (!p.region.empty()) j["region"] = p.region;
    if (!p.extension.empty()) j["extension"] = p.extension;
    if (p.e164.empty()) j["e164_reason"] = p.reason;
    return j;
}

}  // namespace

std::string resume_to_json(const ResumeData& r, const DocumentData& doc) {
    json links = json::array();
    for (const auto& l : r.contact.links) links.push_back({{"network", l.network}, {"url", field_json(l.url)}});
    json sections = json::array();
    for (const auto& s : r.sections) {
        json entries = json::array();
        for (const auto& e : s.entries) entries.push_back(entry_json(e));
        sections.push_back({{"kind", std::string(section_kind_name(s.kind))},
                            {"heading", field_json(s.heading)},
                            {"location", location_json(s.loc)},
                            {"first_block", s.first_block},
                            {"block_count", s.block_count},
                            {"entries", std::move(entries)},
                            {"lines", fields_json(s.lines)}});
    }
    json skills = json::array();
    for (const auto& k : r.skills) {
        auto or_null = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
        skills.push_back({{"text", field_json(k.text)},
                          {"id", or_null(k.id)},
                          {"name", k.name},
                          {"category", or_null(k.category)},
                          {"kind", or_null(k.kind)},
                          {"section", k.section}});
    }
    json j{{"version", "reshost-resume/1"},
           {"source", {{"path", doc.path}, {"format", doc.format}}},
           {"contact",
            {{"name", field_json(r.contact.name)},
             {"email", field_json(r.contact.email)},
             {"phone", phone_json(r.contact)},
             {"place", field_json(r.contact.location)},
             {"links", std::move(links)}}},
           {"sections", std::move(sections)},
           {"skills", std::move(skills)},
           {"years_experience", r.years_experience < 0 ? json(nullptr) : json(r.years_experience)},
           {"pages", r.pages ? json(r.pages) : json(nullptr)},
           {"columns", r.columns}};
    return j.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace reshost::detail
