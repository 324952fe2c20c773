#!/usr/bin/env bash
# Builds the worker and API images with the real Jib profiles (cli -Pworker-image, serve -Papi-image) on a machine
# with no Docker daemon and no registry, then runs each image's own entrypoint under chroot.
#
# Production and CI pull eclipse-temurin:21-jre for linux/arm64; here no registry but Maven Central is reachable, so
# this script makes a stand-in base image from the local JDK (a jlinked runtime at the same path as in the Temurin
# image, the shared libraries it links, a few /etc files) as a `docker save` tarball, and hands it to Jib with
# -Djib.from.image=tar://... and -Dtad.image.arch=amd64. The pom files are not changed by this: CI's defaults stay.
# The local runtime is whatever JDK find-jdk.sh picks (25 here), not 21: the classes are built for release 21, so
# this proves the layout and the entry points, not the exact JVM of production.
#
# The API image carries the web app's static export (web/out, at /app/web): the worker image crawls the sample city
# (`tad demo`) into a data folder, and the API image, started on a copy of it, must answer GET / and GET
# /artists/{id} with the first view and head the server writes into its bundled pages.
#
# Usage: scripts/images-check.sh
#   TAD_IMAGES_SKIP_BUILD=1  use the tad jars already in ~/.m2 and target/plugins instead of `mvn install` first (Jib
#                            takes the sibling modules from ~/.m2, so they must be installed, not only verified)
#   TAD_IMAGES_OFFLINE=1     run Maven with -o (the Jib plugin must then be in ~/.m2 already)
# web/out is used as it is (.ci/run builds it in its web step, before this script); when it is missing, it is built
# with npm (npm ci, npm run build in web/).
# Needs: root (chroot, mount), util-linux's unshare, python3, tar, ldd, curl; Maven reaching the Jib plugin.
set -euo pipefail
# a command that fails under set -e ends the script without a word: say which one (this shell's commands only, not
# those of subshells or process substitutions, whose own failures are handled where they run)
trap 'echo "images-check: FAILED at line $LINENO (exit $?): $BASH_COMMAND" >&2' ERR
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=SCRIPTDIR/find-jdk.sh
. "$root/scripts/find-jdk.sh"
JAVA_HOME="$(find_jdk)"
[ -n "$JAVA_HOME" ] || { echo "images-check: no JDK 21 or newer (checked JAVA_HOME and /usr/lib/jvm)" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

work="$root/target/images-check"
fail() { echo "images-check: FAILED: $*" >&2; exit 1; }
step() { echo "==> images-check: $*"; }
[ "$(id -u)" = 0 ] || fail "must run as root (chroot and mount)"

mvn_args=(-B -ntp -q)
[ "${TAD_IMAGES_OFFLINE:-0}" = 1 ] && mvn_args+=(-o)
if [ "${TAD_IMAGES_SKIP_BUILD:-0}" != 1 ]; then
  # the whole reactor, as CI's build-images job: the plugin modules, which cli does not depend on, fill target/plugins
  step "building and installing the modules (mvn install -DskipTests)"
  mvn "${mvn_args[@]}" install -DskipTests || fail "mvn install"
fi
[ -d "$root/target/plugins" ] || fail "no target/plugins (the plugin modules' jars): run mvn install -DskipTests"
web_out="$root/web/out"
if [ ! -f "$web_out/index.html" ] || [ ! -f "$web_out/artists/index.html" ]; then
  step "building the web export (web/out is missing)"
  (cd "$root/web" && NEXT_TELEMETRY_DISABLED=1 npm ci --no-audit --no-fund --loglevel=error </dev/null \
    && NEXT_TELEMETRY_DISABLED=1 npm run build --silent </dev/null) || fail "the web export (npm run build in web/)"
fi

# The server this script starts (the worker's demo, then the API) is stopped on every exit path; its mounts live in
# its own namespace and go with it.
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

rm -rf "$work"
mkdir -p "$work"

# ---------------------------------------------------------------- (a) a local base image, `docker save` format
# Jib 3.5 reads tar:// base images in Docker's format only (OCI tarballs are not supported, jib issue #2173).
step "assembling the local base image from $JAVA_HOME"
base="$work/base"
rootfs="$base/rootfs"
java_home_in_image=/opt/java/openjdk # where eclipse-temurin puts it, so PATH and JAVA_HOME match production
mkdir -p "$rootfs/opt/java" "$rootfs/etc" "$rootfs/tmp" "$rootfs/proc" "$rootfs/dev"
chmod 1777 "$rootfs/tmp"
# every runtime module, as in the Temurin JRE; jlink cannot put jdk.jlink (nor jpackage, which needs it) in an image
# linked from a JDK without jmods
modules="$(java --list-modules | sed 's/@.*//' | grep -vx -e jdk.jlink -e jdk.jpackage | paste -sd, -)"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$rootfs$java_home_in_image" 2> >(grep -v 'incubator modules' >&2)
# the shared libraries the launcher and the runtime's own libraries link against, at the paths ldd resolves them to;
# a library ldd cannot find (AWT's X11 or ALSA on a headless machine) is left out, as the server never loads it
mapfile -t libs < <(find "$rootfs$java_home_in_image" \( -name '*.so' -o -path '*/bin/java' \) -exec ldd {} + 2>/dev/null \
  | grep -oE '(=> )?/[^ ]+\.so[^ ]*' | sed 's/^=> //' | grep -v "^$rootfs" | sort -u)
[ "${#libs[@]}" -gt 0 ] || fail "ldd found no shared libraries for the runtime"
for lib in "${libs[@]}"; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
# glibc loads libgcc_s at run time (not listed by ldd) to unwind threads on cancellation
# awk reads to the end: leaving at the first match let ldconfig meet a closed pipe (SIGPIPE), which pipefail turned
# into a silent exit of the whole script in about 1 run in 75 (4 of 300 measured)
gcc_s="$(ldconfig -p | awk '/libgcc_s\.so\.1 .*x86-64/ && !found {print $NF; found = 1}')"
if [ -n "$gcc_s" ]; then mkdir -p "$rootfs$(dirname "$gcc_s")"; cp -L "$gcc_s" "$rootfs$gcc_s"; fi
# user and host name look-ups (user.name, InetAddress.getLocalHost) read these; glibc 2.34+ has nss_files built in
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files\n' > "$rootfs/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$rootfs/etc/hosts"
tar --sort=name --numeric-owner --owner=0 --group=0 -C "$rootfs" -cf "$base/layer.tar" .
python3 - "$base" "$java_home_in_image" <<'EOF'
import hashlib, json, sys
base, java_home = sys.argv[1], sys.argv[2]
with open(f"{base}/layer.tar", "rb") as f:
    diff_id = "sha256:" + hashlib.sha256(f.read()).hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": [f"PATH={java_home}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       f"JAVA_HOME={java_home}", "LANG=C.UTF-8"]},
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "scripts/images-check.sh: jlinked local JDK, its libraries, /etc basics"}],
}
json.dump(config, open(f"{base}/config.json", "w"))
json.dump([{"Config": "config.json", "RepoTags": ["tad-local-base:check"], "Layers": ["layer.tar"]}],
          open(f"{base}/manifest.json", "w"))
