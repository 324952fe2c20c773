#!/usr/bin/env bash
# The web module's CI entry point (called by the lead's .ci/run). On a clean Debian machine as root with CI=true:
# installs Chromium if missing and the npm dependencies, lints and typechecks, runs the unit tests, builds the
# static export, and runs the e2e suite against `../tad demo` (skip it with TAD_E2E_SKIP=1).
# Exits non-zero on any failure and ends with a summary line "N passed, N failed".
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CI="${CI:-true}" NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_fund=false npm_config_audit=false
passed=0
failed=0
failures=()

step() { # step NAME COMMAND...: runs one step, records the outcome, keeps going so the summary is complete
  local name="$1"; shift
  local started=$SECONDS
  echo "::: ${name}"
  if "$@"; then
    passed=$((passed + 1)); echo "::: ${name}: ok ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1)); failures+=("${name}"); echo "::: ${name}: FAILED ($((SECONDS - started)) s)"
  fi
}

install_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" -ne 0 ]; then echo "chromium is missing and installing it needs root" >&2; return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium </dev/null
}

unit_tests() { npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit-results.json </dev/null; }
e2e_tests() { npx playwright test </dev/null; }

mkdir -p test-results
step "chromium" install_chromium
step "npm ci" npm ci --no-audit --no-fund </dev/null
if [ "${failed}" -eq 0 ]; then
  step "lint" node scripts/lint.mjs
  step "typecheck" npx tsc --noEmit
  step "unit tests" unit_tests
  step "build" npm run build --silent
  if [ "${TAD_E2E_SKIP:-0}" = "1" ]; then
    echo "::: e2e: skipped (TAD_E2E_SKIP=1)"
  elif [ -f out/index.html ]; then
    step "e2e" e2e_tests
  else
    failed=$((failed + 1)); failures+=("e2e (no build)")
  fi
fi

counts() { # prints "passed failed" from a vitest or playwright JSON report
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (r.stats) console.log(`${r.stats.expected + (r.stats.flaky ?? 0)} ${r.stats.unexpected}`);
    else console.log(`${r.numPassedTests} ${r.numFailedTests}`);' "$1" 2>/dev/null || echo "? ?"
}
echo
[ -f test-results/unit-results.json ] && read -r up uf < <(counts test-results/unit-results.json) && echo "unit tests: ${up} passed, ${uf} failed"
[ -f test-results/e2e-results.json ] && [ "${TAD_E2E_SKIP:-0}" != "1" ] && read -r ep ef < <(counts test-results/e2e-results.json) && echo "e2e tests: ${ep} passed, ${ef} failed"
[ "${failed}" -gt 0 ] && echo "failed steps: ${failures[*]}"
echo "web ci: ${passed} passed, ${failed} failed (steps) in ${SECONDS} s"
[ "${failed}" -eq 0 ]
