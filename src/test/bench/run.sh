#!/usr/bin/env bash
# The benchmarks in one command (docs/benchmarks.md). Arguments go to StatusBenchmark, e.g.
# --sizes 1000,10000 --runs 5 [--url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres],
# or --suite apply (migrascope apply vs Flyway migrate) or --suite all.
# Runs the harness with plain java rather than exec:java so Maven's own JVM is not alive beside
# the timed processes, and so the child JVMs get the test class path from java.class.path.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target/bench
# Maven's output goes to stderr: stdout carries only the results.
mvn -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    io.migrascope.bench.StatusBenchmark "$@"
