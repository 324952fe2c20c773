#!/usr/bin/env bash
# Load benchmark of the serving API (not a test; nothing asserts). Builds the serve module and what it needs from
# this checkout (a reactor build, offline; nothing is installed into ~/.m2), starts the server on an in-memory
# DynamoDB Local holding ARTISTS generated artists, indexed into the embedded Lucene index (ENGINE=lucene) or a real
# OpenSearch node (ENGINE=opensearch), then runs wrk against search and profile:
# first paced at about RATE requests/second, then unpaced for the maximum throughput.
#
# Searches are drawn from a generated mix of MIX_SIZE requests (free text, 1-3 styles, city, radius, map viewport,
# pages 1-5) in which almost none repeat (the server prints how many are distinct); there is no result cache.
# Each run reports wrk's percentiles (client side, RESULT), the server's own from its latency histogram (SERVER,
# bucket upper bounds), and the CPU time per request of the server process and, with OpenSearch, of the node (CPU).
#
#   serve/bench/run.sh                            # 100,000 artists, Lucene, 30 s per run
#   ENGINE=opensearch serve/bench/run.sh          # the same data and mix on an OpenSearch 3.6 node
#   ARTISTS=5000 DURATION=10 RUNS=search serve/bench/run.sh
#   PROFILE=/tmp/serve.jfr DURATION=20 serve/bench/run.sh   # also a JFR recording of the unpaced search run
#                                                          # (with OpenSearch also the node's: /tmp/serve-node.jfr)
#
# Self-contained: builds what it needs (offline first, online when something is missing from ~/.m2), starts and
# stops the server and, with ENGINE=opensearch, its own OpenSearch node, removes its temporary folder, and ends with
# a summary table (Markdown) and the machine's load.
set -euo pipefail

ARTISTS=${ARTISTS:-100000}
PORT=${PORT:-0} # 0: a free port, read from the server's READY line
DURATION=${DURATION:-30}
RATE=${RATE:-200}
CONNECTIONS=${CONNECTIONS:-10}
ENGINE=${ENGINE:-lucene}
MIX_SIZE=${MIX_SIZE:-400000}
RUNS=${RUNS:-search profile}
PROFILE=${PROFILE:-}
# seconds of warm-up per endpoint; the OpenSearch node also merges the bulk-loaded segments meanwhile
WARMUP=${WARMUP:-$([[ ${ENGINE:-lucene} == opensearch ]] && echo 40 || echo 10)}
OPENSEARCH_VERSION=3.6.0
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export DDB_LOCAL_TELEMETRY=0

here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
repo=$(dirname "$module")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ $ENGINE == lucene || $ENGINE == opensearch ]] || { echo "ENGINE must be lucene or opensearch" >&2; exit 2; }
echo "start: $(uptime)"

# Maven offline, or online when something is missing from ~/.m2 (a fresh machine)
maven() {
  (cd "$repo" && { mvn -B -q -o "$@" || { echo "offline build failed; trying online" >&2; mvn -B -q "$@"; }; })
}
# the reactor resolves the project's own modules to their target/ folders, so nothing needs installing
maven -pl serve -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

work=$(mktemp -d /tmp/tad-serve-bench.XXXXXX)
chmod 755 "$work" # the OpenSearch node runs as nobody and must reach its folder
# a private copy of the class path: builds in the same tree rewrite target/ while we run
mkdir -p "$work/lib"
classpath="$work/lib/classes:$work/lib/test-classes"
cp -r "$module/target/classes" "$work/lib/classes"
cp -r "$module/target/test-classes" "$work/lib/test-classes"
n=0
for entry in $(tr ':' ' ' <"$module/target/bench.cp"); do
  n=$((n + 1))
  cp -r "$entry" "$work/lib/$n-$(basename "$entry")"
  classpath="$classpath:$work/lib/$n-$(basename "$entry")"
done
node_opts=()
if [[ $ENGINE == opensearch ]]; then
  zip="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
  maven dependency:get -Dartifact="$zip" -Dtransitive=false \
    || { echo "the OpenSearch node ($zip) cannot be had from ~/.m2 or Maven Central" >&2; exit 2; }
  unzip -q "$HOME/.m2/repository/org/opensearch/distribution/integ-test-zip/opensearch/$OPENSEARCH_VERSION/opensearch-$OPENSEARCH_VERSION.zip" -d "$work/node"
  node_opts=(-Dopensearch.node.home="$work/node/opensearch-$OPENSEARCH_VERSION")
