// Data that several packs read, built once per library. The first-party packs
// share one library, so the quantity units (impact, summary, projects) and the
// skill vocabulary (skills, projects, keywords: skill_vocabulary.hpp) are
// parsed once per process instead of once per pack.
#pragma once

#include "quantities.hpp"

#include <reshost/sdk.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace reshost::analyzers {

namespace detail {

// What has been built of type T, by key; one store per type, whichever pack asks.
template <class T>
struct SharedStore {
    std::mutex mutex;
    std::map<std::string, std::weak_ptr<const T>> built;

    static SharedStore& instance() {
        static SharedStore store;
        return store;
    }
};

}  // namespace detail

// Returns what `make()` builds for `key`, building it only when nothing holds
// one already; concurrent callers for the same type wait for the first.
template <class T, class Make>
std::shared_ptr<const T> shared_data(const std::string& key, Make make) {
    auto& store = detail::SharedStore<T>::instance();
    std::lock_guard lock(store.mutex);
    auto& slot = store.built[key];
    if (auto held = slot.lock()) return held;
    auto fresh = std::make_shared<const T>(make());
    slot = fresh;
    return fresh;
}

// The finder of figures, with the units beside the library (quantity_units.txt).
inline std::shared_ptr<const QuantityFinder> quantity_finder(const sdk::OpenContext& ctx) {
    return shared_data<QuantityFinder>(ctx.plugin_dir, [&] { return QuantityFinder(ctx.plugin_dir); });
}

}  // namespace reshost::analyzers
