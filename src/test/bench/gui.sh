#!/usr/bin/env bash
# The console benchmark in one command (docs/benchmarks.md, "GUI"). Arguments go to GuiBenchmark,
# e.g. --size 10000 --runs 5 --refreshes 5 [--jfr] [--url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres].
# Like run.sh: plain java, so Maven's JVM is not alive beside the measured console. The classes are
# copied first, so a build started while the benchmark runs cannot pull them from under the console.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target/bench
mvn -B -q ${MVN_ARGS:-} -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >&2
rm -rf target/bench/gui-classes && mkdir -p target/bench/gui-classes
cp -r target/classes target/bench/gui-classes/main
cp -r target/test-classes target/bench/gui-classes/test
cp target/migrascope.jar target/bench/gui-classes/migrascope.jar
exec java -cp "target/bench/gui-classes/test:target/bench/gui-classes/main:$(cat target/bench/classpath.txt)" \
    io.migrascope.bench.GuiBenchmark --jar target/bench/gui-classes/migrascope.jar "$@"
