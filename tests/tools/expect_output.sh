#!/usr/bin/env bash
# expect_output.sh TOOL SCHEMA DOC EXPECTED: runs `TOOL SCHEMA DOC` and
# compares its exit status and its output with EXPECTED, whose first line is
# "exit N" and the rest the expected output (stdout then stderr).
set -uo pipefail
tool=$1 schema=$2 doc=$3 expected=$4
out=$("$tool" "$schema" "$doc" 2>&1)
status=$?
want_status=$(head -n 1 "$expected" | sed 's/^exit //')
if [[ $status != "$want_status" ]]; then
  echo "exit status $status, expected $want_status"; echo "$out"; exit 1
fi
diff -u <(tail -n +2 "$expected") <(printf '%s\n' "$out")
