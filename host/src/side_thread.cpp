#include "side_thread.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>

namespace reshost::detail {

// What the caller hands over once the side thread may start on the work.
struct SideThread::Handoff {
    std::mutex mutex;
    std::condition_variable ready;
    bool released = false;
    const std::function<void()>* work = nullptr;  // null: nothing to share, just end
};

SideThread::SideThread(std::function<void()> prepare) : handoff_(std::make_unique<Handoff>()) {
    try {
        done_ = std::async(std::launch::async, [h = handoff_.get(), prepare = std::move(prepare)] {
            prepare();
            std::unique_lock lock(h->mutex);
            h->ready.wait(lock, [h] { return h->released; });
            const std::function<void()>* work = h->work;
            lock.unlock();
            if (work) (*work)();
        });
    } catch (const std::system_error&) {
        // No thread to spare: the caller prepares on demand and does all the work.
    }
}

void SideThread::share(const std::function<void()>& work) {
    {
        std::lock_guard lock(handoff_->mutex);
        handoff_->work = &work;
        handoff_->released = true;
    }
    handoff_->ready.notify_one();
    // Whatever happens here, the side thread is waited for before returning:
    // `work` refers to the caller's locals.
    std::exception_ptr failed;
    try {
        work();
    } catch (...) {
        failed = std::current_exception();
    }
    if (done_.valid()) {
        try {
            done_.get();
        } catch (...) {
            if (!failed) failed = std::current_exception();
        }
    }
    if (failed) std::rethrow_exception(failed);
}

SideThread::~SideThread() {
    if (!done_.valid()) return;
    {
        std::lock_guard lock(handoff_->mutex);
        handoff_->released = true;
    }
    handoff_->ready.notify_one();
    done_.wait();
}

}  // namespace reshost::detail
