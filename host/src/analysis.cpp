#include "analysis_data.hpp"

#include "model_bridge.hpp"

namespace reshost {

Analysis::Analysis(std::shared_ptr<const Data> d) : d_(std::move(d)) {}

const std::string& Analysis::path() const { return d_->path; }
const std::string& Analysis::format() const { return d_->format; }
const std::string& Analysis::error() const { return d_->error; }
ExitCode Analysis::exit_code() const { return d_->exit_code; }
const std::vector<Finding>& Analysis::findings() const { return d_->findings; }
const std::vector<Score>& Analysis::scores() const { return d_->scores; }
const std::vector<NotEvaluated>& Analysis::not_evaluated() const { return d_->not_evaluated; }
const std::vector<PluginError>& Analysis::errors() const { return d_->errors; }
const std::vector<std::pair<std::string, double>>& Analysis::metrics() const { return d_->metrics; }
double Analysis::overall() const { return d_->overall; }

std::string Analysis::resume_json() const {
    if (!d_->resume || !d_->document) return {};
    return detail::export_resume_json(*d_->resume, *d_->document);
}

std::string Analysis::json_resume() const {
    if (!d_->resume || !d_->document) return {};
    return detail::export_json_resume(*d_->resume, *d_->document);
}

}  // namespace reshost
