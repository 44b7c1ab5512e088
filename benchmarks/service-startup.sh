#!/usr/bin/env bash
# Measures how long a packaged service takes from launch to ready, and its idle memory (RSS).
#
#   benchmarks/service-startup.sh actors-service [runs]
#
# The service's usual environment (QUARKUS_DATASOURCE_*, QUARKUS_OIDC_AUTH_SERVER_URL, …) is passed
# through; build it first with ./mvnw -pl <module> -am package -DskipTests.
set -euo pipefail
module=${1:?usage: $0 <module> [runs]}
runs=${2:-5}
cd "$(dirname "$0")/.."
jar="$module/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "No $jar: run ./mvnw -pl $module -am package -DskipTests first" >&2; exit 1; }
port=${QUARKUS_HTTP_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')}
management_port=$((port + 1000))  # health on the management interface
java_opts=${JAVA_OPTS:-}
java_bin=${JAVA_BIN:-java}

for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port "$java_bin" $java_opts -jar "$jar" > "/tmp/$module-startup-$run.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$management_port/q/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "run $run: $module died, see /tmp/$module-startup-$run.log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 5
  rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
  echo "run $run: ready in ${ready_ms} ms, RSS after 5 s idle ${rss_mb} MB"
  kill $pid; wait $pid 2>/dev/null || true
done
