// What kind of document a file is, from its bytes (never its name).
#pragma once

#include <string>
#include <string_view>

namespace reshost::detail {

struct FileType {
    std::string type;   // "pdf", "docx", "markdown"; empty when unsupported
    std::string error;  // one line: why the file is not supported
};

// Detects the document type by magic bytes; UTF-8 text counts as Markdown.
FileType detect_file_type(std::string_view bytes);

// The offset of the first byte that breaks UTF-8 (or is NUL), or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

}  // namespace reshost::detail
