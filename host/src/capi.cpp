// The C API (reshost/reshost.h) over reshost::Host. Every entry point catches
// everything: a C caller cannot handle a C++ exception.
#include <reshost/reshost.h>
#include <reshost/host.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct reshost_host {
    std::optional<reshost::Host> host;
    reshost::LogSink log;
};

struct reshost_analysis {
    reshost::Analysis analysis;
};

namespace {

std::string_view view(const char* data, std::size_t size) {
    return data ? std::string_view(data, size) : std::string_view();
}

std::string_view view(reshost_string s) { return view(s.data, s.size); }

reshost_string str(const std::string& s) { return reshost_string{s.c_str(), s.size()}; }

std::vector<std::string> strings(const reshost_string* list, std::size_t count) {
    std::vector<std::string> out;
    if (!list) return out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) out.emplace_back(view(list[i]));
    return out;
}

// Copies the caller's struct into a zeroed one of this version, so fields the
// caller's (older) header lacks read as zero.
template <class T>
T read_sized(const T* given) {
    T out;
    std::memset(&out, 0, sizeof out);
    if (given) std::memcpy(&out, given, std::min<std::size_t>(given->struct_size, sizeof out));
    return out;
}

// Fills `buffer` with a malloc'ed copy of `s`; false when memory ran out.
bool fill(reshost_buffer* buffer, std::string_view s) noexcept {
    if (!buffer) return true;
    buffer->data = nullptr;
    buffer->size = 0;
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (!p) return false;
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    buffer->data = p;
    buffer->size = s.size();
    return true;
}

std::string reason(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& x) {
        return x.what();
    } catch (...) {
        return "unknown error";
    }
}

reshost::LogSink make_sink(reshost_log_fn fn, void* ctx) {
    if (!fn) return {};
    return [fn, ctx](reshost::LogLevel level, std::string_view message) {
        std::string line(message);  // the callback gets a NUL-terminated string
        fn(ctx, static_cast<int>(level), line.c_str(), line.size());
    };
}

// Reports a failure that has no return channel, the way the host's own
// default sink would when the embedder gave none.
void log_error(const reshost_host* host, const std::string& message) noexcept {
    try {
        if (host->log)
            host->log(reshost::LogLevel::error, message);
        else
            std::fprintf(stderr, "reshost: %s\n", message.c_str());
    } catch (...) {
    }
}

reshost::AnalyzeOptions analyze_options(const reshost_analyze_options* given) {
    reshost::AnalyzeOptions out;
    if (!given) return out;
    const reshost_analyze_options o = read_sized(given);
    out.enable = strings(o.enable, o.enable_count);
    out.disable = strings(o.disable, o.disable_count);
    out.config_file = std::string(view(o.config_file));
    out.job_file = std::string(view(o.job_file));
    out.level = std::string(view(o.level));
    if (o.fail_on.size) out.fail_on = std::string(view(o.fail_on));
    if (o.has_fail_under) out.fail_under = o.fail_under;
    return out;
}

}  // namespace

