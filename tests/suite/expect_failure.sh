#!/usr/bin/env bash
# expect_failure.sh PATTERN COMMAND...: passes when COMMAND exits non-zero and
# its output (stdout and stderr) contains PATTERN, so a check that is meant to
# fail is seen failing for the reason it names, not for any reason at all.
set -uo pipefail
pattern=$1
shift
out=$("$@" 2>&1)
status=$?
printf '%s\n' "$out" | tail -n 40
if ((status == 0)); then
  echo "expect_failure: '$*' exited 0; it must fail"; exit 1
fi
if [[ $out != *"$pattern"* ]]; then
  echo "expect_failure: '$*' failed (exit $status) but its output does not say \"$pattern\""; exit 1
fi
echo "expect_failure: failed as it must (exit $status, \"$pattern\" reported)"
