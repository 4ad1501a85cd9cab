// Word packages written by the tests with libzip: parts by name, relationships
// of the main document, and helpers for paragraphs and runs.
#pragma once

#include "docx_plugin.hpp"

#include <zip.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace reshost::test {

namespace fs = std::filesystem;

inline constexpr const char* namespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml")"
    R"( xmlns:w99="http://example.com/not-understood")";

inline constexpr const char* relationship_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A Word package under construction: parts by name, zipped on demand.
class Package {
public:
    Package() {
        parts_["[Content_Types].xml"] =
            R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
        parts_["_rels/.rels"] = std::string(R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
                                R"(<Relationship Id="rId1" Type=")" + relationship_type +
                                R"(officeDocument" Target="word/document.xml"/></Relationships>)";
    }
    // Sets word/document.xml to a body holding `body`.
    Package& body(const std::string& body) {
        parts_["word/document.xml"] = std::string("<?xml version=\"1.0\"?><w:document") + namespaces + "><w:body>" + body +
                                      "</w:body></w:document>";
        return *this;
    }
    Package& part(const std::string& name, const std::string& xml) {
        parts_[name] = xml;
        return *this;
    }
    // Adds a relationship of word/document.xml.
    Package& rel(const std::string& id, const std::string& type, const std::string& target, bool external = false) {
        rels_ += "<Relationship Id=\"" + id + "\" Type=\"" + relationship_type + type + "\" Target=\"" + target + "\"" +
                 (external ? " TargetMode=\"External\"" : "") + "/>";
        return *this;
    }
    // Writes the zip archive and returns its bytes.
    std::string bytes() const {
        fs::path file = fs::temp_directory_path() / ("reshost-docx-test-" + std::to_string(getpid()) + ".docx");
        int err = 0;
        zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        if (!z) throw std::runtime_error("cannot create " + file.string());
        auto parts = parts_;
        if (!rels_.empty())
            parts["word/_rels/document.xml.rels"] =
                R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                rels_ + "</Relationships>";
        for (const auto& [name, text] : parts) {
            zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
            if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) < 0) throw std::runtime_error("cannot add " + name);
        }
        if (zip_close(z) != 0) throw std::runtime_error("cannot write " + file.string());
        std::string out = read_file(file.string());
        fs::remove(file);
        return out;
    }
    CollectedDocument import() const { return plugin().import(bytes()); }

private:
    std::map<std::string, std::string> parts_;
    std::string rels_;
};

inline std::string p(const std::string& runs, const std::string& props = "") {
    return "<w:p>" + (props.empty() ? "" : "<w:pPr>" + props + "</w:pPr>") + runs + "</w:p>";
}
inline std::string r(const std::string& text, const std::string& props = "") {
    return "<w:r>" + (props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
inline std::string style(const std::string& id) { return "<w:pStyle w:val=\"" + id + "\"/>"; }
inline std::string numbered(int num, int level) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(num) + "\"/></w:numPr>";
}

}  // namespace reshost::test
