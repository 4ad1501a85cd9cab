// The resume model as the rest of the host sees it: opaque types and the few
// operations the pipeline needs. model/model.hpp includes sdk.hpp, whose C++
// layer shares type names with reshost/host.hpp, so only model_bridge.cpp
// includes it.
#pragma once

#include <reshost/plugin.h>

#include <memory>
#include <string>

namespace reshost::detail {

struct DocumentData;
struct ResumeData;
class NormalizerData;

// An empty document of `format` read from `path`, for an importer to fill.
std::shared_ptr<DocumentData> new_document(const std::string& path, const std::string& format);
// The sink an importer writes into `doc` through.
rh_document_sink sink_into(DocumentData& doc);
// Why the importer said it failed, empty if it did not.
const std::string& import_failure(const DocumentData& doc);

// Reads the normalizer's data files; throws std::runtime_error naming the file.
std::shared_ptr<const NormalizerData> read_normalizer_data(const std::string& data_dir);
// Loads the phone fast path's metadata the model's E.164 numbers need, on this thread (libphonenumber
// itself is mapped only for a number the fast path leaves to it).
void warm_up_phones(const NormalizerData& data);
// Builds the resume model of a document.
std::shared_ptr<const ResumeData> build_resume(const DocumentData& doc, const NormalizerData& data);
// The heading of section `index` as written, empty if there is none.
std::string section_heading(const ResumeData& resume, int index);

// The resume model as JSON, and as JSON Resume.
std::string export_resume_json(const ResumeData& resume, const DocumentData& doc);
std::string export_json_resume(const ResumeData& resume, const DocumentData& doc);

// The C views of a document and its resume; valid while this and the data live.
class ModelViews {
public:
    ModelViews(const DocumentData* doc, const ResumeData* resume);
    ~ModelViews();
    ModelViews(const ModelViews&) = delete;
    ModelViews& operator=(const ModelViews&) = delete;
    const rh_document* document() const;  // null without a document
    const rh_resume* resume() const;      // null without a resume
private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace reshost::detail
