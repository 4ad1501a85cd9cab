#include "side_thread.hpp"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>

namespace reshost::detail {

// What the caller tells the side thread, and when.
struct SideThread::Handoff {
    std::mutex mutex;
    std::condition_variable changed;
    bool begun = false;                           // it may prepare
    bool released = false;                        // it may take the work, or end
    const std::function<void()>* work = nullptr;  // null: nothing to share

    void set(bool Handoff::*flag, const std::function<void()>* with = nullptr) {
        {
            std::lock_guard lock(mutex);
            this->*flag = true;
            if (with) work = with;
        }
        changed.notify_one();
    }
};

SideThread::SideThread(std::function<void()> prepare) : handoff_(std::make_unique<Handoff>()) {
    try {
        done_ = std::async(std::launch::async, [h = handoff_.get(), prepare = std::move(prepare)] {
            std::unique_lock lock(h->mutex);
            h->changed.wait(lock, [h] { return h->begun || h->released; });
            if (h->begun) {
                lock.unlock();
                prepare();
                lock.lock();
            }
            h->changed.wait(lock, [h] { return h->released; });
            const std::function<void()>* work = h->work;
            lock.unlock();
            if (work) (*work)();
        });
    } catch (const std::system_error&) {
        // No thread to spare: the caller prepares on demand and does all the work.
    }
}

void SideThread::begin() { handoff_->set(&Handoff::begun); }

void SideThread::share(const std::function<void()>& work) {
    handoff_->set(&Handoff::released, &work);
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
    handoff_->set(&Handoff::released);
    done_.wait();
}

}  // namespace reshost::detail
