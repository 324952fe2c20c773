#!/usr/bin/env bash
# The OpenSearch node's CPU per search for different shapes of the same search (OpenSearchRequestShapes; not a test).
# Builds this module's test classes from this checkout (a reactor build, offline; nothing is installed), unpacks the
# OpenSearch 3.6.0 test node into a temporary folder, loads ARTISTS generated artists three times, runs SEARCHES
# searches of the load mix through each shape ROUNDS times and prints a Markdown table of node CPU ms per search.
#
#   core/search-opensearch/bench/request-shapes.sh                  # 100,000 artists, 2,000 searches, 3 rounds
#   MERGED=merged core/search-opensearch/bench/request-shapes.sh    # also again with every index in one segment
#   ARTISTS=5000 SEARCHES=300 ROUNDS=1 core/search-opensearch/bench/request-shapes.sh   # a quick check
set -euo pipefail
ARTISTS=${ARTISTS:-100000}
SEARCHES=${SEARCHES:-2000}
ROUNDS=${ROUNDS:-3}
MERGED=${MERGED:-}
OPENSEARCH_VERSION=3.6.0
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
module=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$module/../.." && pwd)
echo "start: $(uptime)"
(cd "$repo" && mvn -B -q -o -pl core/search-opensearch -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/shapes.cp -Dmdep.includeScope=test)
zip="$HOME/.m2/repository/org/opensearch/distribution/integ-test-zip/opensearch/$OPENSEARCH_VERSION/opensearch-$OPENSEARCH_VERSION.zip"
[[ -f $zip ]] || (cd "$repo" && mvn -B -q dependency:get \
  -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" -Dtransitive=false)
work=$(mktemp -d /tmp/tad-request-shapes.XXXXXX)
chmod 755 "$work" # the node runs as nobody when we are root and must reach its folder
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work/node"
# a private copy of the classes: builds in the same tree rewrite target/ while we run
cp -r "$module/target/classes" "$work/classes"
cp -r "$module/target/test-classes" "$work/test-classes"
"$JAVA_HOME/bin/java" -Dopensearch.node.home="$work/node/opensearch-$OPENSEARCH_VERSION" \
  -cp "$work/test-classes:$work/classes:$(cat "$module/target/shapes.cp")" \
  tad.search.opensearch.OpenSearchRequestShapes "$ARTISTS" "$SEARCHES" "$ROUNDS" $MERGED
echo "end: $(uptime)"
