/* embed: analyzes resumes through the reshost C API and prints, for each
 * file, its overall score and the rule id, line and message of each finding.
 * Exits with the worst exit code of the files (see docs/cli.md). */
#include <reshost/reshost.h>

#include <stdio.h>
#include <string.h>

static int analyze_one(const reshost_host* host, const char* path) {
    reshost_analysis* a = reshost_analyze(host, path, strlen(path), NULL);
    if (!a) {
        fprintf(stderr, "embed: %s: could not be analyzed\n", path);
        return RESHOST_EXIT_UNREADABLE;
    }
    int code = reshost_analysis_exit_code(a);
    size_t error_size = 0;
    const char* error = reshost_analysis_error(a, &error_size);
    if (error_size) {
        fprintf(stderr, "embed: %s: %.*s\n", path, (int)error_size, error);
    } else {
        printf("%s: score %.0f\n", path, reshost_analysis_score(a, "overall", strlen("overall")));
        size_t n = reshost_analysis_finding_count(a);
        for (size_t i = 0; i < n; ++i) {
            reshost_finding f;
            memset(&f, 0, sizeof f);
            f.struct_size = sizeof f;
            if (reshost_analysis_finding(a, i, &f) != RESHOST_OK) continue;
            printf("  %.*s (%.*s", (int)f.rule.size, f.rule.data, (int)f.severity.size, f.severity.data);
            if (f.line) printf(", line %u", (unsigned)f.line);
            if (f.page) printf(", page %u", (unsigned)f.page);
            printf("): %.*s\n", (int)f.message.size, f.message.data);
        }
    }
    reshost_analysis_free(a);
    return code;
}

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: embed FILE...\n");
        return RESHOST_EXIT_USAGE;
    }
    reshost_buffer error = {0};
    reshost_host* host = reshost_host_new(NULL, &error);
    if (!host) {
        fprintf(stderr, "embed: %s\n", error.data ? error.data : "cannot start reshost");
        reshost_buffer_free(&error);
        return RESHOST_EXIT_USAGE;
    }
    printf("reshost %s\n", reshost_version());
    int worst = RESHOST_EXIT_CLEAN;
    for (int i = 1; i < argc; ++i) {
        int code = analyze_one(host, argv[i]);
        if (code > worst) worst = code;
    }
    reshost_host_free(host);
    return worst;
}
