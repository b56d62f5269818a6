#!/usr/bin/env bash
# Benchmark (issue 16): what verifying an API key costs. In one run of the packaged service (H2 in memory, rate limits
# on with buckets too large to empty, so that every request goes through the limiter), wrk -t2 -c64 measures
# GET /api/v1/info without a key (the address's bucket), with a verified client's key (the key's SHA-256, the cache of
# verified keys, the client's bucket), and with a fresh unknown key per request (a 401 each: a database lookup,
# charged to the address), in alternating rounds after a warm-up; it prints the median requests/s of each and the
# keyed/unkeyed ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18093}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-3}
ADMIN_SECRET=bench-operator-secret-$RANDOM$RANDOM
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
QUIZ_ADMIN_SECRET=$ADMIN_SECRET java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  -Dquiz.rate-limit.capacity=1000000000 -Dquiz.rate-limit.refill-tokens=1000000000 \
  -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.1
done
base="http://127.0.0.1:$PORT"
key=$(curl -sf "$base/api/v1/admin/clients" -H "Authorization: Bearer $ADMIN_SECRET" -H 'Content-Type: application/json' \
  -d '{"id":"bench","scopes":["play"],"requestsPerSecond":100000,"burst":1000000}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
cat >"$work/fresh-key.lua" <<'LUA'
-- a new, unknown X-API-Key on every request
request = function()
  return wrk.format("GET", "/api/v1/info", { ["X-API-Key"] = "ck_" .. math.random(1, 2^31) .. math.random(1, 2^31) })
end
LUA

run() { # label, wrk arguments... -> "rps non2xx"
  local out
  out=$(wrk -t2 -c64 -d"$DURATION" "${@:2}" "$base/api/v1/info")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/Non-2xx/ {print $5}')"
}
wrk -t2 -c64 -d30s "$base/api/v1/info" >/dev/null                          # warm-up: the JIT, both paths
wrk -t2 -c64 -d30s -H "X-API-Key: $key" "$base/api/v1/info" >/dev/null

unkeyed=(); keyed=(); fresh=(); refused=""
for round in $(seq 1 "$ROUNDS"); do
  read -r rps _ < <(run unkeyed); unkeyed+=("$rps")
  read -r rps _ < <(run keyed -H "X-API-Key: $key"); keyed+=("$rps")
  read -r rps non2xx < <(run fresh -s "$work/fresh-key.lua"); fresh+=("$rps"); refused=$non2xx
  echo "round $round: unkeyed ${unkeyed[-1]}/s, keyed ${keyed[-1]}/s, fresh unknown key ${fresh[-1]}/s"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
u=$(median "${unkeyed[@]}"); k=$(median "${keyed[@]}"); f=$(median "${fresh[@]}")
echo
echo "GET /api/v1/info, wrk -t2 -c64, $DURATION x $ROUNDS rounds, medians:"
echo "  without a key (the address's bucket):            $u requests/s"
echo "  with a verified client's key (its own bucket):   $k requests/s"
echo "  with a fresh unknown key per request (401 each): $f requests/s (non-2xx in the last round: ${refused:-0})"
python3 -c "print(f'keyed / unkeyed: {$k / $u * 100:.1f}% (overhead {(1 - $k / $u) * 100:.1f}%)')"
echo "RSS after load: $(( $(ps -o rss= -p $pid) / 1024 )) MB"
