#!/usr/bin/env bash
# Runs the Spark job on this machine, without a Spark installation: builds the job jar
# (detente-spark/target/detente-spark-job.jar) and puts Spark's own jars, from Maven, beside it.
# Usage: scripts/spark-local.sh [--master local[N]] OUTPUT INPUT... (job options: see README, "On Spark")
# On a cluster, use spark-submit with the job jar instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/scripts/java-home.sh"
detente_select_jdk || exit 1
master="local[*]"
if [ "${1:-}" = "--master" ]; then
  master=$2
  shift 2
fi
jar="$root/detente-spark/target/detente-spark-job.jar"
cp_file="$root/detente-spark/target/provided.classpath"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ] || [ -n "$(find "$root/detente-core/src/main" "$root/detente-store/src/main" \
    "$root/detente-spark/src/main" "$root/detente-spark/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "spark-local: building the job jar..." >&2
  if ! (cd "$root" && ./mvnw -q -B -pl detente-spark -am -Dmaven.test.skip=true package dependency:build-classpath \
      -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided.classpath >"$root/target-spark-build.log" 2>&1); then
    echo "spark-local: build failed, see $root/target-spark-build.log" >&2
    exit 1
  fi
  rm -f "$root/target-spark-build.log"
fi
# what spark-submit passes to its JVMs (org.apache.spark.launcher.JavaModuleOptions)
opts=$(sed -n 's:.*<spark.module.options>\(.*\)</spark.module.options>.*:\1:p' "$root/detente-spark/pom.xml")
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# on a local disk: no .crc file beside each output file, no chmod process per folder (LocalFiles), one rename per file, no dictionary pages
# (a month's file is small here); a cluster keeps its own settings. Metaspace and code cache sized for Spark's
# classes (left to grow, each step of their growth is a full GC: measured 2.4 s of pauses at 3k articles)
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $opts ${DETENTE_SPARK_JAVA_OPTS:--XX:+UseParallelGC -Xss4m -Xmx2g -XX:MetaspaceSize=256m -XX:ReservedCodeCacheSize=512m} \
  -Dspark.master="$master" -Dspark.ui.enabled=false -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
  -Dspark.hadoop.mapreduce.fileoutputcommitter.algorithm.version=2 -Dspark.hadoop.fs.file.impl=dev.detente.spark.LocalFiles \
  -Dspark.hadoop.parquet.enable.dictionary=false \
  -Dlog4j2.configurationFile="$root/scripts/spark-log4j2.properties" \
  -cp "$jar:$(cat "$cp_file")" dev.detente.spark.AnalyzeJob "$@"
