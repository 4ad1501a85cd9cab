/* A plugin "from the future": built the way a plugin for a later ABI minor
 * looks to this host, with a field appended to its descriptor, its component
 * and its rule (a minor only appends fields). It claims this host's own ABI
 * version so that only the struct sizes differ: the host must read the fields
 * it knows, ignore the appended ones, load it and run its analyzer. */
#include <reshost/plugin.h>

#include <string.h>

#define STR(s) { s, sizeof(s) - 1 }

/* Each struct as the future header would define it: today's fields, then one
 * more, filled with a value the host must never take for anything. */
typedef struct future_rule {
    rh_rule base;
    rh_str appended;
} future_rule;

typedef struct future_component {
    rh_component base;
    const void* appended;
    size_t appended_count;
} future_component;

typedef struct future_descriptor {
    rh_plugin_descriptor base;
    const void* appended;
    size_t appended_count;
} future_descriptor;

static int analyze(void* state, const rh_analyze_input* input, const rh_finding_sink* sink) {
    (void)state;
    (void)input;
    rh_finding f;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    f.rule = (rh_str)STR("future.loaded");
    f.severity = RH_SEVERITY_RULE; /* the rule's declared severity (warning) */
    f.message = (rh_str)STR("a plugin with appended struct fields ran");
    f.section = f.entry = f.bullet = -1;
    sink->add_finding(sink->ctx, &f);
    /* Findings for rules it does not declare: one of its own namespace, one
     * of another plugin's. The host must drop both and say so. */
    f.rule = (rh_str)STR("future.undeclared");
    f.message = (rh_str)STR("a finding for a rule nobody declared");
    sink->add_finding(sink->ctx, &f);
    f.rule = (rh_str)STR("verbs.weak-opener");
    f.message = (rh_str)STR("a finding passed off as another plugin's");
    sink->add_finding(sink->ctx, &f);
    return RH_STATUS_OK;
}

static const future_rule rule = {
    {sizeof(future_rule), STR("future.loaded"), RH_SEVERITY_WARNING, STR("Reports that it ran (appended fields)"),
     STR(""), STR("content")},
    STR("appended rule field")};
static const rh_rule* const rules[] = {&rule.base};

static const future_component analyzer = {
    {sizeof(future_component), RH_KIND_ANALYZER, STR("future"), NULL, 0, rules, 1, NULL, NULL, NULL, analyze, NULL},
    (const void*)"appended component field", 7};
static const rh_component* const components[] = {&analyzer.base};

static const future_descriptor descriptor = {
    {sizeof(future_descriptor), RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR, STR("abi_future"), STR("1.0.0"),
     STR("structs larger than this host knows"), components, 1},
    (const void*)"appended descriptor field", 9};

__attribute__((visibility("default"))) const rh_plugin_descriptor* reshost_plugin_entry(void) {
    return &descriptor.base;
}
