#!/usr/bin/env bash
# Load benchmark of the serving API (not a test; nothing asserts). Starts the server against an in-memory
# DynamoDB Local and a Lucene index filled with ARTISTS generated artists, then runs wrk against search and profile:
# first paced at RATE requests/second (wrk has no fixed-rate mode: each of CONNECTIONS connections waits
# CONNECTIONS*1000/RATE ms after each response, so the rate is at most RATE, lower when responses are slow),
# then unpaced for the maximum throughput. Every part is time-bounded; the server also stops by itself.
#
#   serve/bench/run.sh                 # 100,000 artists, 30 s per run
#   ARTISTS=5000 DURATION=10 serve/bench/run.sh
#   JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/serve.jfr,settings=profile serve/bench/run.sh   # with a profile
set -euo pipefail

ARTISTS=${ARTISTS:-100000}
PORT=${PORT:-18080}
DURATION=${DURATION:-30}
RATE=${RATE:-200}
CONNECTIONS=${CONNECTIONS:-10}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

here=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$here")
repo=$(dirname "$module")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

(cd "$repo" && mvn -q -o -pl serve test-compile \
  && mvn -q -o -pl serve dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test)

work=$(mktemp -d /tmp/tad-serve-bench.XXXXXX)
# a private copy of the class path: other builds in the same tree re-install the shared jars while we run
mkdir -p "$work/lib"
cp -r "$module/target/classes" "$work/lib/classes"
cp -r "$module/target/test-classes" "$work/lib/test-classes"
classpath="$work/lib/classes:$work/lib/test-classes"
n=0
for jar in $(tr ':' ' ' <"$module/target/bench.cp"); do
  n=$((n + 1))
  cp "$jar" "$work/lib/$n-$(basename "$jar")"
  classpath="$classpath:$work/lib/$n-$(basename "$jar")"
done
server_seconds=$((1200 + 5 * DURATION))
# shellcheck disable=SC2086 # JVM_OPTS is a list of options, e.g. a flight recording
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g ${JVM_OPTS:-} \
  -cp "$classpath" \
  tad.serve.BenchServer "$ARTISTS" "$PORT" "$server_seconds" "$work" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 1200); do
  grep -qs '^READY' "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
grep -q '^READY' "$work/server.log" || { echo "server not ready in time" >&2; exit 1; }
grep -E '^(generated|breakdown)' "$work/server.log"

url="http://127.0.0.1:$PORT"
pace=$((CONNECTIONS * 1000 / RATE))
export IDS="$work/ids.txt"
# The server's own latency histogram for a route (cumulative bucket counts, "le count" per line).
buckets() { # route
  { curl -s "$url/metrics" || true; } | { grep "route=\"$1\",status=\"2xx\"" || true; } \
    | sed -n 's/.*le="\([^"]*\)"} \([0-9]*\)$/\1 \2/p'
}
# wrk runs on the same two cores: when they are saturated its own threads wait for CPU and that wait lands in its
# percentiles. The server's histogram (time inside the server) tells the two apart; printed as bucket bounds.
server_side() { # before-file after-file (a route seen for the first time has an empty before-file)
  [[ -s "$1" ]] || awk '{ print $1, 0 }' "$2" > "$1"
  join <(sort "$1") <(sort "$2") | sort -g | awk '
    { le[NR] = $1; n[NR] = $3 - $2 } END { total = n[NR]; split("50 95 99", ps, " ");
      line = "SERVER requests=" total; for (i = 1; i <= 3; i++) { for (j = 1; j <= NR; j++) if (n[j] >= total * ps[i] / 100) break;
        line = line " p" ps[i] "_ms<=" (le[j] == "+Inf" ? "inf" : le[j] * 1000) } print line }'
}
run() { # name script pace_ms connections seconds
  local route=/api/artists
  [[ $2 == profile.lua ]] && route="/api/artists/{id}"
  echo "== $1 (connections=$4, pace=$3 ms, ${5}s)"
  buckets "$route" > "$work/before"
  PACE_MS=$3 wrk -t2 -c"$4" -d"${5}s" --timeout 5s -s "$here/$2" "$url" | grep '^RESULT'
  buckets "$route" > "$work/after"
  server_side "$work/before" "$work/after"
}
run "warm-up search" search.lua 0 4 10 >/dev/null
run "warm-up profile" profile.lua 0 4 10 >/dev/null
# wrk is a closed loop: each connection sends, waits for the response, then waits PACE_MS. To offer about RATE
# requests/s the pause is the connection's share of a second minus the median response time, measured in a short
# calibration run at the nominal pause.
calibrated() { # script -> pause in ms
  local p50
  p50=$(PACE_MS=$pace wrk -t2 -c"$CONNECTIONS" -d5s --timeout 5s -s "$here/$1" "$url" | sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p')
  awk -v pace="$pace" -v p50="${p50:-0}" 'BEGIN { v = int(pace - p50 + 0.5); print (v < 0 ? 0 : v) }'
}
search_pace=$(calibrated search.lua)
profile_pace=$(calibrated profile.lua)
run "search at <= $RATE rps" search.lua "$search_pace" "$CONNECTIONS" "$DURATION"
run "profile at <= $RATE rps" profile.lua "$profile_pace" "$CONNECTIONS" "$DURATION"
run "search, unpaced" search.lua 0 "$CONNECTIONS" "$DURATION"
run "profile, unpaced" profile.lua 0 "$CONNECTIONS" "$DURATION"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
