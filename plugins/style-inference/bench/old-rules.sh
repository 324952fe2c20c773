#!/usr/bin/env bash
# Scores the style inference before issue 18 (commit ca955e4; set OLD_RULES_REV for another) and the working tree's
# on the same labelled files with the same code (ScoreSets.java: micro P/R/F1 over (profile, style) decisions, as
# `tad styles eval`), so a set shows what the vocabulary work changed on it, or that it changed nothing.
#   plugins/style-inference/bench/old-rules.sh [-v] [FILE.jsonl...]   (default: every labelled file; -v lists errors)
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
rev=${OLD_RULES_REV:-ca955e4}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
labelled="$root/plugins/style-inference/src/test/resources/labelled"
verbose=()
if [[ ${1:-} == -v ]]; then verbose=(-v); shift; fi
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then files=("$labelled"/*.jsonl); fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the working tree's classes, and the class path of its tests (plugin API, PF4J, Jackson)
JAVA_HOME=$java_home mvn -B -o -q -f "$root/pom.xml" -pl plugins/style-inference -am test-compile \
    dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=test >"$tmp/mvn.log" 2>&1 \
    || { cat "$tmp/mvn.log"; exit 1; }
libraries=$(tr ':' '\n' <"$tmp/cp.txt" | grep -v '/target/' | paste -sd: -)
now="$root/plugins/style-inference/target/classes:$root/core/plugin-api/target/classes:$libraries"

# the older commit's plugin and plugin API, compiled on their own
git -C "$root" archive "$rev" core/plugin-api/src/main plugins/style-inference/src/main | tar -x -C "$tmp"
mkdir -p "$tmp/classes"
find "$tmp/core" "$tmp/plugins" -name '*.java' >"$tmp/sources.txt"
"$java_home/bin/javac" -nowarn -proc:none -d "$tmp/classes" -cp "$libraries" @"$tmp/sources.txt"
cp -r "$tmp/plugins/style-inference/src/main/resources/." "$tmp/classes/"
old="$tmp/classes:$libraries"

label=$([[ $rev == ca955e4 ]] && echo " (before issue 18)" || true)
echo "== style inference of $rev$label"
"$java_home/bin/java" -cp "$old" "$root/plugins/style-inference/bench/ScoreSets.java" "${verbose[@]}" "${files[@]}"
echo "== style inference of the working tree ($(git -C "$root" rev-parse --short HEAD))"
"$java_home/bin/java" -cp "$now" "$root/plugins/style-inference/bench/ScoreSets.java" "${verbose[@]}" "${files[@]}"
