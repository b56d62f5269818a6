#!/usr/bin/env bash
# Writes an AppCDS archive for the packaged service (docs/startup.md): the classes a start loads, already parsed and
# verified, which the JVM maps instead of loading them from the jars again. Java 17 uses it only when asked:
#   java -XX:SharedArchiveFile=ARCHIVE -jar JAR
# and only with the same JVM build and the same jar files (otherwise it says so and starts without it).
#
# Usage: app-cds.sh JAR ARCHIVE [start|static] [java options...]
#   start  (default) a training run: starts the service, waits until it has started (the port opens only when the
#          catalogue is verified, the questions generated and the database migrated), asks /q/health/ready, stops it
#          with SIGTERM; the JVM writes the archive as it exits. Needs its database: the H2 build makes a throwaway
#          one in a temporary folder; the PostgreSQL build uses the one QUIZ_DB_URL names.
#   static Quarkus's own generation (-Dquarkus.appcds.generate=true): the start stops after the static
#          initialisation, before any database is touched. Fewer classes, but no database needed (the PostgreSQL image).
# The java options are passed to both runs (say the heap settings the archive will be used with). Run it from the
# folder the service will run in: the seeds come from ./seeds unless -Dquiz.seeds.dir says otherwise.
set -euo pipefail
jar=$1
archive=$2
mode=${3:-start}
shift $(( $# < 3 ? $# : 3 ))
port=${APP_CDS_PORT:-18099}
management=$((port + 1)) # health lives on the management interface
seeds=$PWD/seeds
jar=$(realpath "$jar")
archive=$(realpath -m "$archive")
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
# The run's output (and the JVM's list of classes it could not archive) is shown only if it fails.
failed() { cat "$work/log" >&2; echo "app-cds.sh: $1" >&2; exit 1; }
rm -f "$archive"
case "$mode" in
  static)
    java "$@" -XX:ArchiveClassesAtExit="$archive" -Dquarkus.appcds.generate=true -jar "$jar" >"$work/log" 2>&1 \
      || failed "the static initialisation failed"
    ;;
  start)
    # From a folder of its own, so that the H2 build's ./data is a throwaway one (the PostgreSQL build uses QUIZ_DB_URL).
    (cd "$work" && exec java -Dquiz.seeds.dir="$seeds" "$@" -XX:ArchiveClassesAtExit="$archive" \
      -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port="$management" \
      -Dquarkus.management.host=127.0.0.1 -jar "$jar" >"$work/log" 2>&1) &
    pid=$!
    until { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; do
      kill -0 "$pid" 2>/dev/null || failed "the training run stopped before it was ready"
      sleep 0.2
    done
    exec 3>&-
    exec 3<>"/dev/tcp/127.0.0.1/$management"
    printf 'GET /q/health/ready HTTP/1.0\r\n\r\n' >&3
    grep -q '^HTTP/1.[01] 200' <&3 || failed "the training run is not ready"
    kill -TERM "$pid"
    wait "$pid" || true
    pid=
    ;;
  *)
    echo "usage: app-cds.sh JAR ARCHIVE [start|static] [java options...]" >&2
    exit 2
    ;;
esac
[ -s "$archive" ] || failed "no archive written"
echo "AppCDS archive: $archive ($(( $(stat -c %s "$archive") / 1048576 )) MB)"
