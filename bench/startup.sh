#!/usr/bin/env bash
# Benchmark (issue 14): start-up of the service against a minimal Quarkus application built in the same run.
#  - minimal: generated in a temporary folder, on the same Quarkus BOM; quarkus-rest-jackson,
#    quarkus-hibernate-orm-panache and quarkus-jdbc-h2 only; one Panache entity, one endpoint that lists it
#    (GET /greetings), an H2 file database whose table Hibernate creates (schema-management update). It has no health
#    endpoint: it is ready at the first 200 from GET /greetings, which reads the database through Hibernate.
#  - service: the H2 build (mvn package), run as the README runs it, java -jar target/quarkus-app/quarkus-run.jar, the
#    seeds of ./seeds, the H2 file database ./data/cinequiz relative to its working folder. Ready at the first 200 from
#    /q/health/ready (on the management port, PORT + 1): catalogue verified, questions generated, Flyway migrations
#    applied.
# Each run gives each application a fresh working folder (so a fresh ./data): a first start on the empty database
# (Flyway applies the service's 6 migrations; Hibernate creates the minimal table), then a restart on the database
# that start left (Flyway finds the schema up to date). The restart is the normal case and the target figure.
# The applications take turns (minimal, service, minimal, service), so that other load on this 2-core machine falls on
# both alike. Time to ready: from the launch of java to the first 200. CPU: the JVM's user+system time at that moment
# (less sensitive to other load than the wall time). Idle RSS: VmRSS from /proc/<pid>/status IDLE seconds after ready.
# Targets: service / minimal at most 1.5 for the median time to ready and for the median idle RSS, both started with a
# plain java -jar (the target figure). With CDS=1 (the default) both are also built as the Dockerfile builds the image
# (Quarkus's aot-jar layout, quarkus.package.jar.aot.enabled) and run with an AppCDS archive of their own made by a
# training run (one start to ready, then SIGTERM): the service's by src/main/docker/app-cds.sh, as in the H2 image.
# Prints figures only; it asserts nothing. Run from anywhere: bench/startup.sh  (RUNS=5 IDLE=5 CDS=1 PORT=18092)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
RUNS=${RUNS:-5}
IDLE=${IDLE:-5}
CDS=${CDS:-1}
PORT=${PORT:-18092}
QUARKUS=$(sed -nE 's|.*<quarkus.platform.version>(.+)</quarkus.platform.version>.*|\1|p' pom.xml)
work=$(mktemp -d)
# start() runs in a subshell ($(...)): the JVM it started is named in $work/pid until it stops.
trap 'if [ -s "$work/pid" ]; then kill "$(cat "$work/pid")" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# ---- the minimal application ----
minimal=$work/minimal
mkdir -p "$minimal/src/main/java/org/acme" "$minimal/src/main/resources"
cat >"$minimal/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>minimal</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus.platform</groupId>
        <artifactId>quarkus-bom</artifactId>
        <version>$QUARKUS</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-hibernate-orm-panache</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-jdbc-h2</artifactId></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>io.quarkus.platform</groupId>
        <artifactId>quarkus-maven-plugin</artifactId>
        <version>$QUARKUS</version>
        <extensions>true</extensions>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
      </plugin>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF
cat >"$minimal/src/main/java/org/acme/Greeting.java" <<'EOF'
package org.acme;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Greeting extends PanacheEntity {
    public String text;
}
EOF
cat >"$minimal/src/main/java/org/acme/GreetingResource.java" <<'EOF'
package org.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/greetings")
public class GreetingResource {
    @GET
    public List<Greeting> list() {
        return Greeting.listAll();
    }
}
EOF
cat >"$minimal/src/main/resources/application.properties" <<'EOF'
quarkus.datasource.db-kind=h2
quarkus.datasource.jdbc.url=jdbc:h2:file:./data/minimal
quarkus.hibernate-orm.schema-management.strategy=update
EOF

echo "== building the minimal application (Quarkus $QUARKUS) and the service (H2 build)"
AOT=(-Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AppCDS)
build() { # folder copy-to [mvn options...]: mvn package there (its output shown only if it fails), then a copy
  local dir=$1 copy=$2
  shift 2
  (cd "$dir" && mvn -B package -DskipTests "$@" >"$work/build.log" 2>&1) || { cat "$work/build.log"; exit 1; }
  rm -rf "$copy"
  cp -r "$dir/target/quarkus-app" "$copy"
  rm -f "$copy/app-cds.jsa" # Quarkus's own, of the static initialisation only: the training runs below make better
}
if [ "$CDS" = 1 ]; then
  build "$minimal" "$work/minimal-aot" "${AOT[@]}"
  build "$repo" "$work/service-aot" "${AOT[@]}"
fi
build "$minimal" "$work/minimal-jar"
build "$repo" "$work/service-jar" # the last build leaves the repository's target/ as mvn package does

