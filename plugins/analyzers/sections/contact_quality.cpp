#include "contact_quality.hpp"

#include "words.hpp"

#include <optional>

namespace reshost::sections {

using namespace ::reshost::sdk;
namespace {

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// The host of a URL without scheme, "www." and path, lowered: "soundcloud.com".
std::string host_of(std::string_view url) {
    std::string u = analyzers::lower(url);
    if (auto scheme = u.find("://"); scheme != std::string::npos) u.erase(0, scheme + 3);
    if (auto end = u.find_first_of("/?#"); end != std::string::npos) u.erase(end);
    if (u.rfind("www.", 0) == 0) u.erase(0, 4);
    return u;
}

// `host` is `site` or a subdomain of it.
bool on_site(const std::string& host, const std::string& site) {
    return host == site || (host.size() > site.size() && host.compare(host.size() - site.size(), site.size(), site) == 0 &&
                            host[host.size() - site.size() - 1] == '.');
}

// The organization of the role the candidate holds now (end "present"), lowered words; empty when none.
std::string current_employer(const Resume& resume) {
    for (Section s : resume.sections()) {
        if (s.kind() != RH_SECTION_EXPERIENCE) continue;
        for (Entry e : s.entries())
            if (e.end() == "present" && !e.organization().empty())
                return analyzers::normalized_phrase(e.organization().text());
    }
    return {};
}

}  // namespace

void ContactQuality::check_email(const Resume& resume, Findings& out) const {
    Field email = resume.contact().email();
    std::string address = analyzers::lower(email.text());
    auto at = address.find('@');
    if (at == std::string::npos || at == 0) return;
    std::string name = address.substr(0, at), domain = address.substr(at + 1);
    auto report = [&](std::string message, std::string suggestion) {
        Finding f;
        f.rule = "sections.risky-contact";
        f.severity = Severity::warning;
        if (email.location()) f.loc = Location::from(email.location());
        f.section = resume.find(RH_SECTION_CONTACT);
        f.message = std::move(message);
        f.suggestion = std::move(suggestion);
        out.add(f);
    };
    for (const std::string& word : lists_["joke-email"]) {
        if (name.find(word) == std::string::npos) continue;
        report("The e-mail address " + quoted(email.text()) + " reads as a joke (" + quoted(word) +
                   "); it is the first thing a recruiter sees of you.",
               "Use an address made of your name, e.g. firstname.lastname@ a common mail provider.");
        return;
    }
    // "jane@acme.com" while working at Acme: the address ends with the job, and the employer reads the mail.
    std::string employer = current_employer(resume);
    std::string label = domain.substr(0, domain.find('.'));
    if (label.size() >= 3 && !employer.empty() &&
        (employer == label || employer.rfind(label + " ", 0) == 0))
        report("The e-mail address " + quoted(email.text()) + " belongs to your current employer; you lose it "
                   "when you leave, and the employer may read what recruiters send to it.",
               "Use a personal address made of your name for applications.");
}

void ContactQuality::check_links(const Resume& resume, Findings& out) const {
    for (ProfileLink link : resume.contact().links()) {
        std::string host = host_of(link.url().text());
        for (const std::string& site : lists_["sites"]) {
            if (!on_site(host, site)) continue;
            Finding f;
            f.rule = "sections.irrelevant-link";
            f.severity = Severity::info;
            if (link.url().location()) f.loc = Location::from(link.url().location());
            f.section = resume.find(RH_SECTION_CONTACT);
            f.message = "The contact details link to " + quoted(link.url().text()) + " (" + site +
                        "); an engineering reader looks for GitHub, LinkedIn or your own site, and a social "
                        "or entertainment profile tells them nothing about your work.";
            f.suggestion = "Drop the link, unless that profile shows work relevant to the role you apply for.";
            out.add(f);
            break;
        }
    }
}

}  // namespace reshost::sections
