# Shared by the bench scripts (source it): CPU of the app and of the database from /proc, and the CPU calibration,
# so a figure from any machine can be judged by the CPU a unit of work took, not only by how many went per second.
# Needs DATA (the embedded database lies in $DATA/data) and APP (the app's pid) set by the caller.

# CPU ticks of processes and their reaped children (/proc/PID/stat utime stime cutime cstime)
ticks() { local s total=0; for p in "$@"; do s=$(cat /proc/$p/stat 2>/dev/null) || continue; s=${s##*) }; set -- $s; total=$(( total + ${12} + ${13} + ${14} + ${15} )); done; echo $total; }
# every PostgreSQL process: the postmaster and its children (backends, walwriter, checkpointer, ...)
dbticks() { local pm; pm=$(head -1 "$DATA/data/postmaster.pid"); ticks $pm $(pgrep -P $pm); }
# marks the start of a measured stretch: cpu_start; ...work...; cpu_report "the import" "$N" payment
cpu_start() { CPU_APP0=$(ticks $APP); CPU_DB0=$(dbticks); PGALLOC0=$(pgalloc); THREADS0=$(app_threads); }
# the app's CPU ticks by kind of thread (the JIT compilers, the collector, our workers, the rest), one "kind ticks" a line;
# a thread's number is left out of its name so that its kind's threads add up (C2 CompilerThread0 and 1, ...)
app_threads() {
  local t
  for t in /proc/$APP/task/*; do
    [ -r "$t/stat" ] && echo "$(sed 's/[0-9]*$//' "$t/comm" | tr ' ' '_') $(sed 's/.*) //' "$t/stat" | awk '{ print $12 + $13 }')"
  done 2>/dev/null | awk '{ n[$1] += $2 } END { for (k in n) print k, n[k] }'
}
# pages the kernel handed out since boot (every zone): memory newly taken into use by anyone, page cache included
pgalloc() { awk '/^pgalloc_/ { n += $2 } END { print n }' /proc/vmstat; }
# prints the CPU of app and database since cpu_start, in all and per unit; sets CPU_APP_US and CPU_DB_US (µs a unit)
cpu_report() {
  local what=$1 n=$2 unit=$3 hz app db
  hz=$(getconf CLK_TCK)
  app=$(( $(ticks $APP) - CPU_APP0 )); db=$(( $(dbticks) - CPU_DB0 ))
  [ "$n" -gt 0 ] || { echo "CPU during $what: app $(( app / hz )) s, database $(( db / hz )) s (no $unit to divide by)"; CPU_APP_US=0; CPU_DB_US=0; return; }
  CPU_APP_US=$(( app * 1000000 / hz / n )); CPU_DB_US=$(( db * 1000000 / hz / n ))
  echo "memory handed out by the kernel during $what: $(( ($(pgalloc) - PGALLOC0) * 4096 / 1048576 )) MB (first use of memory costs $TOUCH_S_PER_GB s a GB here)"
  # the app's threads that took CPU in the stretch, by kind; what threads that ended meanwhile took (a file's
  # workers) is the app's CPU less the threads still there
  echo "app CPU by kind of thread, µs a $unit: $(join <(echo "$THREADS0" | sort) <(app_threads | sort) -a 2 | awk -v hz=$hz -v n=$n -v app=$app \
    '{ d = (NF == 3 ? $3 - $2 : $2); sum += d } d * 1000000 / hz / n >= 0.5 { printf "%s %.1f, ", $1, d * 1000000 / hz / n }
     END { printf "threads ended meanwhile %.1f", (app - sum) * 1000000 / hz / n }')"
  echo "CPU during $what: app $(awk "BEGIN { printf \"%.2f\", $app / $hz }") s, database $(awk "BEGIN { printf \"%.2f\", $db / $hz }") s = $CPU_APP_US + $CPU_DB_US µs a $unit (app + database; $(nproc) cores)"
}
# A fixed single-core Python loop: 1.04 s on the machine the targets were set on; a machine that needs more is slower.
calibrate() {
  CALIBRATION_S=$(python3 -c 'import time; t = time.perf_counter(); sum(i * i for i in range(20_000_000)); print(round(time.perf_counter() - t, 2))')
  echo "CPU calibration (fixed single-core Python loop, to compare machines and days): $CALIBRATION_S s"
  # On these virtual machines memory's first use is slow (the host backs a page when the guest first touches it):
  # the seconds to touch 512 MB of fresh shared memory once, scaled to a GB, as a second calibration.
  TOUCH_S_PER_GB=$(python3 -c 'import mmap, time
m = mmap.mmap(-1, 512 << 20); t = time.perf_counter()
for i in range(0, 512 << 20, 4096): m[i] = 1
print(round((time.perf_counter() - t) * 2, 2))')
  echo "first use of memory: $TOUCH_S_PER_GB s a GB (512 MB of fresh shared memory touched once)"
}

# Huge pages for the database's shared memory, as a production server is set up (decision 0086): on these virtual
# machines a page's first use costs the host a fault (about 4 s a GB of 4 kB pages, TOUCH_S_PER_GB), and a run that
# fills gigabytes of fresh shared buffers pays it for every 4 kB; in 2 MB pages it is a fraction of that. Reserves
# enough for shared_buffers (a quarter of memory, as the embedded database sets it) when run as root, for the run only
# (huge_pages_release on exit); the server takes them by its default huge_pages=try. NO_HUGE_PAGES=1 leaves them off.
huge_pages_reserve() {
  HUGE_PAGES0=
  [ -z "${NO_HUGE_PAGES:-}" ] && [ -w /proc/sys/vm/nr_hugepages ] || return 0
  HUGE_PAGES0=$(cat /proc/sys/vm/nr_hugepages)
  local sb_mb=$(( $(awk '/^MemTotal:/ { print $2 }' /proc/meminfo) / 4 / 1024 ))
  echo $(( HUGE_PAGES0 + (sb_mb * 103 / 100 + 128) / 2 )) > /proc/sys/vm/nr_hugepages 2>/dev/null || true
}
huge_pages_release() { [ -z "${HUGE_PAGES0:-}" ] || echo "$HUGE_PAGES0" > /proc/sys/vm/nr_hugepages 2>/dev/null || true; }
# what the database got (PostgreSQL 17: on or off); needs PSQL
huge_pages_report() { echo "database shared memory in huge pages: $($PSQL -t -A -c "show huge_pages_status")"; }
