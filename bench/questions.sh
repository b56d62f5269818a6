#!/usr/bin/env bash
# Benchmark: the question endpoints against a trivial endpoint of the same application (the ceiling).
# Builds the jar, starts it, measures start-up time to ready, then with wrk (-t2 -c64) measures
#   GET /api/v1/info (ceiling), GET /api/v1/questions?amount=10, GET /api/v1/questions/{id}
# and prints requests/s, p50/p99 latency, the ratio to the ceiling, and the RSS after the load.
# Target (issue 3): question endpoints at 50% or more of the ceiling with p99 under 10 ms at 64 connections.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18089}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
DURATION=${DURATION:-15s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

mvn -q -B package -DskipTests
log=$(mktemp)
start=$(date +%s%N)
java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench" -Dquiz.rate-limit.capacity=1000000000 -Dquiz.rate-limit.refill-tokens=1000000000 \
  -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
base="http://127.0.0.1:$PORT"
id=$(curl -s "$base/api/v1/questions?amount=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

for path in /api/v1/info "/api/v1/questions?amount=10" "/api/v1/questions/$id"; do
  wrk -t2 -c64 -d"${WARMUP:-10s}" "$base$path" >/dev/null # warm-up: let the JIT compile every path first
done

run() { # name path -> "rps|p50|p99|errors"
  out=$(wrk -t2 -c64 -d"$DURATION" --latency "$base$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  echo "$1|$rps|$p50|$p99|$errors"
}

ceiling=$(run "ceiling   GET /api/v1/info" /api/v1/info)
list=$(run "questions GET /api/v1/questions?amount=10" "/api/v1/questions?amount=10")
one=$(run "question  GET /api/v1/questions/{id}" "/api/v1/questions/$id")
ceiling_rps=$(echo "$ceiling" | cut -d'|' -f2)

echo
echo "start-up to ready: ${ready_ms} ms ($(grep -o 'started in [0-9.]*s' "$log"))"
printf '%-45s %12s %10s %10s %8s  %s\n' endpoint requests/s p50 p99 ratio errors
for line in "$ceiling" "$list" "$one"; do
  IFS='|' read -r name rps p50 p99 errors <<<"$line"
  ratio=$(python3 -c "print(f'{$rps / $ceiling_rps * 100:.0f}%')")
  printf '%-45s %12s %10s %10s %8s  %s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$errors"
done
echo "RSS after load: $(( $(ps -o rss= -p $pid) / 1024 )) MB"
