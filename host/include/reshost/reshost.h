/* reshost/reshost.h - the C API of the reshost host library (C99).
 *
 * A thin layer over reshost/host.hpp for programs that cannot use C++ or need
 * a stable C boundary. Conventions:
 *   - strings are UTF-8 (pointer, size) pairs and need not be NUL-terminated;
 *     strings the library returns are also NUL-terminated;
 *   - option and result structs start with `struct_size` (set it to
 *     sizeof(the struct)); later versions only append fields, and fields past
 *     the size a caller gives read as zero;
 *   - handles are opaque; whatever the library allocates, the library frees
 *     (reshost_*_free);
 *   - no function lets a C++ exception escape: failures come back as NULL or
 *     a non-zero status with the reason.
 * Thread-safety: one reshost_host may be used from several threads at once;
 * a reshost_analysis is immutable and may be read from several threads.
 * See docs/embedding.md.
 */
#ifndef RESHOST_RESHOST_H
#define RESHOST_RESHOST_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define RESHOST_API __attribute__((visibility("default")))
#else
#define RESHOST_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct reshost_host reshost_host;
typedef struct reshost_analysis reshost_analysis;

/* A UTF-8 string that is not necessarily NUL-terminated. Fixed layout. */
typedef struct reshost_string {
    const char* data;
    size_t size;
} reshost_string;

/* Bytes allocated by the library for the caller; release with reshost_buffer_free. */
typedef struct reshost_buffer {
    char* data;   /* NUL-terminated, NULL when empty */
    size_t size;  /* without the terminating NUL */
} reshost_buffer;

/* Exit codes of the CLI; also the status of one analyzed file. */
typedef enum reshost_exit_code {
    RESHOST_EXIT_CLEAN = 0,      /* no finding at or over the threshold */
    RESHOST_EXIT_FINDINGS = 1,   /* findings at or over the threshold, or score under fail_under */
    RESHOST_EXIT_USAGE = 2,      /* bad options or configuration */
    RESHOST_EXIT_UNREADABLE = 3, /* the file could not be read or is not supported */
    RESHOST_EXIT_PLUGIN_FAILED = 4 /* a plugin failed on the file: threw, could not be opened, was refused */
} reshost_exit_code;

/* Return codes of the functions that return a status. */
typedef enum reshost_status {
    RESHOST_OK = 0,
    RESHOST_ERROR_ARGUMENT = 1,  /* a NULL handle, an index out of range... */
    RESHOST_ERROR_FAILED = 2     /* the operation failed; the reason is in the call's buffer */
} reshost_status;

typedef enum reshost_log_level {
    RESHOST_LOG_DEBUG = 0,
    RESHOST_LOG_INFO = 1,
    RESHOST_LOG_WARNING = 2,
    RESHOST_LOG_ERROR = 3
} reshost_log_level;

/* Receives the host's log lines; called from any thread that uses the host. */
typedef void (*reshost_log_fn)(void* ctx, int level, const char* message, size_t size);

typedef enum reshost_host_flag {
    RESHOST_HOST_IGNORE_ENVIRONMENT = 1u << 0,  /* do not read RESHOST_PLUGIN_PATH */
    RESHOST_HOST_NO_INSTALL_DIR = 1u << 1       /* do not read the plugin dir installed beside the library */
} reshost_host_flag;

typedef struct reshost_host_options {
    uint32_t struct_size;               /* sizeof(reshost_host_options) */
    uint32_t flags;                     /* reshost_host_flag */
    const reshost_string* plugin_paths; /* extra plugin directories, searched first */
    size_t plugin_path_count;
    /* Registry cache file; empty: the user's cache dir; "none": no cache. */
    reshost_string registry_cache;
    reshost_log_fn log;                 /* NULL: warnings and errors to stderr */
    void* log_ctx;
    uint64_t max_file_bytes;            /* 0: the default (20 MiB) */
} reshost_host_options;

