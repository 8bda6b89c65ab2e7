#!/usr/bin/env bash
# CPU of writing an offset letter's grunnlag once warmed (bench/letters/GrunnlagCpu.java), against the built jar.
# Usage: bench/letters/grunnlag-cpu.sh   (after ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
D=$(mktemp -d /tmp/grunnlag-cpu-XXXXXX)
trap 'rm -rf "$D"' EXIT
(cd "$D" && unzip -q "$OLDPWD/target/innkreving-0.1.0-SNAPSHOT.jar" 'BOOT-INF/*')
"$JAVA_HOME/bin/java" -Xmx1g -cp "$D/BOOT-INF/classes:$D/BOOT-INF/lib/*" bench/letters/GrunnlagCpu.java
