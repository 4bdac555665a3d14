# Part of ./saylau (sourced by it, never run alone): starting, stopping and watching the services; up, down and status.

stop_pid() {
  local name=$1 wait=${2:-30} pid
  [ -f "$PIDS/$name.pid" ] || return 0
  pid=$(cat "$PIDS/$name.pid")
  local killed=false
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait * 4))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && { say "$name did not stop in ${wait}s; killing it"; killed=true; kill -9 "$pid" 2>/dev/null || true; }
  fi
  rm -f "$PIDS/$name.pid"
  cds_keep "$name" "$killed"
}

service_start() {
  local s=$1 port
  port=$(port_of "$s")
  if alive "$s"; then say "$s already runs"; return; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "$s: port $port is taken by another process"; fi
  local opts=$SERVICE_JAVA_OPTS
  case $s in ballot-service|results-service|gateway) opts=$BALLOT_JAVA_OPTS ;; esac
  opts="$opts $(cds_opts "$s")"
  # On a machine the services share, protocol intake is the CPU-hungry part and the count's freshness is what
  # dashboards see: results-service runs at a higher CPU priority, so it keeps up with the protocols instead of
  # queueing behind the intake's many threads (docs/results-service.md, "Freshness"). Raising a priority needs
  # root; elsewhere nice says so and the service runs at the normal one.
  local nice=0
  [ "$s" = results-service ] && nice=$SAYLAU_RESULTS_NICE
  # shellcheck disable=SC2086
  nohup nice -n "$nice" java $opts -jar "$(service_jar "$s")" >"$LOGS/$s.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$s.pid"
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

infra_up() { mkdir -p "$LOGS" "$PIDS"; keys; postgres_start; kafka_start; }

up() {
  infra_up
  build_missing
  local s
  for s in "${SERVICES[@]}"; do service_start "$s"; done
  for s in "${SERVICES[@]}"; do wait_ready "$s"; cds_check "$s"; say "$s ready on port $(port_of "$s")"; done
  say "Saylau is up$([ "$SAYLAU_SIMULATION" = true ] && echo ' in SIMULATION mode (rehearsal data)')"
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
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_pid "${SERVICES[$i]}" 30; done
  kafka_stop
  postgres_stop
  say "down"
}

status() {
  local s
  for s in "${SERVICES[@]}"; do
    if alive "$s"; then
      local ready
      ready=$(curl -fs "http://127.0.0.1:$(port_of "$s")/q/health/ready" 2>/dev/null | grep -o '"status": *"[A-Z]*"' | head -1 || true)
      printf '%-18s pid %-7s port %-5s %s\n' "$s" "$(cat "$PIDS/$s.pid")" "$(port_of "$s")" "${ready:-not answering}"
    else
      printf '%-18s stopped\n' "$s"
    fi
  done
  if alive kafka; then printf '%-18s pid %-7s %s\n' kafka "$(cat "$PIDS/kafka.pid")" "$SAYLAU_KAFKA";
  elif kafka_answers; then printf '%-18s %s (not started by saylau)\n' kafka "$SAYLAU_KAFKA";
  else printf '%-18s stopped\n' kafka; fi
  if pg_answers; then printf '%-18s %s:%s%s\n' postgresql "$SAYLAU_DB_HOST" "$SAYLAU_DB_PORT" \
      "$([ -f "$PIDS/postgres.cluster" ] || echo ' (not started by saylau)')";
  else printf '%-18s stopped\n' postgresql; fi
}
