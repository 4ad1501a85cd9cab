/* An analyzer built against the frozen ABI 1.0 header (abi-1.0/): its
 * rh_rule has no category and its rh_analyze_input no job, so the host hands
 * it structs larger than it knows. It reports the document's first heading,
 * which proves the document crossed the boundary intact. */
#include <reshost/plugin.h>

#include <stdio.h>
#include <string.h>

#if RESHOST_ABI_MINOR != 0
#error "abi_older_minor must be built against the frozen ABI 1.0 header"
#endif

#define STR(s) { s, sizeof(s) - 1 }

static int analyze(void* state, const rh_analyze_input* input, const rh_finding_sink* sink) {
    (void)state;
    if (!RH_HAS_FIELD(input, rh_analyze_input, document) || !input->document) return RH_STATUS_FAILED;
    const rh_document* doc = input->document;
    for (size_t i = 0; i < doc->block_count; ++i) {
        const rh_block* b = doc->blocks[i];
        if (b->kind != RH_BLOCK_HEADING) continue;
        char message[256];
        int n = snprintf(message, sizeof message, "first heading: %.*s", (int)b->text.size, b->text.data);
        rh_finding f;
        memset(&f, 0, sizeof f);
        f.struct_size = sizeof f;
        f.rule = (rh_str)STR("compat10.first-heading");
        f.severity = RH_SEVERITY_INFO;
        f.message = (rh_str){message, n < (int)sizeof message ? (size_t)n : sizeof message - 1};
        f.suggestion = (rh_str)STR("nothing to change: this finding comes from an ABI 1.0 plugin");
        f.loc = b->loc;
        f.section = f.entry = f.bullet = -1;
        sink->add_finding(sink->ctx, &f);
        return RH_STATUS_OK;
    }
    return RH_STATUS_OK;
}

static const rh_rule rule = {sizeof(rh_rule), STR("compat10.first-heading"), RH_SEVERITY_INFO,
                             STR("Reports the first heading (ABI 1.0 plugin)"), STR("")};
static const rh_rule* const rules[] = {&rule};

static const rh_component analyzer = {
    sizeof(rh_component), RH_KIND_ANALYZER, STR("compat10"), NULL, 0, rules, 1, NULL, NULL, NULL, analyze, NULL};
static const rh_component* const components[] = {&analyzer};

static const rh_plugin_descriptor descriptor = {
    sizeof(rh_plugin_descriptor), RESHOST_ABI_MAJOR, RESHOST_ABI_MINOR, STR("abi_older_minor"), STR("1.0.0"),
    STR("an analyzer built for ABI 1.0"), components, 1};

__attribute__((visibility("default"))) const rh_plugin_descriptor* reshost_plugin_entry(void) {
    return &descriptor;
}
