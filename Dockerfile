# cinequiz: built with Maven, run on a slim Java 17 runtime as a non-root user, on port 8080 (the API) and 9000 (health
# and metrics, for probes and Prometheus only).
#
#   docker build --build-arg DB=postgres -t cinequiz:0.1.0 .   # PostgreSQL (QUIZ_DB_URL, ...): what k8s/ runs
#   docker build -t cinequiz:0.1.0-h2 .                         # embedded H2 under /app/data: mount a volume there
#
# Quarkus fixes the database kind at build time (README, "PostgreSQL"), hence one image per database. The tests are
# not run here: .ci/run runs them on both databases. The image starts with an AppCDS archive made in it by the same JVM
# (docs/startup.md): the classes a start loads, already parsed and verified.

# ---- build: dependencies first (a layer that changes only with pom.xml), then the application ----
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
# go-offline misses some plugins' own dependencies; building the empty project fetches those too, so that the
# application's build below needs nothing more from the network (checked with mvn -o).
RUN mvn -B -q dependency:go-offline quarkus:go-offline \
    && mvn -B -q package -DskipTests \
    && rm -rf target
COPY src ./src
ARG DB=h2
# aot.enabled: every library on the JVM's class path (Quarkus's aot-jar layout), where AppCDS can archive their classes,
# and a start that stops after the static initialisation on request (app-cds.sh static). Not for a plain java -jar:
# without its archive this layout starts slower than the default fast-jar.
RUN case "$DB" in \
      h2) profile="" ;; \
      postgres) profile="-Ppostgres" ;; \
      *) echo "DB must be h2 or postgres, not '$DB'" >&2; exit 1 ;; \
    esac \
    && mvn -B package -DskipTests $profile -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AppCDS

# ---- runtime: the JRE, the Quarkus fast-jar (libraries first: they change least) and the seeds ----
FROM eclipse-temurin:17.0.17_10-jre-noble
ARG DB=h2
LABEL org.opencontainers.image.title="cinequiz" \
      org.opencontainers.image.description="Film-trivia quiz service built on verified, sourced facts" \
      org.opencontainers.image.version="0.1.0" \
      io.cinequiz.database="${DB}"
RUN groupadd --system --gid 10001 cinequiz \
    && useradd --system --uid 10001 --gid cinequiz --home-dir /app --no-create-home --shell /usr/sbin/nologin cinequiz \
    && mkdir -p /app/data \
    && chown cinequiz:cinequiz /app/data
WORKDIR /app
COPY --from=build /build/target/quarkus-app/lib/ ./lib/
COPY --from=build /build/target/quarkus-app/*.jar ./
COPY --from=build /build/target/quarkus-app/app/ ./app/
COPY --from=build /build/target/quarkus-app/quarkus/ ./quarkus/
# quiz.seeds.dir defaults to "seeds", relative to the working directory /app.
COPY seeds/ ./seeds/

# The heap follows the container's memory limit; a JVM out of memory exits so that the orchestrator restarts it.
# Logs: one JSON object per line for log collectors (a local run logs plain lines).
ENV QUARKUS_LOG_CONSOLE_JSON_ENABLED=true
# Swagger UI is for trying the API on a local run; a deployed service publishes its contract at /q/openapi only.
ENV QUARKUS_SWAGGER_UI_ENABLE=false
# Health and metrics (port 9000) listen on every interface of the container, for probes and Prometheus; a local run
# keeps them on 127.0.0.1. The Kubernetes Service exposes 8080 only.
ENV QUARKUS_MANAGEMENT_HOST=0.0.0.0
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# The AppCDS archive, by this image's JVM: the H2 image from a training run (a start to ready on a throwaway database,
# then SIGTERM), the PostgreSQL image from the static initialisation alone (no database here to start against).
COPY src/main/docker/app-cds.sh /tmp/
RUN case "$DB" in h2) mode=start ;; *) mode=static ;; esac \
    && bash /tmp/app-cds.sh /app/quarkus-run.jar /app/app-cds.jsa "$mode" $JAVA_OPTS \
    && rm /tmp/app-cds.sh
EXPOSE 8080 9000
USER 10001:10001
# exec: java is PID 1 and gets SIGTERM itself, for a graceful shutdown. A JVM that cannot use the archive (another
# build, say) says so once and starts without it.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/app-cds.jsa -jar /app/quarkus-run.jar"]
