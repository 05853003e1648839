# syntax=docker/dockerfile:1
#
# Container image of the Téléservices portal.
#
#   docker build -t teleservices .
#   docker run -p 8080:8080 \
#     -e SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/teleservices \
#     -e SPRING_DATASOURCE_USERNAME=teleservices_app \
#     -e SPRING_DATASOURCE_PASSWORD=... \
#     -e PORTAL_MIGRATION_USER=teleservices_owner -e PORTAL_MIGRATION_PASSWORD=... \
#     teleservices
#
# Database: the image runs the production profile, always against an external PostgreSQL given by
# the standard Spring Boot variables
#   SPRING_DATASOURCE_URL       JDBC URL, e.g. jdbc:postgresql://host:5432/teleservices
#   SPRING_DATASOURCE_USERNAME  the runtime role the portal connects as (DD030: it owns nothing)
#   SPRING_DATASOURCE_PASSWORD  its password (pass it as a secret, not baked into the image)
#   PORTAL_MIGRATION_USER/_PASSWORD  the schema's owner, as whom Flyway migrates at start-up
# Without SPRING_DATASOURCE_URL the start stops at once with a message saying so: the embedded
# PostgreSQL and the demo data are for ./mvnw spring-boot:run only, never for this image.
#
# JVM options: set JAVA_TOOL_OPTIONS, e.g. -e JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75".
# Needs a Docker engine with BuildKit (the default builder of current Docker) for the cache mounts.

# ---------------------------------------------------------------------------------------------
# Build stage: the production jar (Vaadin production bundle, no vaadin-dev).
FROM eclipse-temurin:25-jdk AS build

# Build as a non-root user: the jOOQ code generation in generate-sources starts a throw-away
# embedded PostgreSQL, and PostgreSQL's initdb refuses to run as root.
RUN useradd --create-home --uid 10001 --user-group build \
 && install -d -o build -g build /build
USER build
WORKDIR /build

COPY --chown=build:build . .

# ~/.m2 (Maven and its repository) and ~/.vaadin (the Node.js Vaadin may fetch for the frontend
# build) are cache mounts: reused between builds, never part of the image.
RUN --mount=type=cache,target=/home/build/.m2,uid=10001,gid=10001 \
    --mount=type=cache,target=/home/build/.vaadin,uid=10001,gid=10001 \
    ./mvnw -B -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/teleservices-*.jar extract --destination /build/extracted \
 && mv /build/extracted/teleservices-*.jar /build/extracted/app.jar

# ---------------------------------------------------------------------------------------------
# Runtime stage: JRE only, non-root.
FROM eclipse-temurin:25-jre

RUN groupadd --gid 10001 portal \
 && useradd --uid 10001 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal \
 && install -d -o portal -g portal /app /app/data

WORKDIR /app
# The jar extracted (app.jar and lib/): classes are read from plain jars, not from jars nested in
# one, and the JVM can keep them in an ahead-of-time cache.
COPY --from=build --chown=portal:portal /build/extracted/ /app/

USER portal

# The ahead-of-time cache (JDK 25, JEP 483/514): a training start, on a throw-away embedded
# PostgreSQL with the demo data, ends once Spring's context is ready and the JVM writes the classes
# it loaded and linked to app.aot; each real start reads them from there (README "Benchmarks": the
# start's row). It must be made by this image's JVM with this class path, hence here. A JVM option
# that changes the collector at run time makes the JVM start without the cache, not fail.
RUN java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
        --portal.embedded-database.data-directory= --server.port=0 --management.server.port=0 \
 && test -s app.aot

EXPOSE 8080

# Readiness on the management port (8081, loopback: the health check runs inside the container):
# 200 once Flyway has migrated and the database answers. Plain bash: no curl or wget in this image.
# Prometheus scrapes the same port from outside with MANAGEMENT_ADDRESS=0.0.0.0 and a published
# 8081 that the public proxy never forwards. The start period covers Flyway migrations. The
# production profile starts only with SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD and
# PORTAL_MIGRATION_USER/_PASSWORD (no embedded server, no demo data, real SMS gateway).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -c 12 <&3 | grep -Eq '^HTTP/1\\.[01] 200'"]

ENV SPRING_PROFILES_ACTIVE=production
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
