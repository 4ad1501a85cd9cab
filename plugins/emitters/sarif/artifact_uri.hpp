// A report's path as the artifact URI SARIF wants: a relative path stays
// relative (code scanning resolves it against the repository), an absolute
// one becomes a file: URI; characters a URI cannot hold are %-encoded.
#pragma once

#include <string>
#include <string_view>

namespace reshost::sarif {

std::string artifact_uri(std::string_view path);

}  // namespace reshost::sarif
