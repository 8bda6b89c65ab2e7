#!/usr/bin/env bash
# Daily-run benchmark (issue 18), small scale: builds the app, starts it on a fresh embedded database (demo profile),
# creates claims through the creditor API with the load driver (closed loop for CLAIMS_S seconds over the demo's
# 5 000 debtors), then moves the demo clock: first to the day before the claims fall due, then past the reminder date
# (measured), then past the notice date (measured). For each measured move it prints the runs that did work (job,
# date, units, items, duration, from GET /api/innkreving/drift/v1/kjoeringer), the letters made, and the CPU of app and
# database per debtor reminded or notified, beside the CPU calibration.
# Usage: CLAIMS_S=20 bench/run-daily.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
CLAIMS_S=${CLAIMS_S:-20}
B=http://localhost:8080
mkdir -p bench/results
./mvnw -q -DskipTests package
DATA=$(mktemp -d /tmp/innkreving-bench-XXXXXX)
chmod 755 "$DATA"
LOG=bench/results/daily-app-$(date +%Y%m%d-%H%M%S).log
"$JAVA" -Xmx2g ${JAVA_OPTS:-} -jar target/innkreving-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port=8080 \
  --innkreving.embedded-db.data-dir="$DATA/data" --logging.level.no.innkreving=WARN ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for i in $(seq 1 120); do
  curl -sf $B/actuator/health >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
  sleep 1
done
echo "app up (log: $LOG)"
calibrate
"$JAVA" bench/CreditorApiLoad.java --base $B --duration "$CLAIMS_S" --warmup 0 --clients 32 --rate 0 | grep -E '^(creates|booked):' || true
PSQL="psql -X -q -t -A -h 127.0.0.1 -p $(sed -n 4p "$DATA/data/postmaster.pid") -U postgres -d postgres"
echo "claims: $($PSQL -c 'select count(*) from reskontro_krav'), debtors: $($PSQL -c 'select count(distinct skyldner) from reskontro_krav')"
DRIFT=$(curl -s "$B/demo/token?orgnr=889640782&scope=innkreving:drift" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
idag=$(curl -s $B/demo/klokke | sed 's/.*"dato":"\([^"]*\)".*/\1/')
flytt() { curl -s -X POST $B/demo/klokke -H 'Content-Type: application/json' -d "{\"dato\":\"$1\"}" > "$DATA/klokke.json"; }
brev() { $PSQL -c "select count(*) from brevdokument where brevslag = '$1'"; }
maal() { # label, target date, letter kind
  local foer etter t0 t1
  foer=$(brev "$3"); cpu_start; t0=$(date +%s.%N)
  flytt "$2"
  t1=$(date +%s.%N); etter=$(brev "$3")
  echo "== $1: clock moved to $2 in $(echo "$t1 - $t0" | bc) s; $(( etter - foer )) $3 letters"
  cpu_report "the move" "$(( etter - foer ))" "letter ($3, one a debtor)"
  curl -s -H "Authorization: Bearer $DRIFT" "$B/api/innkreving/drift/v1/kjoeringer?antall=1000" | python3 -c '
import json, sys
for k in json.load(sys.stdin):
    if k["antall"] > 0 or k["varighetMs"] > 1000:
        print("   run %-28s %s  units %6d/%-6d  items %6d  %7d ms  %s" % (k["jobb"], k["dato"], k["enheterFerdig"], k["enheterTotalt"], k["antall"], k["varighetMs"], k["status"]))' | sort -u | tail -8
}
flytt "$(date -d "$idag + 20 days" +%F)"
echo "clock at $(date -d "$idag + 20 days" +%F): invoices sent $($PSQL -c "select count(*) from faktura where status = 'SENDT'") of $($PSQL -c 'select count(*) from faktura')"
maal "reminders" "$(date -d "$idag + 40 days" +%F)" PURRING
maal "notices" "$(date -d "$idag + 60 days" +%F)" VARSEL_OM_TVANGSFULLBYRDELSE
echo "  (CPU calibration $CALIBRATION_S s)"
