#!/usr/bin/env bash
# Benchmark: loading and verifying the seed catalogue.
#  1. the real service's start-up log line for the first film (five fresh starts of the packaged jar, and their
#     median: the figure is a cold JVM's and varies with whatever else the machine runs; target under 200 ms);
#  2. the first film in a plain JVM, cold and warm;
#  3. a synthetic catalogue of 100 films x 100 claims, cold and warm (target: under 2 s).
# Prints figures only; it asserts nothing. Run from anywhere: bench/catalogue.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B package -DskipTests
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "== start-up of the service (log line 'Catalogue loaded and verified'), 5 fresh starts"
spans=()
for i in 1 2 3 4 5; do
  log=$(mktemp)
  java -Dquarkus.http.port=0 -Dquarkus.management.port=0 -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:bench" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do grep -q "Listening on" "$log" && break; sleep 0.25; done
  echo "  start $i: $(grep -o 'Catalogue loaded and verified in [^:]*' "$log" || echo 'no log line'); $(grep -o 'started in [0-9.]*s' "$log" || true)"
  spans+=("$(grep -o 'Catalogue loaded and verified in [0-9.]*' "$log" | grep -o '[0-9.]*$' || true)")
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
done
echo "  median: $(printf '%s\n' "${spans[@]}" | sort -n | sed -n 3p) ms"

echo "== first film, in-process"
java -cp "$CP" io.cinequiz.catalog.CatalogueBenchmark seeds 20

synthetic=target/bench-seeds
rm -rf "$synthetic"
python3 bench/synthetic_catalogue.py "$synthetic" 100 100
echo "== synthetic catalogue, in-process"
java -cp "$CP" io.cinequiz.catalog.CatalogueBenchmark "$synthetic" 5
