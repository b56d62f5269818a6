#!/usr/bin/env bash
# Benchmark (issue 4): answer submission throughput on H2 with the kill -9 guarantee in force (a file database with
# WRITE_DELAY=0, as in production), against the ceiling (GET /api/v1/info, wrk -t2 -c64) measured in the same run,
# and the storage limit (the same durable writes without HTTP).
# Rate limits stay on (their cost is measured) with buckets too large to ever empty.
# Target: 10% or more of the ceiling, within a factor of 2 of the storage limit, p99 under 20 ms at 64 connections.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
ADMIN_SECRET=bench-operator-secret-$RANDOM$RANDOM
SECONDS_EACH=${SECONDS_EACH:-30}
THREADS=${THREADS:-64}
POOL=$(sed -nE 's/^quarkus.datasource.jdbc.max-size=([0-9]+).*/\1/p' src/main/resources/application.properties)
POOL=${POOL:-20}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
QUIZ_ADMIN_SECRET=$ADMIN_SECRET java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dquiz.rate-limit.capacity=1000000000 -Dquiz.rate-limit.refill-tokens=1000000000 \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/cinequiz;WRITE_DELAY=0" \
  -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.1
done
base="http://127.0.0.1:$PORT"
# The players are a bot's (an API client with the play scope and no session quota to speak of).
export BENCH_API_KEY=$(curl -sf "$base/api/v1/admin/clients" -H "Authorization: Bearer $ADMIN_SECRET" \
  -H 'Content-Type: application/json' -d '{"id":"bench","scopes":["play"],"sessionsPerHour":1000000}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')

# Warm-up: the JIT takes minutes on 2 cores (measured here: 134, 230, 303, 430, 742 answers/s in five 20-second rounds
# from a cold start, then steady). Rounds of the same load until at least 3 have run and the last two agree within 10%.
prev=0
for round in $(seq 1 "${WARMUP_ROUNDS:-12}"); do
  line=$(java bench/AnswerLoad.java "$base" "$THREADS" 20)
  echo "warm-up round $round (20 s): $line"
  rate=$(echo "$line" | sed -E 's/.*answers\/s=([0-9.]+).*/\1/')
  if python3 -c "import sys; sys.exit(0 if $round >= 3 and abs($rate - $prev) <= 0.1 * $prev else 1)"; then break; fi
  prev=$rate
done
wrk -t2 -c64 -d30s "$base/api/v1/info" >/dev/null
ceiling=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$base/api/v1/info" | awk '/Requests\/sec/ {print $2}')
answers=$(java bench/AnswerLoad.java "$base" "$THREADS" "$SECONDS_EACH")
# The same 64 connections paced at an eighth, a quarter and half of that rate: the latency below saturation, without
# the queue a saturated closed loop builds (there, by Little's law, an answer's time is about THREADS / rate / 2).
paced=""
for share in 8 4 2; do
  target=$(echo "$answers" | sed -E 's/.*answers\/s=([0-9.]+).*/\1/' | awk -v s=$share '{printf "%d", $1 / s}')
  paced="$paced  paced at 1/$share of it ($target/s): $(java bench/AnswerLoad.java "$base" "$THREADS" "$SECONDS_EACH" "$target")"$'\n'
done
rss=$(( $(ps -o rss= -p $pid) / 1024 ))
kill $pid; wait $pid 2>/dev/null || true

h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
# The storage limit is the best the database does: measured with as many threads as sessions, and with as many as the
# service's connection pool has; the higher figure counts.
storage=""; limit=0
for threads in "$THREADS" "$POOL"; do
  rm -rf "$work"/storage*
  line=$(java -cp "$h2" bench/StorageLimit.java "$work/storage" "$threads" "$SECONDS_EACH" src/main/resources/db/migration 30)
  storage="$storage$line"$'\n'
  rate=$(echo "$line" | sed -E 's/.*= ([0-9.]+)\/s/\1/')
  limit=$(python3 -c "print(max($limit, $rate))")
done

echo
echo "ceiling GET /api/v1/info (wrk -t2 -c64): $ceiling requests/s"
echo "answers over HTTP ($THREADS concurrent sessions, each GET next + POST answer): $answers"
printf '%s' "$paced"
printf '%s' "$storage"
rate=$(echo "$answers" | sed -E 's/.*answers\/s=([0-9.]+).*/\1/')
python3 -c "print(f'answers/s vs ceiling: {$rate / $ceiling * 100:.1f}%   vs storage limit: {$rate / $limit * 100:.0f}% (factor {$limit / max($rate, 1):.2f})')"
echo "RSS after load: ${rss} MB"
