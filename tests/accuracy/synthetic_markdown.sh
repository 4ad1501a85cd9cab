#!/usr/bin/env bash
# synthetic_markdown.sh RESHOST TOOLS_DIR SEED OUT_DIR
# Lays out 40 fictitious resumes as Markdown with the shared generator (its
# Python module: no browser or office suite needed) and fails when a field of
# score-parse falls under its floor.
set -euo pipefail
reshost=$1 tools=$2 seed=$3 out=$4
[[ -d $tools/synthetic/synth ]] || { echo "FAIL: no generator in $tools/synthetic" >&2; exit 1; }
rm -rf "$out"
PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$tools/synthetic" \
  python3 -B -m synth.main "$out" --seed "$seed" --count 40 --formats md --md-share 1.0 >"$out.log" 2>&1 ||
  { cat "$out.log" >&2; echo "FAIL: the generator did not run" >&2; exit 1; }
exec python3 "$tools/score-parse" --reshost "$reshost" --labels "$out/TRUTH.json" --corpus "$out" \
  --min name=0.98 --min email=0.98 --min phone=0.98 --min sections.f1=0.95 \
  --min work.count=0.85 --min work.title=0.9 --min work.company=0.9 --min work.start=0.9 \
  --min work.end=0.9 --min work.bullets=0.85 --min work.text=0.9 md
