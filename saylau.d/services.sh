# Part of ./saylau (sourced by it, never run alone): starting, stopping and watching the services; up, down and status.

stop_pid() {
  local name=$1 wait=${2:-30} pid
  [ -f "$PIDS/$name.pid" ] || return 0
  pid=$(cat "$PIDS/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait * 4))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && { say "$name did not stop in ${wait}s; killing it"; kill -9 "$pid" 2>/dev/null || true; }
  fi
  rm -f "$PIDS/$name.pid"
}

# The resident memory of a running service, in MB.
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$(cat "$PIDS/$1.pid")/status"; }

service_start() {
  local name=$1 s port
  s=$(service_of "$name"); port=$(port_of "$name")
  if alive "$name"; then say "$name already runs"; return; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "$name: port $port is taken by another process"; fi
  local opts=$SERVICE_JAVA_OPTS
  case $s in ballot-service|results-service|gateway) opts="$BALLOT_JAVA_OPTS $C2_OPTS" ;; esac
  opts="$opts $(archive_opts "$s")"
  # On a machine the services share, protocol intake is the CPU-hungry part and the count's freshness is what
  # dashboards see: results-service runs at a higher CPU priority, so it keeps up with the protocols instead of
  # queueing behind the intake's many threads (docs/results-service.md, "Freshness"). Raising a priority needs
  # root; elsewhere nice says so and the service runs at the normal one.
  local nice=0
  [ "$s" = results-service ] && nice=$SAYLAU_RESULTS_NICE
  # each instance its own port (and Kafka member name); a gateway is told every instance of each service
  local env=(SAYLAU_INSTANCE="$name")
  case $s in
    candidate-service) env+=(SAYLAU_CANDIDATE_PORT="$port") ;;
    ballot-service) env+=(SAYLAU_BALLOT_PORT="$port" SAYLAU_CANDIDATE_ADDRESSES="$(addresses_of candidate-service)") ;;
    results-service) env+=(SAYLAU_RESULTS_PORT="$port") ;;
    gateway) env+=(SAYLAU_GATEWAY_PORT="$port" SAYLAU_CANDIDATE_URL="$(urls_of candidate-service)"
                   SAYLAU_BALLOT_URL="$(urls_of ballot-service)" SAYLAU_RESULTS_URL="$(urls_of results-service)")
             [ "$SAYLAU_TOPOLOGY" = cluster ] && env+=(SAYLAU_BEHIND_PROXY=true SAYLAU_GATEWAYS="$(urls_of gateway | tr ',' '\n' | wc -l)") ;;
  esac
  # from the jar's own directory, as Quarkus records a CDS archive at package (the subshell execs into the JVM: $! is it)
  # shellcheck disable=SC2086
  (cd "$(service_dir "$s")" && exec nohup env "${env[@]}" nice -n "$nice" java $opts -jar "$(basename "$(service_jar "$s")")") \
    >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {
  local s=$1 port deadline
  port=$(port_of "$s")
  deadline=$((SECONDS + 90))
  until curl -fs "http://127.0.0.1:$port/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; do
    alive "$s" || fail "$s exited; see $LOGS/$s.log"
    [ $SECONDS -lt $deadline ] || fail "$s not ready after 90 s; see $LOGS/$s.log"
    sleep 0.1   # also the resolution of the "until ready" figure of measure
  done
}

infra_up() {
  mkdir -p "$LOGS" "$PIDS"
  if [ -f "$RUN/topology" ] && [ "$(cat "$RUN/topology")" != "$SAYLAU_TOPOLOGY" ] && something_runs; then
    fail "the $(cat "$RUN/topology") topology runs: ./saylau down first"
  fi
  echo "$SAYLAU_TOPOLOGY" >"$RUN/topology"
  keys
  if [ "$SAYLAU_TOPOLOGY" = cluster ]; then pg_cluster_start; else postgres_start; fi
  kafka_start
}

