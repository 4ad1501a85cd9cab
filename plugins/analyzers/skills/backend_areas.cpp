#include "backend_areas.hpp"

#include "data_file.hpp"

#include <stdexcept>

namespace reshost::skills {

std::vector<BackendArea> read_backend_areas(const std::string& dir, const terms::Vocabulary& vocabulary) {
    const std::string file = "backend_areas.txt";
    analyzers::DataFile data(dir, file);
    std::vector<BackendArea> out;
    out.reserve(data.lines().size());
    analyzers::Mapping m;
    for (std::string_view line : data.lines()) {
        analyzers::split_mapping(line, m);
        if (m.key.empty() || m.values.empty())
            throw std::runtime_error(dir + "/" + file + ": expected '<area> = <skill id>, ...', found '" +
                                     std::string(line) + "'");
        for (std::string_view id : m.values)
            if (!vocabulary.find(id))
                throw std::runtime_error(dir + "/" + file + ": area '" + std::string(m.key) + "' names '" +
                                         std::string(id) + "', which is not an id of skill-aliases.tsv");
        out.push_back({std::string(m.key), {m.values.begin(), m.values.end()}});
    }
    return out;
}

}  // namespace reshost::skills