EOF
tar -C "$base" -cf "$work/base.tar" manifest.json config.json layer.tar
rm -rf "$base" # Jib reads base.tar only; the staging copy would double the disk space
echo "    base image: $(du -h "$work/base.tar" | cut -f1) ($work/base.tar)"

# ---------------------------------------------------------------- (b) the real Jib profiles, on that base
# The API image carries the Lambda Web Adapter, which CI exports from ECR Public (unreachable here). A stub at the
# same place checks that the profile puts it at /opt/extensions/lambda-adapter with mode 755; it is not the adapter.
lwa="$work/lwa-stub"
mkdir -p "$lwa/opt/extensions"
printf '#!/bin/false\n# stub: the real adapter comes from %s in CI\n' "public.ecr.aws/awsguru/aws-lambda-adapter" \
  > "$lwa/opt/extensions/lambda-adapter"
chmod 644 "$lwa/opt/extensions/lambda-adapter" # the profile's <permissions> must make it 755

jib_args=(-Djib.from.image="tar://$work/base.tar" -Dtad.image.arch=amd64 -Djib.disableUpdateChecks=true
  -Djib.baseImageCache="$work/jib-cache/base" -Djib.applicationCache="$work/jib-cache/app")
step "jib:buildTar worker-image (cli)"
mvn "${mvn_args[@]}" -pl cli -Pworker-image jib:buildTar "${jib_args[@]}" \
  -Djib.to.image=tad-worker:check -Djib.outputPaths.tar="$work/tad-worker.tar" || fail "jib:buildTar of the worker image"
