#!/usr/bin/env bash
# configure_without.sh SOURCE_DIR WORK_DIR PATH...: copies the source tree to
# WORK_DIR/src without PATH... (relative to the source tree) and configures
# the copy with CMake; prints CMake's output and exits with its status.
set -euo pipefail
source=$1 work=$2
shift 2
rm -rf "$work"
mkdir -p "$work/src"
(cd "$source" && tar --exclude='./build*' --exclude='./.git' -cf - .) | tar -C "$work/src" -xf -
for p in "$@"; do
  [[ -e $work/src/$p ]] || { echo "configure_without: $p is not in the source tree"; exit 2; }
  rm -rf "${work:?}/src/${p:?}"
done
cmake -S "$work/src" -B "$work/build" -G Ninja
