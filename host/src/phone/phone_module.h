/* The phone module's C interface: libphonenumber behind a small, stable boundary,
   so libreshost maps the library (and pays its start-up) only for resumes that
   hold a phone number. Shared by the module and the host that loads it. */
#ifndef RESHOST_PHONE_MODULE_H
#define RESHOST_PHONE_MODULE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped when the functions or the result struct change. */
#define RESHOST_PHONE_MODULE_VERSION 1

typedef struct reshost_phone_result {
    char e164[24];      /* "+4420794609580", empty when the number cannot be read */
    char region[4];     /* the number's region ("GB"), empty when unknown */
    char extension[16]; /* digits after "ext." / "x", empty when none */
    char reason[160];   /* why e164 is empty */
} reshost_phone_result;

/* The module's interface version. */
typedef int (*reshost_phone_version_fn)(void);
/* Builds libphonenumber's metadata, the slow part of its start-up; safe to call more than once. */
typedef void (*reshost_phone_warm_up_fn)(void);
/* Reads `text` (UTF-8, `size` bytes) as a phone number, in `region` (ISO 3166 code, may be
   empty) when it has no country code; returns 1 and fills e164, or 0 and fills reason. */
typedef int (*reshost_phone_to_e164_fn)(const char* text, size_t size, const char* region,
                                        reshost_phone_result* out);

#define RESHOST_PHONE_VERSION_SYMBOL "reshost_phone_version"
#define RESHOST_PHONE_WARM_UP_SYMBOL "reshost_phone_warm_up"
#define RESHOST_PHONE_TO_E164_SYMBOL "reshost_phone_to_e164"

#ifdef __cplusplus
}
#endif

#endif
