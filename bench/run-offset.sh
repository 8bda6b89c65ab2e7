#!/usr/bin/env bash
# Offset benchmark (issue 20): builds the app, starts it on a fresh embedded database (demo profile, own port and data
# directory), loads DEBTORS debtors with valid fødselsnumre and 4 booked claims each and writes a motregning file of
# AMOUNTS amounts owed (bench/offset/lag-datasett.sql), drops the file in the motregning inbox and measures until the
# file is in processed/ (read, stored, every amount offset or paid out, letters made, report written): amounts/s end to
# end, CPU a amount of app and database, the CPU calibration, the app's resident memory during the run; then checks in
# SQL that the ledger balances and that every krone of the file is offset or paid out.
# KEEP_STATS=1 also prints pg_stat_statements (statements by database time).
# SORT_BY_DEBTOR=1 sorts the file by debtor first (a debtor's amounts then share a unit).
# NO_HUGE_PAGES=1 leaves the database's shared memory in 4 kB pages (bench/lib.sh, decision 0086).
# WARMUP=N loads N more debtors and, before the measured file, offsets a warm-up file of two amounts each for them (not
#   measured): the JIT has then compiled the offset path, as in an app that has been running (decision 0087).
# MAX_S=N stops waiting after N s and reports what was done by then (for a run too slow to wait for).
# Usage: DEBTORS=500000 AMOUNTS=1000000 bench/run-offset.sh      (the issue's size)
#        DEBTORS=50000 AMOUNTS=100000 bench/run-offset.sh        (a tenth)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
DEBTORS=${DEBTORS:-500000}
AMOUNTS=${AMOUNTS:-1000000}
WARMUP=${WARMUP:-0}
# a kept data set is for one size (with warm-up debtors or without)
SIZE=$DEBTORS-$AMOUNTS; [ "$WARMUP" = 0 ] || SIZE=$SIZE-$WARMUP
PORT_APP=${PORT_APP:-8093}
mkdir -p bench/results
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
DATA=$(mktemp -d /tmp/innkreving-offset-bench-XXXXXX)
chmod 755 "$DATA"
LOG=bench/results/offset-app-$(date +%Y%m%d-%H%M%S).log
# a copy of the jar, so a build during a long run does not change the classes under the app
cp target/innkreving-0.1.0-SNAPSHOT.jar "$DATA/app.jar"
# DATASET=dir keeps the loaded data set (the database stopped cleanly, and the file) in dir and starts later runs of
# the same size from a copy of it, skipping the load (~8 min at the issue's size). The copy is migrated by the app
# as usual; a data set from a branch with migrations main lacks must be thrown away.
start_app() {
  "$JAVA" -Xmx1g ${JAVA_OPTS:-} -jar "$DATA/app.jar" --spring.profiles.active=demo --server.port=$PORT_APP \
    --innkreving.embedded-db.data-dir="$DATA/data" --bank.inbox-dir="$DATA/bank/inbox" \
    --motregning.inbox-dir="$DATA/motregning/inbox" --motregning.inbox-stabil-ms=0 --motregning.poll-ms=200 \
    --logging.level.no.innkreving=WARN \
    ${KEEP_STATS:+--innkreving.embedded-db.extra-settings=shared_preload_libraries=pg_stat_statements} ${APP_ARGS:-} >> "$LOG" 2>&1 &
  APP=$!
  for i in $(seq 1 180); do
    curl -sf http://localhost:$PORT_APP/actuator/health >/dev/null && break
    kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
    sleep 1
  done
  PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
  PSQL="psql -X -q -h 127.0.0.1 -p $PORT -U postgres -d postgres"
  Q="$PSQL -t -A -c"
}
APP=
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"; huge_pages_release' EXIT
huge_pages_reserve
LOADED=
if [ -n "${DATASET:-}" ] && [ -e "$DATASET/ok-$SIZE" ]; then
  echo "data set from $DATASET (no load)"
  cp -a "$DATASET/data" "$DATA/data" && cp "$DATASET"/*.csv "$DATA/" && LOADED=1
fi
start_app
echo "app up (log: $LOG), database on port $PORT"
huge_pages_report
if [ -z "$LOADED" ]; then
  echo "loading $DEBTORS debtors x 4 claims and writing $AMOUNTS amounts"
  T0=$(date +%s)
  $PSQL -v skyldnere="$DEBTORS" -v motkrav="$AMOUNTS" -v fil="$DATA/motregning.csv" -v oppvarming="$WARMUP" -v fil_oppvarming="$DATA/oppvarming.csv" -f bench/offset/lag-datasett.sql > /dev/null
  $PSQL -c "checkpoint"
  echo "data set loaded and file written in $(( $(date +%s) - T0 )) s"
  if [ -n "${DATASET:-}" ]; then
    kill $APP; wait $APP 2>/dev/null || true
    rm -rf "$DATASET" && mkdir -p "$DATASET" && cp -a "$DATA/data" "$DATASET/data" && cp "$DATA"/*.csv "$DATASET/" \
      && touch "$DATASET/ok-$SIZE" && echo "data set kept in $DATASET"
    start_app
  fi
fi
if [ -n "$LOADED" ]; then
  # a database just started has an empty buffer cache (and shared memory the kernel has not yet handed out, a page
  # fault for every buffer's first use), unlike one that has just loaded the data set: read every table and index
  # in, the largest first so the small and hot ones stay, as bench/ab-payments.sh does
  T0=$(date +%s)
  $Q "create extension if not exists pg_prewarm" 2>/dev/null
  $Q "select sum(pg_prewarm(c.oid)) from (select oid from pg_class where relkind in ('r', 'i') and relnamespace = 'public'::regnamespace order by pg_relation_size(oid) desc) c" > /dev/null
  echo "buffer cache warmed in $(( $(date +%s) - T0 )) s"
fi
# SORT_BY_DEBTOR=1: the file's lines grouped by debtor (a debtor's amounts then share a unit), to measure what that gives
if [ -n "${SORT_BY_DEBTOR:-}" ]; then
  { head -1 "$DATA/motregning.csv"; tail -n +2 "$DATA/motregning.csv" | LC_ALL=C sort -t';' -k2,2 -s; } > "$DATA/sortert.csv" && mv "$DATA/sortert.csv" "$DATA/motregning.csv"
  echo "file sorted by debtor"
fi
echo "file: $(( $(stat -c %s "$DATA/motregning.csv") / 1048576 )) MB, $(( $(wc -l < "$DATA/motregning.csv") - 1 )) amounts"
mkdir -p "$DATA/motregning/inbox"
if [ "$WARMUP" != 0 ]; then
  T0=$(date +%s.%N)
  cp "$DATA/oppvarming.csv" "$DATA/motregning/inbox/.oppvarming.csv"
  mv "$DATA/motregning/inbox/.oppvarming.csv" "$DATA/motregning/inbox/oppvarming.csv"
  until [ -e "$DATA/motregning/processed/oppvarming.csv" ] || [ -e "$DATA/motregning/rejected/oppvarming.csv" ]; do
    kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
    sleep 0.5
  done
  echo "warm-up (not measured): $(( $(wc -l < "$DATA/oppvarming.csv") - 1 )) amounts of $WARMUP other debtors in $(echo "$(date +%s.%N) - $T0" | bc) s"
fi
LETTERS0=$($Q "select count(*) from brevdokument")
# Waits with shell built-ins only (a timed read on a FIFO nobody writes to), as run-payments.sh does.
mkfifo "$DATA/vent" && exec 9<>"$DATA/vent"
maxrss() { local k v u; while read -r k v u; do [ "$k" = "VmRSS:" ] && { [ "$v" -gt "$MAXRSS" ] && MAXRSS=$v; return 0; }; done < /proc/$APP/status; }
calibrate
MAXRSS=0; maxrss; RSS_BEFORE=$MAXRSS
WAL0=($($Q "select wal_records, wal_fpi, wal_bytes from pg_stat_wal" | tr '|' ' '))
# the statements of the run only (the counts survive a restart, and a fresh load's statements would lead them)
[ -n "${KEEP_STATS:-}" ] && $Q "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" > /dev/null
cpu_start
cp "$DATA/motregning.csv" "$DATA/motregning/inbox/.motregning.csv"
START=$(date +%s.%N)
mv "$DATA/motregning/inbox/.motregning.csv" "$DATA/motregning/inbox/motregning.csv"
MAXRSS=0; N=0; GELEST=""
until [ -e "$DATA/motregning/processed/motregning.csv" ] || [ -e "$DATA/motregning/rejected/motregning.csv" ]; do
  maxrss
  kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
  read -r -t 0.5 -u 9 || true
  # with MAX_S: every 5 s see whether the file is read (the amounts stored, the offset run begins) and stop at MAX_S
  if [ -n "${MAX_S:-}" ] && [ $(( ++N % 10 )) -eq 0 ]; then
    [ -z "$GELEST" ] && [ "$($Q "select count(*) from motregningsfil where filnavn = 'motregning.csv' and status <> 'UNDER_BEHANDLING'")" = 1 ] \
      && GELEST=$(echo "$(date +%s.%N) - $START" | bc) && echo "file read and its amounts stored after $GELEST s (±5 s); offsetting"
    [ "$(echo "$(date +%s.%N) - $START > $MAX_S" | bc)" = 1 ] && break
  fi
done
END=$(date +%s.%N)
SECS=$(echo "$END - $START" | bc)
if [ ! -e "$DATA/motregning/processed/motregning.csv" ] && [ ! -e "$DATA/motregning/rejected/motregning.csv" ]; then
  echo "stopped after MAX_S=$MAX_S s, the run unfinished: measured what was done by then (the app is stopped on exit)"
fi
FIL="fil_id = (select fil_id from motregningsfil where filnavn = 'motregning.csv')"
DONE=$($Q "select count(*) from motkrav where status = 'MOTREGNET' and $FIL")
[ -e "$DATA/motregning/processed/motregning.csv.rapport.txt" ] && echo "report: $(head -c 400 "$DATA"/motregning/*/motregning.csv.rapport.txt | tr '\n' ' ')"
echo "amounts offset or paid out: $DONE of $AMOUNTS in $SECS s = $(echo "$DONE / $SECS" | bc) amounts/s end to end (pickup within 0.2 s included); CPU calibration $CALIBRATION_S s"
[ -n "$GELEST" ] && echo "  of which offsetting: $DONE amounts in $(echo "$SECS - $GELEST" | bc) s = $(echo "$DONE / ($SECS - $GELEST)" | bc) amounts/s after the file was read"
cpu_report "the run" "$DONE" amount
WAL1=($($Q "select wal_records, wal_fpi, wal_bytes from pg_stat_wal" | tr '|' ' '))
[ "$DONE" -gt 0 ] && echo "WAL during the run: $(( (WAL1[2] - WAL0[2]) / 1048576 )) MB, $(( (WAL1[2] - WAL0[2]) / DONE )) bytes an amount; $(( WAL1[0] - WAL0[0] )) records, $(( WAL1[1] - WAL0[1] )) of them full-page images"
echo "  (target, issue 20: 1 000 000 amounts in under 30 s on two cores, i.e. at most 60 µs CPU an amount, app + database, at calibration 1.04 s)"
echo "app RSS: $(( RSS_BEFORE / 1024 )) MB before, $(( MAXRSS / 1024 )) MB max during the run (-Xmx1g)"
echo "letters made: $(( $($Q "select count(*) from brevdokument") - LETTERS0 )); payouts: $($Q "select count(*) filter (where utbetalt_ore > 0) || ' amounts with a rest paid out, ' || count(*) filter (where motregnet_ore = 0) || ' paid out whole' from motkrav where $FIL")"
$Q "select 'unbalanced transactions: ' || count(*) from (select 1 from postering group by transaksjon_id having sum(beloep_ore) <> 0) x"
$Q "select 'line balances differing from their postings: ' || count(*) from linjesaldo s full join (select kravlinje_id, sum(beloep_ore) sum from postering where konto = 'SKYLDNER_FORDRING' and kravlinje_id is not null group by kravlinje_id) p using (kravlinje_id) where s.saldo_ore is distinct from coalesce(p.sum, 0)"
$Q "select 'line balances whose first due date differs from the claim''s (kravforfall): ' || count(*) from linjesaldo s left join kravforfall f on f.krav_id = s.krav_id and f.nummer = 1 where s.forfallsdato is distinct from f.forfallsdato"
# one statement, so one snapshot: with MAX_S the app goes on offsetting while the checks run
$Q "with m as (select * from motkrav where $FIL),
  a as (select count(*) filter (where status = 'MOTREGNET') gjort, count(*) filter (where status = 'MOTTATT') venter,
               sum(beloep_ore) filter (where status = 'MOTREGNET') beloep, sum(motregnet_ore) motregnet, sum(utbetalt_ore) utbetalt from m),
  l as (select sum(p.beloep_ore) filter (where p.konto = 'MOTREGNING') debet, -sum(p.beloep_ore) filter (where p.konto = 'SKYLDNER_FORDRING') krav,
               -coalesce(sum(p.beloep_ore) filter (where p.konto = 'TIL_UTBETALING'), 0) ut
        from postering p join transaksjon t using (transaksjon_id) where t.type = 'MOTREGNING' and t.innbetaling_id in (select motkrav_id from m))
  select 'amounts offset: ' || gjort || ', waiting: ' || venter || E'\\n' || 'amounts ' || beloep || ' øre = offset ' || motregnet || ' + paid out ' || utbetalt
         || case when beloep = motregnet + utbetalt then ' (every øre accounted for)' else ' (MISMATCH)' end || E'\\n'
         || 'ledger, MOTREGNING transactions of the file: MOTREGNING debited ' || debet || ', claims credited ' || krav || ', TIL_UTBETALING credited ' || ut
         || case when debet = beloep and krav = motregnet and ut = utbetalt then ' (the same as the amounts)' else ' (DIFFERS from the amounts)' end
  from a, l"
[ -n "${KEEP_STATS:-}" ] && $PSQL -c "create extension if not exists pg_stat_statements" -c "select calls, round(total_exec_time) ms, rows, round(wal_bytes / 1048576) wal_mb, wal_fpi, left(regexp_replace(query, '\s+', ' ', 'g'), 90) q from pg_stat_statements order by total_exec_time desc limit 15" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
