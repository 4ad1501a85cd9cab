#include "analysis_data.hpp"
#include "c_abi.hpp"
#include "config.hpp"
#include "file_type.hpp"
#include "finding_collector.hpp"
#include "host_api.hpp"
#include "input_file.hpp"
#include "install_dir.hpp"
#include "logger.hpp"
#include "model_bridge.hpp"
#include "plugin_record.hpp"
#include "plugin_registry.hpp"
#include "printable_text.hpp"
#include "report_views.hpp"
#include "rule_selection.hpp"
#include "scoring.hpp"
#include "side_thread.hpp"

#include <reshost/host.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <iterator>
#include <system_error>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

namespace fs = std::filesystem;

namespace reshost {

using detail::PluginRegistry;

namespace {

// A document imported for analysis, or why it could not be.
struct Imported {
    std::shared_ptr<detail::DocumentData> document;
    std::string format;
    std::string error;
};

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

// An analyzer runs when one of its rules is enabled, or when it declares none.
bool will_run(const PluginRegistry::Component& c, const detail::RuleSelection& selection) {
    if (c.record->rules.empty()) return true;
    for (const auto& r : c.record->rules)
        if (selection.enabled(r.id)) return true;
    return false;
}

}  // namespace

struct Host::Impl {
    explicit Impl(HostOptions o)
        : options(std::move(o)),
          log(options.log),
          library_dir(detail::library_dir()),
          preload(start_preload()),
          registry(options, library_dir.empty() ? fs::path() : library_dir / RESHOST_PLUGIN_SUBDIR, log) {}

    HostOptions options;
    detail::Logger log;
    fs::path library_dir;

    mutable std::once_flag normalizer_once;
    mutable std::shared_ptr<const detail::NormalizerData> normalizer;
    mutable std::string normalizer_error;

    // The normalizer's data files, read on another core from the start: every
    // parse needs them, and reading them overlaps listing the plugins and the
    // first import. Declared after what it fills and before the registry, so
    // it is joined after the registry is gone and before the data it writes.
    std::future<void> preload;
    PluginRegistry registry;

    // Rule entries already reported as naming nothing: one warning per Host, not per file.
    mutable std::mutex warned_mutex;
    mutable std::set<std::string> warned;

