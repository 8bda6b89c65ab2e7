# Shared by the bench scripts (source it): CPU of the app and of the database from /proc, and the CPU calibration,
# so a figure from any machine can be judged by the CPU a unit of work took, not only by how many went per second.
# Needs DATA (the embedded database lies in $DATA/data) and APP (the app's pid) set by the caller.

# CPU ticks of processes and their reaped children (/proc/PID/stat utime stime cutime cstime)
ticks() { local s total=0; for p in "$@"; do s=$(cat /proc/$p/stat 2>/dev/null) || continue; s=${s##*) }; set -- $s; total=$(( total + ${12} + ${13} + ${14} + ${15} )); done; echo $total; }
# every PostgreSQL process: the postmaster and its children (backends, walwriter, checkpointer, ...)
dbticks() { local pm; pm=$(head -1 "$DATA/data/postmaster.pid"); ticks $pm $(pgrep -P $pm); }
# marks the start of a measured stretch: cpu_start; ...work...; cpu_report "the import" "$N" payment
cpu_start() { CPU_APP0=$(ticks $APP); CPU_DB0=$(dbticks); }
# prints the CPU of app and database since cpu_start, in all and per unit; sets CPU_APP_US and CPU_DB_US (µs a unit)
cpu_report() {
  local what=$1 n=$2 unit=$3 hz app db
  hz=$(getconf CLK_TCK)
  app=$(( $(ticks $APP) - CPU_APP0 )); db=$(( $(dbticks) - CPU_DB0 ))
  [ "$n" -gt 0 ] || { echo "CPU during $what: app $(( app / hz )) s, database $(( db / hz )) s (no $unit to divide by)"; CPU_APP_US=0; CPU_DB_US=0; return; }
  CPU_APP_US=$(( app * 1000000 / hz / n )); CPU_DB_US=$(( db * 1000000 / hz / n ))
  echo "CPU during $what: app $(awk "BEGIN { printf \"%.2f\", $app / $hz }") s, database $(awk "BEGIN { printf \"%.2f\", $db / $hz }") s = $CPU_APP_US + $CPU_DB_US µs a $unit (app + database; $(nproc) cores)"
}
# A fixed single-core Python loop: 1.04 s on the machine the targets were set on; a machine that needs more is slower.
calibrate() {
  CALIBRATION_S=$(python3 -c 'import time; t = time.perf_counter(); sum(i * i for i in range(20_000_000)); print(round(time.perf_counter() - t, 2))')
  echo "CPU calibration (fixed single-core Python loop, to compare machines and days): $CALIBRATION_S s"
}
