/* A plugin that claims the ABI version given at compile time (CLAIM_MAJOR,
 * CLAIM_MINOR) while being built against today's header: what a plugin built
 * for another host looks like from the outside. The host must reject it from
 * its descriptor alone, so its analyzer must never run. */
#include <reshost/plugin.h>

#include <string.h>

#define STR(s) { s, sizeof(s) - 1 }

static int analyze(void* state, const rh_analyze_input* input, const rh_finding_sink* sink) {
    (void)state;
    (void)input;
    rh_finding f;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    f.rule = (rh_str)STR(CLAIM_RULE);
    f.severity = RH_SEVERITY_ERROR;
    f.message = (rh_str)STR("a rejected plugin ran");
    f.section = f.entry = f.bullet = -1;
    sink->add_finding(sink->ctx, &f);
    return RH_STATUS_OK;
}

static const rh_rule rule = {sizeof(rh_rule), STR(CLAIM_RULE), RH_SEVERITY_ERROR, STR("never evaluated"),
                             STR(""), STR("content")};
static const rh_rule* const rules[] = {&rule};

static const rh_component analyzer = {
    sizeof(rh_component), RH_KIND_ANALYZER, STR(CLAIM_PACK), NULL, 0, rules, 1, NULL, NULL, NULL, analyze, NULL};
static const rh_component* const components[] = {&analyzer};

static const rh_plugin_descriptor descriptor = {
    sizeof(rh_plugin_descriptor), CLAIM_MAJOR, CLAIM_MINOR, STR(CLAIM_NAME), STR("1.0.0"),
    STR("claims an ABI version this host does not speak"), components, 1};

__attribute__((visibility("default"))) const rh_plugin_descriptor* reshost_plugin_entry(void) {
    return &descriptor;
}
