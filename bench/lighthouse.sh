#!/usr/bin/env bash
# The first views' targets in one command (issue 19): Lighthouse mobile on the search page and a profile page, RUNS
# runs each (performance >= 0.95, LCP <= 1.5 s in every run, CLS < 0.05), then axe at 390 px and 1366 px on both.
# Starts `./tad demo` on a free port with a fresh data dir (the sample city, crawled offline), unless BASE_URL names a
# running server. Prints every run with the machine's load; exits non-zero when any run or page misses.
#   bench/lighthouse.sh                 # 3 runs
#   RUNS=5 bench/lighthouse.sh
#   BASE_URL=http://127.0.0.1:8080 bench/lighthouse.sh
# Needs: a JDK >= 21, Node with web/node_modules (npm ci in web/), Debian's /usr/bin/chromium (CHROME_PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

base="${BASE_URL:-}"
demo_pid=""
data_dir=""
cleanup() {
  if [ -n "$demo_pid" ]; then kill -- "-$demo_pid" 2>/dev/null || true; wait "$demo_pid" 2>/dev/null || true; fi
  if [ -n "$data_dir" ]; then rm -rf "$data_dir"; fi
}
trap cleanup EXIT

if [ -z "$base" ]; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  data_dir="$(mktemp -d /tmp/tad-lighthouse.XXXXXX)"
  echo "starting ./tad demo on port $port (data in $data_dir)..."
  TAD_DATA_DIR="$data_dir" setsid "$root/tad" demo --port "$port" >"$data_dir/demo.log" 2>&1 &
  demo_pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do
    curl -sf "$base/api/health" >/dev/null 2>&1 && break
    kill -0 "$demo_pid" 2>/dev/null || { echo "tad demo stopped; see $data_dir/demo.log" >&2; cat "$data_dir/demo.log" >&2; exit 1; }
    sleep 2
  done
  curl -sf "$base/api/health" >/dev/null || { echo "tad demo did not become healthy" >&2; exit 1; }
fi

echo "machine: $(nproc) cores, $(uptime)"
status=0
(cd "$root/web" && node scripts/lighthouse.mjs "$base" --runs "$runs") || status=1
(cd "$root/web" && node scripts/axe.mjs "$base") || status=1
echo "after: $(uptime)"
exit $status