step "jib:buildTar api-image (serve)"
mvn "${mvn_args[@]}" -pl serve -Papi-image jib:buildTar "${jib_args[@]}" -Dtad.lwa.dir="$lwa" -Dtad.web.out="$web_out" \
  -Djib.to.image=tad-api:check -Djib.outputPaths.tar="$work/tad-api.tar" || fail "jib:buildTar of the API image"

# ---------------------------------------------------------------- (c) unpack each image's layers, read its config
# unpack IMAGE: extracts the tarball's layers, in manifest order, into $work/IMAGE/rootfs and writes the config's
# Entrypoint + Cmd (one argument a line), WorkingDir, User and Env into $work/IMAGE/.
unpack() {
  local name="$1" dir="$work/$1"
  mkdir -p "$dir/tar" "$dir/rootfs"
  tar -C "$dir/tar" -xf "$work/$name.tar"
  python3 - "$dir" <<'EOF' || fail "$name: unreadable image"
import json, os, sys
d = sys.argv[1]
manifest = json.load(open(f"{d}/tar/manifest.json"))[0]
config = json.load(open(os.path.join(d, "tar", manifest["Config"])))
c = config["config"]
if len(manifest["Layers"]) != len(config["rootfs"]["diff_ids"]):
    sys.exit("manifest and config disagree on the number of layers")
open(f"{d}/layers", "w").write("".join(l + "\n" for l in manifest["Layers"]))
open(f"{d}/command", "w").write("".join(a + "\n" for a in (c.get("Entrypoint") or []) + (c.get("Cmd") or [])))
open(f"{d}/entrypoint", "w").write("".join(a + "\n" for a in (c.get("Entrypoint") or [])))
open(f"{d}/workdir", "w").write(c.get("WorkingDir") or "/")
open(f"{d}/user", "w").write(c.get("User") or "")
open(f"{d}/env", "w").write("".join(e + "\n" for e in c.get("Env") or []))
print(f"    {config['os']}/{config['architecture']}, {len(manifest['Layers'])} layers")
print("    Entrypoint:", json.dumps(c.get("Entrypoint")), " Cmd:", json.dumps(c.get("Cmd")))
print("    WorkingDir:", json.dumps(c.get("WorkingDir")), " User:", json.dumps(c.get("User")),
      " ExposedPorts:", json.dumps(sorted((c.get("ExposedPorts") or {}).keys())))
print("    Env:", json.dumps(c.get("Env")))
EOF
  local layer
  while read -r layer; do
    tar --warning=no-unknown-keyword -C "$dir/rootfs" -xzf "$dir/tar/$layer" || fail "$name: layer $layer does not unpack"
  done < "$dir/layers"
  rm -rf "$dir/tar"
  [ -s "$dir/entrypoint" ] || fail "$name: the image has no Entrypoint"
  echo "    image tarball: $(du -h "$work/$name.tar" | cut -f1), unpacked: $(du -sh "$dir/rootfs" | cut -f1)"
}
step "unpacking tad-worker"; unpack tad-worker
step "unpacking tad-api"; unpack tad-api

