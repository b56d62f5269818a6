#!/usr/bin/env bash
# Benchmark (issue 16): how much the database grows per unit of play, on the embedded H2 (the default) or PostgreSQL.
#   bench/growth.sh                     # H2: the file database, compacted (SHUTDOWN COMPACT) after each phase
#   DB=postgres bench/growth.sh         # PostgreSQL: builds with -Ppostgres, uses a database of its own
#                                       # (QUIZ_DB_URL's server; created and dropped), sums the tables' and indexes' sizes
# Phases, each after the last, measured as the growth of the database over its state before the phase:
#   sessions: N_SESSIONS sessions of 10 questions, each answered (a new player each, counted on its boards);
#   rooms:    N_ROOMS room games of 10 rounds, 3 players answering each round, then ended;
#   tokens:   N_TOKENS OpenTDB tokens, each serving one batch of 10 questions.
# Quotas are raised and fair-play flags off for the run (honest play raises none); rate limits are off.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-h2}
N_SESSIONS=${N_SESSIONS:-300}
N_ROOMS=${N_ROOMS:-60}
N_TOKENS=${N_TOKENS:-600}
PORT=${PORT:-18095}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
ADMIN_SECRET=bench-operator-secret-$RANDOM$RANDOM
work=$(mktemp -d)
pid=""
pgdb=bench_growth_$$
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  [ "$DB" = postgres ] && dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$DB" = postgres ]; then
  mvn -q -B package -DskipTests -Ppostgres
  createdb -h 127.0.0.1 -U postgres "$pgdb"
  db_env=(QUIZ_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb")
else
  mvn -q -B package -DskipTests
  db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/cinequiz;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
fi
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)

start() {
  env "${db_env[@]}" QUIZ_ADMIN_SECRET="$ADMIN_SECRET" java -Dquarkus.http.port="$PORT" \
    -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquiz.rate-limit.enabled=false \
    -Dquiz.quotas.opentdb-tokens-per-hour=1000000 -Dquiz.quotas.room-games-per-hour=1000000 \
    -Dquiz.fair-play.reading-base=0ms -Dquiz.fair-play.reading-per-character=0ms -Dquiz.fair-play.implausible-min-answers=1000000 \
    -jar target/quarkus-app/quarkus-run.jar >>"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
    sleep 0.2
  done
}
stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}
size() { # bytes the database takes now
  if [ "$DB" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d "$pgdb" -qAt -c "vacuum" -c "select sum(pg_total_relation_size(c.oid))
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'"
  else
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/cinequiz" -user sa -sql "SHUTDOWN COMPACT" >/dev/null
    stat -c %s "$work/cinequiz.mv.db"
  fi
}

start
key=$(curl -sf "http://127.0.0.1:$PORT/api/v1/admin/clients" -H "Authorization: Bearer $ADMIN_SECRET" \
  -H 'Content-Type: application/json' \
  -d '{"id":"growth","scopes":["play","rooms"],"sessionsPerHour":1000000,"openRooms":100000}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
stop
before=$(size)
echo "database ($DB) before play: $before bytes"
results=()
for phase in "sessions $N_SESSIONS session(s) of 10 answered questions" "rooms $N_ROOMS room game(s) of 10 rounds x 3 players" \
    "tokens $N_TOKENS OpenTDB token(s) serving 10 questions"; do
  read -r kind n what <<<"$phase"
  start
  java bench/Growth.java "http://127.0.0.1:$PORT" "$key" "$kind" "$n"
  stop
  after=$(size)
  results+=("$(python3 -c "print(f'{$after - $before:>10,} bytes for $n $what: {($after - $before) / $n:,.0f} bytes each')")")
  before=$after
done
echo
echo "growth of the $DB database per unit of play:"
printf '  %s\n' "${results[@]}"
