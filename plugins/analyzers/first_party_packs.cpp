// The plugin that carries every first-party analyzer pack. Each pack keeps
// its own folder, namespace, rules and data files; only the library is shared.
// Components are listed in name order: the host reports findings in this order.
#include "first_party_packs.hpp"

#include <reshost/sdk.hpp>

RESHOST_PLUGIN_OF("analyzers", "1.0.0",
                  "The resume guide's checks: ats, sections, summary, skills, experience, impact, verbs, length, "
                  "projects, education, level, polish, spelling and job-description keywords",
                  reshost::ats::component, reshost::education::component, reshost::experience::component,
                  reshost::impact::component, reshost::keywords::component, reshost::length::component,
                  reshost::level::component, reshost::polish::component, reshost::projects::component,
                  reshost::sections::component, reshost::skills::component, reshost::spelling::component,
                  reshost::summary::component, reshost::verbs::component)
