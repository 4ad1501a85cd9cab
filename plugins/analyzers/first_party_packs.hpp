// The first-party analyzer packs, one component each. They are built into a
// single plugin library (first_party_packs.cpp) rather than one library per
// pack: mapping a library costs the host a fixed amount per library, paid on
// every `reshost analyze` (see docs/architecture.md).
#pragma once

#include <reshost/plugin.h>

namespace reshost::ats { const rh_component* component(); }
namespace reshost::education { const rh_component* component(); }
namespace reshost::experience { const rh_component* component(); }
namespace reshost::impact { const rh_component* component(); }
namespace reshost::keywords { const rh_component* component(); }
namespace reshost::length { const rh_component* component(); }
namespace reshost::level { const rh_component* component(); }
namespace reshost::polish { const rh_component* component(); }
namespace reshost::projects { const rh_component* component(); }
namespace reshost::sections { const rh_component* component(); }
namespace reshost::skills { const rh_component* component(); }
namespace reshost::spelling { const rh_component* component(); }
namespace reshost::summary { const rh_component* component(); }
namespace reshost::verbs { const rh_component* component(); }
