// reshost/host.hpp - embedding the reshost host in a C++ program.
//
// One Host loads plugins once and analyzes many documents, from several
// threads at once: every method is const and thread-safe. Results are plain
// values owned by the caller. See docs/embedding.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reshost {

// Exit codes of the CLI, and the status of one analyzed file.
enum class ExitCode : int {
    clean = 0,         // no finding at or over the threshold
    findings = 1,      // findings at or over the threshold (or score under --fail-under)
    usage = 2,         // bad command line or configuration
    unreadable = 3,    // a file could not be read or is not supported
    plugin_failed = 4  // a plugin failed on a file (Analysis::errors()), unless AnalyzeOptions::keep_going
};

enum class LogLevel { debug = 0, info = 1, warning = 2, error = 3 };

// Receives the host's log lines; the embedder may replace the default (stderr).
using LogSink = std::function<void(LogLevel level, std::string_view message)>;

struct HostOptions {
    // Extra plugin directories, searched before RESHOST_PLUGIN_PATH and the install's plugin dir.
    std::vector<std::string> plugin_paths;
    bool use_environment = true;         // read RESHOST_PLUGIN_PATH
    bool use_install_dir = true;         // read the plugin dir installed beside libreshost
    // Registry cache file; empty: one per set of plugin directories,
    // $XDG_CACHE_HOME/reshost/registry-v2-<hash>.tsv (or ~/.cache/...);
    // "none": no cache, every plugin is opened to read its descriptor.
    std::string registry_cache;
    LogSink log;                         // empty: warnings and errors to stderr
    std::uint64_t max_file_bytes = 20u * 1024 * 1024;
};

struct RuleInfo {
    std::string id;           // "verbs.weak-opener"
    std::string severity;     // "error" | "warning" | "info"
    std::string description;
    std::string category;     // "ats" | "impact" | "content" | "brevity" | "keywords"
    std::string plugin;       // plugin name
    std::string doc_url;
};

struct ComponentInfo {
    std::string kind;                  // "importer" | "analyzer" | "emitter"
    std::string name;
    std::vector<std::string> formats;  // importer: document types
    std::vector<std::string> rules;    // analyzer: rule ids
    std::string error;                 // non-empty: why it cannot be used (known once it was opened)
};

struct PluginInfo {
    std::string file;                  // path of the library
    std::string name, version, description;
    std::string abi;                   // the ABI version the plugin was built for, "1.2"
    std::vector<ComponentInfo> components;
    bool loaded = false;               // whether its library was mapped in this process
    std::string rejected;              // non-empty: why the host refused it
};

struct Location {
    std::uint32_t line = 0, line_end = 0, page = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string part;
    std::uint32_t paragraph = 0;
};

struct Finding {
    std::string rule, severity, message, suggestion, category;
    std::optional<Location> location;
    int section = -1, entry = -1, bullet = -1;
    std::string section_heading;       // the heading of `section`, for people
};

struct Score {
    std::string category;              // "ats", "impact", "content", "brevity", "keywords", "overall"
    double value = 0;                  // 0-100; 0 when not scored
    bool scored = true;                // false: too little evidence to score this category
    std::string note;                  // why it is not scored, what capped it, or (overall) what it is based on
};

struct NotEvaluated {
    std::string rule, reason;
};

// A plugin that failed while a file was analyzed: its analyzer threw or
// returned a failure, its component could not be opened (its constructor
// threw), or its library was refused. The rules it checks are also listed
// as not evaluated; this says that something is broken, not merely off.
struct PluginError {
    std::string plugin;     // the plugin's name, or its file when it was refused before naming itself
    std::string component;  // the component that failed; empty for the whole plugin
    std::string message;    // why, one line
};

// Settings of one analysis.
struct AnalyzeOptions {
    std::vector<std::string> enable;   // rule ids or packs switched on
    std::vector<std::string> disable;  // rule ids or packs switched off
    std::string config_file;           // TOML; empty: reshost.toml beside the input, then the user's config dir
    std::string job_file;              // job description, empty for none
    std::string level;                 // "junior", "mid" or "senior"; empty: the config's, else from role dates
    std::string fail_on = "error";     // lowest severity that makes exit code 1
    std::optional<double> fail_under;  // overall score under this makes exit code 1
    std::string emit_format;           // the output format of a later emit(), if known: its emitter is readied
                                       // while the file is read instead of when emit() is called
    bool keep_going = false;           // plugin failures stay in errors() but do not make exit code 4
};

// The result for one file. Opaque handle: copyable, cheap, immutable.
class Analysis {
public:
    const std::string& path() const;
    const std::string& format() const;       // detected type, empty when unknown
    const std::string& error() const;        // non-empty: the file could not be analyzed
    ExitCode exit_code() const;
    const std::vector<Finding>& findings() const;
    const std::vector<Score>& scores() const;
    const std::vector<NotEvaluated>& not_evaluated() const;
    // The plugins that failed on this file; non-empty makes ExitCode::plugin_failed (see AnalyzeOptions).
    const std::vector<PluginError>& errors() const;
    // Named measurements the analyzers reported ("impact.quantified_share").
    const std::vector<std::pair<std::string, double>>& metrics() const;
    double overall() const;
    // The resume model as JSON (formats/resume.schema.json), empty on error.
    std::string resume_json() const;
    // The resume as JSON Resume 1.0.0 with meta.reshost, empty on error.
    std::string json_resume() const;

    struct Data;
    explicit Analysis(std::shared_ptr<const Data> d);
    const Data& data() const { return *d_; }
private:
    std::shared_ptr<const Data> d_;
};

class Host {
public:
    // Finds plugins (reading the registry cache) without loading any library yet.
    explicit Host(HostOptions options = {});
    ~Host();
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    // Every plugin found, with the ones rejected and why. With open_all, every
    // component of every usable plugin is opened first (as an analysis would),
    // so that ComponentInfo::error shows one that cannot be opened.
    std::vector<PluginInfo> plugins(bool open_all = false) const;
    // Every rule of every usable analyzer.
    std::vector<RuleInfo> rules() const;
    // Document types that some importer reads.
    std::vector<std::string> formats() const;
    // Output formats that some emitter writes.
    std::vector<std::string> output_formats() const;

    // Imports and normalizes a file without analyzing it.
    Analysis parse(const std::string& path) const;
    // Imports, normalizes, analyzes and scores a file. A file that cannot be read gives an
    // Analysis with error(); a bad config file or fail_on throws std::invalid_argument.
    Analysis analyze(const std::string& path, const AnalyzeOptions& options = {}) const;
    // Analyzes a document given in memory; `name` is used in messages.
    Analysis analyze_bytes(std::string_view name, std::string_view bytes, const AnalyzeOptions& options = {}) const;
    // Writes analyses in an output format ("text", "json"...) through its emitter.
    // Throws std::runtime_error when no emitter writes `format` or it fails.
    std::string emit(std::string_view format, const std::vector<Analysis>& analyses, bool color = false) const;

    // The host's version ("0.1.0").
    static std::string_view version();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace reshost