# ---- one start: launch, wait until ready, wait IDLE seconds, read the RSS, stop (SIGTERM) ----
# Quarkus opens its port only once started: the port is polled first (a bash built-in, no process), then the URL.
tick=$(getconf CLK_TCK)
mkfifo "$work/tick"
exec 9<>"$work/tick" # a pause of 20 ms is a read with a timeout on this pipe, which nothing writes to
pause() { read -r -t 0.02 -u 9 || true; }
start() { # folder url command... -> "ready_ms cpu_ms rss_mb"
  local dir=$1 url=$2 t0 pid ready stat
  shift 2
  t0=$(date +%s%N)
  (cd "$dir" && exec "$@" >>"$dir/log" 2>&1) &
  pid=$!
  echo "$pid" >"$work/pid"
  alive() { kill -0 "$pid" 2>/dev/null || { echo "did not start: $*" >&2; tail -20 "$dir/log" >&2; exit 1; }; }
  until { exec 3<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null; do alive "$@"; pause; done
  exec 3>&-
  until curl -sf -o /dev/null "$url"; do alive "$@"; pause; done
  ready=$(( ($(date +%s%N) - t0) / 1000000 ))
  read -r -a stat <<<"$(sed 's/.*) //' "/proc/$pid/stat")"
  sleep "$IDLE"
  echo "$ready $(( (stat[11] + stat[12]) * 1000 / tick )) $(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  : >"$work/pid"
}
minimal_run() { # folder application-folder [java options...]
  local dir=$1 app=$2
  shift 2
  start "$dir" "http://127.0.0.1:$PORT/greetings" java "$@" -Dquarkus.http.port="$PORT" -jar "$app/quarkus-run.jar"
}
service_run() { # folder application-folder [java options...]
  local dir=$1 app=$2
  shift 2
  start "$dir" "http://127.0.0.1:$((PORT + 1))/q/health/ready" java "$@" -Dquarkus.http.port="$PORT" \
    -Dquarkus.management.port=$((PORT + 1)) -Dquiz.seeds.dir="$repo/seeds" -jar "$app/quarkus-run.jar"
}
minimal() { minimal_run "$1" "$work/minimal-jar"; }
service() { service_run "$1" "$work/service-jar"; }
minimal+cds() { minimal_run "$1" "$work/minimal-aot" -XX:SharedArchiveFile="$work/minimal-aot/app-cds.jsa"; }
service+cds() { service_run "$1" "$work/service-aot" -XX:SharedArchiveFile="$work/service-aot/app-cds.jsa"; }

apps=(minimal service)
if [ "$CDS" = 1 ]; then
  echo "== AppCDS archives: training runs"
  mkdir -p "$work/training"
  minimal_run "$work/training" "$work/minimal-aot" -XX:ArchiveClassesAtExit="$work/minimal-aot/app-cds.jsa" >/dev/null
  (cd "$repo" && APP_CDS_PORT=$PORT src/main/docker/app-cds.sh "$work/service-aot/quarkus-run.jar" \
    "$work/service-aot/app-cds.jsa" start)
  apps+=(minimal+cds service+cds)
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
printf '%-4s %-12s %-8s %9s %7s %7s\n' run app start ready_ms cpu_ms rss_mb
declare -A figures
for run in $(seq 1 "$RUNS"); do
  for app in "${apps[@]}"; do mkdir -p "$work/run$run/$app"; done
  for phase in first restart; do
    for app in "${apps[@]}"; do
      line=$("$app" "$work/run$run/$app")
      figures[$app.$phase]+="$line"$'\n'
      read -r ready cpu rss <<<"$line"
      printf '%-4s %-12s %-8s %9s %7s %7s\n' "$run" "$app" "$phase" "$ready" "$cpu" "$rss"
    done
  done
done

median() { # app.phase column (1 ready, 2 cpu, 3 rss)
  awk -v c="$2" 'NF {print $c}' <<<"${figures[$1]}" | sort -n \
    | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
echo
echo "== medians of $RUNS runs"
printf '%-12s %-8s %9s %7s %7s\n' app start ready_ms cpu_ms rss_mb
for phase in first restart; do
  for app in "${apps[@]}"; do
    printf '%-12s %-8s %9s %7s %7s\n' "$app" "$phase" "$(median "$app.$phase" 1)" "$(median "$app.$phase" 2)" \
      "$(median "$app.$phase" 3)"
  done
done

ratios() { # service minimal title
  echo "$3"
  for phase in restart first; do
    python3 - "$phase" "$(median "$1.$phase" 1)" "$(median "$2.$phase" 1)" "$(median "$1.$phase" 2)" \
      "$(median "$2.$phase" 2)" "$(median "$1.$phase" 3)" "$(median "$2.$phase" 3)" <<'PY'
import sys
phase, *v = sys.argv[1:]
ready, cpu, rss = (float(v[0]) / float(v[1]), float(v[2]) / float(v[3]), float(v[4]) / float(v[5]))
verdict = lambda r: "within" if r <= 1.5 else "OVER"
what = "restart on an existing database" if phase == "restart" else "first start on an empty database"
print(f"  {what:33s} time to ready {ready:.2f}x ({verdict(ready)} 1.5x), idle RSS {rss:.2f}x ({verdict(rss)} 1.5x),"
      f" CPU to ready {cpu:.2f}x")
PY
  done
}
echo
echo "== service / minimal"
ratios service minimal "both with java -jar, the target figure (the restart is the normal case):"
if [ "$CDS" = 1 ]; then
  ratios service+cds minimal+cds "both as the Dockerfile runs the service (aot-jar with its AppCDS archive):"
  ratios service+cds minimal "the service as the H2 image runs it against the minimal application's java -jar:"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
