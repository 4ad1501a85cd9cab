// The side thread of an analysis: it prepares first, then shares the work;
// it is always waited for, and what it throws reaches the caller.
#include "side_thread.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

using reshost::detail::SideThread;

TEST(SideThread, PreparesThenSharesTheWork) {
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<bool> prepared{false};
    std::atomic<int> next{0};
    std::mutex mutex;
    std::set<std::thread::id> workers;
    bool side_worked_unprepared = false;
    {
        SideThread side([&] {
            // Long enough that this thread starts on the work before the side thread is free.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            prepared = true;
        });
        side.share([&] {
            while (next++ < 200) {
                {
                    std::lock_guard lock(mutex);
                    workers.insert(std::this_thread::get_id());
                    if (std::this_thread::get_id() != caller && !prepared) side_worked_unprepared = true;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            }
        });
        EXPECT_TRUE(prepared) << "share() returns only once the side thread is done";
    }
    EXPECT_EQ(workers.size(), 2u) << "both threads took a share of the work";
    EXPECT_FALSE(side_worked_unprepared);
}

TEST(SideThread, WithoutWorkItIsWaitedForAtTheEnd) {
    std::atomic<bool> prepared{false};
    {
        SideThread side([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            prepared = true;
        });
    }
    EXPECT_TRUE(prepared);
}

TEST(SideThread, WhatTheSideThreadThrowsReachesTheCaller) {
    std::atomic<int> calls{0};
    std::thread::id caller = std::this_thread::get_id();
    SideThread side([] {});
    EXPECT_THROW(side.share([&] {
        ++calls;
        if (std::this_thread::get_id() != caller) throw std::runtime_error("side failed");
        // Give the side thread time to take its share.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }),
                 std::runtime_error);
    EXPECT_EQ(calls.load(), 2);
}