extern "C" {

const char* reshost_version(void) {
    // Host::version() views a literal, but the C caller needs the NUL.
    static const std::string version(reshost::Host::version());
    return version.c_str();
}

reshost_host* reshost_host_new(const reshost_host_options* opts, reshost_buffer* error) {
    if (error) {
        error->data = nullptr;
        error->size = 0;
    }
    try {
        const reshost_host_options o = read_sized(opts);
        reshost::HostOptions options;
        options.plugin_paths = strings(o.plugin_paths, o.plugin_path_count);
        options.use_environment = !(o.flags & RESHOST_HOST_IGNORE_ENVIRONMENT);
        options.use_install_dir = !(o.flags & RESHOST_HOST_NO_INSTALL_DIR);
        options.registry_cache = std::string(view(o.registry_cache));
        if (o.max_file_bytes) options.max_file_bytes = o.max_file_bytes;
        auto* h = new reshost_host;
        h->log = make_sink(o.log, o.log_ctx);
        options.log = h->log;
        try {
            h->host.emplace(std::move(options));
        } catch (...) {
            delete h;
            throw;
        }
        return h;
    } catch (...) {
        fill(error, reason(std::current_exception()));
        return nullptr;
    }
}

void reshost_host_free(reshost_host* host) {
    delete host;  // ~Host does not throw
}

reshost_analysis* reshost_analyze(const reshost_host* host, const char* path, std::size_t path_size,
                                  const reshost_analyze_options* opts) {
    if (!host || !path) return nullptr;
    try {
        reshost::Analysis a = host->host->analyze(std::string(path, path_size), analyze_options(opts));
        return new reshost_analysis{std::move(a)};
    } catch (...) {
        log_error(host, std::string(path, path_size) + ": " + reason(std::current_exception()));
        return nullptr;
    }
}

void reshost_analysis_free(reshost_analysis* analysis) {
    delete analysis;
}

int reshost_analysis_exit_code(const reshost_analysis* analysis) {
    if (!analysis) return RESHOST_EXIT_USAGE;
    return static_cast<int>(analysis->analysis.exit_code());
}

const char* reshost_analysis_error(const reshost_analysis* analysis, std::size_t* size) {
    static const char empty[] = "";
    if (!analysis) {
        if (size) *size = 0;
        return empty;
    }
    const std::string& e = analysis->analysis.error();
    if (size) *size = e.size();
    return e.c_str();
}

double reshost_analysis_score(const reshost_analysis* analysis, const char* category, std::size_t category_size) {
    if (!analysis || !category) return -1;
    const std::string_view want = view(category, category_size);
    for (const auto& s : analysis->analysis.scores())
        if (s.category == want) return s.scored ? s.value : -1;
    return -1;
}

std::size_t reshost_analysis_finding_count(const reshost_analysis* analysis) {
    return analysis ? analysis->analysis.findings().size() : 0;
}

int reshost_analysis_finding(const reshost_analysis* analysis, std::size_t index, reshost_finding* out) {
    if (!analysis || !out) return RESHOST_ERROR_ARGUMENT;
    const auto& findings = analysis->analysis.findings();
    if (index >= findings.size()) return RESHOST_ERROR_ARGUMENT;
    const reshost::Finding& f = findings[index];
    reshost_finding c;
    std::memset(&c, 0, sizeof c);
    c.struct_size = out->struct_size;
    c.rule = str(f.rule);
    c.severity = str(f.severity);
    c.message = str(f.message);
    c.suggestion = str(f.suggestion);
    c.category = str(f.category);
    if (f.location) {
        const reshost::Location& l = *f.location;
        c.line = l.line;
        c.line_end = l.line_end;
        c.page = l.page;
        c.x0 = l.x0;
        c.y0 = l.y0;
        c.x1 = l.x1;
        c.y1 = l.y1;
        c.part = str(l.part);
        c.paragraph = l.paragraph;
    }
    c.section = f.section;
    c.entry = f.entry;
    c.bullet = f.bullet;
    c.section_heading = str(f.section_heading);
    // An older caller gets the prefix its struct has room for.
    std::memcpy(out, &c, std::min<std::size_t>(out->struct_size, sizeof c));
    return RESHOST_OK;
}

int reshost_emit(const reshost_host* host, const char* format, std::size_t format_size,
                 const reshost_analysis* const* analyses, std::size_t count, int color, reshost_buffer* out) {
    if (!host || !format || !out || (count && !analyses)) return RESHOST_ERROR_ARGUMENT;
    out->data = nullptr;
    out->size = 0;
    try {
        std::vector<reshost::Analysis> list;
        list.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            if (!analyses[i]) return RESHOST_ERROR_ARGUMENT;
            list.push_back(analyses[i]->analysis);
        }
        const std::string text = host->host->emit(view(format, format_size), list, color != 0);
        if (!fill(out, text)) {
            fill(out, "out of memory");
            return RESHOST_ERROR_FAILED;
        }
        return RESHOST_OK;
    } catch (...) {
        fill(out, reason(std::current_exception()));
        return RESHOST_ERROR_FAILED;
    }
}

void reshost_buffer_free(reshost_buffer* buffer) {
    if (!buffer) return;
    std::free(buffer->data);
    buffer->data = nullptr;
    buffer->size = 0;
}

}  // extern "C"
