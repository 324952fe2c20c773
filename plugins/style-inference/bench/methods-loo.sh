#!/usr/bin/env bash
# Leave-one-set-out comparison of three ways to tell the artist's own styles from styles a narrative text only names
# (MethodsLoo.java: cue lists as they are, corroboration, the subject of the sentence from an Apache OpenNLP UD POS
# model), on the narrative outside sets, plus every method's figures on the other TUNING sets (recall cost); held-out
# sets are never read.
# With --baseline it also scores each narrative set with the rules frozen before it was tuned on (old-rules.sh):
# the cue method's own leave-one-out figure.
#   plugins/style-inference/bench/methods-loo.sh [--baseline]
# Needs Maven Central once: opennlp-tools and the en/de/fr POS model jars are fetched with `mvn dependency:get`
# (bench only: the plugin does not depend on them).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"   # sets root, java_home and a scratch folder, tmp, removed on exit
labelled="$root/plugins/style-inference/src/test/resources/labelled"
# tuning sets only (tuning_files refuses a held-out one): the narrative sets left out in turn, and the others
files=$(tuning_files outside-tune-4 outside-tune-5 outside-tune-6)
mapfile -t narrative <<<"$files"
files=$(tuning_files dev public-tune outside-tune outside-tune-2 outside-tune-3)
mapfile -t others <<<"$files"
artifacts=(opennlp-tools:2.5.4 opennlp-models-pos-en:1.2.0 opennlp-models-pos-de:1.3.0 opennlp-models-pos-fr:1.3.0)

jars=()
for artifact in "${artifacts[@]}"; do
    jar=$(opennlp_jar "${artifact%%:*}" "${artifact##*:}")
    jars+=("$jar")
done
models=$(printf '%s\n' "${jars[@]:1}" | paste -sd:)
classes=$(plugin_classpath)
cp="$classes:${jars[0]}"
bench="$root/plugins/style-inference/bench"
"$java_home/bin/javac" -nowarn -proc:none -d "$tmp/classes" -cp "$cp" "$bench/MethodsLoo.java" "$bench/Counts.java"
"$java_home/bin/java" -cp "$tmp/classes:$cp" tad.styles.MethodsLoo "$models" \
    "${narrative[@]}" -- "${others[@]}" 2>&1 | grep -v '^SLF4J'

if [[ ${1:-} == --baseline ]]; then
    # each narrative set scored with the rules of before it was tuned on (its first, held-out run)
    echo "== cue method, leave one out: each set with the rules frozen before its errors were read"
    for pair in baa4052:outside-tune-4 3a24491:outside-tune-5 6657deb:outside-tune-6; do
        OLD_RULES_REV=${pair%%:*} "$root/plugins/style-inference/bench/old-rules.sh" "$labelled/${pair#*:}.jsonl" \
            | sed -n 2p | sed "s/^/rules of ${pair%%:*}: /"
    done
fi
