#!/usr/bin/env python3
"""check_docs.py RESHOST SOURCE_DIR - the documentation matches the code.

Rules: every rule `RESHOST rules --format json` lists has its section
(`### id`) and its row in docs/rules.md, and every rule docs/rules.md
describes is listed, with the severity and category the plugin declares.

Configuration keys: every key the code reads has its row in the plugin
settings table of docs/configuration.md, and every key documented there, in
docs/rules.md (settings columns, "configuration key" mentions) or set in
formats/config.example.toml is read by the code. The keys the code reads are
found in the sources: the string literal given to a configuration reader
(the SDK's `config` and `number`, and the plugins' helpers that forward to
them, READERS below). A reader called with anything but a literal outside
such a helper fails the check, so a key cannot hide from it.

Exit status 0 when everything matches; 1 with every mismatch listed.
"""
import json
import pathlib
import re
import subprocess
import sys
import tomllib

# Functions that read a configuration key given as their first string
# argument (after the host, for the helpers that take one). `config` and
# `number` count when called on a Host, which the sources name `host`.
READERS = ("config", "number", "config_count", "setting")
# Keys the host itself reads; docs/configuration.md has a section for each.
HOST_KEYS = {"level", "rules.enable", "rules.disable", "rules.severity"}
SOURCE_DIRS = ("host/src", "host/cli", "plugins")

RULE_ID = r"[a-z][a-z0-9]*\.[a-z0-9-]+"
KEY = r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+"


def listed_rules(reshost):
    out = subprocess.run([reshost, "rules", "--format", "json"], capture_output=True, text=True, check=True).stdout
    return {r["id"]: r for r in json.loads(out)}


def documented_rules(text):
    sections = set(re.findall(rf"^###\s+({RULE_ID})\s*$", text, re.M))
    rows = {}
    for m in re.finditer(rf"^\|\s*\[({RULE_ID})\]\(#[^)]*\)\s*\|([^|]*)\|([^|]*)\|", text, re.M):
        rows.setdefault(m.group(1), []).append((m.group(2).strip(), m.group(3).strip()))
    return sections, rows


def read_keys(root):
    """The keys the sources read, each with where; and the calls a scan cannot follow."""
    keys, unfollowed = {}, []
    call = re.compile(r"\b(" + "|".join(READERS) + r")\(\s*(?:[\w.]+\s*,\s*)?(\"[^\"]*\"|[^,)\s]+)")
    definition = re.compile(r"^[\w:<>&*\s]*\b(\w+)\([^;{}]*\)\s*(?:const\s*)?\{\s*$")
    for d in SOURCE_DIRS:
        for path in sorted((root / d).rglob("*")):
            if path.suffix not in (".cpp", ".hpp", ".h"):
                continue
            lines = path.read_text(errors="replace").split("\n")
            enclosing = None
            for number, line in enumerate(lines, 1):
                if m := definition.match(line):
                    enclosing = m.group(1)
                for m in call.finditer(line):
                    if m.group(1) in ("config", "number") and not re.search(r"\bhost\s*(\.|->)\s*$", line[: m.start()]):
                        continue  # not a call on a Host (which the sources always name `host`)
                    arg = m.group(2)
                    where = f"{path.relative_to(root)}:{number}"
                    if arg.startswith('"'):
                        keys.setdefault(arg.strip('"'), []).append(where)
                    elif enclosing not in READERS:
                        unfollowed.append(f"{where}: {line.strip()}")
    return keys, unfollowed


def backticked_keys(cell):
    return set(re.findall(rf"`({KEY})`", cell))


def configuration_table_keys(text):
    """The first-column keys of the plugin settings table of docs/configuration.md."""
    part = text.split("## Plugin settings", 1)
    if len(part) != 2:
        return None
    section = part[1].split("\n## ", 1)[0]
    keys = set()
    for line in section.split("\n"):
        cells = line.split("|")
        if line.startswith("|") and len(cells) > 2:
            keys |= backticked_keys(cells[1])
    return keys


def rules_md_keys(text):
    keys = set()
    header = None
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("|")]
        if line.startswith("|") and "settings" in cells:
            header = cells.index("settings")
            continue
        if not line.startswith("|"):
            header = None
        elif header is not None and len(cells) > header:
            keys |= backticked_keys(cells[header])
    keys |= set(re.findall(rf"configuration key `({KEY})`", text))
    return keys


def flattened(table, prefix=""):
    for k, v in table.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flattened(v, name + ".")
        else:
            yield name


def main(argv):
    if len(argv) != 3:
        print("usage: check_docs.py RESHOST SOURCE_DIR", file=sys.stderr)
        return 2
    reshost, root = argv[1], pathlib.Path(argv[2])
    problems = []

    rules = listed_rules(reshost)
    rules_text = (root / "docs/rules.md").read_text()
    sections, rows = documented_rules(rules_text)
    for rule_id, rule in sorted(rules.items()):
        if rule_id not in sections:
            problems.append(f"docs/rules.md: rule {rule_id} has no section (### {rule_id})")
        if rule_id not in rows:
            problems.append(f"docs/rules.md: rule {rule_id} has no row in a rules table")
        for severity, category in rows.get(rule_id, []):
            if not severity.startswith(rule["severity"]):
                problems.append(f"docs/rules.md: {rule_id} is documented as {severity}, declared {rule['severity']}")
            if category != rule["category"]:
                problems.append(f"docs/rules.md: {rule_id} is in category {category} there, declared {rule['category']}")
    for rule_id in sorted((sections | set(rows)) - set(rules)):
        problems.append(f"docs/rules.md: documents {rule_id}, which `reshost rules` does not list")

    code, unfollowed = read_keys(root)
    for u in unfollowed:
        problems.append(f"{u}: a configuration key that is not a string literal (add the helper to READERS "
                        "in tests/docs/check_docs.py, or read a literal key)")
    plugin_keys = set(code) - HOST_KEYS
    table = configuration_table_keys((root / "docs/configuration.md").read_text())
    if table is None:
        problems.append("docs/configuration.md: no '## Plugin settings' section")
        table = set()
    for key in sorted(plugin_keys - table):
        problems.append(f"docs/configuration.md: key {key} is read ({', '.join(code[key])}) but not documented")
    for key in sorted(table - plugin_keys):
        problems.append(f"docs/configuration.md: documents key {key}, which no code reads")
    for key in sorted(rules_md_keys(rules_text) - set(code)):
        problems.append(f"docs/rules.md: names the setting {key}, which no code reads")
    with open(root / "formats/config.example.toml", "rb") as f:
        example = tomllib.load(f)
    for key in sorted(k for k in set(flattened(example)) - set(code) if not k.startswith("rules.") and k not in HOST_KEYS):
        problems.append(f"formats/config.example.toml: sets {key}, which no code reads")

    for p in problems:
        print(p)
    print(f"docs: {len(rules)} rules and {len(code)} configuration keys checked; {len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
