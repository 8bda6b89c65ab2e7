#!/usr/bin/env bash
# Payment import benchmark: builds the app, starts it on a fresh embedded database, loads DEBTORS debtors with 4
# claims each (bench/payments/lag-datasett.sql), writes a camt.054.001.02 file of PAYMENTS payments
# (bench/GenererCamt054.java), drops it in the bank inbox and measures until the file is imported: payments/s end
# to end, and the app's resident memory sampled during it (flat in file size when the import streams).
# WARMUP=N first imports a file of N payments on other debtors' claims, so the measured import runs in a JVM whose
# hot code is compiled, as on a server that has imported files before (0: a freshly started JVM).
# Usage: DEBTORS=500000 PAYMENTS=1000000 [WARMUP=50000] bench/run-payments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
DEBTORS=${DEBTORS:-500000}
PAYMENTS=${PAYMENTS:-1000000}
WARMUP=${WARMUP:-0}
[ $(( DEBTORS * 4 )) -ge $(( PAYMENTS + WARMUP )) ] || { echo "DEBTORS x 4 claims must cover PAYMENTS + WARMUP"; exit 2; }
mkdir -p bench/results
./mvnw -q -DskipTests package
DATA=$(mktemp -d /tmp/innkreving-bench-XXXXXX)
chmod 755 "$DATA"
STAMP=$(date +%Y%m%d-%H%M%S)
LOG=bench/results/payments-app-$STAMP.log
"$JAVA" -Xmx1g ${JAVA_OPTS:-} -jar target/innkreving-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo --server.port=8080 \
  --innkreving.embedded-db.data-dir="$DATA/data" --bank.inbox-dir="$DATA/bank/inbox" --bank.inbox-stabil-ms=0 \
  ${KEEP_STATS:+--innkreving.embedded-db.extra-settings=shared_preload_libraries=pg_stat_statements,track_functions=pl} ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for i in $(seq 1 180); do
  curl -sf http://localhost:8080/actuator/health >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
  sleep 1
done
PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
PSQL="psql -X -q -h 127.0.0.1 -p $PORT -U postgres -d postgres"
echo "app up (log: $LOG), database on port $PORT; loading $DEBTORS debtors x 4 claims"
T0=$(date +%s)
$PSQL -v skyldnere="$DEBTORS" -v betalinger="$PAYMENTS" -v csv="$DATA/payments.csv" -v oppvarming="$WARMUP" \
  -v oppvarmingcsv="$DATA/warmup.csv" -f bench/payments/lag-datasett.sql > /dev/null
$PSQL -c "checkpoint"
echo "data set loaded in $(( $(date +%s) - T0 )) s; writing the camt.054 file"
"$JAVA" bench/GenererCamt054.java "$DATA/payments.csv" "$DATA/payments.xml"
ls -l "$DATA/payments.xml" | awk '{printf "camt.054 file: %.0f MB\n", $5/1048576}'
# Waits until the inbox has moved the file on (processed/ or rejected/), looking with shell built-ins only: no
# database connection, no subshell, no process started (the wait is a timed read on a FIFO nobody writes to). A
# `sleep` and a `$(…)` five times a second took about 3 % of the CPU in `perf`.
mkfifo "$DATA/vent" && exec 9<>"$DATA/vent"
maxrss() { local k v u; while read -r k v u; do [ "$k" = "VmRSS:" ] && { [ "$v" -gt "$MAXRSS" ] && MAXRSS=$v; return 0; }; done < /proc/$APP/status; }
importer() {
  cp "$DATA/$1" "$DATA/bank/inbox/.$1"
  START=$(date +%s.%N)
  mv "$DATA/bank/inbox/.$1" "$DATA/bank/inbox/$1"
  MAXRSS=0
  until [ -e "$DATA/bank/processed/$1" ] || [ -e "$DATA/bank/rejected/$1" ]; do
    maxrss
    kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
    read -r -t 0.5 -u 9 || true
  done
  END=$(date +%s.%N)
  STATUS=$($PSQL -t -A -c "select status || ' ' || antall_nye from bankfil where filnavn = '$1'")
}
if [ "$WARMUP" -gt 0 ]; then
  "$JAVA" bench/GenererCamt054.java "$DATA/warmup.csv" "$DATA/warmup.xml" > /dev/null
  importer warmup.xml
  echo "warm-up: $STATUS in $(echo "$END - $START" | bc) s"
  $PSQL -c "checkpoint"
fi
calibrate
MAXRSS=0; maxrss; RSS_BEFORE=$MAXRSS
WAL0=$($PSQL -t -A -c "select pg_current_wal_lsn()")
CKPT0=$($PSQL -t -A -c "select num_timed + num_requested from pg_stat_checkpointer")
cpu_start
importer payments.xml
NEW=${STATUS#* }
SECS=$(echo "$END - $START" | bc)
echo "status: $STATUS"
echo "payments imported: $NEW in $SECS s = $(echo "$NEW / $SECS" | bc) payments/s (pickup within 1 s included)$([ "$WARMUP" -gt 0 ] && echo ", after a warm-up file of $WARMUP"); CPU calibration $CALIBRATION_S s"
cpu_report "the import" "$NEW" payment
echo "  (CPU calibration $CALIBRATION_S s; the targets, bench/README.md: 20 000 payments/s and at most 100 µs CPU a payment at 1.04 s)"
echo "app RSS: $(( RSS_BEFORE / 1024 )) MB before, $(( MAXRSS / 1024 )) MB max during the import (-Xmx1g)"
$PSQL -t -A -c "select 'WAL written during the import: ' || pg_wal_lsn_diff(pg_current_wal_lsn(), '$WAL0') / 1048576 || ' MB, checkpoints: ' || (num_timed + num_requested - $CKPT0) from pg_stat_checkpointer"
[ -n "${KEEP_STATS:-}" ] && $PSQL -c "select funcname, calls, round(total_time) ms, round(self_time) self_ms from pg_stat_user_functions order by total_time desc limit 5" -c "create extension if not exists pg_stat_statements" -c "select calls, round(total_exec_time) ms, round(mean_exec_time::numeric,2) mean, left(regexp_replace(query, '\s+', ' ', 'g'), 90) q from pg_stat_statements order by total_exec_time desc limit 12" || true
$PSQL -t -A -c "select 'unbalanced transactions: ' || count(*) from (select 1 from postering group by transaksjon_id having sum(beloep_ore) <> 0) x"
$PSQL -t -A -c "select 'line balances differing from their postings: ' || count(*) from linjesaldo s full join (select kravlinje_id, sum(beloep_ore) sum from postering where konto = 'SKYLDNER_FORDRING' and kravlinje_id is not null group by kravlinje_id) p using (kravlinje_id) where s.saldo_ore is distinct from coalesce(p.sum, 0)"
$PSQL -t -A -c "select 'bank ' || sum(beloep_ore) filter (where konto = 'BANK') || ' = placed ' || -coalesce(sum(beloep_ore) filter (where konto = 'SKYLDNER_FORDRING'), 0) || ' + suspense ' || -coalesce(sum(beloep_ore) filter (where konto = 'UPLASSERT'), 0) || ' + refunds ' || -coalesce(sum(beloep_ore) filter (where konto = 'TIL_UTBETALING'), 0) from postering where innbetaling_id in (select innbetaling_id from innbetaling i join bankfil f using (bankfil_id) where f.filnavn = 'payments.xml')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
