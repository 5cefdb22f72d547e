#!/usr/bin/env bash
# Builds Frise's libFuzzer target and fuzzes it for SECONDS (default 600).
#
#   Fuzz/run.sh 600              # ten minutes; run again to go on from the corpus it grew
#   Fuzz/run.sh 60 -jobs=2       # extra arguments go to libFuzzer
#
# The seeds in Fuzz/Corpus (made by make-corpus.py from fixtures/ and seeds/) are read, never
# written; the corpus the fuzzer grows is kept in .build-fuzz/corpus, and crashes, hangs
# (-timeout=5) and out-of-memory inputs (-rss_limit_mb=2048) go to .build-fuzz/artifacts.
# Reproduce one with `.build-fuzz/release/FriseFuzz FILE`. The build uses its own folder
# (.build-fuzz, or $FRISE_FUZZ_BUILD), never the main package's.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"
seconds="${1:-600}"
shift || true
build="${FRISE_FUZZ_BUILD:-$root/.build-fuzz}"

cd "$fuzz"
status=0
build_log="$(mktemp)"
swift build -c release --scratch-path "$build" -Xswiftc -sanitize=fuzzer,address >"$build_log" 2>&1 || status=$?
grep -Ev 'warning:|^ *[0-9]* *\||note:' "$build_log" || true
rm -f "$build_log"
binary="$build/release/FriseFuzz"
# A failed build leaves the executable of an earlier one: fuzzing it would test old code.
if [ "$status" -ne 0 ] || [ ! -x "$binary" ]; then
    echo "run.sh: build failed; if it cannot find files of Frise, remove $build (keep corpus/)" >&2
    exit 1
fi

mkdir -p "$build/corpus" "$build/artifacts"
log="$build/fuzz-$(date +%Y%m%d-%H%M%S).log"
before=$(ls "$build/artifacts" | wc -l)
status=0
# detect_leaks=0: the Swift runtime's once-per-process caches (metadata, lazy globals) look
# like leaks to LeakSanitizer; ASan still reports every memory error.
# SWIFT_BACKTRACE=enable=no: Swift's crash backtracer reads memory ASan flags; libFuzzer and
# ASan print the stack themselves.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$build/corpus" "$fuzz/Corpus" \
    -dict="$fuzz/french.dict" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=4096 \
    -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$@" >"$log" 2>&1 || status=$?

echo "log: $log"
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^Done [0-9]+ runs' "$log" | tail -3 || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
after=$(ls "$build/artifacts" | wc -l)
echo "corpus: $(ls "$build/corpus" | wc -l) inputs; new artifacts (crash/timeout/oom): $((after - before))"
ls -t "$build/artifacts" | head -n $((after - before))
if [ "$status" -ne 0 ]; then
    grep -E 'ERROR: |invariant broken|Fatal error|SUMMARY' "$log" | head -5
    echo "libFuzzer exited with $status"
fi
exit "$status"
