#!/usr/bin/env python3
"""validate_json SCHEMA FILE - validates a JSON document against a JSON Schema.

Exit status: 0 valid, 1 invalid (every error printed with its JSON path),
2 usage error, unreadable input or a schema that is not a valid schema.

The draft is the one the schema's "$schema" names (draft 4, 6, 7, 2019-09 or
2020-12; draft 7 when it names none), checked with the python3-jsonschema
package. Formats are checked, and only these, the same way whatever the
package's version and whatever optional packages it would use:
  date, time, date-time  RFC 3339 (a full date, a full time with offset);
  email                  local@domain.tld;
  uri                    read as the JSON Resume package's own validator
                         (z-schema) reads it, as an RFC 3986 URI reference,
                         so "example.com/x" passes and only whitespace or
                         control characters fail.
A "$ref" to another file resolves relative to the schema's folder.
"""
import datetime
import json
import pathlib
import re
import sys
import warnings

import jsonschema

EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
URI_REFERENCE = re.compile(r"^[^\s\x00-\x1f]*$")
TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
FORMAT_NAMES = {
    "date": "a date",
    "time": "a time",
    "date-time": "a date-time",
    "email": "an email address",
    "uri": "a URI reference",
}


def is_date(s):
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def is_time(s):
    return TIME.match(s) is not None


def is_date_time(s):
    date, sep, time = s.partition("T") if "T" in s else s.partition("t")
    return bool(sep) and is_date(date) and is_time(time)


def format_checker():
    checker = jsonschema.FormatChecker(formats=())
    checks = {
        "date": is_date,
        "time": is_time,
        "date-time": is_date_time,
        "email": lambda s: EMAIL.match(s) is not None,
        "uri": lambda s: URI_REFERENCE.match(s) is not None,
    }
    for name, check in checks.items():
        # Formats apply to strings only; other types pass.
        checker.checks(name)(lambda value, check=check: not isinstance(value, str) or check(value))
    return checker


def read_json(path):
    try:
        with open(path, "rb") as f:
            return json.load(f)
    except OSError as e:
        raise SystemExit(f"validate_json: {path}: cannot open: {e.strerror}")
    except ValueError as e:
        raise SystemExit(f"validate_json: {path}: not JSON: {e}")


def where(error):
    return "<root>" + "".join(f"[{part}]" for part in error.absolute_path)


def describe(error):
    if error.validator == "format" and error.validator_value in FORMAT_NAMES:
        return f'"{error.instance}" is not {FORMAT_NAMES[error.validator_value]} (format "{error.validator_value}")'
    return error.message


def main(argv):
    if len(argv) != 3:
        print("usage: validate_json SCHEMA FILE", file=sys.stderr)
        return 2
    schema_path = pathlib.Path(argv[1]).resolve()
    doc_name = argv[2]
    try:
        schema = read_json(schema_path)
        doc = read_json(doc_name)
    except SystemExit as e:
        print(e, file=sys.stderr)
        return 2

    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as e:
        print(f"validate_json: {schema_path}: not a valid schema: {e.message}", file=sys.stderr)
        return 2
    with warnings.catch_warnings():
        # RefResolver is deprecated in newer versions of the package but is the
        # one way every version (Debian 12 ships 4.10) resolves file references.
        warnings.simplefilter("ignore", DeprecationWarning)
        # The schema is known by its file and by its "$id". An "$id" that is a
        # URN ("urn:reshost:schema:resume:1") leaves "#/definitions/x" without
        # a base Python can join it to, so the empty base is the schema too.
        # Draft 4 (the SARIF schema) names it "id": without it in the store,
        # "#/definitions/x" would be fetched from the network.
        store = {schema_path.as_uri(): schema}
        schema_id = schema.get("$id", schema.get("id")) if isinstance(schema, dict) else None
        if isinstance(schema_id, str):
            store[schema_id.rstrip("#")] = schema
            store[""] = schema
        resolver = jsonschema.RefResolver(base_uri=schema_path.as_uri(), referrer=schema, store=store)
        validator = cls(schema, resolver=resolver, format_checker=format_checker())
        try:
            errors = sorted(validator.iter_errors(doc), key=lambda e: (where(e), describe(e)))
        except jsonschema.RefResolutionError as e:
            print(f"validate_json: {schema_path}: {e}", file=sys.stderr)
            return 2

    for error in errors:
        print(f"{doc_name}: {where(error)}: {describe(error)}", file=sys.stderr)
    if errors:
        return 1
    print(f"{doc_name}: valid against {schema_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
