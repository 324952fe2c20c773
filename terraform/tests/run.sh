#!/usr/bin/env bash
# Runs every offline check of the AWS deployment: the Terraform policy tests,
# the formatting check (hclfmt, built here from Debian's Go packages), the cost
# model test (terraform/tests) and the GitLab pipeline lint (.ci/tests, with
# gitlab-ci-local 4.73.0). Installs what it needs (npm ci; rsync and the Go HCL
# packages with apt when missing and running as root). Exits non-zero when
# any check fails. Usage: bash terraform/tests/run.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive CI="${CI:-true}"
tests_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$tests_dir/../.." && pwd)"
ci_tests_dir="$repo_dir/.ci/tests"

say() { printf '== %s\n' "$*"; }

node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if (( node_major < 20 )); then
  echo "terraform/tests needs Node.js >= 20 (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

apt_install() {
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
    echo "missing: $* (install it, e.g. apt-get install -y $*)" >&2
    return 1
  fi
  apt-get install -y --no-install-recommends "$@" </dev/null >/dev/null \
    || { apt-get update </dev/null >/dev/null && apt-get install -y --no-install-recommends "$@" </dev/null >/dev/null; }
}

for tool in git rsync; do
  command -v "$tool" >/dev/null || { say "installing $tool"; apt_install "$tool"; }
done

say "npm ci (terraform/tests, .ci/tests)"
(cd "$tests_dir" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
(cd "$ci_tests_dir" && npm ci --no-audit --no-fund --loglevel=error </dev/null)

say "hclfmt"
HCLFMT="$("$tests_dir/tools/build-hclfmt.sh" </dev/null)"
export HCLFMT

say "terraform policy, format and cost tests"
status=0
(cd "$tests_dir" && node --test --test-reporter=spec ./*.test.js </dev/null) || status=1
say "gitlab pipeline tests"
(cd "$ci_tests_dir" && node --test --test-reporter=spec ./*.test.js </dev/null) || status=1

if (( status != 0 )); then say "FAILED"; else say "all checks passed"; fi
exit "$status"
