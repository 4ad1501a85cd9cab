#include "model_bridge.hpp"

#include "model/model.hpp"
#include "model/normalizer_data.hpp"
#include "model/phone_library.hpp"

#include <optional>

namespace reshost::detail {

std::shared_ptr<DocumentData> new_document(const std::string& path, const std::string& format) {
    auto doc = std::make_shared<DocumentData>();
    doc->path = path;
    doc->format = format;
    return doc;
}

rh_document_sink sink_into(DocumentData& doc) { return document_sink(doc); }

const std::string& import_failure(const DocumentData& doc) { return doc.failure; }

std::shared_ptr<const NormalizerData> read_normalizer_data(const std::string& data_dir) {
    return load_normalizer_data(data_dir);
}

void warm_up_phones(const NormalizerData& data) {
    if (data.phones) data.phones->warm_up();
}

std::shared_ptr<const ResumeData> build_resume(const DocumentData& doc, const NormalizerData& data) {
    return std::make_shared<const ResumeData>(normalize(doc, data));
}

std::string section_heading(const ResumeData& resume, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= resume.sections.size()) return {};
    return resume.sections[static_cast<std::size_t>(index)].heading.text;
}

std::string export_resume_json(const ResumeData& resume, const DocumentData& doc) {
    return resume_to_json(resume, doc);
}

std::string export_json_resume(const ResumeData& resume, const DocumentData& doc) {
    return resume_to_jsonresume(resume, doc);
}

struct ModelViews::Impl {
    std::optional<DocumentView> document;
    std::optional<ResumeView> resume;
};

ModelViews::ModelViews(const DocumentData* doc, const ResumeData* resume) : impl_(std::make_unique<Impl>()) {
    if (doc) impl_->document.emplace(*doc);
    if (resume) impl_->resume.emplace(*resume);
}

ModelViews::~ModelViews() = default;

const rh_document* ModelViews::document() const { return impl_->document ? impl_->document->get() : nullptr; }

const rh_resume* ModelViews::resume() const { return impl_->resume ? impl_->resume->get() : nullptr; }

}  // namespace reshost::detail
