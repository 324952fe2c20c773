# Shared by the bench scripts (sourced, not run): the plugin's class path and the OpenNLP jars they compile against.
# Each function expects $root (the repository), $tmp (a scratch folder) and $java_home to be set.

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
