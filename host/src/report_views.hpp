// Analyses laid out as rh_report structs for an emitter; valid while this lives.
#pragma once

#include <reshost/host.hpp>
#include <reshost/plugin.h>

#include <deque>
#include <memory>
#include <vector>

namespace reshost::detail {

class ModelViews;

class ReportViews {
public:
    explicit ReportViews(const std::vector<Analysis>& analyses);
    ~ReportViews();
    ReportViews(const ReportViews&) = delete;
    ReportViews& operator=(const ReportViews&) = delete;

    const rh_report* const* reports() const { return pointers_.data(); }
    std::size_t size() const { return pointers_.size(); }

private:
    struct One;
    std::deque<One> reports_;
    std::vector<const rh_report*> pointers_;
};

}  // namespace reshost::detail