    std::future<void> start_preload();
    const detail::NormalizerData& normalizer_data() const;
    Imported import(std::string_view name, std::string_view bytes, const detail::ConfigValues* config) const;
    Analysis run(std::string_view name, std::string_view bytes, const fs::path& input_dir, const AnalyzeOptions* options) const;
    void analyze_with(PluginRegistry::Component& c, const detail::RuleSelection& selection,
                      const rh_analyze_input& input, const detail::Config& config, Analysis::Data& out) const;
    void prepare_ahead(const detail::RuleSelection& selection, const AnalyzeOptions& options) const;
    void run_analyzers(const detail::RuleSelection& selection, const rh_analyze_input& input,
                       const detail::Config& config, detail::SideThread* side, Analysis::Data& out) const;
};

std::future<void> Host::Impl::start_preload() {
    try {
        return std::async(std::launch::async, [this] {
            try {
                // With the phone numbers' metadata, read in tens of microseconds,
                // so that printing a number in E.164 does not wait for it.
                detail::warm_up_phones(normalizer_data());
            } catch (const std::exception&) {
                // Reported again, with the reason, by the first parse that needs the data.
            }
        });
    } catch (const std::system_error&) {
        return {};  // no thread to spare: the first parse reads the data itself
    }
}

const detail::NormalizerData& Host::Impl::normalizer_data() const {
    std::call_once(normalizer_once, [&] {
        auto dir = (library_dir / RESHOST_DATA_SUBDIR).string();
        try {
            normalizer = detail::read_normalizer_data(dir);
        } catch (const std::exception& e) {
            normalizer_error = e.what();
        }
    });
    // A broken installation, not a bad input: no file could be analyzed.
    if (!normalizer) throw std::runtime_error("cannot read the host's data files: " + normalizer_error);
    return *normalizer;
}

Imported Host::Impl::import(std::string_view name, std::string_view bytes, const detail::ConfigValues* config) const {
    Imported out;
    auto type = detail::detect_file_type(bytes);
    out.format = type.type;
    if (!type.error.empty()) {
        out.error = type.error;
        return out;
    }
    auto* importer = registry.importer(type.type);
    if (!importer) {
        out.error = fmt::format("no importer for {} documents is installed", type.type);
        return out;
    }
    if (const auto& why = registry.prepare(*importer); !why.empty()) {
        out.error = fmt::format("the {} importer cannot be used: {}", type.type, why);
        return out;
    }
    auto doc = detail::new_document(std::string(name), type.type);
    rh_document_sink sink = detail::sink_into(*doc);
    detail::CallContext context(log, importer->source, config);
    rh_import_input in{sizeof(rh_import_input), context.api(), detail::as_rh_str(name), detail::as_rh_str(type.type),
                       reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()};
    int status = RH_STATUS_FAILED;
    try {
        status = importer->fns.import(importer->state, &in, &sink);
    } catch (...) {
        doc = detail::new_document(std::string(name), type.type);
        out.error = fmt::format("importer {} failed", importer->source);
        return out;
    }
    if (status != RH_STATUS_OK) {
        const auto& reason = detail::import_failure(*doc);
        // The reason may quote the document (a zip entry's name): one printable line, cut short.
        out.error = !reason.empty() ? detail::printable_text(reason)
                                    : fmt::format("importer {} could not read it", importer->source);
        return out;
    }
    out.document = std::move(doc);
    return out;
}

void Host::Impl::analyze_with(PluginRegistry::Component& c, const detail::RuleSelection& selection,
                              const rh_analyze_input& base, const detail::Config& config, Analysis::Data& out) const {
    if (!will_run(c, selection)) return;
    std::vector<std::string> enabled;
    for (const auto& r : c.record->rules)
        if (selection.enabled(r.id)) enabled.push_back(r.id);

    auto not_evaluated = [&](const std::string& reason) {
        for (const auto& id : enabled) out.not_evaluated.push_back(NotEvaluated{id, reason});
    };
    // A failure below is also a per-file error: listing its rules as not
    // evaluated alone let a broken plugin pass as a clean run (issue 17).
    auto failed = [&](const std::string& message) {
        out.errors.push_back(PluginError{c.plugin->record.name, c.record->name, message});
    };
    if (const auto& why = registry.prepare(c); !why.empty()) {
        not_evaluated("analyzer could not be loaded: " + why);
        failed("analyzer could not be loaded: " + why);
        return;
    }

    detail::CallContext context(log, c.source, &config.values, true);
    rh_analyze_input in = base;
    in.host = context.api();
    detail::FindingCollector collected;
    int status = RH_STATUS_FAILED;
    std::string reason;
    try {
        status = c.fns.analyze(c.state, &in, collected.sink());
    } catch (const std::exception& e) {
        reason = e.what();
    } catch (...) {
        reason = "unknown exception";
    }
    if (status != RH_STATUS_OK) {
        auto held = context.held_errors();
        if (reason.empty()) reason = held.empty() ? fmt::format("returned status {}", status) : held.back();
        log.error(fmt::format("{}: plugin {}, analyzer {} failed: {}", out.path, c.plugin->record.name,
                              c.record->name, reason));
        not_evaluated("analyzer failed: " + reason);
        failed("analyzer failed: " + reason);
        return;
    }
    context.release_errors();

    for (auto& f : collected.findings) {
        // A finding counts only for a rule this analyzer declared: one for
        // another plugin's rule, or for no rule at all, would be passed off as
        // that rule's verdict (or slip past --disable). Dropped, and said once.
        const auto& declared = c.record->rules;
        auto own = std::find_if(declared.begin(), declared.end(), [&](const auto& r) { return r.id == f.rule; });
        if (own == declared.end()) {
            std::lock_guard lock(warned_mutex);
            if (warned.insert(c.plugin->record.name + "\n" + f.rule).second)
                log.warning(fmt::format("plugin {}, analyzer {}: finding for rule '{}' dropped: the analyzer does not "
                                        "declare that rule",
                                        c.plugin->record.name, c.record->name, f.rule));
            continue;
        }
        if (!selection.enabled(f.rule)) continue;
        if (f.severity.empty()) f.severity = detail::severity_name(own->severity);  // RH_SEVERITY_RULE
        if (auto s = selection.severity(f.rule)) f.severity = detail::severity_name(*s);
        const auto* rule = registry.rule(f.rule);
        f.category = rule ? detail::rule_category(*rule) : "content";
        out.findings.push_back(std::move(f));
    }
    for (auto& n : collected.not_evaluated)
        if (selection.enabled(n.rule)) out.not_evaluated.push_back(std::move(n));
    for (auto& m : collected.metrics) out.metrics.push_back(std::move(m));
}

void Host::Impl::prepare_ahead(const detail::RuleSelection& selection, const AnalyzeOptions& options) const {
    // Last to first, so that the analysis thread, reaching the analyzers
    // first to last, opens the ones not yet done instead of waiting; the
    // emitter is needed last of all.
    const auto& all = registry.analyzers();
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (will_run(**it, selection)) registry.prepare(**it);
    if (!options.emit_format.empty())
        if (auto* emitter = registry.emitter(options.emit_format)) registry.prepare(*emitter);
}

void Host::Impl::run_analyzers(const detail::RuleSelection& selection, const rh_analyze_input& input,
                               const detail::Config& config, detail::SideThread* side, Analysis::Data& out) const {
    // Analyzers do not depend on one another: this thread and the side thread
    // take them in turn, each into its own slot, and the slots are joined in
    // plugin order, so the report is the same whichever thread ran what.
    const auto& analyzers = registry.analyzers();
    std::vector<Analysis::Data> parts(analyzers.size());
    std::atomic<std::size_t> next{0};
    std::function<void()> take_turns = [&] {
        for (std::size_t i = next++; i < analyzers.size(); i = next++) {
            parts[i].path = out.path;
            analyze_with(*analyzers[i], selection, input, config, parts[i]);
        }
    };
    if (side) side->share(take_turns);
    else take_turns();
    for (auto& p : parts) {
        std::move(p.findings.begin(), p.findings.end(), std::back_inserter(out.findings));
        std::move(p.not_evaluated.begin(), p.not_evaluated.end(), std::back_inserter(out.not_evaluated));
        std::move(p.metrics.begin(), p.metrics.end(), std::back_inserter(out.metrics));
        std::move(p.errors.begin(), p.errors.end(), std::back_inserter(out.errors));
    }
}

Analysis Host::Impl::run(std::string_view name, std::string_view bytes, const fs::path& input_dir,
                         const AnalyzeOptions* options) const {
    auto data = std::make_shared<Analysis::Data>();
    data->path = name;

    // Settings first: a bad config or option is a usage error, whatever the file.
    std::optional<detail::Config> config;
    std::optional<detail::ScoringSettings> scoring;
    if (options) {
        detail::check_fail_on(options->fail_on);
        auto file = detail::find_config(options->config_file, input_dir);
        config = file ? detail::load_config(*file) : detail::Config{};
        if (!options->level.empty()) detail::set_level(*config, options->level);
        scoring.emplace(detail::scoring_settings(config->values));
    }
    const detail::ConfigValues* values = config ? &config->values : nullptr;

    auto fail = [&](std::string error) {
        data->error = std::move(error);
        data->exit_code = ExitCode::unreadable;
        return Analysis(data);
    };

    std::optional<detail::RuleSelection> selection;
    if (options) selection.emplace(*options, *config);

    // For an analysis, a second thread gets ready what does not depend on the
    // file: the analyzers that will run (each mapped and opened once per
    // Host) and the emitter the caller named, while this one reads the file.
    // It starts once the normalizer's data (read on another thread since the
    // Host started) is there: this thread needs that data next, so the side
    // thread does not compete with its reading. It then runs analyzers
    // alongside this one. A run that ends early still waits for it, in its
    // destructor.
    std::optional<detail::SideThread> side;
    if (selection) side.emplace([&] {
        try {
            normalizer_data();
        } catch (const std::exception&) {
            // This thread reports it when it needs the data; the analyzers do not.
        }
        prepare_ahead(*selection, *options);
    });

    auto imported = import(name, bytes, values);
    data->format = imported.format;
    if (!imported.error.empty()) return fail(imported.error);
    auto resume = detail::build_resume(*imported.document, normalizer_data());  // throws for a broken installation
    if (!options) {
        data->document = imported.document;
        data->resume = resume;
        return Analysis(data);
    }

    Imported job;
    if (!options->job_file.empty()) {
        auto input = detail::read_input_file(options->job_file, this->options.max_file_bytes);
        if (input.error.empty()) job = import(options->job_file, input.bytes, values);
        const auto& error = input.error.empty() ? job.error : input.error;
        if (!error.empty()) return fail(fmt::format("job description {}: {}", options->job_file, error));
    }

    if (selection->has_entries()) {
        std::vector<std::string> known;
        for (const auto& r : registry.rules()) known.push_back(r.id);
        for (const auto& p : selection->unknown(known)) {
            std::lock_guard lock(warned_mutex);
            if (warned.insert(p).second) log.warning(fmt::format("'{}' names no installed rule or pack", p));
        }
    }

    {
        detail::ModelViews views(imported.document.get(), resume.get());
        detail::ModelViews job_views(job.document.get(), nullptr);
        rh_analyze_input input{sizeof(rh_analyze_input), nullptr, views.document(), views.resume(),
                               job_views.document()};
        run_analyzers(*selection, input, *config, side ? &*side : nullptr, *data);
    }
    // A refused plugin's rules are missing from every analysis: each file says so.
    for (const auto& e : registry.refused()) data->errors.push_back(e);
    for (auto& f : data->findings) f.section_heading = detail::section_heading(*resume, f.section);

    auto facts = detail::count_resume_facts(*imported.document, *resume);
    data->scores = detail::score_resume({data->findings, facts, data->metrics, job.document != nullptr},
                                        *scoring);
    data->overall = data->scores.back().value;
    data->scoring_method = detail::scoring_method;
    data->exit_code = detail::exit_code_for(data->findings, data->overall, *options);
    if (!data->errors.empty() && !options->keep_going) data->exit_code = ExitCode::plugin_failed;
    data->document = imported.document;
    data->resume = resume;
    return Analysis(data);
}

Host::Host(HostOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Host::~Host() = default;

std::vector<PluginInfo> Host::plugins(bool open_all) const {
    if (open_all) impl_->registry.prepare_all();
    return impl_->registry.infos();
}

std::vector<RuleInfo> Host::rules() const { return impl_->registry.rules(); }

std::vector<std::string> Host::formats() const { return impl_->registry.formats(); }

std::vector<std::string> Host::output_formats() const { return impl_->registry.output_formats(); }

Analysis Host::parse(const std::string& path) const {
    auto input = detail::read_input_file(path, impl_->options.max_file_bytes);
    if (!input.error.empty()) {
        auto data = std::make_shared<Analysis::Data>();
        data->path = path;
        data->error = input.error;
        data->exit_code = ExitCode::unreadable;
        return Analysis(data);
    }
    return impl_->run(path, input.bytes, {}, nullptr);
}

Analysis Host::analyze(const std::string& path, const AnalyzeOptions& options) const {
    auto input = detail::read_input_file(path, impl_->options.max_file_bytes);
    if (!input.error.empty()) {
        // The settings are still checked, so a bad config is reported the same way for every file.
        detail::check_fail_on(options.fail_on);
        auto data = std::make_shared<Analysis::Data>();
        data->path = path;
        data->error = input.error;
        data->exit_code = ExitCode::unreadable;
        return Analysis(data);
    }
    return impl_->run(path, input.bytes, fs::path(path).parent_path(), &options);
}

Analysis Host::analyze_bytes(std::string_view name, std::string_view bytes, const AnalyzeOptions& options) const {
    if (bytes.size() > impl_->options.max_file_bytes) {
        auto data = std::make_shared<Analysis::Data>();
        data->path = name;
        data->error = fmt::format("file too large ({} bytes, limit {})", bytes.size(), impl_->options.max_file_bytes);
        data->exit_code = ExitCode::unreadable;
        return Analysis(data);
    }
    return impl_->run(name, bytes, {}, &options);
}

std::string Host::emit(std::string_view format, const std::vector<Analysis>& analyses, bool color) const {
    auto& registry = impl_->registry;
    auto* emitter = registry.emitter(format);
    if (!emitter) {
        auto available = registry.output_formats();
        throw std::runtime_error(fmt::format("unknown output format '{}' (available: {})", format,
                                             available.empty() ? "none, no emitter is installed" : join(available)));
    }
    if (const auto& why = registry.prepare(*emitter); !why.empty())
        throw std::runtime_error(fmt::format("output format {}: {}", format, why));

    struct Output {
        std::string text, failure;
    } output;
    rh_writer writer{};
    writer.struct_size = sizeof(rh_writer);
    writer.ctx = &output;
    writer.write = [](void* ctx, const char* data, std::size_t size) {
        if (data && size) static_cast<Output*>(ctx)->text.append(data, size);
    };
    writer.fail = [](void* ctx, rh_str reason) { static_cast<Output*>(ctx)->failure = detail::as_view(reason); };

    detail::ReportViews reports(analyses);
    detail::CallContext context(impl_->log, emitter->source, nullptr, true);
    rh_emit_input in{sizeof(rh_emit_input), context.api(), reports.reports(), reports.size(),
                     color ? static_cast<uint32_t>(RH_EMIT_COLOR) : 0u, detail::as_rh_str(version())};
    int status = RH_STATUS_FAILED;
    try {
        status = emitter->fns.emit(emitter->state, &in, &writer);
    } catch (...) {
        output.failure = "it threw an exception";
    }
    if (status != RH_STATUS_OK) {
        auto held = context.held_errors();
        if (output.failure.empty()) output.failure = held.empty() ? fmt::format("status {}", status) : held.back();
        throw std::runtime_error(fmt::format("output format {}: emitter failed: {}", format, output.failure));
    }
    context.release_errors();
    return std::move(output.text);
}

std::string_view Host::version() { return RESHOST_VERSION; }

}  // namespace reshost
