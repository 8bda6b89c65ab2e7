#!/usr/bin/env bash
# Daily-run benchmark (issue 18): builds the app, starts it on a fresh embedded database (demo profile, its own port
# and data directory), loads DEBTORS debtors x 4 claims straight into the tables as a steady day would find them
# (bench/daily/lag-datasett.sql: 10 % of the claims due a reminder on the run's date, 5 % a notice, 10 % waiting at a
# step, 75 % not yet due; RENTEANDEL % of them of an interest-bearing type), then moves the demo clock one day
# (POST /demo/klokke), which runs every daily job for that date, and answers when they are done. Prints the wall time
# of the move, each job's run (units, debtors, items, duration; GET /api/innkreving/drift/v1/kjoeringer) and CPU, the letters
# stored, the CPU of app and database per claim and per debtor, the CPU calibration (bench/lib.sh), and checks that
# every reminder and notice due was taken, once. The letters' printer (decision 0066) is held back during the run; then
# the app is restarted on the same database with the printer at a whole core (innkreving.brevtrykk.arbeidsandel=1)
# and the letters laid out for PRINT_S seconds (or until none wait) give the rate a core lays them out at.
# KEEP_STATS=1 also prints pg_stat_statements (statements by database time). MAANEDSSKIFTE=1 makes the day the 1st of a
# month for the automatic garnishment run (the data set without its memory of debtors left undecided this month).
# Usage: DEBTORS=500000 bench/run-daily.sh       (the issue's size: 2 000 000 claims)
#        DEBTORS=50000 bench/run-daily.sh        (a tenth)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
DEBTORS=${DEBTORS:-50000}
PRINT_S=${PRINT_S:-120}
RENTEANDEL=${RENTEANDEL:-0}
PORT_APP=${PORT_APP:-8111}
B=http://localhost:$PORT_APP
mkdir -p bench/results
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -DskipTests package
DATA=$(mktemp -d /tmp/innkreving-daily-bench-XXXXXX)
chmod 755 "$DATA"
LOG=bench/results/daily-app-$(date +%Y%m%d-%H%M%S).log
cp target/innkreving-0.1.0-SNAPSHOT.jar "$DATA/app.jar" # a build during the bench does not change the app under it
start_app() { # extra arguments
  "$JAVA" -Xmx1g ${JAVA_OPTS:-} -jar "$DATA/app.jar" --spring.profiles.active=demo --server.port=$PORT_APP \
    --innkreving.embedded-db.data-dir="$DATA/data" --bank.inbox-dir="$DATA/bank/inbox" --motregning.inbox-dir="$DATA/motregning/inbox" \
    --logging.level.no.innkreving=WARN --logging.level.no.innkreving.platform.dagligkjoering=INFO --logging.level.no.innkreving.letters=INFO \
    ${KEEP_STATS:+--innkreving.embedded-db.extra-settings=shared_preload_libraries=pg_stat_statements} ${APP_ARGS:-} "$@" >> "$LOG" 2>&1 &
  APP=$!
  for i in $(seq 1 180); do
    curl -sf $B/actuator/health >/dev/null && return 0
    kill -0 $APP 2>/dev/null || { echo "app died, see $LOG"; exit 1; }
    sleep 1
  done
}
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
start_app --innkreving.brevtrykk.intervall-ms=86400000
PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
PSQL="psql -X -q -h 127.0.0.1 -p $PORT -U postgres -d postgres"
Q="$PSQL -t -A -c"
idag=$(curl -s $B/demo/klokke | sed 's/.*"dato":"\([^"]*\)".*/\1/')
DATO=$(date -d "$idag + 1 day" +%F)
echo "app up (log: $LOG), database on port $PORT; loading $DEBTORS debtors x 4 claims for the run of $DATO"
T0=$(date +%s)
$PSQL -v skyldnere="$DEBTORS" -v dato="$DATO" -v renteandel="$RENTEANDEL" -v maanedsskifte="${MAANEDSSKIFTE:-0}" \
  -f bench/daily/lag-datasett.sql > /dev/null
