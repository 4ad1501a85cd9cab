// Data the analyzer packs share: built once while any pack holds it, again
// once none does, and separately per key and per type.
#include "shared_data.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

using reshost::analyzers::shared_data;

TEST(SharedData, BuiltOnceWhileHeld) {
    int builds = 0;
    auto make = [&] {
        ++builds;
        return std::string("vocabulary");
    };
    auto first = shared_data<std::string>("dir", make);
    auto again = shared_data<std::string>("dir", make);
    EXPECT_EQ(first.get(), again.get());
    EXPECT_EQ(builds, 1);

    auto other_dir = shared_data<std::string>("other dir", make);
    EXPECT_NE(other_dir.get(), first.get());
    EXPECT_EQ(builds, 2);
    auto other_type = shared_data<int>("dir", [] { return 7; });
    EXPECT_EQ(*other_type, 7);

    first.reset();
    again.reset();
    auto rebuilt = shared_data<std::string>("dir", make);
    EXPECT_EQ(*rebuilt, "vocabulary");
    EXPECT_EQ(builds, 3) << "nothing held it, so it is built again";
}

TEST(SharedData, ConcurrentCallersGetTheSameObject) {
    std::vector<std::shared_ptr<const std::vector<int>>> got(8);
    std::vector<std::thread> threads;
    for (auto& slot : got)
        threads.emplace_back([&slot] {
            slot = shared_data<std::vector<int>>("numbers", [] { return std::vector<int>(1000, 1); });
        });
    for (auto& t : threads) t.join();
    for (const auto& p : got) EXPECT_EQ(p.get(), got.front().get());
}