# ---------------------------------------------------------------- (d) run the entrypoints under chroot
# image_launch IMAGE [ARG...]: sets `launch` to the command that runs the image's Entrypoint followed by ARGs (or by
# its Cmd when none are given) the way a runtime would: rooted at the unpacked image, in its WorkingDir, with only its
# Env (its PATH finds its java) and the assignments in `launch_env` (what Terraform adds on AWS). A private mount
# namespace gives it what a container runtime provides: a root that is a mount point (the JDK's FileStore, which
# Berkeley DB JE under the studio-website plugin's crawler4j asks for free space, looks the root up in
# /proc/self/mounts), /proc and the /dev nodes; they vanish with it. Every stage execs the next, so the process
# started is, in the end, the JVM itself.
launch_env=()
image_launch() {
  local name="$1" dir="$work/$1"; shift
  local -a cmd env_args
  if [ $# -gt 0 ]; then mapfile -t cmd < "$dir/entrypoint"; cmd+=("$@"); else mapfile -t cmd < "$dir/command"; fi
  mapfile -t env_args < "$dir/env"
  # Jib sets no User unless configured; running as another user would need more than chroot, so say so
  [ -z "$(cat "$dir/user")" ] || fail "$name sets User $(cat "$dir/user"); this check only runs images as root"
  # shellcheck disable=SC2016 # the inner script expands its own arguments
  launch=(unshare --mount --propagation private -- /bin/sh -euc '
    r="$1"; shift
    mount --bind "$r" "$r"
    mount -t proc proc "$r/proc"
    for d in null zero random urandom; do touch "$r/dev/$d"; mount --bind "/dev/$d" "$r/dev/$d"; done
    exec "$@"' sh "$dir/rootfs"
    env -i "${env_args[@]}" "${launch_env[@]}" unshare --root="$dir/rootfs" --wd="$(cat "$dir/workdir")" -- "${cmd[@]}")
}

step "tad-worker layout: plugins in /app/plugins"
worker_root="$work/tad-worker/rootfs"
mapfile -t expected_plugins < <(find "$root/target/plugins" -maxdepth 1 -name '*.jar' ! -name 'example-*' -printf '%f\n' \
  | sed -E 's/-[0-9][^-]*(-SNAPSHOT)?\.jar$//' | sort)
[ "${#expected_plugins[@]}" -gt 0 ] || fail "no plugin jars in target/plugins"
for id in "${expected_plugins[@]}"; do
  compgen -G "$worker_root/app/plugins/$id-*.jar" >/dev/null || fail "tad-worker: /app/plugins has no $id jar"
done
! compgen -G "$worker_root/app/plugins/example-*" >/dev/null || fail "tad-worker: the example plugin is in the image"
echo "    $(find "$worker_root/app/plugins" -name '*.jar' | wc -l) plugin jars: ${expected_plugins[*]}"

step "tad-worker: Entrypoint + Cmd (the image's default, --help) under chroot"
image_launch tad-worker
"${launch[@]}" > "$work/worker-help.out" 2>&1 || { cat "$work/worker-help.out"; fail "tad-worker --help exited non-zero"; }
grep -q 'Usage: tad' "$work/worker-help.out" || { cat "$work/worker-help.out"; fail "tad-worker --help printed no usage"; }
sed -n '1,3p' "$work/worker-help.out" | sed 's/^/    /'

step "tad-worker: Entrypoint + plugins under chroot"
image_launch tad-worker plugins
"${launch[@]}" > "$work/worker-plugins.out" 2>&1 || { cat "$work/worker-plugins.out"; fail "tad-worker plugins exited non-zero"; }
for id in "${expected_plugins[@]}"; do
  grep -qE "^${id}[[:space:]]" "$work/worker-plugins.out" || { cat "$work/worker-plugins.out"; fail "tad-worker plugins does not list $id"; }
done
sed 's/^/    /' "$work/worker-plugins.out"

step "tad-api layout: the Lambda Web Adapter's place and mode"
[ "$(stat -c %a "$work/tad-api/rootfs/opt/extensions/lambda-adapter")" = 755 ] \
  || fail "tad-api: /opt/extensions/lambda-adapter is not mode 755"
echo "    /opt/extensions/lambda-adapter present, mode 755 (a stub here, see above)"

# start_server IMAGE ARG...: runs the image in the background (server_pid) and waits until GET /api/health on $port is
# ready; sets `health` to its answer.
start_server() {
  local name="$1"; shift
  image_launch "$name" "$@"
  "${launch[@]}" > "$work/$name.out" 2>&1 &
  server_pid=$!
  health=""
  for _ in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name.out"; fail "$name exited before answering"; }
    if health="$(curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" 2>/dev/null)"; then break; fi
    health=""
    sleep 0.5
  done
  [ -n "$health" ] || { cat "$work/$name.out"; fail "$name did not answer /api/health on port $port within 120 s"; }
  # HealthService answers {"liveness":"UP","readiness":"UP","checks":{...}} with 200 once the store and index answer
  grep -q '"readiness":"UP"' <<< "$health" || fail "$name /api/health is not ready: $health"
}

