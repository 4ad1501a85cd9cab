#!/usr/bin/env bash
# corpus_floor.sh RESHOST TOOLS_DIR CORPUS_DIR
# Fails when a field of score-parse on the real corpus falls under its floor:
# the figures the parser reached when these floors were set (docs/accuracy.md).
set -euo pipefail
reshost=$1 tools=$2 corpus=$3
[[ -x $tools/score-parse ]] || { echo "FAIL: no score-parse in $tools" >&2; exit 1; }
[[ -d $corpus/real ]] || { echo "FAIL: no corpus at $corpus" >&2; exit 1; }
exec python3 "$tools/score-parse" --reshost "$reshost" --labels "$corpus/LABELS.json" --corpus "$corpus" \
  --min name=1.0 --min email=1.0 --min phone=1.0 --min sections.f1=0.98 \
  --min work.count=0.99 --min work.title=0.96 --min work.company=0.99 \
  --min work.start=1.0 --min work.end=1.0 --min work.bullets=0.98 --min pages=0.95
