// Rules about contact details and links an ATS cannot see: addresses hidden
// behind link labels or icons, and contact details only in page headers or
// footers, which many parsers skip.
#include "ats_rules.hpp"

#include "link_visibility.hpp"
#include "words.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace reshost::ats {

using namespace ::reshost::sdk;
namespace {

// Hidden links reported one by one; the last one names the rest.
constexpr std::size_t shown_links = 5;
// Template text looked through for links: a footer repeated on every page, at most this many.
constexpr std::size_t kMaxTemplateBlocks = 20;

bool followable(std::string_view url) {
    std::string u = analyzers::lower(url);
    for (std::string_view scheme : {"http://", "https://", "mailto:", "tel:", "ftp://"})
        if (u.rfind(scheme, 0) == 0) return u.size() > scheme.size();
    return false;
}

std::string trimmed(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t\n:|,.()");
    std::size_t e = s.find_last_not_of(" \t\n:|,.()");
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

bool is_label(const DocumentFacts& facts, std::string_view text) {
    std::string t = analyzers::lower(trimmed(text));
    const auto& labels = facts.data.link_labels;
    return std::find(labels.begin(), labels.end(), t) != labels.end();
}

// A label that names the site it links to ("GitHub" for github.com) prefixes the address well.
bool names_site(const DocumentFacts& facts, std::string_view text, std::string_view address) {
    if (!is_label(facts, text)) return false;
    std::string site = analyzers::lower(address.substr(0, address.find('/')));
    return site.find(analyzers::lower(trimmed(text))) != std::string::npos;
}

bool has_letters(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
}

struct ContactSpot {
    std::string text;
    std::size_t block = 0;
};

}  // namespace

void check_hidden_link(const DocumentFacts& facts, Findings& out) {
    // Links grouped by the address they lead to, in document order.
    std::vector<std::string> order;
    std::map<std::string, std::vector<Link>> by_address;
    for (Link l : facts.doc.links()) {
        if (!followable(l.url())) continue;
        std::string address = analyzers::lower(written_address(l.url()));
        auto& group = by_address[address];
        if (group.empty()) order.push_back(address);
        group.push_back(l);
    }
    // A link in a template's own text ("This Free Resume Template is the copyright of...")
    // is the template's, left to polish.template-text: one problem, one finding.
    std::vector<std::string_view> template_blocks;  // few, read once: no scan per link
    for (Block b : facts.doc.blocks())
        if (template_blocks.size() < kMaxTemplateBlocks && facts.data.templates->holds_phrase(b.text()))
            template_blocks.push_back(b.text());
    auto in_template_text = [&](const Link& l) {
        return !l.text().empty() && std::any_of(template_blocks.begin(), template_blocks.end(), [&](std::string_view t) {
                   return t.find(l.text()) != std::string_view::npos;
               });
    };
    std::vector<std::pair<std::string, Link>> hidden;
    for (const std::string& address : order) {
        const auto& group = by_address[address];
        bool visible = std::any_of(group.begin(), group.end(), [&](const Link& l) {
            return address_visible(l.url(), l.text(), facts.compact_text());
        });
        if (visible || std::all_of(group.begin(), group.end(), in_template_text)) continue;
        Link shown = group.front();
        for (const Link& l : group)
            if (has_letters(l.text())) {
                shown = l;
                break;
            }
        hidden.emplace_back(address, shown);
    }
    for (std::size_t i = 0; i < hidden.size() && i < shown_links; ++i) {
        const Link& link = hidden[i].second;
        std::string address = written_address(link.url());
        std::string text = trimmed(link.text());
        std::string what;
        if (!has_letters(text)) what = "An icon or image";
        else if (is_label(facts, text)) what = "The label " + quoted(text, 40);
        else what = "The text " + quoted(text, 40);
        std::string more;
        if (i + 1 == shown_links && hidden.size() > shown_links)
            more = " " + std::to_string(hidden.size() - shown_links) + " more links hide their address.";
        bool mail = analyzers::lower(link.url()).rfind("mailto:", 0) == 0;
        bool phone = analyzers::lower(link.url()).rfind("tel:", 0) == 0;
        std::string fix = mail    ? "Write the email address out: \"" + address + "\"."
                          : phone ? "Write the phone number out: \"" + address + "\"."
                                  : "Write the address out next to or instead of the label, e.g. \"" +
                                        (names_site(facts, text, address) ? text + ": " : std::string()) +
                                        address + "\".";
        Finding f = finding("ats.hidden-link", Severity::warning,
                            what + " links to " + std::string(link.url()) +
                                ", but the address is not written anywhere; an ATS keeps the text and loses the "
                                "link." + more,
                            fix, location_of(link.location()));
        f.section = facts.section_at(link.location());
        out.add(f);
    }
}

void check_header_footer_contact(const DocumentFacts& facts, Findings& out) {
    constexpr uint32_t margins = RH_BLOCK_IN_HEADER | RH_BLOCK_IN_FOOTER;
    std::optional<ContactSpot> margin_email, margin_phone;
    bool body_email = false, body_phone = false;
    auto blocks = facts.doc.blocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block b = blocks[i];
        // Where the normalizer's contact details are written (it reads page headers and footers too).
        std::string_view email = !facts.email().empty() && b.text().find(facts.email()) != std::string_view::npos
                                     ? facts.email()
                                     : std::string_view();
        std::string_view phone = !facts.phone().empty() && b.text().find(facts.phone()) != std::string_view::npos
                                     ? facts.phone()
                                     : std::string_view();
        if (b.flags() & margins) {
            if (!email.empty() && !margin_email) margin_email = ContactSpot{std::string(email), i};
            if (!phone.empty() && !margin_phone) margin_phone = ContactSpot{std::string(phone), i};
        } else {
            body_email = body_email || !email.empty();
            body_phone = body_phone || !phone.empty();
        }
    }
    auto report = [&](const ContactSpot& spot, std::string_view kind) {
        Block b = blocks[spot.block];
        std::string where = b.has(RH_BLOCK_IN_HEADER) ? "page header" : "page footer";
        Finding f = finding("ats.header-footer-contact", Severity::error,
                            "Your " + std::string(kind) + " " + quoted(spot.text, 50) + " appears only in the " +
                                where + "; many ATS parsers skip headers and footers, so the resume would have "
                                "no " + std::string(kind) + ".",
                            "Move your contact details (name, " + std::string(kind) +
                                ", links) into the first lines of the document body.",
                            location_of(b.location()));
        f.section = facts.section_of(spot.block);
        out.add(f);
    };
    if (margin_email && !body_email) report(*margin_email, "email");
    if (margin_phone && !body_phone) report(*margin_phone, "phone number");
}

}  // namespace reshost::ats
