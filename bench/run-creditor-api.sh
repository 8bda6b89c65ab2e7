#!/usr/bin/env bash
# Builds the app, starts it on a fresh embedded database with the demo profile, runs the creditor API load driver,
# stops the app. Arguments go to the driver, e.g.: bench/run-creditor-api.sh --duration 60 --clients 64 --rate 1200
# Extra app settings for an A/B run: APP_ARGS="--spring.threads.virtual.enabled=false" bench/run-creditor-api.sh ...
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
mkdir -p bench/results
./mvnw -q -DskipTests package
DATA=$(mktemp -d /tmp/innkreving-bench-XXXXXX)
chmod 755 "$DATA"
LOG=bench/results/app-$(date +%Y%m%d-%H%M%S).log
"$JAVA" -Xmx2g ${JAVA_OPTS:-} -jar target/innkreving-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port=8080 \
  --innkreving.embedded-db.data-dir="$DATA/data" --logging.level.no.innkreving=WARN ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
# the app exits 143 on TERM: '|| true' keeps set -e from skipping the clean-up
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for i in $(seq 1 120); do
  curl -sf http://localhost:8080/actuator/health >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
  sleep 1
done
echo "app up (log: $LOG)"
"$JAVA" bench/CreditorApiLoad.java --base http://localhost:8080 "$@"
# what the background work (booking, invoicing, dispatch) got through while the driver ran
PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
psql -X -q -t -A -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "select 'invoices made: ' || count(*) || ', sent (document rendered): ' || count(*) filter (where status = 'SENDT') from faktura" || true
