// The skill vocabulary the packs share: skills, projects and keywords match
// the same terms, so the library parses skill-aliases.tsv once.
#pragma once

#include "shared_data.hpp"

#include <reshost/sdk.hpp>
#include <skill_terms.hpp>

#include <memory>

namespace reshost::analyzers {

// The skill vocabulary beside the library (skill-aliases.tsv, a copy of the host's).
inline std::shared_ptr<const terms::Vocabulary> skill_vocabulary(const sdk::OpenContext& ctx) {
    return shared_data<terms::Vocabulary>(ctx.plugin_dir, [&] {
        return terms::Vocabulary::parse(ctx.read_data("skill-aliases.tsv"), ctx.plugin_dir + "/skill-aliases.tsv");
    });
}

}  // namespace reshost::analyzers