$PSQL -c "checkpoint"
[ -n "${KEEP_STATS:-}" ] && $PSQL -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" > /dev/null
KRAV=$($Q "select count(*) from reskontro_krav")
echo "data set loaded in $(( $(date +%s) - T0 )) s: $KRAV claims of $($Q "select count(distinct skyldner) from reskontro_krav") debtors"
BREV0=$($Q "select count(*) from brevdokument")
calibrate
cpu_start
# CPU of app and database sampled five times a second during the run, to give each job its own share (below)
( while :; do echo "$(date +%s.%N) $(ticks $APP) $(dbticks)"; sleep 0.2; done ) > "$DATA/cpu.txt" 2>/dev/null &
SAMPLER=$!
START=$(date +%s.%N)
curl -s -X POST $B/demo/klokke -H 'Content-Type: application/json' -d "{\"dato\":\"$DATO\"}" > "$DATA/klokke.json"
END=$(date +%s.%N)
kill $SAMPLER; wait $SAMPLER 2>/dev/null || true
echo "$(date +%s.%N) $(ticks $APP) $(dbticks)" >> "$DATA/cpu.txt" # so the last job's end lies between two samples
WALL=$(echo "$END - $START" | bc)
cpu_report "the daily run" "$KRAV" "claim"
PER_KRAV="$CPU_APP_US + $CPU_DB_US"
cpu_report "the daily run" "$DEBTORS" "debtor"
echo "== the daily run for $DATO: clock moved in $WALL s (every job of the date done); $(( $($Q "select count(*) from brevdokument") - BREV0 )) letters stored"
DRIFT=$(curl -s "$B/demo/token?orgnr=889640782&scope=innkreving:drift" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
# each job's CPU: the samples between the previous job's end (so its choice of debtors counts) and its own end, by the
# app log's times (the jobs of a date run one after another); µs an item over both processes
curl -s -H "Authorization: Bearer $DRIFT" "$B/api/innkreving/drift/v1/kjoeringer?antall=1000" | python3 -c '
import json, sys, re, datetime
dato, cpufil, logg, hz = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
proever = [tuple(float(x) for x in l.split()) for l in open(cpufil) if len(l.split()) == 3]
def ticks(t):  # app and database ticks at time t, interpolated between samples
    for (t0, a0, d0), (t1, a1, d1) in zip(proever, proever[1:]):
        if t0 <= t <= t1:
            f = (t - t0) / (t1 - t0) if t1 > t0 else 0
            return a0 + f * (a1 - a0), d0 + f * (d1 - d0)
    return None
def tid(l): return datetime.datetime.fromisoformat(l[:23] + "+00:00").timestamp()
start, slutt, forrige = {}, {}, None
for l in open(logg):
    m = re.search(r"Daily run (\S+) for " + dato + r"(: started run| done:)", l)
    if not m: continue
    if m.group(2) == " done:": slutt[m.group(1)] = forrige = tid(l)
    elif m.group(1) not in start: start[m.group(1)] = forrige if forrige else tid(l)
print("   %-28s %-10s %7s %9s %8s %9s  %-8s %17s" % ("job", "date", "units", "debtors", "items", "ms", "status", "CPU s app+db (µs an item)"))
for k in sorted(json.load(sys.stdin), key=lambda k: k["startet"]):
    if k["dato"] != dato: continue
    a, b = ticks(start.get(k["jobb"], 0)), ticks(slutt.get(k["jobb"], 0))
    cpu = "" if a is None or b is None else "%.2f + %.2f" % ((b[0] - a[0]) / hz, (b[1] - a[1]) / hz) + (
        " (%d)" % ((b[0] - a[0] + b[1] - a[1]) / hz * 1e6 / k["antall"]) if k["antall"] else "")
    print("   %-28s %-10s %7d %9d %8d %9d  %-8s %s" % (k["jobb"], k["dato"], k["enheterTotalt"], k.get("noekler", -1), k["antall"], k["varighetMs"], k["status"], cpu))' "$DATO" "$DATA/cpu.txt" "$LOG" "$(getconf CLK_TCK)"
echo "letters of the date: $($Q "select string_agg(brevslag || ' ' || n, ', ') from (select brevslag, count(*) n from brevdokument group by brevslag order by 1) x")"
# every step due was taken once: 10 % reminders, 5 % notices (by claim), no claim twice
echo "steps taken on $DATO: $($Q "select string_agg(steg || ' ' || n, ', ') from (select steg, count(*) n from purresteg where dato = '$DATO' group by steg order by 1) x")"
echo "expected: PURRING $(( KRAV / 10 )), VARSEL_OM_TVANGSFULLBYRDELSE $(( KRAV / 20 )); claims with a step twice: $($Q "select count(*) from (select krav_id, steg from purresteg group by 1, 2 having count(*) > 1) x")"
echo "summary: DEBTORS=$DEBTORS claims=$KRAV wall=${WALL}s CPU a claim (app + db) = $PER_KRAV µs, calibration $CALIBRATION_S s, $(nproc) cores"
if [ -n "${KEEP_STATS:-}" ]; then
  $PSQL -c "select round(total_exec_time) ms, calls, round(mean_exec_time::numeric, 3) mean_ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150) q
            from pg_stat_statements order by total_exec_time desc limit 15"
fi

# Letters laid out after the run: the app again on the same database, its printer at a whole core
kill $APP; wait $APP 2>/dev/null || true
start_app --innkreving.brevtrykk.arbeidsandel=1 --innkreving.brevtrykk.intervall-ms=200
PORT=$(sed -n 4p "$DATA/data/postmaster.pid")
Q="psql -X -q -h 127.0.0.1 -p $PORT -U postgres -d postgres -t -A -c"
VENTER0=$($Q "select count(*) from brevdokument where innhold is null")
echo "== printing: $VENTER0 letters waiting; the printer at a whole core for up to $PRINT_S s"
cpu_start
START=$(date +%s.%N)
for i in $(seq 1 "$PRINT_S"); do
  [ "$($Q "select count(*) from brevdokument where innhold is null")" -eq 0 ] && break
  sleep 1
done
END=$(date +%s.%N)
LAGT=$(( VENTER0 - $($Q "select count(*) from brevdokument where innhold is null") ))
cpu_report "printing" "$LAGT" "letter"
echo "printed $LAGT letters in $(echo "$END - $START" | bc) s (app start's own work included): $(( LAGT > 0 ? 1000000 / (CPU_APP_US > 0 ? CPU_APP_US : 1) : 0 )) letters a second a core of app CPU, calibration $CALIBRATION_S s"
