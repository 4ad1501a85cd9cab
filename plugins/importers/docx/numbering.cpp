#include "numbering.hpp"

#include "xml_part.hpp"

namespace reshost::docx {
namespace {

std::string roman(int n, bool upper) {
    static const struct { int value; const char* lower; const char* upper; } table[] = {
        {1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"}, {100, "c", "C"},
        {90, "xc", "XC"}, {50, "l", "L"}, {40, "xl", "XL"}, {10, "x", "X"}, {9, "ix", "IX"},
        {5, "v", "V"}, {4, "iv", "IV"}, {1, "i", "I"}};
    std::string out;
    if (n <= 0 || n >= 4000) return std::to_string(n);
    for (const auto& t : table)
        while (n >= t.value) {
            out += upper ? t.upper : t.lower;
            n -= t.value;
        }
    return out;
}

// Word's letter numbering repeats the letter: a..z, aa..zz, aaa...
std::string letters(int n, bool upper) {
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 % 10 + 1), c);
}

std::string formatted(int n, const std::string& format) {
    if (format == "lowerLetter") return letters(n, false);
    if (format == "upperLetter") return letters(n, true);
    if (format == "lowerRoman") return roman(n, false);
    if (format == "upperRoman") return roman(n, true);
    if (format == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
    return std::to_string(n);
}

}  // namespace

Numbering::Numbering(pugi::xml_node numbering) {
    for (pugi::xml_node n = numbering.first_child(); n; n = n.next_sibling()) {
        if (is(n, "abstractNum")) {
            Abstract a;
            a.style_link = attr(child(n, "styleLink"), "val");
            a.num_style_link = attr(child(n, "numStyleLink"), "val");
            for (pugi::xml_node l = n.first_child(); l; l = l.next_sibling()) {
                if (!is(l, "lvl")) continue;
                long long i = number_attr(l, "ilvl", -1);
                if (i < 0 || i >= levels) continue;
                Level& level = a.level[static_cast<std::size_t>(i)];
                if (pugi::xml_node f = child(l, "numFmt")) level.format = attr(f, "val");
                level.text = attr(child(l, "lvlText"), "val");
                level.start = static_cast<int>(number_attr(child(l, "start"), "val", 1));
                level.defined = true;
            }
            abstracts_[static_cast<int>(number_attr(n, "abstractNumId", -1))] = std::move(a);
        } else if (is(n, "num")) {
            Instance inst;
            inst.abstract = static_cast<int>(number_attr(child(n, "abstractNumId"), "val", -1));
            for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
                if (!is(o, "lvlOverride")) continue;
                long long i = number_attr(o, "ilvl", -1);
                if (i < 0 || i >= levels) continue;
                if (pugi::xml_node s = child(o, "startOverride"))
                    inst.start_override[static_cast<std::size_t>(i)] = static_cast<int>(number_attr(s, "val", 1));
            }
            instances_[static_cast<int>(number_attr(n, "numId", -1))] = inst;
        }
    }
    // A list that only names a list style has the levels of the list defining it.
    for (auto& [id, a] : abstracts_) {
        if (a.num_style_link.empty()) continue;
        for (const auto& [other_id, other] : abstracts_)
            if (other_id != id && other.style_link == a.num_style_link) {
                a.level = other.level;
                break;
            }
    }
}

bool Numbering::next(int num_id, int ilvl, ListMarker& out) {
    if (num_id <= 0) return false;
    auto inst_it = instances_.find(num_id);
    if (inst_it == instances_.end()) return false;
    Instance& inst = inst_it->second;
    auto abs_it = abstracts_.find(inst.abstract);
    if (abs_it == abstracts_.end()) return false;
    const Abstract& abs = abs_it->second;
    if (ilvl < 0 || ilvl >= levels) ilvl = 0;
    auto lv = static_cast<std::size_t>(ilvl);
    const Level& level = abs.level[lv];

    // A deeper level restarts whenever a shallower one moves on.
    int start = inst.start_override[lv] ? inst.start_override[lv] : level.start;
    inst.counter[lv] = inst.counter[lv] ? inst.counter[lv] + 1 : start;
    for (std::size_t d = lv + 1; d < levels; ++d) inst.counter[d] = 0;

    out.level = static_cast<unsigned>(ilvl) + 1;
    out.text.clear();
    if (!level.defined) {
        out.ordered = false;
        return true;
    }
    out.ordered = level.format != "bullet" && level.format != "none";
    if (level.format == "bullet") {
        out.text = "•";
        return true;
    }
    if (level.format == "none") return true;
    const std::string& t = level.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            auto d = static_cast<std::size_t>(t[i + 1] - '1');
            int value = inst.counter[d] ? inst.counter[d] : abs.level[d].start;
            out.text += formatted(value, d == lv ? level.format : abs.level[d].format);
            ++i;
        } else {
            out.text += t[i];
        }
    }
    return true;
}

}  // namespace reshost::docx
