#!/usr/bin/env bash
# Issue 19: the ingests a user waits for, timed for two builds of Jixiao in one run, alternating (BENCHMARKS.md):
#   1. the four samples into an empty warehouse;
#   2. the same again, with nothing new;
#   3. one changed document (a corpus file saved again with one more line end) into a warehouse of a corpus.
# Usage: bench/ingest-wait.sh BEFORE_ROOT AFTER_ROOT CORPUS_DOCUMENTS [RUNS]
#   *_ROOT: a checkout with its jar built (./jixiao --version); CORPUS_DOCUMENTS: e.g. the documents folder of
#   `jixiao generate --regions 177 --units 12 --years 2016-2025 --seed 2024 --no-truth` (99,935 forms).
set -euo pipefail
before="$(cd "$1" && pwd)"; after="$(cd "$2" && pwd)"; corpus="$(cd "$3" && pwd)"; runs="${4:-3}"
work="$(mktemp -d /tmp/ingest-wait.XXXXXX)"
trap 'rm -rf "$work"' EXIT
samples="$after/data/samples"

seconds() {  # wall seconds of a command, its output discarded
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# the corpus as hard links, ingested by each build into a warehouse of its own; then one of its files is written
# anew with one more line end, so that its bytes change and its forms supersede the ones ingested
mkdir -p "$work/corpus"
cp -al "$corpus" "$work/corpus/documents"
for name in before after; do
  root="${!name}"
  echo "$name: ingest of the corpus once, as the base of the changed-document runs" >&2
  JAVA_OPTS=-Xmx2g "$root/jixiao" ingest "$work/corpus/documents" --warehouse "$work/base-$name" >/dev/null 2>&1
done
changed="$(basename "$(find "$work/corpus/documents" -name "*self_evaluation*" -print -quit)")"
cp "$corpus/$changed" "$work/one.tmp"; printf '\n' >> "$work/one.tmp"
rm "$work/corpus/documents/$changed"; mv "$work/one.tmp" "$work/corpus/documents/$changed"

printf '| run | build | samples, empty warehouse (s) | samples again, nothing new (s) | one changed document, corpus warehouse (s) |\n|---|---|---|---|---|\n'
for run in $(seq 1 "$runs"); do
  for name in before after; do
    root="${!name}"
    rm -rf "$work/w"
    empty=$(seconds "$root/jixiao" ingest "$samples" --warehouse "$work/w")
    again=$(seconds "$root/jixiao" ingest "$samples" --warehouse "$work/w")
    rm -rf "$work/c"; cp -al "$work/base-$name" "$work/c"
    one=$(JAVA_OPTS=-Xmx2g seconds "$root/jixiao" ingest "$work/corpus/documents" --warehouse "$work/c")
    printf '| %d | %s | %.1f | %.1f | %.1f |\n' "$run" "$name" "$empty" "$again" "$one"
  done
done
