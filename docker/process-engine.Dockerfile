# CareFlow's process engine: Operaton on Spring Boot (process-engine/), reached over its REST API
# on the stack's private network only, with HTTP basic credentials (PROCESS_ENGINE_PASSWORD).
#
# Build from the repository root:
#   docker build -f docker/process-engine.Dockerfile -t careflow-process-engine .

# Java 17, as process-engine/pom.xml targets; Maven's plugin versions are pinned by its parent POM.
ARG MAVEN_IMAGE=maven:3.9-eclipse-temurin-17
ARG JRE_IMAGE=eclipse-temurin:17-jre

# ---------------------------------------------------------------------------------------------
# build: dependencies first (cached until pom.xml changes), then the sources.
FROM ${MAVEN_IMAGE} AS build
WORKDIR /src
COPY process-engine/pom.xml ./pom.xml
RUN mvn -B -q dependency:go-offline
COPY process-engine/src ./src
RUN mvn -B -q package -DskipTests

# ---------------------------------------------------------------------------------------------
# runtime: the jar and a JRE, run as an unprivileged user.
FROM ${JRE_IMAGE} AS runtime
RUN groupadd --system --gid 10002 operaton \
    && useradd --system --uid 10002 --gid operaton --no-create-home --shell /usr/sbin/nologin operaton
WORKDIR /app
COPY --from=build /src/target/careflow-process-engine.jar ./careflow-process-engine.jar

# In a container the engine listens on the private network, not on loopback; the database comes
# from PROCESS_ENGINE_JDBC_URL (compose.yaml: the stack's MySQL).
ENV PROCESS_ENGINE_BIND=0.0.0.0 \
    PROCESS_ENGINE_PORT=8080
USER 10002:10002
EXPOSE 8080

# /engine-rest/version with the credentials the engine requires (bash's /dev/tcp: no curl needed).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
    CMD ["bash", "-c", "auth=$(printf '%s:%s' \"${PROCESS_ENGINE_USER:-careflow}\" \"$PROCESS_ENGINE_PASSWORD\" | base64 -w0) && exec 3<>/dev/tcp/127.0.0.1/${PROCESS_ENGINE_PORT} && printf 'GET /engine-rest/version HTTP/1.1\\r\\nHost: localhost\\r\\nAuthorization: Basic %s\\r\\nConnection: close\\r\\n\\r\\n' \"$auth\" >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# A bounded heap (JAVA_TOOL_OPTIONS can set another); out of memory → exit, and compose restarts it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-jar", "/app/careflow-process-engine.jar"]
