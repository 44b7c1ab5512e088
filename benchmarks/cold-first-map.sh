#!/usr/bin/env bash
# The analyst console's first map after sign-in, on a cold platform: for each run, a fresh local
# stack (nothing cached, every JVM just started), then the console's end-to-end script, whose first
# step signs in and times the map of a shared link.
#
#   benchmarks/cold-first-map.sh [runs]      # about 2.5 minutes a run
#
# Needs the packaged modules (./mvnw install -DskipTests), Node.js and Chromium (as the e2e tests).
# Stops any stack this script started in benchmarks/target/cold-stack; ports as deploy/local/up.
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/.."
stack=benchmarks/target/cold-stack
mkdir -p benchmarks/target
trap 'CM_LOCAL_DIR=$stack deploy/local/down >/dev/null 2>&1 || true' EXIT

for run in $(seq 1 "$runs"); do
  CM_LOCAL_DIR=$stack deploy/local/down >/dev/null 2>&1 || true
  rm -rf "$stack"
  CM_LOCAL_DIR=$stack deploy/local/up > benchmarks/target/cold-stack.log 2>&1 &
  until grep -q "Stop: Ctrl-C" benchmarks/target/cold-stack.log; do
    kill -0 $! 2>/dev/null || { echo "the stack did not start; see benchmarks/target/cold-stack.log" >&2; exit 1; }
    sleep 1
  done
  (cd console && GATEWAY=http://localhost:8080 SCREENSHOTS=../benchmarks/target/cold-shots node e2e/console.e2e.mjs) \
    | grep "first map drawn" | sed "s/^# /run $run: /"
done
