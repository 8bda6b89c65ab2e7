#!/usr/bin/env bash
# Builds the app, starts it on a fresh embedded database with the demo profile, runs the creditor API load driver,
# stops the app. Arguments go to the driver, e.g.: bench/run-creditor-api.sh --duration 60 --clients 64 --rate 1200
# Extra app settings for an A/B run: APP_ARGS="--spring.threads.virtual.enabled=false" bench/run-creditor-api.sh ...
# Besides the driver's figures it prints the CPU of the app and of the database (from /proc, bench/lib.sh) per create
# in the measured window, and the CPU calibration, so the figures can be judged on any machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
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
calibrate
# The driver prints "@cpu start|creates-end|booked <creates>" at the measured window's edges; the CPU is read there.
SUMMARY=""
while IFS= read -r line; do
  case "$line" in
    "@cpu start "*) cpu_start ;;
    "@cpu creates-end "*)
      # into a file, not $(…): a subshell would lose CPU_APP_US and CPU_DB_US
      cpu_report "the measured window" "${line##* }" create > "$DATA/cpu-window"; WINDOW_APP_US=$CPU_APP_US; WINDOW_DB_US=$CPU_DB_US ;;
    "@cpu booked "*) cpu_report "the measured window and until every claim was seen booked (status polls included)" "${line##* }" create > "$DATA/cpu-booked" ;;
    "summary: "*) SUMMARY=${line#summary: }; echo "$line" ;;
    *) echo "$line" ;;
  esac
done < <("$JAVA" bench/CreditorApiLoad.java --base http://localhost:8080 "$@")
cat "$DATA/cpu-window" "$DATA/cpu-booked" 2>/dev/null || echo "CPU: the driver gave no measured window"
echo "  (CPU calibration $CALIBRATION_S s; the targets, bench/README.md: 1 000 creates/s, p99 < 100 ms, booked < 5 s, and at most 1 500 µs CPU a create at 1.04 s)"
if [ -n "$SUMMARY" ] && [ -f "$SUMMARY" ]; then
  sed -i "s/}\$/,\"appCpuUsPerCreate\":${WINDOW_APP_US:-0},\"dbCpuUsPerCreate\":${WINDOW_DB_US:-0},\"calibrationS\":$CALIBRATION_S}/" "$SUMMARY"
fi
# what the background work (booking, invoicing, dispatch) got through while the driver ran
PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
psql -X -q -t -A -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -c "select 'invoices made: ' || count(*) || ', sent (document rendered): ' || count(*) filter (where status = 'SENDT') from faktura" || true
