#!/usr/bin/env bash
# Crawl-throughput benchmark: crawls a synthetic city served on 127.0.0.1 with no politeness delay and prints
# profiles per second, CPU, peak heap and GC per scenario. Not a test; see docs/benchmarks.md (crawl section).
#
#   bench/crawl.sh                 # the default scenarios (a few minutes on 2 cores)
#   PROFILE=1 bench/crawl.sh       # also record a JFR profile of the image-less run ($OUT/no-images.jfr)
#
# Sizes (env): STUDIOS (40) x ARTISTS (25) for the image-less runs; MIRROR_STUDIOS (4) x ARTISTS for the runs that
# mirror images (each new image costs a download, a decode and WebP encodes: about 50 ms of CPU); POSTS per profile (12);
# HOST_CONCURRENCY (8: requests in flight per fixture host, TAD_HOST_CONCURRENCY; 1 is the polite production
# default and measures the one-slot gate instead of the engine); ONLY (a regex of scenario labels to run);
# HEAP (-Xmx, 1g); OUT, the work directory (default /tmp/tad-bench-crawl, emptied first): results.tsv, *.log.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
STUDIOS="${STUDIOS:-40}"
MIRROR_STUDIOS="${MIRROR_STUDIOS:-4}"
ARTISTS="${ARTISTS:-25}"
POSTS="${POSTS:-12}"
HEAP="${HEAP:-1g}"
HOST_CONCURRENCY="${HOST_CONCURRENCY:-8}"
ONLY="${ONLY:-.}"
OUT="$(realpath -m "${OUT:-${TMPDIR:-/tmp}/tad-bench-crawl}")"
STEP_TIMEOUT="${STEP_TIMEOUT:-300}"  # seconds per scenario

ls target/plugins/*.jar > /dev/null 2>&1 || { echo "no plugin jars in target/plugins: run mvn -o install first" >&2; exit 1; }
if [[ -d "$OUT" && -n "$(ls -A "$OUT")" && ! -e "$OUT/results.tsv" ]]; then
  echo "$OUT is not empty and not a previous benchmark's directory: set OUT to another directory" >&2; exit 1
fi
rm -rf "$OUT" && mkdir -p "$OUT/lib" "$OUT/plugins"
mvn -q -o -f cli/pom.xml test-compile
mvn -q -o -f cli/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" > /dev/null

# Other builds may reinstall the project's own jars while the benchmark runs: run from a private copy of them.
cp target/plugins/*.jar "$OUT/plugins/"
cp -r cli/target/classes "$OUT/cli-classes" && cp -r cli/target/test-classes "$OUT/cli-test-classes"
CP="$OUT/cli-test-classes:$OUT/cli-classes"
IFS=: read -ra deps < "$OUT/classpath.txt" || true  # no newline at the end of the file
for jar in "${deps[@]}"; do
  if [[ "$jar" == */.m2/repository/tad/* ]]; then cp "$jar" "$OUT/lib/" && jar="$OUT/lib/$(basename "$jar")"; fi
  CP="$CP:$jar"
done
RESULTS="$OUT/results.tsv"
touch "$RESULTS"  # marks the directory as the benchmark's

# run LABEL MODE DATA_DIR STUDIOS CONCURRENCY [extra JVM options...]: one crawl in a fresh JVM, bounded in time
run() {
  local label=$1 mode=$2 data=$3 studios=$4 conc=$5; shift 5
  [[ "$label" =~ $ONLY ]] || return 0
  echo "== $label ($mode, $((studios * ARTISTS)) profiles, crawl.concurrency $conc, host.concurrency $HOST_CONCURRENCY)" >&2
  timeout "$STEP_TIMEOUT" "$JAVA_HOME/bin/java" "-Xmx$HEAP" "$@" -cp "$CP" -Dtad.plugins.dir="$OUT/plugins" \
    -Dtad.bench.host.concurrency="$HOST_CONCURRENCY" \
    tad.cli.bench.CrawlBenchmark "$mode" "$label" "$data" "$RESULTS" "$studios" "$ARTISTS" "$POSTS" "$conc" \
    > /dev/null 2> "$OUT/$label.jvm.txt" || echo "   $label failed or timed out: see $OUT/$label.log and $OUT/$label.jvm.txt" >&2
}

jfr=()
[[ "${PROFILE:-0}" == 1 ]] && jfr=("-XX:StartFlightRecording=filename=$OUT/no-images.jfr,settings=profile")

run first-crawl       cli       "$OUT/data-mirror" "$MIRROR_STUDIOS" 4
run re-crawl          cli       "$OUT/data-mirror" "$MIRROR_STUDIOS" 4
run no-images-c4      no-images "$OUT/data-c4"     "$STUDIOS" 4 "${jfr[@]}"
run no-images-c8      no-images "$OUT/data-c8"     "$STUDIOS" 8
run no-images-memory-store-c4 no-images "$OUT/data-mem" "$STUDIOS" 4

echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/{print $2}') GB RAM," \
  "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1), -Xmx$HEAP"
column -t -s $'\t' "$RESULTS"
