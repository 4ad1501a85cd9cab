#include "page_reader.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#ifdef __linux__
#include <sched.h>
#endif

namespace reshost::pdf {
namespace {

// A second reader pays for parsing the file's cross-reference table again,
// which a page of text repays several times over; more than two readers
// would mostly compete with the host's own threads.
constexpr unsigned max_readers = 2;

// The CPUs this process may run on: an affinity mask or a container's
// cpuset can allow fewer than the machine has.
unsigned usable_cpus() {
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) return static_cast<unsigned>(CPU_COUNT(&set));
#endif
    return std::thread::hardware_concurrency();
}

// One page as read, with fonts numbered in the order that page met them.
struct PageSlot {
    PageContent content;
    std::vector<FontFace> fonts;
    bool read = false;
};

// Pages go out one at a time, so neither reader idles while the other has
// a heavy page left.
class PageQueue {
public:
    explicit PageQueue(int pages) : pages_(pages) {}
    // The next page to read, or -1 when none is left or reading stopped.
    int take() {
        if (stopped_.load(std::memory_order_relaxed)) return -1;
        int i = next_.fetch_add(1, std::memory_order_relaxed);
        return i < pages_ ? i : -1;
    }
    void stop() { stopped_.store(true, std::memory_order_relaxed); }
    // Whether every page is taken, or reading stopped.
    bool done() const { return stopped_.load(std::memory_order_relaxed) || next_.load(std::memory_order_relaxed) >= pages_; }

private:
    const int pages_;
    std::atomic<int> next_{0};
    std::atomic<bool> stopped_{false};
};

void read_from(PdfFile& file, PageQueue& queue, std::vector<PageSlot>& slots, PdfFile::Clock::time_point deadline) {
    for (int i = queue.take(); i >= 0; i = queue.take()) {
        PageSlot& slot = slots[static_cast<std::size_t>(i)];
        if (!file.read_page(i, slot.content, slot.fonts, deadline)) {
            queue.stop();
            return;
        }
        slot.read = true;
    }
}

// Renumbers each page's fonts into one document-wide list, page after page,
// which gives the list and numbers a single reader going through the pages
// in order would have made.
void merge_fonts(std::vector<PageSlot>& slots, std::vector<FontFace>& out) {
    std::unordered_map<std::string, uint32_t> index;
    for (uint32_t i = 0; i < out.size(); ++i) index.emplace(out[i].name, i);
    std::vector<uint32_t> renumbered;
    for (auto& slot : slots) {
        renumbered.clear();
        for (auto& face : slot.fonts) {
            auto [it, added] = index.emplace(face.name, static_cast<uint32_t>(out.size()));
            if (added) out.push_back(face);
            else if (face.embedded) out[it->second].embedded = true;
            renumbered.push_back(it->second);
        }
        for (auto& word : slot.content.words) word.font = renumbered[word.font];
    }
}

}  // namespace

int read_pages(std::string_view data, PdfFile& file, DocumentContent& out, PdfFile::Clock::time_point deadline) {
    int pages = file.page_count();
    std::vector<PageSlot> slots(static_cast<std::size_t>(std::max(pages, 0)));
    PageQueue queue(pages);
    std::exception_ptr helper_error;
    {
        std::jthread helper;
        if (pages > 1 && std::min(usable_cpus(), max_readers) > 1) {
            helper = std::jthread([&] {
                try {
                    if (queue.done()) return;
                    std::string error;
                    // Should the second opening fail, this thread reads nothing
                    // and the first reader takes every page.
                    if (auto own = PdfFile::open(data, error)) read_from(*own, queue, slots, deadline);
                } catch (...) {
                    helper_error = std::current_exception();
                    queue.stop();
                }
            });
        }
        try {
            read_from(file, queue, slots, deadline);
        } catch (...) {
            queue.stop();
            throw;
        }
    }
    if (helper_error) std::rethrow_exception(helper_error);
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (!slots[i].read) return static_cast<int>(i) + 1;

    merge_fonts(slots, out.fonts);
    out.pages.resize(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) out.pages[i] = std::move(slots[i].content);
    return 0;
}

}  // namespace reshost::pdf
