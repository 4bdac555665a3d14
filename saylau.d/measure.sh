# Part of ./saylau (sourced by it, never run alone): ./saylau measure: startup time and idle RSS of each service.

# Startup time and idle RSS of each service, measured on the packaged jars (not a test: prints figures). Each service
# is restarted SAYLAU_MEASURE_RUNS times (default 5) while the others idle: the CPU of a shared virtual machine varies
# from one second to the next, so one start says little; the median and the range say more.
measure() {
  local runs=${SAYLAU_MEASURE_RUNS:-5}
  infra_up
  build_missing
  local s
  for s in "${SERVICES[@]}"; do   # a first start records the classes for CDS (see cds_opts)
    cds_fresh "$s" && continue
    say "recording the classes $s loads (CDS, once per build)"
    stop_pid "$s" 30; service_start "$s"; wait_ready "$s"; stop_pid "$s" 30
  done
  for s in "${SERVICES[@]}"; do alive "$s" || { service_start "$s"; wait_ready "$s"; }; done
  say "each service restarted $runs times; seconds as median (min-max)"
  printf '%-18s %-20s %-20s %s\n' service 'until ready' 'quarkus says' 'idle RSS MB'
  for s in "${SERVICES[@]}"; do
    local ready=() said=() i t0 t1
    for ((i = 0; i < runs; i++)); do
      stop_pid "$s" 30
      t0=$(date +%s.%N)
      service_start "$s"
      wait_ready "$s"
      t1=$(date +%s.%N)
      cds_check "$s"
      ready+=("$(echo "$t1 - $t0" | bc)")
      said+=("$(grep -o 'started in [0-9.]*s' "$LOGS/$s.log" | tail -1 | sed 's/started in //; s/s$//' || true)")
    done
    sleep 10
    local rss
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$(cat "$PIDS/$s.pid")/status")
    printf '%-18s %-20s %-20s %s\n' "$s" "$(spread "${ready[@]}")" "$(spread "${said[@]}")" "$rss"
  done
}

# "median (min-max)" of some numbers
spread() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
