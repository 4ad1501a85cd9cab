// The host's normalizer data, loaded once for all tests.
#pragma once

#include "normalizer_data.hpp"

namespace reshost::test {

inline const detail::NormalizerData& normalizer_data() {
    static const auto data = detail::load_normalizer_data(RESHOST_TEST_DATA);
    return *data;
}

}  // namespace reshost::test