# stop_server IMAGE: SIGTERM, then the process must end and the port close within 20 s.
stop_server() {
  kill -TERM "$server_pid"
  for _ in $(seq 1 40); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid"; fail "$1 did not stop within 20 s of SIGTERM"
  fi
  wait "$server_pid" || true
  server_pid=""
  ! curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 || fail "something still answers on port $port"
  echo "    stopped on SIGTERM (port $port closed)"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

api_root="$work/tad-api/rootfs"
step "tad-api layout: the web export at /app/web, named by TAD_SERVE_WEB_DIR"
grep -qx 'TAD_SERVE_WEB_DIR=/app/web' "$work/tad-api/env" || fail "tad-api: the image does not set TAD_SERVE_WEB_DIR=/app/web"
for page in index.html artists/index.html 404.html; do
  cmp -s "$web_out/$page" "$api_root/app/web/$page" || fail "tad-api: /app/web/$page is not web/out/$page"
done
echo "    /app/web: $(find "$api_root/app/web" -type f | wc -l) files of web/out ($(du -sh "$api_root/app/web" | cut -f1))"

# The API image has no crawler; the worker image's `demo` crawls the fictional sample city (served in-process on
# 127.0.0.1) into /data, then serves it: once it answers, the data is complete and the API image gets a copy.
step "tad-worker: demo under chroot (crawls the sample city into /data)"
port="$(free_port)"
started=$SECONDS
# one process per container: the local data server runs inside it (docs/architecture.md)
launch_env=(TAD_DATA_DIR=/data TAD_DATA_SERVER=in-process)
start_server tad-worker demo --port "$port"
launch_env=()
grep -A30 '^crawl .* completed' "$work/tad-worker.out" | grep -E '^  (studios found|artists found|failed)' | sed 's/^/    /'
echo "    crawled and serving after $((SECONDS - started)) s"
stop_server tad-worker
[ -d "$work/tad-worker/rootfs/data" ] || fail "tad-worker demo left no /data"
cp -a "$work/tad-worker/rootfs/data" "$api_root/data"

step "tad-api: Entrypoint + --port under chroot on the crawled data, then GET /api/health"
port="$(free_port)"
site=https://tattoo.example # as Terraform sets it (TAD_SERVE_SITE_URL = var.site_url): pages are named by it
launch_env=(TAD_DATA_DIR=/data TAD_DATA_SERVER=in-process "TAD_SERVE_SITE_URL=$site")
start_server tad-api --port "$port"
launch_env=()
echo "    GET /api/health -> $health"

# page PATH: the page's HTML (identity encoding), or fail
page() { curl -fsS --max-time 10 -H 'Accept-Encoding: identity' "http://127.0.0.1:$port$1" || fail "tad-api GET $1"; }
# has WHAT NEEDLE FILE: FILE contains NEEDLE (a fixed string), or fail naming WHAT
has() { grep -qF -- "$2" "$3" || { head -c 2000 "$3"; echo; fail "$1: no $2"; }; }

step "tad-api: GET / and GET /artists/{id} carry the server-written first view and head"
artist="$(curl -fsS "http://127.0.0.1:$port/api/artists?size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')" \
  || fail "tad-api: no artist in /api/artists after the crawl"
page / > "$work/search.html"
has "GET /" '<link rel="canonical" href="'"$site"'/"/>' "$work/search.html"
has "GET /" '"@type":"ItemList"' "$work/search.html"
has "GET /" '<script type="application/json" id="search-data">' "$work/search.html"
has "GET /" "/artists/$artist" "$work/search.html"
page "/artists/$artist" > "$work/profile.html"
has "GET /artists/$artist" '<link rel="canonical" href="'"$site/artists/$artist"'"/>' "$work/profile.html"
has "GET /artists/$artist" '"@type":"Person"' "$work/profile.html"
has "GET /artists/$artist" '<script type="application/json" id="profile-data">' "$work/profile.html"
has "GET /artists/$artist" '<h1 id="artist-name"' "$work/profile.html"
# the rest of each page is the bundled export's: the script it names is a file of web/out
script="$(grep -oE '/_next/static/[^"]+\.js' "$work/profile.html" | awk 'NR == 1')" # not head: see gcc_s above
{ [ -n "$script" ] && [ -f "$web_out$script" ]; } || fail "tad-api: the profile page names no script of web/out ($script)"
sed -n 's:.*\(<title>[^<]*</title>\).*:\1:p' "$work/search.html" "$work/profile.html" | sed 's/^/    /'
echo "    canonical, JSON-LD and first view in both; $script is web/out's"

# what CloudFront does when its copy has expired (max-age=0): it asks again with the ETag and keeps its copy on a 304
etag="$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: identity' "http://127.0.0.1:$port/artists/$artist" \
  | sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^[:space:]]*\).*/\1/p')"
status="$(curl -sS -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: identity' -H "If-None-Match: $etag" \
  "http://127.0.0.1:$port/artists/$artist")"
{ [ -n "$etag" ] && [ "$status" = 304 ]; } || fail "tad-api: revalidating the profile page with its ETag ($etag) gave $status, not 304"
echo "    GET /artists/$artist with If-None-Match: $etag -> 304"
stop_server tad-api

echo "images-check: both images built with Jib on a local base, and their entrypoints ran under chroot" \
  "(runtime: $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release"), images target release 21)"
