#!/usr/bin/env bash
# JMH micro-benchmarks of a Lucene search's steps (not tests): building the query (queryBuilding), the facet step
# over every artist with and without a style filter (facetStepAllArtists, facetStepTwoStyles), and whole searches of
# the load benchmark's mix (mixSearch), on 100,000 generated artists (ARTISTS to change). Builds from this checkout's
# reactor (offline first, online when something is missing from ~/.m2; nothing is installed). Reports the wall-clock
# score and, from ProcessCpuProfiler, the benchmark JVM's CPU time per operation (cpu.us/op), which the machine's
# other load barely moves.
#
#   core/search-lucene/bench/jmh.sh                  # every benchmark of LuceneSearchSteps
#   core/search-lucene/bench/jmh.sh queryBuilding    # one of them (a regular expression on the method name)
#   core/search-lucene/bench/jmh.sh facetStep -f 2   # the two facet steps; further arguments go to JMH
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
module=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$module/../.." && pwd)
pattern='LuceneSearchSteps\.'
if [[ $# -gt 0 && $1 != -* ]]; then
  pattern="LuceneSearchSteps\\..*$1"
  shift
fi
build=(-pl core/search-lucene -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
  -Dmdep.includeScope=test)
(cd "$repo" && { mvn -B -q -o "${build[@]}" || { echo "offline build failed; trying online" >&2; mvn -B -q "${build[@]}"; }; })
echo "start: $(uptime)"
"$JAVA_HOME/bin/java" -cp "$module/target/classes:$module/target/test-classes:$(cat "$module/target/bench.cp")" \
  org.openjdk.jmh.Main "$pattern" -prof tad.search.lucene.ProcessCpuProfiler \
  -jvmArgsAppend "-Dtad.bench.artists=${ARTISTS:-100000}" "$@" 2>&1 | grep -E '^(Benchmark|LuceneSearchSteps)'
echo "end: $(uptime)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