# True when a part that saylau started still runs.
something_runs() {
  local f
  for f in "$PIDS"/*.pid; do [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0; done
  [ -f "$PIDS/postgres.cluster" ]
}

up() {
  infra_up
  build_missing
  local s
  echo "$SAYLAU_SIMULATION" >"$RUN/simulation"
  for s in "${INSTANCES[@]}"; do service_start "$s"; done
  for s in "${INSTANCES[@]}"; do wait_ready "$s"; archive_check "$s"; say "$s ready on port $(port_of "$s")"; done
  [ "$SAYLAU_TOPOLOGY" = cluster ] && nginx_start
  say "Saylau is up$([ "$SAYLAU_SIMULATION" = true ] && echo ' in SIMULATION mode (rehearsal data)')$([ "$SAYLAU_TOPOLOGY" = cluster ] && echo ', cluster topology')"
  say "  the page     http://localhost:$SAYLAU_GATEWAY_PORT/   (election night live; ./saylau demo plays one)"
  say "  gateway      http://localhost:$SAYLAU_GATEWAY_PORT/api"
  say "  Swagger UI   http://localhost:$SAYLAU_GATEWAY_PORT/q/swagger-ui"
  say "  logs         $LOGS"
}

# ./saylau demo [--scale F] [--minutes M]: a whole election night on the running system, for the page (tools/demo.py).
demo() {
  curl -fs "http://127.0.0.1:$SAYLAU_GATEWAY_PORT/q/health/ready" >/dev/null 2>&1 \
    || fail "Saylau is not running: start it with SAYLAU_SIMULATION=true ./saylau up"
  say "the page: http://localhost:$SAYLAU_GATEWAY_PORT/"
  python3 "$ROOT/tools/demo.py" --gateway "http://localhost:$SAYLAU_GATEWAY_PORT" "$@"
}

down() {
  local i
  stop_pid nginx 10
  for ((i = ${#INSTANCES[@]} - 1; i >= 0; i--)); do stop_pid "${INSTANCES[$i]}" 30; done
  kafka_stop
  if [ "$SAYLAU_TOPOLOGY" = cluster ]; then pg_cluster_stop; else postgres_stop; fi
  rm -f "$RUN/simulation" "$RUN/topology"
  say "down"
}

status() {
  local s
  say "topology: $SAYLAU_TOPOLOGY"
  for s in "${INSTANCES[@]}"; do
    if alive "$s"; then
      local ready
      ready=$(curl -fs "http://127.0.0.1:$(port_of "$s")/q/health/ready" 2>/dev/null | grep -o '"status": *"[A-Z]*"' | head -1 || true)
      printf '%-20s pid %-7s port %-5s %s\n' "$s" "$(cat "$PIDS/$s.pid")" "$(port_of "$s")" "${ready:-not answering}"
    else
      printf '%-20s stopped\n' "$s"
    fi
  done
  local i=1 n
  for n in $(kafka_nodes); do
    if alive "$(kafka_name $i)"; then printf '%-20s pid %-7s %s\n' "$(kafka_name $i)" "$(cat "$PIDS/$(kafka_name $i).pid")" "$n";
    elif kafka_answers "$n"; then printf '%-20s %s (not started by saylau)\n' "$(kafka_name $i)" "$n";
    else printf '%-20s stopped\n' "$(kafka_name $i)"; fi
    i=$((i + 1))
  done
  if [ "$SAYLAU_TOPOLOGY" = cluster ]; then
    for i in $(seq 1 "$PG_NODES"); do
      if alive "pg$i"; then printf '%-20s pid %-7s port %-5s %s\n' "postgresql pg$i" "$(cat "$PIDS/pg$i.pid")" "$(pg_node_port "$i")" \
          "$(curl -fs --max-time 2 "http://127.0.0.1:$(patroni_port "$i")/patroni" | grep -o '"role": *"[a-z_]*"' | head -1)";
      else printf '%-20s stopped\n' "postgresql pg$i"; fi
    done
    alive nginx && printf '%-20s pid %-7s port %s\n' nginx "$(cat "$PIDS/nginx.pid")" "$SAYLAU_GATEWAY_PORT"
  elif pg_answers; then printf '%-20s %s:%s%s\n' postgresql "$SAYLAU_DB_HOST" "$SAYLAU_DB_PORT" \
      "$([ -f "$PIDS/postgres.cluster" ] || echo ' (not started by saylau)')";
  else printf '%-20s stopped\n' postgresql; fi
}