fi
server_seconds=$((1800 + 8 * DURATION))
# shellcheck disable=SC2086 # JVM_OPTS is a list of options, e.g. a flight recording
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g ${JVM_OPTS:-} "${node_opts[@]}" -cp "$classpath" \
  tad.serve.BenchServer "$ARTISTS" "$PORT" "$server_seconds" "$work" "$ENGINE" "$MIX_SIZE" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 1800); do
  grep -qs '^READY' "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
grep -q '^READY' "$work/server.log" || { echo "server not ready in time" >&2; exit 1; }
grep -E '^(generated|mix)' "$work/server.log"
PORT=$(sed -n 's/^READY on port //p' "$work/server.log")
node=$(sed -n 's/^NODE_PID //p' "$work/server.log")

url="http://127.0.0.1:$PORT"
pace=$((CONNECTIONS * 1000 / RATE))
export IDS="$work/ids.txt" MIX="$work/search-mix.txt"
# CPU time (clock ticks) of one process, from /proc (the bench server's own: the OpenSearch node is its child)
own_ticks() { # pid
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}
# A process and all its descendants
tree() { # pid
  ps -e -o pid=,ppid= | awk -v root="$1" '{ kids[$2] = kids[$2] " " $1 } END {
      queue = root; while (queue != "") { n = split(queue, q, " "); queue = "";
        for (i = 1; i <= n; i++) { print q[i]; queue = queue kids[q[i]] } } }'
}
# CPU time (clock ticks) of a process and all its descendants, from /proc
ticks() { # pid
  tree "$1" | while read -r p; do sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null || true; done \
    | awk '{ t += $12 + $13 } END { print t + 0 }'
}
# The server's own latency histogram for a route (cumulative bucket counts, "le count" per line).
buckets() { # route
  { curl -s "$url/metrics" || true; } | { grep "route=\"$1\",status=\"2xx\"" || true; } \
    | sed -n 's/.*le="\([^"]*\)"} \([0-9]*\)$/\1 \2/p'
}
# wrk runs on the same cores: when they are saturated its own threads wait for CPU and that wait lands in its
# percentiles. The server's histogram (time inside the server) tells the two apart; printed as bucket bounds.
server_side() { # before-file after-file (a route seen for the first time has an empty before-file)
  [[ -s "$1" ]] || awk '{ print $1, 0 }' "$2" > "$1"
  join <(sort "$1") <(sort "$2") | sort -g | awk '
    { le[NR] = $1; n[NR] = $3 - $2 } END { total = n[NR]; split("50 95 99", ps, " ");
      line = "SERVER requests=" total; for (i = 1; i <= 3; i++) { for (j = 1; j <= NR; j++) if (n[j] >= total * ps[i] / 100) break;
        line = line " p" ps[i] "_ms<=" (le[j] == "+Inf" ? "inf" : le[j] * 1000) } print line }'
}
clk=$(getconf CLK_TCK)
offset=0
summary="$work/summary.md"
printf '| run | requests/s | client p50 ms | client p95 ms | client p99 ms | server p95 (bucket) | CPU/request ms |\n|---|---|---|---|---|---|---|\n' > "$summary"
run() { # name script pace_ms connections seconds
  local route=/api/artists out server_before node_before requests cpu server_line
  [[ $2 == profile.lua ]] && route="/api/artists/{id}"
  echo "== $1 (connections=$4, pace=$3 ms, ${5}s)"
  buckets "$route" > "$work/before"
  server_before=$(own_ticks "$server")
  node_before=$([[ -n $node ]] && ticks "$node" || echo 0)
  offset=$((offset + 40000))
  out=$(MIX_OFFSET=$offset PACE_MS=$3 wrk -t2 -c"$4" -d"${5}s" --timeout 5s -s "$here/$2" "$url" | grep '^RESULT')
  echo "$out"
  requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$out")
  cpu=$(awk -v s="$(( $(own_ticks "$server") - server_before ))" -v n="$(( $([[ -n $node ]] && ticks "$node" || echo 0) - node_before ))" \
      -v r="$requests" -v clk="$clk" -v engine="$ENGINE" 'BEGIN { if (r == 0) r = 1;
      line = sprintf("CPU per request: server %.2f ms", s * 1000 / clk / r);
      if (engine == "opensearch") line = line sprintf(", OpenSearch node %.2f ms, together %.2f ms", n * 1000 / clk / r, (s + n) * 1000 / clk / r);
      print line }')
  echo "$cpu"
  buckets "$route" > "$work/after"
  server_line=$(server_side "$work/before" "$work/after")
  echo "$server_line"
  [[ $1 == warm-up* ]] && return
  awk -v name="$1" -v out="$out" -v cpu="$cpu" -v srv="$server_line" 'BEGIN {
      n = split(out, f, /[ =]/); for (i = 2; i < n; i += 2) v[f[i]] = f[i + 1];
      sub(/^CPU per request: /, "", cpu); match(srv, /p95_ms<=[^ ]*/); p95 = substr(srv, RSTART + 8, RLENGTH - 8);
      printf "| %s | %s | %s | %s | %s | <= %s ms | %s |\n", name, v["throughput_rps"], v["p50_ms"], v["p95_ms"],
        v["p99_ms"], p95, cpu }' >> "$summary"
}
# JFR on the node's JVM (a descendant of the node process), through jcmd as the node's own user
node_jfr() { # start|stop
  local jvm as=()
  jvm=$(tree "$node" | while read -r p; do [[ $(cat "/proc/$p/comm" 2>/dev/null) == java ]] && echo "$p"; done | head -1)
  [[ $(stat -c %U "/proc/$jvm") == nobody ]] && as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  if [[ $1 == start ]]; then
    mkdir -p "$work/node-jfr" && chmod 777 "$work/node-jfr"
    "${as[@]}" "$JAVA_HOME/bin/jcmd" "$jvm" JFR.start name=bench settings=profile >/dev/null
  else
    "${as[@]}" "$JAVA_HOME/bin/jcmd" "$jvm" JFR.stop name=bench filename="$work/node-jfr/node.jfr" >/dev/null
    cp "$work/node-jfr/node.jfr" "${PROFILE%.jfr}-node.jfr"
  fi
}
# wrk is a closed loop: each connection sends, waits for the response, then waits PACE_MS. To offer about RATE
# requests/s the pause is the connection's share of a second minus the median response time, measured in a short
# calibration run at the nominal pause.
calibrated() { # script -> pause in ms
  local p50
  offset=$((offset + 40000))
  p50=$(MIX_OFFSET=$offset PACE_MS=$pace wrk -t2 -c"$CONNECTIONS" -d5s --timeout 5s -s "$here/$1" "$url" \
    | sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p')
  awk -v pace="$pace" -v p50="${p50:-0}" 'BEGIN { v = int(pace - p50 + 0.5); print (v < 0 ? 0 : v) }'
}
for kind in $RUNS; do
  run "warm-up $kind" "$kind.lua" 0 4 "$WARMUP" >/dev/null
done
for kind in $RUNS; do
  run "$kind at <= $RATE rps" "$kind.lua" "$(calibrated "$kind.lua")" "$CONNECTIONS" "$DURATION"
  if [[ -n $PROFILE && $kind == search ]]; then
    "$JAVA_HOME/bin/jcmd" "$server" JFR.start name=bench settings=profile >/dev/null
    [[ -n $node ]] && node_jfr start
  fi
  run "$kind, unpaced" "$kind.lua" 0 "$CONNECTIONS" "$DURATION"
  if [[ -n $PROFILE && $kind == search ]]; then
    "$JAVA_HOME/bin/jcmd" "$server" JFR.stop name=bench filename="$PROFILE" >/dev/null
    echo "== profile of the unpaced search run: $PROFILE (the server's JVM; top frames of its samples)"
    "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$PROFILE" | head -30
    "$JAVA_HOME/bin/jfr" view --width 160 allocation-by-class "$PROFILE" | head -16
    if [[ -n $node ]]; then
      node_jfr stop
      echo "== the OpenSearch node's profile of the same run: ${PROFILE%.jfr}-node.jfr"
      "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "${PROFILE%.jfr}-node.jfr" | head -30
    fi
  fi
done
echo
echo "== summary: engine $ENGINE, $ARTISTS artists, ${DURATION}s per run, $CONNECTIONS connections (CPU: the server's; with OpenSearch also the node's)"
cat "$summary"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem/ { print $2 }') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "end: $(uptime)"
