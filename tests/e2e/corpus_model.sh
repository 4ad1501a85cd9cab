#!/usr/bin/env bash
# corpus_model.sh RESHOST VALIDATE_JSON MODEL_SCHEMA CORPUS WORK [JSONRESUME_SCHEMA]
# Parses every real corpus resume and validates `parse --format json` against
# the resume model's schema and `--format jsonresume` against the official
# JSON Resume schema. Fails without a corpus or without that schema.
set -uo pipefail
reshost=$1 validate=$2 model_schema=$3 corpus=$4 work=$5 jsonresume_schema=${6:-}
if [[ ! -d $corpus/real ]]; then
  echo "FAIL: $corpus/real is missing (RESHOST_CORPUS_DIR)"; exit 1
fi
if [[ -z $jsonresume_schema || ! -f $jsonresume_schema ]]; then
  echo "FAIL: the JSON Resume schema is not given (RESHOST_JSONRESUME_SCHEMA; .ci/test installs it)"; exit 1
fi
mkdir -p "$work"
failed=0 checked=0
while IFS= read -r -d '' file; do
  name=$(basename "$file")
  checked=$((checked + 1))
  if ! timeout -s KILL 60 "$reshost" parse "$file" --format json -o "$work/$name.json" 2>"$work/$name.err"; then
    echo "FAIL $name: parse --format json: $(cat "$work/$name.err")"; failed=1; continue
  fi
  if ! "$validate" "$model_schema" "$work/$name.json" >"$work/$name.out" 2>&1; then
    echo "FAIL $name: resume model:"; cat "$work/$name.out"; failed=1
  fi
  if ! timeout -s KILL 60 "$reshost" parse "$file" --format jsonresume -o "$work/$name.jsonresume.json" 2>"$work/$name.err"; then
    echo "FAIL $name: parse --format jsonresume: $(cat "$work/$name.err")"; failed=1; continue
  fi
  if ! "$validate" "$jsonresume_schema" "$work/$name.jsonresume.json" >"$work/$name.out" 2>&1; then
    echo "FAIL $name: JSON Resume:"; cat "$work/$name.out"; failed=1
  fi
done < <(find "$corpus/real" -type f ! -name 'README*' -print0 | sort -z)
if ((checked == 0)); then
  echo "FAIL: no file in $corpus/real"; exit 1
fi
echo "$checked files checked"
exit $failed
