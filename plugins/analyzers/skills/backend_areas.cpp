#include "backend_areas.hpp"

#include "data_file.hpp"

#include <stdexcept>

namespace reshost::skills {

std::vector<BackendArea> read_backend_areas(const std::string& dir, const terms::Vocabulary& vocabulary) {
    const std::string file = "backend_areas.txt";
    std::vector<BackendArea> out;
    for (const std::string& line : analyzers::read_data_lines(dir, file)) {
        auto [name, ids] = analyzers::split_mapping(line);
        if (name.empty() || ids.empty())
            throw std::runtime_error(dir + "/" + file + ": expected '<area> = <skill id>, ...', found '" + line + "'");
        for (const std::string& id : ids)
            if (!vocabulary.find(id))
                throw std::runtime_error(dir + "/" + file + ": area '" + name + "' names '" + id +
                                         "', which is not an id of skill-aliases.tsv");
        out.push_back({name, ids});
    }
    return out;
}

}  // namespace reshost::skills
