#!/usr/bin/env bash
# Leave-one-set-out measure of a trained mention classifier (LearnedLoo.java, MentionFeatures.java: Apache OpenNLP
# maximum entropy over generic words and grammar) gating the prose mentions the cue lists keep, on the TUNING sets
# only (splits.txt); each set is scored by a classifier trained on the others, its threshold chosen by an inner
# leave-one-set-out. Held-out sets are never read. The cue lists' own leave-one-out baseline: methods-loo.sh --baseline.
#   plugins/style-inference/bench/learned-loo.sh [-v]     (-v lists every profile the classifier gets wrong)
# Needs Maven Central once: opennlp-tools is fetched with `mvn dependency:get` if ~/.m2 lacks it (bench-lib.sh).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"   # sets root, java_home and a scratch folder, tmp, removed on exit
files=$(all_tuning_files)   # every tuning set of splits.txt; LearnedLoo.NARRATIVE names the narrative ones
mapfile -t tuning <<<"$files"
classes=$(plugin_classpath)
jar=$(opennlp_jar opennlp-tools 2.5.4)
cp="$classes:$jar"
bench="$root/plugins/style-inference/bench"
"$java_home/bin/javac" -nowarn -proc:none -d "$tmp/classes" -cp "$cp" "$bench/LearnedLoo.java" \
    "$bench/LearnedLooRanking.java" "$bench/MentionFeatures.java" "$bench/Counts.java"
"$java_home/bin/java" -cp "$tmp/classes:$cp" tad.styles.LearnedLoo "$@" "${tuning[@]}" 2>&1 | grep -v '^SLF4J'
