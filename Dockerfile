# Builds the application and runs it against an external PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY processes processes
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# LibreOffice without a GUI turns study reports into PDF (export/office); fonts-noto-cjk gives it the Chinese fonts,
# which it embeds, and the substitutes for the fonts the GB/T 9704 template names (docs/exports.md, "PDF")
RUN apt-get update && apt-get install -y --no-install-recommends curl libreoffice-writer-nogui fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app surveyflow
WORKDIR /app
COPY --from=build /src/target/survey-workflow-*.jar app.jar
USER surveyflow
EXPOSE 8080
# a server: no demo, and it does not start without SURVEYFLOW_ADMIN_PASSWORD (the first admin's password; README, Production)
ENV SPRING_PROFILES_ACTIVE=postgres
# where Debian's package puts LibreOffice (found there anyway; set so that a wrong image fails visibly with 503s)
ENV SURVEYFLOW_OFFICE_HOME=/usr/lib/libreoffice
# the heap the benchmark holds its load with (docs/benchmarks.md, "Tuning"): for a container of 2 GiB; override with
# JAVA_TOOL_OPTIONS for a bigger one
ENV JAVA_TOOL_OPTIONS="-Xms1g -Xmx1g -XX:+UseG1GC"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
