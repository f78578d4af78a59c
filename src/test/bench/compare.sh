#!/usr/bin/env bash
# The compare benchmark in one command (docs/benchmarks.md): 200 tenant databases on one embedded
# server, one shared folder. Arguments go to CompareBenchmark, e.g. --databases 200 --migrations 80
# --runs 5 [--url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]. Plain java, as in run.sh.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target/bench
# Maven's output goes to stderr: stdout carries only the results.
mvn -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    io.migrascope.bench.CompareBenchmark "$@"
