#!/usr/bin/env bash
# A/B runs of the payment import on one loaded database (the machine's speed drifts by 10-30 % between runs, so
# compare jars in pairs run back to back, and look at CPU per payment as well as payments/s).
#   bench/ab-payments.sh setup DEBTORS PAYMENTS      load a data set once and keep a copy of its data directory
#   bench/ab-payments.sh run JAR LABEL [app args]    restore the copy, start JAR on it, import the file, report
# Each run prints payments/s, CPU of the JVM and of PostgreSQL (all its processes, from /proc) per payment, and the
# CPU by JVM thread and by PostgreSQL process; lines go to $AB/results.txt too. The shared buffers are prewarmed
# (NOPREWARM=1: not, so the first touch of each page is in the run).
# AFTER="sql" runs a statement on the database after the import; EXTRA="setting=value" adds a server setting.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
AB=${AB:-/tmp/innkreving-ab}
HZ=$(getconf CLK_TCK)
cmd=$1; shift
start_app() { # jar, then app args
  local jar=$1; shift
  "$JAVA" -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port=8080 \
    --innkreving.embedded-db.data-dir="$AB/run/data" --bank.inbox-dir="$AB/run/bank/inbox" --bank.inbox-stabil-ms=0 \
    ${EXTRA:+--innkreving.embedded-db.extra-settings=$EXTRA} "$@" > "$AB/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do curl -sf http://localhost:8080/actuator/health >/dev/null && break; sleep 1; done
  PSQL="psql -X -q -h 127.0.0.1 -p $(sed -n 4p "$AB/run/data/postmaster.pid") -U postgres -d postgres"
}
stop_app() { kill $APP; wait $APP 2>/dev/null || true; }
# "name ticks" per JVM thread, and per PostgreSQL process (the postmaster's own line counts reaped children too)
jvm_threads() { for t in /proc/$APP/task/*; do echo "$(tr -d '0-9' < $t/comm)|$(cut -d')' -f2 $t/stat | cut -d' ' -f13,14)"; done; }
pg_processes() {
  local pm; pm=$(head -1 "$AB/run/data/postmaster.pid")
  for p in $pm $(pgrep -P $pm); do
    echo "$(tr '\0' ' ' < /proc/$p/cmdline 2>/dev/null | cut -c1-30 | tr -d '0-9.()' || true)|$(cut -d')' -f2 /proc/$p/stat 2>/dev/null | cut -d' ' -f13-16)"
  done
}
cpu_diff() { # before after label -> "label: name=s, ..." and the total in ticks on the last line
  python3 - "$1" "$2" "$3" <<'EOF'
import collections, sys
def read(f):
    c = collections.Counter()
    for line in open(f):
        name, _, t = line.strip().rpartition('|')
        v = [int(x) for x in t.split()] if t.strip() else []
        c[' '.join(name.split()[:3]) or '(gone)'] += sum(v)
    return c
a, b = read(sys.argv[1]), read(sys.argv[2])
d = {k: b[k] - a.get(k, 0) for k in b}
print('  ' + sys.argv[3] + ': ' + ', '.join(f'{k}={v / 100:.1f} s' for k, v in sorted(d.items(), key=lambda x: -x[1]) if v > 10))
print(sum(d.values()))
EOF
}
if [ "$cmd" = setup ]; then
  DEBTORS=$1; PAYMENTS=$2
  ./mvnw -q -DskipTests package
  rm -rf "$AB"; mkdir -p "$AB/run/bank/inbox"
  start_app target/innkreving-0.1.0-SNAPSHOT.jar
  $PSQL -v skyldnere="$DEBTORS" -v betalinger="$PAYMENTS" -v csv="$AB/payments.csv" -v oppvarming=0 \
    -v oppvarmingcsv="$AB/warmup.csv" -f bench/payments/lag-datasett.sql > /dev/null
  $PSQL -c "create extension if not exists pg_prewarm" -c checkpoint
  "$JAVA" bench/GenererCamt054.java "$AB/payments.csv" "$AB/payments.xml"
  stop_app
  cp -a "$AB/run/data" "$AB/snapshot"
  echo "data set of $DEBTORS debtors and $PAYMENTS payments kept in $AB/snapshot"
  exit 0
fi
JAR=$(realpath "$1"); LABEL=$2; shift 2
rm -rf "$AB/run"; mkdir -p "$AB/run/bank/inbox"; cp -a "$AB/snapshot" "$AB/run/data"
start_app "$JAR" "$@"
[ -n "${NOPREWARM:-}" ] || $PSQL -t -A -c "select sum(pg_prewarm(c.oid)) from pg_class c where relkind in ('r', 'i') and relnamespace = 'public'::regnamespace" > /dev/null
$PSQL -c "select pg_stat_reset_shared('wal'), pg_stat_reset()" > /dev/null
sleep 2
jvm_threads > "$AB/jvm0"; pg_processes > "$AB/pg0"
cp "$AB/payments.xml" "$AB/run/bank/inbox/.p.xml"
START=$(date +%s.%N); mv "$AB/run/bank/inbox/.p.xml" "$AB/run/bank/inbox/p.xml"
until [ -e "$AB/run/bank/processed/p.xml" ] || [ -e "$AB/run/bank/rejected/p.xml" ]; do sleep 0.1; done
END=$(date +%s.%N)
jvm_threads > "$AB/jvm1"; pg_processes > "$AB/pg1"
N=$($PSQL -t -A -c "select antall_nye from bankfil where filnavn = 'p.xml'")
JVM=$(cpu_diff "$AB/jvm0" "$AB/jvm1" "JVM threads"); PG=$(cpu_diff "$AB/pg0" "$AB/pg1" "PostgreSQL processes")
J=$(tail -1 <<< "$JVM"); P=$(tail -1 <<< "$PG")
SECS=$(echo "$END - $START" | bc)
{
  echo "$LABEL: $N payments in $SECS s = $(echo "$N / $SECS" | bc)/s; CPU a payment: JVM $(( J * 1000000 / HZ / N )) µs, PostgreSQL $(( P * 1000000 / HZ / N )) µs"
  head -1 <<< "$JVM"; head -1 <<< "$PG"
} | tee -a "$AB/results.txt"
[ -n "${AFTER:-}" ] && $PSQL -c "$AFTER" || true
stop_app
