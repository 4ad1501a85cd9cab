// One Host shared by several threads gives every thread the result a single
// thread gets.
#include "test_host.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>

namespace {

using namespace reshost;

// Everything an analysis says, in a form gtest can diff.
std::string describe(const Analysis& a) {
    std::ostringstream out;
    out << "path " << a.path() << "\nformat " << a.format() << "\nerror " << a.error() << "\nexit "
        << static_cast<int>(a.exit_code()) << "\n";
    for (const auto& f : a.findings()) {
        out << "finding " << f.rule << " " << f.severity << " " << f.category << " [" << f.section << "/"
            << f.entry << "/" << f.bullet << " " << f.section_heading << "] " << f.message << " | "
            << f.suggestion;
        if (f.location)
            out << " @" << f.location->line << "-" << f.location->line_end << " p" << f.location->page << " "
                << f.location->part << "#" << f.location->paragraph;
        out << "\n";
    }
    for (const auto& s : a.scores()) out << "score " << s.category << " " << s.value << "\n";
    for (const auto& n : a.not_evaluated()) out << "not-evaluated " << n.rule << " " << n.reason << "\n";
    out << "resume " << a.resume_json() << "\n";
    return out.str();
}

TEST(HostThreads, SharedHostGivesEveryThreadTheSingleThreadedResult) {
    const Host host(test::isolated_options());
    const std::vector<std::string> files = {test::example_resume(), test::junior_resume()};

    std::vector<std::string> expected;
    for (const auto& f : files) {
        const Analysis a = host.analyze(f);
        ASSERT_EQ(a.error(), "") << f;
        ASSERT_FALSE(a.findings().empty()) << f;
        expected.push_back(describe(a));
    }
    ASSERT_NE(expected[0], expected[1]);

    constexpr int threads = 8, rounds = 25;
    std::vector<std::vector<std::string>> got(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r) {
                // Threads start on different files so both run at once.
                const std::size_t i = static_cast<std::size_t>(t + r) % files.size();
                got[t].push_back(describe(host.analyze(files[i])));
            }
        });
    for (auto& th : pool) th.join();

    for (int t = 0; t < threads; ++t) {
        ASSERT_EQ(got[t].size(), static_cast<std::size_t>(rounds));
        for (int r = 0; r < rounds; ++r)
            ASSERT_EQ(got[t][r], expected[static_cast<std::size_t>(t + r) % files.size()])
                << "thread " << t << " round " << r;
    }
}

TEST(HostThreads, EmitFromSeveralThreadsAtOnce) {
    const Host host(test::isolated_options());
    const std::vector<Analysis> analyses = {host.analyze(test::example_resume()), host.analyze(test::junior_resume())};
    const std::string expected = host.emit("json", analyses);
    ASSERT_NE(expected.find("resume.md"), std::string::npos);

    constexpr int threads = 8, rounds = 10;
    std::vector<int> mismatches(threads, 0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r)
                if (host.emit("json", analyses) != expected) ++mismatches[t];
        });
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

}  // namespace
