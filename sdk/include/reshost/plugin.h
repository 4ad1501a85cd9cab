/* reshost/plugin.h - the reshost plugin ABI (the contract between host and plugins).
 *
 * Only what this header declares crosses a plugin boundary: plain C structs,
 * (pointer, size) UTF-8 strings and function pointers. No C++ types, no
 * exceptions, no ownership transfer: whoever allocates a thing frees it, and
 * data handed across is valid for the duration of the call only.
 *
 * Versioning (see docs/sdk.md):
 *   - RESHOST_ABI_MAJOR must match the host's exactly;
 *   - a plugin built for a newer RESHOST_ABI_MINOR than the host's is rejected;
 *   - every extensible struct starts with `struct_size`; a minor version only
 *     appends fields, so a reader ignores fields past the size it was given and
 *     reads missing ones as zero (use RH_HAS_FIELD).
 *   - Structs marked "fixed layout" never change within a major version.
 *
 * ABI history:
 *   1.0  first release.
 *   1.1  rh_rule.category; rh_analyze_input.job (the job description, if any).
 *   1.2  rh_skill; rh_resume.skills (the skills listed on the resume, each
 *        mapped to a canonical id). rh_score.unscored and rh_score.note, added
 *        at the end of the struct and read through struct_size.
 *   1.3  rh_plugin_error; rh_report.errors (the plugins that failed on the
 *        file). RH_SEVERITY_RULE: a finding with the severity its rule declares. The host reads rh_plugin_descriptor and rh_component of any
 *        size from their 1.0 size up, so later minors can append to them.
 */
#ifndef RESHOST_PLUGIN_H
#define RESHOST_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#define RESHOST_ABI_MAJOR 1
#define RESHOST_ABI_MINOR 3

/* The one symbol every plugin library exports (never renamed across majors,
 * so a host can always read a plugin's versions and say why it rejects it). */
#define RESHOST_ENTRY_SYMBOL "reshost_plugin_entry"

/* True when the struct *p was given with room for `field`. */
#define RH_HAS_FIELD(p, type, field) \
    ((p) != NULL && (p)->struct_size >= offsetof(type, field) + sizeof(((type*)0)->field))

