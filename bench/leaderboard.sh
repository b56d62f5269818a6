#!/usr/bin/env bash
# Benchmark (issue 5): leaderboards at 1,000,000 players while games keep being counted, on H2 (a file database with
# WRITE_DELAY=0, as in production) and on PostgreSQL (a database of its own, created here and dropped afterwards).
# Runs src/test/java/io/cinequiz/leaderboard/LeaderboardBenchmark.java inside the service (the service's own read and
# write code): bulk load, then top 10 / rank / around / deepest page from one reader while writer threads count games.
# Targets: top 10 p99 under 2 ms, rank of a random player p99 under 5 ms. Prints figures only; it asserts nothing.
#   LB_PLAYERS (1000000)  LB_WARMUP (30 s)  LB_SECONDS (30 s per kind of read)  LB_WRITERS (1)  LB_WRITE_RATE (0: as fast as they can)
#   DATABASES ("h2 postgresql")  PG_HOST (127.0.0.1)  PG_DB (cinequiz_lb_bench)
#   H2_OPTIONS (""; ";OPTIMIZE_REUSE_RESULTS=0" measures H2 without its cache of the last result of a query)
set -euo pipefail
cd "$(dirname "$0")/.."
export LB_PLAYERS=${LB_PLAYERS:-1000000} LB_WARMUP=${LB_WARMUP:-30} LB_SECONDS=${LB_SECONDS:-30}
export LB_WRITERS=${LB_WRITERS:-1} LB_WRITE_RATE=${LB_WRITE_RATE:-0}
DATABASES=${DATABASES:-h2 postgresql}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_DB=${PG_DB:-cinequiz_lb_bench}
H2_OPTIONS=${H2_OPTIONS:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

benchmark() {
  local log="$work/bench.log"
  if ! mvn -B test -Dtest=LeaderboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" >"$log" 2>&1; then
    tail -60 "$log"
    return 1
  fi
  grep '^LB-BENCH' "$log" | sed 's/^LB-BENCH /  /'
  machine
}

# Other work on this machine shows in the tails: say how busy it was.
machine() {
  echo "  machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)$( [ -r /proc/pressure/cpu ] \
    && echo ", CPU pressure (share of time some task waited for a CPU) $(awk '/some/ {print $2, $3}' /proc/pressure/cpu)")"
}

for db in $DATABASES; do
  case $db in
    h2)
      echo "== H2, file database with WRITE_DELAY=0$H2_OPTIONS"
      _TEST_QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/h2/cinequiz;WRITE_DELAY=0$H2_OPTIONS" benchmark
      echo "  database files: $(du -sh "$work/h2" | cut -f1)"
      rm -rf "$work/h2"
      ;;
    postgresql)
      echo "== PostgreSQL at $PG_HOST, database $PG_DB"
      dropdb --if-exists -h "$PG_HOST" -U postgres "$PG_DB"
      createdb -h "$PG_HOST" -U postgres "$PG_DB"
      QUIZ_DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DB" benchmark -Ppostgres
      echo "  database size: $(psql -h "$PG_HOST" -U postgres -Atc "select pg_size_pretty(pg_database_size('$PG_DB'))")"
      dropdb -h "$PG_HOST" -U postgres "$PG_DB"
      ;;
  esac
done
