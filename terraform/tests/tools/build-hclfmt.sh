#!/usr/bin/env bash
# Builds hclfmt (the HCL formatter of hashicorp/hcl v2, the same hclwrite
# formatting that `terraform fmt` applies) offline from Debian's packaged Go
# sources into terraform/tests/.tools/hclfmt. Installs the packages with apt
# when they are missing and we are root. Prints the binary path.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/.tools/hclfmt"
src=/usr/share/gocode/src/github.com/hashicorp/hcl/v2/cmd/hclfmt
if [[ -x "$out" ]]; then echo "$out"; exit 0; fi
if ! command -v go >/dev/null || [[ ! -d "$src" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing golang-go and golang-github-hashicorp-hcl-v2-dev (apt)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends golang-go golang-github-hashicorp-hcl-v2-dev >&2 \
      || { apt-get update >&2 && apt-get install -y --no-install-recommends golang-go golang-github-hashicorp-hcl-v2-dev >&2; }
  else
    echo "hclfmt needs: apt-get install golang-go golang-github-hashicorp-hcl-v2-dev" >&2
    exit 1
  fi
fi
mkdir -p "$here/.tools"
GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$here/.tools/gocache" GOFLAGS='' \
  go build -o "$out" github.com/hashicorp/hcl/v2/cmd/hclfmt >&2
echo "$out"
