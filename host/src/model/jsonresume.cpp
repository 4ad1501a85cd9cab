// The resume model as JSON Resume 1.0.0 (https://jsonresume.org/schema),
// with what JSON Resume has no field for under meta.reshost.
#include "json_location.hpp"

#include "unicode_words.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace reshost::detail {

using nlohmann::json;

namespace {

// JSON Resume dates are YYYY, YYYY-MM or YYYY-MM-DD; anything else is left out.
void put_date(json& j, const char* key, const DateData& d) {
    const std::string& v = d.value;
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (v[i] < '0' || v[i] > '9') return false;
        return true;
    };
    bool iso = (v.size() == 4 || v.size() == 7 || v.size() == 10) && digits(0, 4) &&
               (v.size() == 4 || (v[4] == '-' && digits(5, 2))) && (v.size() < 10 || (v[7] == '-' && digits(8, 2)));
    if (iso) j[key] = v;
}

void put(json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

json highlights(const EntryData& e, const DocumentData& doc) {
    // Top-level bullets only: nested ones detail their parent.
    uint32_t top = UINT32_MAX;
    for (const auto& b : e.bullets)
        if (b.block < doc.blocks.size()) top = std::min(top, doc.blocks[b.block].level);
    json a = json::array();
    for (const auto& b : e.bullets)
        if (b.block >= doc.blocks.size() || doc.blocks[b.block].level <= top) a.push_back(b.text);
    return a;
}

std::string joined(const std::vector<FieldData>& lines) {
    std::string s;
    for (const auto& l : lines) {
        if (!s.empty()) s += '\n';
        s += l.text;
    }
    return s;
}

// One JSON Resume skill per group as the resume has it: the category as the
// name ("Languages"), or the section's heading for skills listed without one.
json skill_groups(const ResumeData& r) {
    json out = json::array();
    int32_t section = -1;
    std::string category;
    for (const auto& k : r.skills) {
        if (out.empty() || k.section != section || k.category != category) {
            section = k.section;
            category = k.category;
            std::string name = category;
            if (name.empty() && section >= 0 && static_cast<std::size_t>(section) < r.sections.size())
                name = r.sections[section].heading.text;
            out.push_back({{"name", name}, {"keywords", json::array()}});
        }
        out.back()["keywords"].push_back(k.text.text);
    }
    return out;
}

json location_object(const std::string& place) {
    json j{{"address", place}};
    auto comma = place.rfind(", ");
    if (comma != std::string::npos) {
        j["city"] = std::string(trim(place.substr(0, comma)));
        j["region"] = std::string(trim(place.substr(comma + 2)));
    } else j["city"] = place;
    return j;
}

// "Bachelor of Science in Computer Science" with area "Computer Science" -> "Bachelor of Science".
std::string study_type(const EntryData& e) {
    std::string type = e.title.text;
    auto at = e.area.empty() ? std::string::npos : type.rfind(e.area);
    if (at == std::string::npos || at == 0) return type;
    type = trim_punct(type.substr(0, at));
    if (type.size() > 3 && type.ends_with(" in")) type = trim_punct(type.substr(0, type.size() - 3));
    return type;
}

// A URL as JSON Resume wants it: with a scheme ("github.com/x" -> "https://github.com/x").
std::string with_scheme(const std::string& url) {
    if (url.empty() || url.find("://") != std::string::npos) return url;
    return "https://" + url;
}

// An award line without the year written at its end ("Hackathon winner (2021)"), and the year.
json award_json(const std::string& line) {
    json j = json::object();
    std::string title = trim_punct(line);
    std::size_t end = title.size();
    if (end >= 4 && std::all_of(title.end() - 4, title.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        (end == 4 || !std::isdigit(static_cast<unsigned char>(title[end - 5]))) &&
        (title.compare(end - 4, 2, "19") == 0 || title.compare(end - 4, 2, "20") == 0)) {
        std::string rest = trim_punct(title.substr(0, end - 4));
        if (!rest.empty()) {
            j["date"] = title.substr(end - 4);
            title = rest;
        }
    }
    j["title"] = title;
    return j;
}

}  // namespace

std::string resume_to_jsonresume(const ResumeData& r, const DocumentData& doc) {
    json basics = json::object();
    put(basics, "name", r.contact.name.text);
    put(basics, "email", r.contact.email.text);
    put(basics, "phone", r.contact.phone.text);
    json profiles = json::array();
    for (const auto& l : r.contact.links) {
        if (l.network == "portfolio" && !basics.contains("url")) basics["url"] = l.url.text;
        else profiles.push_back({{"network", l.network}, {"url", l.url.text}});
    }
    if (!r.contact.location.text.empty()) basics["location"] = location_object(r.contact.location.text);
    basics["profiles"] = std::move(profiles);

    json work = json::array(), volunteer = json::array(), education = json::array(), projects = json::array(), skills = json::array(),
         certificates = json::array(), awards = json::array(), sections = json::array();
    std::string summary;
    for (const auto& s : r.sections) {
        sections.push_back({{"kind", std::string(section_kind_name(s.kind))}, {"heading", s.heading.text}});
        if (s.kind == RH_SECTION_SUMMARY && summary.empty()) summary = joined(s.lines);
        if (s.kind == RH_SECTION_ACHIEVEMENTS) {
            for (const auto& l : s.lines) awards.push_back(award_json(l.text));
            for (const auto& e : s.entries) awards.push_back({{"title", e.title.text}});
        }
        // A role, paid or volunteering: JSON Resume names the organization differently.
        auto role = [&](const EntryData& e, const char* organization) {
            json j = json::object();
            put(j, organization, e.organization.text);
            put(j, "position", e.title.text);
            put_date(j, "startDate", e.start);
            put_date(j, "endDate", e.end);
            put(j, "summary", joined(e.lines));
            j["highlights"] = highlights(e, doc);
            return j;
        };
        for (const auto& e : s.entries) {
            json j = json::object();
            if (s.volunteer) {
                volunteer.push_back(role(e, "organization"));
                continue;
            }
            switch (s.kind) {
            case RH_SECTION_EXPERIENCE:
                j = role(e, "name");
                put(j, "location", e.location.text);
                put(j, "x-reshost-group", e.group);
                work.push_back(std::move(j));
                break;
            case RH_SECTION_EDUCATION: {
                put(j, "institution", e.organization.text);
                put(j, "studyType", study_type(e));
                put(j, "area", e.area);
                for (const auto& l : e.lines)
                    if (auto colon = l.text.find(':'); colon != std::string::npos && word_key(l.text.substr(0, colon)) == "gpa")
                        put(j, "score", trim_punct(l.text.substr(colon + 1)));
                put_date(j, e.end.value.empty() && !e.start.value.empty() ? "endDate" : "startDate", e.start);
                if (!e.end.value.empty()) put_date(j, "endDate", e.end);
                education.push_back(std::move(j));
                break;
            }
            case RH_SECTION_PROJECTS: {
                put(j, "name", e.title.text);
                std::string desc = e.organization.text;
                if (!e.lines.empty()) desc = desc.empty() ? joined(e.lines) : desc + "\n" + joined(e.lines);
                put(j, "description", desc);
                j["highlights"] = highlights(e, doc);
                if (!e.stack.empty()) j["keywords"] = e.stack;
                put(j, "url", with_scheme(e.link));
                put_date(j, "startDate", e.start);
                put_date(j, "endDate", e.end);
                projects.push_back(std::move(j));
                break;
            }
            case RH_SECTION_CERTIFICATIONS:
                put(j, "name", e.title.text);
                put(j, "issuer", e.organization.text);
                // The schema types certificates[].date as a full calendar date
                // (format "date"), unlike the iso8601 dates elsewhere: a year or
                // month alone would not validate, so only a full date is written.
                if (const DateData& d = e.end.value.empty() ? e.start : e.end; d.value.size() == 10)
                    put_date(j, "date", d);
                else if (d.value.size() == 4 || d.value.size() == 7)
                    j["x-reshost-date"] = d.value;  // the year (or month) it was earned
                certificates.push_back(std::move(j));
                break;
            default: break;
            }
        }
    }
    if (!summary.empty()) basics["summary"] = summary;
    skills = skill_groups(r);

    json j{{"$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"},
           {"basics", std::move(basics)},
           {"work", std::move(work)},
           {"volunteer", std::move(volunteer)},
           {"education", std::move(education)},
           {"projects", std::move(projects)},
           {"skills", std::move(skills)},
           {"certificates", std::move(certificates)},
           {"awards", std::move(awards)},
           {"meta",
            {{"reshost",
              {{"version", "reshost-resume/1"},
               {"sections", std::move(sections)},
               {"pages", r.pages ? json(r.pages) : json(nullptr)},
               {"columns", r.columns},
               {"format", doc.format},
               {"years_experience", r.years_experience < 0 ? json(nullptr) : json(r.years_experience)}}}}}};
    return j.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace reshost::detail