#ifdef __cplusplus
extern "C" {
#endif

/* A UTF-8 string that is not necessarily NUL-terminated. Fixed layout. */
typedef struct rh_str {
    const char* data;
    size_t size;
} rh_str;

typedef enum rh_kind {
    RH_KIND_IMPORTER = 1,
    RH_KIND_ANALYZER = 2,
    RH_KIND_EMITTER = 3
} rh_kind;

typedef enum rh_severity {
    RH_SEVERITY_INFO = 0,    /* SARIF note */
    RH_SEVERITY_WARNING = 1, /* SARIF warning */
    RH_SEVERITY_ERROR = 2,   /* SARIF error */
    /* Since 1.3, in rh_finding only: the default severity its rule declares
     * (a host before 1.3 refuses 1.3 plugins, so never sees it). */
    RH_SEVERITY_RULE = 255
} rh_severity;

/* Return codes of every plugin function. */
typedef enum rh_status {
    RH_STATUS_OK = 0,
    RH_STATUS_FAILED = 1,      /* the reason was reported through the call's sink */
    RH_STATUS_UNSUPPORTED = 2  /* the input is not something this component handles */
} rh_status;

typedef enum rh_log_level {
    RH_LOG_DEBUG = 0,
    RH_LOG_INFO = 1,
    RH_LOG_WARNING = 2,
    RH_LOG_ERROR = 3
} rh_log_level;

/* ------------------------------------------------------------------ */
/* Locations                                                           */
/* ------------------------------------------------------------------ */

/* A rectangle in PDF points, origin at the top-left of the page. Fixed layout. */
typedef struct rh_box {
    float x0, y0, x1, y1;
} rh_box;

/* Where something sits in the source. Zero/empty members are unknown. */
typedef struct rh_location {
    uint32_t struct_size;
    uint32_t line;      /* 1-based first source line (Markdown, text) */
    uint32_t line_end;  /* 1-based last source line */
    uint32_t page;      /* 1-based page (PDF, paginated formats) */
    rh_box box;         /* bounding box on `page` */
    rh_str part;        /* package part, e.g. "word/document.xml" (DOCX) */
    uint32_t paragraph; /* 1-based paragraph index within `part` */
} rh_location;

/* ------------------------------------------------------------------ */
/* Document: what an importer produces, read-only for analyzers         */
/* ------------------------------------------------------------------ */

typedef enum rh_block_kind {
    RH_BLOCK_PARAGRAPH = 1,
    RH_BLOCK_HEADING = 2,
    RH_BLOCK_LIST_ITEM = 3,
    RH_BLOCK_TABLE_CELL = 4,
    RH_BLOCK_CODE = 5,
    RH_BLOCK_RULE = 6  /* a thematic break / horizontal rule */
} rh_block_kind;

/* Where a block sits; several may be set. */
typedef enum rh_block_flag {
    RH_BLOCK_IN_TABLE = 1u << 0,
    RH_BLOCK_IN_TEXT_BOX = 1u << 1,
    RH_BLOCK_IN_HEADER = 1u << 2,
    RH_BLOCK_IN_FOOTER = 1u << 3,
    RH_BLOCK_IN_QUOTE = 1u << 4,
    RH_BLOCK_IN_SIDEBAR = 1u << 5,
    RH_BLOCK_ORDERED = 1u << 6  /* list item of a numbered list */
} rh_block_flag;

typedef enum rh_span_flag {
    RH_SPAN_BOLD = 1u << 0,
    RH_SPAN_ITALIC = 1u << 1,
    RH_SPAN_CODE = 1u << 2,
    RH_SPAN_LINK = 1u << 3,
    RH_SPAN_IMAGE = 1u << 4  /* alt text of an inline image */
} rh_span_flag;

/* A run of text with one style. */
typedef struct rh_span {
    uint32_t struct_size;
    rh_str text;
    uint32_t flags;             /* rh_span_flag */
    rh_str font;                /* font name, empty if unknown */
    float size;                 /* font size in points, 0 if unknown */
    rh_str link;                /* link target when RH_SPAN_LINK */
    const rh_location* loc;     /* may be NULL: the line's location applies */
} rh_span;

/* One source line of a block (a soft or hard line break ends it). */
typedef struct rh_line {
    uint32_t struct_size;
    rh_str text;                /* the spans' text concatenated */
    const rh_location* loc;
    const rh_span* const* spans;
    size_t span_count;
} rh_line;

/* A paragraph, heading, list item, table cell... in reading order. */
typedef struct rh_block {
    uint32_t struct_size;
    uint32_t kind;              /* rh_block_kind */
    uint32_t level;             /* heading level 1-6, list depth 1.., else 0 */
    uint32_t flags;             /* rh_block_flag */
    rh_str marker;              /* list marker as written ("-", "•", "3."), may be empty */
    rh_str text;                /* the lines' text joined with '\n' */
    const rh_location* loc;
    const rh_line* const* lines;
    size_t line_count;
} rh_block;

typedef struct rh_page {
    uint32_t struct_size;
    float width, height;        /* points */
} rh_page;

typedef struct rh_link {
    uint32_t struct_size;
    rh_str url;
    rh_str text;                /* visible text, may be empty (icon links) */
    const rh_location* loc;
} rh_link;

typedef struct rh_image {
    uint32_t struct_size;
    rh_str alt;                 /* alt text or name */
    rh_str target;              /* source path/URL, may be empty */
    float width, height;        /* points, 0 if unknown */
    float page_share;           /* 0..1 share of the page area, 0 if unknown */
    const rh_location* loc;
} rh_image;

typedef struct rh_font {
    uint32_t struct_size;
    rh_str name;
    uint32_t embedded;          /* 1 when embedded in the file */
    uint32_t symbolic;          /* 1 for symbol / icon fonts */
} rh_font;

/* A (key, value) metadata pair: "title", "author", "producer", "pages", "columns". */
typedef struct rh_meta {
    rh_str key;
    rh_str value;
} rh_meta; /* fixed layout */

typedef struct rh_document {
    uint32_t struct_size;
    rh_str path;                /* as given by the user */
    rh_str format;              /* detected type: "markdown", "pdf", "docx" */
    const rh_block* const* blocks;
    size_t block_count;
    const rh_page* const* pages;
    size_t page_count;
    const rh_link* const* links;
    size_t link_count;
    const rh_image* const* images;
    size_t image_count;
    const rh_font* const* fonts;
    size_t font_count;
    const rh_meta* meta;
    size_t meta_count;
} rh_document;

/* ------------------------------------------------------------------ */
/* Resume: the normalized model the host builds from a Document         */
/* ------------------------------------------------------------------ */

typedef enum rh_section_kind {
    RH_SECTION_OTHER = 0,
    RH_SECTION_SUMMARY = 1,
    RH_SECTION_SKILLS = 2,
    RH_SECTION_EXPERIENCE = 3,
    RH_SECTION_PROJECTS = 4,
    RH_SECTION_EDUCATION = 5,
    RH_SECTION_CERTIFICATIONS = 6,
    RH_SECTION_ACHIEVEMENTS = 7,
    RH_SECTION_CONTACT = 8  /* the untitled block at the top */
} rh_section_kind;

/* A piece of text with where it came from. Fixed layout. */
typedef struct rh_field {
    rh_str text;
    const rh_location* loc;     /* NULL when the field is absent */
} rh_field;

/* A date as written and as read: value is "YYYY-MM", "YYYY", "present",
 * or empty when the raw text could not be read. Fixed layout. */
typedef struct rh_date {
    rh_str raw;
    rh_str value;
} rh_date;

typedef struct rh_bullet {
    uint32_t struct_size;
    rh_str text;                /* without the list marker */
    const rh_location* loc;
    uint32_t block;             /* index of the source block in the document */
} rh_bullet;

/* A role, project, degree or certification. */
typedef struct rh_entry {
    uint32_t struct_size;
    rh_field title;             /* role title, project name, degree */
    rh_field organization;      /* company, institution, issuer */
    rh_field location;
    rh_date start;
    rh_date end;
    const rh_location* loc;
    const rh_bullet* const* bullets;
    size_t bullet_count;
    const rh_field* lines;      /* other text lines of the entry */
    size_t line_count;
} rh_entry;

typedef struct rh_section {
    uint32_t struct_size;
    uint32_t kind;              /* rh_section_kind */
    rh_str kind_name;           /* "experience", "other"... */
    rh_field heading;           /* as written; empty for the contact block */
    const rh_location* loc;
    const rh_entry* const* entries;
    size_t entry_count;
    const rh_field* lines;      /* text lines not inside an entry */
    size_t line_count;
    uint32_t first_block;       /* document blocks [first_block, first_block + block_count) */
    uint32_t block_count;
} rh_section;

typedef struct rh_profile_link {
    uint32_t struct_size;
    rh_str network;             /* "github", "linkedin", "portfolio", "other" */
    rh_field url;
} rh_profile_link;

typedef struct rh_contact {
    uint32_t struct_size;
    rh_field name;
    rh_field email;
    rh_field phone;
    rh_field location;
    const rh_profile_link* const* links;
    size_t link_count;
} rh_contact;

/* Since 1.2: one skill listed in a skills section. */
typedef struct rh_skill {
    uint32_t struct_size;
    rh_field text;              /* as written ("k8s") */
    rh_str id;                  /* canonical id ("kubernetes"), empty when the vocabulary lacks it */
    rh_str name;                /* canonical display name ("Kubernetes"); the text when unknown */
    rh_str category;            /* the resume's grouping ("Languages"), empty when ungrouped */
    rh_str kind;                /* the vocabulary's category ("language", "database"...), empty when unknown */
    int32_t section;            /* index into rh_resume.sections of the section listing it */
} rh_skill;

typedef struct rh_resume {
    uint32_t struct_size;
    const rh_contact* contact;
    const rh_section* const* sections;
    size_t section_count;
    float years_experience;     /* union of role intervals; < 0 when unknown */
    uint32_t pages;             /* 0 when the format has no pages */
    uint32_t columns;           /* 1 or more */
    /* Since 1.2: the skills of every skills section, in document order. */
    const rh_skill* const* skills;
    size_t skill_count;
} rh_resume;

/* ------------------------------------------------------------------ */
/* Host services: one table that only grows at its end                  */
/* ------------------------------------------------------------------ */

typedef struct rh_host_api {
    uint32_t struct_size;
    uint32_t abi_major;
    uint32_t abi_minor;
    void* ctx;
    /* Logs a message attributed to the calling plugin. */
    void (*log)(void* ctx, uint32_t level, rh_str message);
    /* Looks up a configuration value ("verbs.repeated_max"); empty if unset.
     * The returned string stays valid until the call that received this table returns. */
    rh_str (*config_get)(void* ctx, rh_str key);
    /* Returns an optional feature table by name, or NULL when the host lacks it. */
    const void* (*get_feature)(void* ctx, rh_str name);
} rh_host_api;

/* ------------------------------------------------------------------ */
/* Component calls                                                     */
/* ------------------------------------------------------------------ */

/* Given to a component's open(): what it needs to load its data. */
typedef struct rh_open_input {
    uint32_t struct_size;
    const rh_host_api* host;
    rh_str plugin_dir;          /* directory holding the plugin library and its data files */
} rh_open_input;

/* Receives an import's result; the host copies everything at once. */
typedef struct rh_document_sink {
    uint32_t struct_size;
    void* ctx;
    void (*add_block)(void* ctx, const rh_block* block);
    void (*add_page)(void* ctx, const rh_page* page);
    void (*add_link)(void* ctx, const rh_link* link);
    void (*add_image)(void* ctx, const rh_image* image);
    void (*add_font)(void* ctx, const rh_font* font);
    void (*set_meta)(void* ctx, rh_str key, rh_str value);
    /* Says why the import failed; return RH_STATUS_FAILED afterwards. */
    void (*fail)(void* ctx, rh_str reason);
} rh_document_sink;

typedef struct rh_import_input {
    uint32_t struct_size;
    const rh_host_api* host;
    rh_str path;                /* for messages only */
    rh_str format;              /* the detected type */
    const unsigned char* data;  /* the whole file */
    size_t size;
} rh_import_input;

typedef struct rh_finding {
    uint32_t struct_size;
    rh_str rule;                /* "pack.rule" */
    uint32_t severity;          /* rh_severity */
    rh_str message;             /* what is wrong, quoting the text */
    rh_str suggestion;          /* how to fix it, may be empty */
    const rh_location* loc;     /* may be NULL for document-wide findings */
    int32_t section;            /* index into rh_resume.sections, -1 if none */
    int32_t entry;              /* index into that section's entries, -1 if none */
    int32_t bullet;             /* index into that entry's bullets, -1 if none */
} rh_finding;

/* Receives an analysis's results; the host copies everything at once. */
typedef struct rh_finding_sink {
    uint32_t struct_size;
    void* ctx;
    void (*add_finding)(void* ctx, const rh_finding* finding);
    /* A rule that could not be evaluated on this resume, and why. */
    void (*not_evaluated)(void* ctx, rh_str rule, rh_str reason);
    /* A named measurement ("impact.quantified_share" = 0.4). */
    void (*add_metric)(void* ctx, rh_str name, double value);
} rh_finding_sink;

typedef struct rh_analyze_input {
    uint32_t struct_size;
    const rh_host_api* host;
    const rh_document* document;
    const rh_resume* resume;
    /* Since 1.1: the job description, NULL when none was given. */
    const rh_document* job;
} rh_analyze_input;

typedef struct rh_score {
    uint32_t struct_size;
    rh_str category;            /* "ats", "impact", "content", "brevity", "keywords", "overall" */
    double value;               /* 0-100; 0 when unscored */
    /* Read through struct_size: zero (scored, no note) from a host that does not fill them. */
    uint32_t unscored;          /* non-zero: too little evidence, the category has no score */
    rh_str note;                /* why unscored, what capped the score, or (overall) what it is based on */
} rh_score;

typedef struct rh_not_evaluated {
    uint32_t struct_size;
    rh_str rule;
    rh_str reason;
} rh_not_evaluated;

/* Since 1.3: a plugin that failed while the file was analyzed (its analyzer
 * threw or returned a failure, could not be opened, or its library was
 * refused), so the rules it checks have no findings for this file. */
typedef struct rh_plugin_error {
    uint32_t struct_size;
    rh_str plugin;              /* the plugin's name, or its file when it was refused before naming itself */
    rh_str component;           /* the component that failed; empty for the whole plugin */
    rh_str message;             /* why, one line */
} rh_plugin_error;

/* One analyzed file, or one that could not be read (error set). */
typedef struct rh_report {
    uint32_t struct_size;
    rh_str path;
    rh_str format;
    rh_str error;               /* non-empty when the file could not be analyzed */
    uint32_t exit_code;         /* this file's exit code (see docs/cli.md) */
    const rh_finding* const* findings;
    size_t finding_count;
    const rh_score* const* scores;
    size_t score_count;
    rh_str scoring_method;      /* e.g. "reshost-score/2" */
    const rh_not_evaluated* const* not_evaluated;
    size_t not_evaluated_count;
    const rh_document* document; /* NULL when error is set */
    const rh_resume* resume;     /* NULL when error is set */
    /* Since 1.3 (read through struct_size): the plugins that failed on this file. */
    const rh_plugin_error* const* errors;
    size_t error_count;
} rh_report;

typedef enum rh_emit_flag {
    RH_EMIT_COLOR = 1u << 0     /* the output is a terminal that takes ANSI colour */
} rh_emit_flag;

typedef struct rh_emit_input {
    uint32_t struct_size;
    const rh_host_api* host;
    const rh_report* const* reports;
    size_t report_count;
    uint32_t flags;             /* rh_emit_flag */
    rh_str tool_version;        /* the host's version */
} rh_emit_input;

/* Receives an emitter's output bytes. */
typedef struct rh_writer {
    uint32_t struct_size;
    void* ctx;
    void (*write)(void* ctx, const char* data, size_t size);
    /* Says why emitting failed; return RH_STATUS_FAILED afterwards. */
    void (*fail)(void* ctx, rh_str reason);
} rh_writer;

/* ------------------------------------------------------------------ */
/* Plugin descriptor                                                    */
/* ------------------------------------------------------------------ */

typedef struct rh_rule {
    uint32_t struct_size;
    rh_str id;                  /* "pack.rule", stable once shipped */
    uint32_t severity;          /* default rh_severity */
    rh_str description;         /* one line */
    rh_str doc_url;             /* may be empty */
    /* Since 1.1: score category ("ats", "impact", "content", "brevity",
     * "keywords"); empty means "content". */
    rh_str category;
} rh_rule;

/* One importer, analyzer or emitter inside a plugin library.
 * Functions must be safe to call from several threads at once with the same state. */
typedef struct rh_component {
    uint32_t struct_size;
    uint32_t kind;              /* rh_kind */
    rh_str name;                /* importer: "markdown"; analyzer: the pack; emitter: the output format */
    const rh_str* formats;      /* importer: document types it reads ("markdown") */
    size_t format_count;
    const rh_rule* const* rules; /* analyzer: the rules it checks */
    size_t rule_count;
    /* Creates the component's state for one host; NULL open means no state.
     * On failure returns NULL and logs why through input->host. */
    void* (*open)(const rh_open_input* input);
    /* Frees the state. A process that is about to end may not call it (the
     * reshost command does not): keep no work here but freeing. */
    void (*close)(void* state);
    int (*import)(void* state, const rh_import_input* input, const rh_document_sink* sink);
    int (*analyze)(void* state, const rh_analyze_input* input, const rh_finding_sink* sink);
    int (*emit)(void* state, const rh_emit_input* input, const rh_writer* writer);
} rh_component;

typedef struct rh_plugin_descriptor {
    uint32_t struct_size;
    uint32_t abi_major;         /* RESHOST_ABI_MAJOR the plugin was built with; never moves */
    uint32_t abi_minor;         /* RESHOST_ABI_MINOR the plugin was built with; never moves */
    rh_str name;
    rh_str version;
    rh_str description;
    const rh_component* const* components;
    size_t component_count;
} rh_plugin_descriptor;

/* The entry point: returns a descriptor with static storage duration. It must
 * have no side effects: hosts call it to list a plugin without using it. */
typedef const rh_plugin_descriptor* (*rh_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* RESHOST_PLUGIN_H */