typedef struct reshost_analyze_options {
    uint32_t struct_size;               /* sizeof(reshost_analyze_options) */
    const reshost_string* enable;       /* rule ids or packs switched on */
    size_t enable_count;
    const reshost_string* disable;      /* rule ids or packs switched off */
    size_t disable_count;
    reshost_string config_file;         /* TOML; empty: reshost.toml beside the input, then the user's */
    reshost_string job_file;            /* job description; empty for none */
    reshost_string fail_on;             /* "error" (empty), "warning", "info" or "none" */
    int has_fail_under;                 /* non-zero: fail_under applies */
    double fail_under;                  /* overall score under this gives RESHOST_EXIT_FINDINGS */
    /* "junior", "mid" or "senior"; empty: the config's, else from the role dates. */
    reshost_string level;
} reshost_analyze_options;

/* One finding. Strings stay valid while the analysis lives. Zero/empty location fields are unknown. */
typedef struct reshost_finding {
    uint32_t struct_size;               /* sizeof(reshost_finding), set by the caller */
    reshost_string rule;                /* "verbs.weak-opener" */
    reshost_string severity;            /* "error", "warning" or "info" */
    reshost_string message;
    reshost_string suggestion;          /* may be empty */
    reshost_string category;            /* score category: "ats", "impact"... */
    uint32_t line, line_end;            /* 1-based source lines (Markdown) */
    uint32_t page;                      /* 1-based page (PDF) */
    float x0, y0, x1, y1;               /* bounding box on `page`, in points */
    reshost_string part;                /* package part (DOCX) */
    uint32_t paragraph;                 /* 1-based paragraph in `part` (DOCX) */
    int32_t section, entry, bullet;     /* indexes in the resume model, -1 if none */
    reshost_string section_heading;     /* the heading of `section` */
} reshost_finding;

/* The library's version, e.g. "0.1.0". */
RESHOST_API const char* reshost_version(void);

/* Creates a host; NULL on failure, with the reason in *error when error is not NULL. opts may be NULL. */
RESHOST_API reshost_host* reshost_host_new(const reshost_host_options* opts, reshost_buffer* error);
/* Destroys a host; every analysis made by it must be freed first. NULL is allowed. */
RESHOST_API void reshost_host_free(reshost_host* host);

/* Imports, normalizes, analyzes and scores a file. A file that cannot be read
 * still gives an analysis (see reshost_analysis_error); NULL only for invalid
 * arguments (including a configuration file that does not parse) or an
 * internal failure, whose reason goes to the log callback. opts may be NULL. */
RESHOST_API reshost_analysis* reshost_analyze(const reshost_host* host, const char* path, size_t path_size,
                                              const reshost_analyze_options* opts);
/* Releases an analysis. NULL is allowed. */
RESHOST_API void reshost_analysis_free(reshost_analysis* analysis);

/* The file's exit code (reshost_exit_code). */
RESHOST_API int reshost_analysis_exit_code(const reshost_analysis* analysis);
/* Why the file could not be analyzed; "" (size 0) when it was. size may be NULL. */
RESHOST_API const char* reshost_analysis_error(const reshost_analysis* analysis, size_t* size);
/* The score 0-100 of a category ("overall", "ats", "impact"...); -1 when there is none
   (not analyzed, or too little evidence to score the category). */
RESHOST_API double reshost_analysis_score(const reshost_analysis* analysis, const char* category,
                                          size_t category_size);
/* The number of findings. */
RESHOST_API size_t reshost_analysis_finding_count(const reshost_analysis* analysis);
/* Fills *out (whose struct_size the caller set) with finding `index`. */
RESHOST_API int reshost_analysis_finding(const reshost_analysis* analysis, size_t index, reshost_finding* out);

/* Writes analyses in an output format ("text", "json"...). On success *out holds
 * the output; on failure returns RESHOST_ERROR_FAILED and *out holds the reason.
 * color non-zero asks for ANSI colour. */
RESHOST_API int reshost_emit(const reshost_host* host, const char* format, size_t format_size,
                             const reshost_analysis* const* analyses, size_t count, int color,
                             reshost_buffer* out);
/* Releases the bytes of a buffer and empties it. NULL is allowed. */
RESHOST_API void reshost_buffer_free(reshost_buffer* buffer);

#ifdef __cplusplus
}
#endif

#endif /* RESHOST_RESHOST_H */
