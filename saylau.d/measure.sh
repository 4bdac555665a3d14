# Part of ./saylau (sourced by it, never run alone): ./saylau measure: startup time and idle RSS of each service.

# Startup time and idle RSS of each service, measured on the packaged jars (not a test: prints figures), on each JDK of
# this machine side by side: the oldest of 17 or later and the newest (SAYLAU_MEASURE_JDKS lists JDK homes instead).
# Each service is restarted SAYLAU_MEASURE_RUNS times (default 5) while the others idle, then the four are started
# together as many times: the CPU of a shared virtual machine varies from one second to the next, so one start says
# little; the median and the range say more. Each start maps the class archive its build made for that JDK (jvm.sh).
measure() {
  local runs=${SAYLAU_MEASURE_RUNS:-5} jdks jdk s
  infra_up
  build_missing
  jdks=${SAYLAU_MEASURE_JDKS:-$(jdks_to_compare)}
  printf '%-22s %-18s %-20s %-20s %s\n' 'JDK (archive)' service 'until ready' 'quarkus says' 'idle RSS MB' >"$RUN/measure.txt"
  for jdk in $jdks; do
    use_jdk "$jdk"
    for s in "${SERVICES[@]}"; do stop_pid "$s" 30; done
    for s in "${SERVICES[@]}"; do alive "$s" || { service_start "$s"; wait_ready "$s"; }; done
    # the archives are the build's, recorded by the JDK that built: another JDK runs without one, and says so here
    local kind=$ARCHIVE_KIND s
    for s in "${SERVICES[@]}"; do [ -f "$(archive_of "$s")" ] || kind="no $ARCHIVE_KIND"; done
    say "JDK $JAVA_FEATURE ($kind): each service restarted $runs times, then the four together"
    for s in "${SERVICES[@]}"; do
      local ready=() said=() i t0 t1
      for ((i = 0; i < runs; i++)); do
        stop_pid "$s" 30
        t0=$(date +%s.%N)
        service_start "$s"
        wait_ready "$s"
        t1=$(date +%s.%N)
        archive_check "$s"
        ready+=("$(echo "$t1 - $t0" | bc)")
        said+=("$(grep -o 'started in [0-9.]*s' "$LOGS/$s.log" | tail -1 | sed 's/started in //; s/s$//' || true)")
      done
      sleep 10
      printf '%-22s %-18s %-20s %-20s %s\n' "$JAVA_FEATURE ($kind)" "$s" "$(spread "${ready[@]}")" "$(spread "${said[@]}")" "$(rss_mb "$s")" >>"$RUN/measure.txt"
    done
    local together=()
    for ((i = 0; i < runs; i++)); do
      for s in "${SERVICES[@]}"; do stop_pid "$s" 30; done
      t0=$(date +%s.%N)
      for s in "${SERVICES[@]}"; do service_start "$s"; done
      for s in "${SERVICES[@]}"; do wait_ready "$s"; done
      t1=$(date +%s.%N)
      together+=("$(echo "$t1 - $t0" | bc)")
    done
    printf '%-22s %-18s %-20s\n' "$JAVA_FEATURE ($kind)" "the four together" "$(spread "${together[@]}")" >>"$RUN/measure.txt"
  done
  say "seconds as median (min-max), RSS after 10 s idle:"
  cat "$RUN/measure.txt"
}

# The JDKs measured side by side: the oldest of 17 or later, and the newest (one, if they are the same).
jdks_to_compare() { jdks_found | awk 'NR == 1 { oldest = $2 } { newest = $2 } END { print (oldest == newest ? newest : oldest " " newest) }'; }

# "median (min-max)" of some numbers
spread() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'
}
