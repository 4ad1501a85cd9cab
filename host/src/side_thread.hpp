// A second thread for one analysis: it prepares what does not depend on the
// file while the calling thread reads it, then takes a share of the work.
#pragma once

#include <functional>
#include <future>
#include <memory>

namespace reshost::detail {

class SideThread {
public:
    // Starts `prepare` on another thread; without a thread to spare, nothing
    // runs there and the work is all done by the caller.
    explicit SideThread(std::function<void()> prepare);
    // Runs `work` on this thread and, once done preparing, on the side thread
    // too; returns when both are done and rethrows what the side thread threw.
    void share(const std::function<void()>& work);
    // Without share(), the side thread ends after preparing; waits for it.
    ~SideThread();
    SideThread(const SideThread&) = delete;
    SideThread& operator=(const SideThread&) = delete;

private:
    struct Handoff;
    std::unique_ptr<Handoff> handoff_;
    std::future<void> done_;
};

}  // namespace reshost::detail
