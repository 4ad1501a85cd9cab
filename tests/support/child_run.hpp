// Runs a piece of work in a forked child under a time limit and, if asked,
// an address-space limit, so that a crash, a hang or a runaway allocation
// fails a test instead of the test program.
#pragma once

#include <csignal>
#include <cstddef>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace reshost::test {

// Sanitizers reserve far more address space than a program uses, so an
// address-space limit (and a peak memory bound) means nothing under them.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool sanitized_build = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool sanitized_build = true;
#else
inline constexpr bool sanitized_build = false;
#endif
#else
inline constexpr bool sanitized_build = false;
#endif

struct ChildOutcome {
    bool finished = false;  // exited normally in time
    std::string detail;     // what the work returned, or how the child died
    int signal = 0;         // the signal that ended the child, or 0
    long peak_rss_kib = 0;  // the child's peak resident memory
};

// Runs `work` (returning a std::string) in a forked child that gets
// `seconds` and, unless 0, `address_space_bytes` of address space.
template <class Work>
ChildOutcome run_in_child(Work&& work, unsigned seconds, std::size_t address_space_bytes = 0) {
    int fds[2];
    if (pipe(fds) != 0) return {false, "pipe failed"};
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return {false, "fork failed"};
    }
    if (pid == 0) {
        close(fds[0]);
        alarm(seconds);
        if (address_space_bytes) {
            rlimit limit{address_space_bytes, address_space_bytes};
            setrlimit(RLIMIT_AS, &limit);
        }
        std::string out = work();
        for (std::size_t done = 0; done < out.size();) {
            ssize_t n = write(fds[1], out.data() + done, out.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    ChildOutcome outcome;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) outcome.detail.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    outcome.peak_rss_kib = usage.ru_maxrss;
    if (WIFSIGNALED(status)) {
        outcome.signal = WTERMSIG(status);
        outcome.detail = outcome.signal == SIGALRM ? "took over the time limit" : "killed by signal " + std::to_string(outcome.signal);
        return outcome;
    }
    outcome.finished = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return outcome;
}

}  // namespace reshost::test
