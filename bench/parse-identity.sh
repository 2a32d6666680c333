#!/usr/bin/env bash
# Issue 19: whether two builds of the reader read every document alike: `parse --json` of every file under data/,
# of two generated corpora (plain, and --shapes: flattened, scrambled, letter-spaced, traditional, OCR-noised) and of
# the samples and real fragments converted to xlsx, xls, docx and PDF, compared byte for byte.
# Usage: bench/parse-identity.sh BEFORE_ROOT AFTER_ROOT   (*_ROOT: a checkout with its jar built)
set -euo pipefail
before="$(cd "$1" && pwd)"; after="$(cd "$2" && pwd)"
work="$(mktemp -d /tmp/parse-identity.XXXXXX)"
trap 'rm -rf "$work"' EXIT
java -jar "$before/cli/target/jixiao.jar" generate --out "$work/plain" --regions 4 --units 8 --years 2020-2024 \
    --seed 11 --no-truth >/dev/null
java -jar "$before/cli/target/jixiao.jar" generate --out "$work/shapes" --regions 6 --units 8 --years 2019-2024 \
    --seed 7 --shapes --no-truth >/dev/null
for side in before after; do
  mkdir -p "$work/$side"
  (cd "${!side}" && java -cp cli/target/jixiao.jar "$after/bench/ParseDump.java" "$work/$side" \
      data "$work/plain" "$work/shapes" >/dev/null)
done
count=$(ls "$work/before" | wc -l)
if diff -r "$work/before" "$work/after" >"$work/diff"; then
  echo "identical: $count documents"
else
  head -50 "$work/diff"; echo "DIFFERENT (of $count documents)"; exit 1
fi
