#!/bin/sh
# Measures parse accuracy against the shared corpus answer key and rewrites docs/accuracy.md.
# Usage: tests/bench/accuracy.sh BUILD_DIR [CORPUS_ROOT]
# CORPUS_ROOT holds corpus/LABELS.json and tools/score-parse (default: ../shared beside the repository).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:?usage: accuracy.sh BUILD_DIR [CORPUS_ROOT]}
shared=${2:-$repo/../shared}
reshost=$build/bin/reshost
score=$shared/tools/score-parse

if [ ! -x "$score" ] || [ ! -f "$shared/corpus/LABELS.json" ]; then
    echo "accuracy: no corpus at $shared (needs corpus/LABELS.json and tools/score-parse)" >&2
    exit 2
fi
if [ ! -x "$reshost" ]; then
    echo "accuracy: $reshost: not found; build the project first" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in real/pdf real/docx real/md all; do
    name=$(echo "$set" | tr / -)
    if [ "$set" = all ]; then
        python3 "$score" --reshost "$reshost" --json >"$tmp/$name.json"
    else
        python3 "$score" --reshost "$reshost" --json "$set" >"$tmp/$name.json"
    fi
done

version=$("$reshost" --version 2>/dev/null | head -n 1)
# The "Findings" part is measured apart (tests/bench/findings_accuracy.py): keep it.
findings_part=$(sed -n '/^# Findings/,$p' "$repo/docs/accuracy.md" 2>/dev/null || true)
python3 - "$tmp" "$version" >"$repo/docs/accuracy.md" <<'PY'
import datetime, json, os, sys

tmp, version = sys.argv[1], sys.argv[2]
sets = [("real/pdf", "PDF"), ("real/docx", "DOCX"), ("real/md", "Markdown"), ("all", "All formats")]
order = ["name", "email", "phone", "links", "sections.f1", "work.count", "work.title",
         "work.company", "work.start", "work.end", "work.bullets", "pages"]
print("# Parse accuracy\n")
print("How often `reshost parse FILE --format jsonresume` matches the hand-written answer key of the")
print("shared test corpus, per field (`score-parse`; files whose text is only an image are skipped).\n")
print(f"- Measured: {datetime.date.today().isoformat()}")
print(f"- reshost: {version or 'unknown'}")
print("- Regenerate: `tests/bench/accuracy.sh BUILD_DIR` (reads `../shared/corpus` and `../shared/tools/score-parse`)\n")
for key, title in sets:
    data = json.load(open(os.path.join(tmp, key.replace("/", "-") + ".json")))
    fields = data["fields"]
    print(f"## {title} ({data['files']} files, {len(data['errors'])} not parsed)\n")
    print("| field | right | total | ratio |")
    print("|---|---:|---:|---:|")
    for f in order + sorted(set(fields) - set(order)):
        if f not in fields:
            continue
        v = fields[f]
        ratio = "-" if v["ratio"] is None else f"{v['ratio']:.3f}"
        print(f"| {f} | {v['right']} | {v['total']} | {ratio} |")
    print()
PY
if [ -n "$findings_part" ]; then printf '\n%s\n' "$findings_part" >>"$repo/docs/accuracy.md"; fi
echo "accuracy: wrote $repo/docs/accuracy.md"
