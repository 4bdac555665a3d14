#!/usr/bin/env bash
# Election night on this machine, each figure beside the peer it is compared with, measured in one run (issue 21;
# docs/performance.md keeps the results). Not a test: it prints figures.
#
#   bench/election_night.sh
#
# It starts what it needs: PostgreSQL and Kafka, the four services in simulation mode (single topology) with the
# anonymous and per-account write limits lifted (the bench is one address and one account standing for a country),
# and the peers: pgbench against the same PostgreSQL, nginx with one worker in front of results-service (Debian's
# nginx and wrk are installed if missing). Then:
#   1. intake: java bench/ProtocolIntake.java (BENCH_UNITS x 4 protocols, 32 in flight) against pgbench doing the same
#      write (one transaction: the protocol as jsonb plus an outbox row, synchronous commit, 32 clients); the first
#      intake right after the services started (cold) against a warm one (after BENCH_WARMUP_INTAKES more, 2);
#   2. memory: each service's RSS after the intake;
#   3. reads: bench/result_reads.sh through the gateway, through nginx, and at results-service itself (200 and 304);
#   4. freshness: protocols posted at BENCH_FRESH_RATE a second, post -> live stream p99.
# The system is left running (./saylau down stops it); the nginx peer and pgbench's tables are removed.
# BENCH_PROFILE=true also records each service with JDK Flight Recorder (its "profile" settings) and, after the
# intake, prints the hottest methods of each (jfr view hot-methods; the recordings stay in .saylau/bench/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for part in settings postgres patroni nginx kafka jvm build services; do
  # shellcheck source=/dev/null
  . "$ROOT/saylau.d/$part.sh"
done
[ "$SAYLAU_TOPOLOGY" = single ] || fail "the bench runs on the single topology (./saylau down first)"

UNITS=${BENCH_UNITS:-1000}
FRESH_RATE=${BENCH_FRESH_RATE:-500}
PEER_PORT=${BENCH_NGINX_PORT:-8090}
OUT="$RUN/bench"
mkdir -p "$OUT" "$LOGS" "$PIDS"

debian_tool wrk wrk "the bench"
debian_tool nginx nginx "the bench"

# ---------------------------------------------------------------------------------------------- the system
export SAYLAU_SIMULATION=true SAYLAU_LIMIT_ANONYMOUS_PER_SECOND=1000000 SAYLAU_LIMIT_WRITES_PER_SECOND=1000000
PROFILE=${BENCH_PROFILE:-false}
if [ "$PROFILE" = true ]; then
  SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -XX:StartFlightRecording:settings=profile"
  BALLOT_JAVA_OPTS="$BALLOT_JAVA_OPTS -XX:StartFlightRecording:settings=profile"
fi
for s in "${SERVICES[@]}"; do stop_pid "$s" 30; done
infra_up >"$OUT/up.log"
build_missing
up >>"$OUT/up.log"
say "system up (JDK $JAVA_FEATURE, simulation mode, limits lifted)"

# ---------------------------------------------------------------------------------------------- the peers
nginx_peer() {
  mkdir -p "$OUT/nginx"
  { echo "# The bench's plain reverse proxy in front of results-service (bench/election_night.sh)."
    nginx_conf_head "$OUT/nginx" "$LOGS/bench-nginx.log" 4096
    cat <<EOF
  upstream results { server 127.0.0.1:$SAYLAU_RESULTS_PORT; keepalive 128; }
  server {
    listen 127.0.0.1:$PEER_PORT;
    location / {
      proxy_pass http://results;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
EOF
  } >"$OUT/nginx/nginx.conf"
  nohup nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -g 'daemon off;' >>"$LOGS/bench-nginx.log" 2>&1 </dev/null &
  echo $! >"$PIDS/bench-nginx.pid"
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PEER_PORT/q/health/ready" && return; sleep 0.2; done
  fail "the nginx peer does not answer on $PEER_PORT; see $LOGS/bench-nginx.log"
}

psql_ballot() { PGOPTIONS=--client-min-messages=warning PGPASSWORD="$SAYLAU_DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 -h "$SAYLAU_DB_HOST" -p "$SAYLAU_DB_PORT" -U "$SAYLAU_DB_USER" -d saylau_ballot "$@"; }
cleanup() {
  stop_pid bench-nginx 10
  psql_ballot -c "DROP SCHEMA IF EXISTS bench_peer CASCADE" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# pgbench, the same write as a protocol's: one transaction with the protocol as jsonb and an outbox row, in ballot-
# service's own database (a schema of its own, dropped afterwards), synchronous commit as the services use
pgbench_peer() {
  psql_ballot <<'SQL' >/dev/null
DROP SCHEMA IF EXISTS bench_peer CASCADE;
CREATE SCHEMA bench_peer;
CREATE TABLE bench_peer.protocol (id uuid PRIMARY KEY, precinct text NOT NULL, body jsonb NOT NULL, received_at timestamptz NOT NULL);
CREATE TABLE bench_peer.outbox (id bigserial PRIMARY KEY, topic text NOT NULL, key text NOT NULL, payload jsonb NOT NULL, created_at timestamptz NOT NULL);
SQL
  cat >"$OUT/protocol.sql" <<'SQL'
\set precinct random(1, 100000000)
BEGIN;
INSERT INTO bench_peer.protocol VALUES (gen_random_uuid(), 'P' || :precinct, '{"votersOnList":1000,"ballotsReceived":1000,"ballotsIssued":700,"ballotsCancelled":300,"ballotsInBox":690,"invalidBallots":10,"againstAll":30,"votes":[{"candidateId":"2b0f6a50-8a3e-4c1e-9a51-6f1f0c8e2d11","votes":650}],"tracker":"4f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e"}', now());
INSERT INTO bench_peer.outbox (topic, key, payload, created_at) VALUES ('saylau.tallies', 'P' || :precinct, '{"specversion":"1.0","type":"saylau.protocol.accepted.v1","source":"/saylau/ballot-service","data":{"votersOnList":1000,"ballotsInBox":690,"invalidBallots":10,"againstAll":30,"votes":[{"candidateId":"2b0f6a50-8a3e-4c1e-9a51-6f1f0c8e2d11","votes":650}]}}', now());
COMMIT;
SQL
  PGPASSWORD="$SAYLAU_DB_PASSWORD" pgbench -n -c 32 -j 2 -T "${BENCH_PGBENCH_SECONDS:-15}" -f "$OUT/protocol.sql" \
    -h "$SAYLAU_DB_HOST" -p "$SAYLAU_DB_PORT" -U "$SAYLAU_DB_USER" saylau_ballot >"$OUT/pgbench.txt" 2>&1
  grep -o 'tps = [0-9.]*' "$OUT/pgbench.txt" | head -1 | cut -d' ' -f3
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }

# ---------------------------------------------------------------------------------------------- 1, 2: intake
intake() { # $1: the output's name
  BENCH_UNITS=$UNITS java "$ROOT/bench/ProtocolIntake.java" >"$OUT/$1.txt" 2>&1 || { cat "$OUT/$1.txt"; fail "the intake bench failed"; }
  grep -o '= [0-9]* protocols/s' "$OUT/$1.txt" | grep -o '[0-9]*'
}
WARMUPS=${BENCH_WARMUP_INTAKES:-2}
say "intake: $((UNITS * 4)) protocols, 32 in flight (java bench/ProtocolIntake.java), right after the start, then warm (after $WARMUPS more)"
cold_rate=$(intake intake-cold)
# warm means the JIT is done with the intake's code: the C2 compiler still works through the second intake after a
# start (ballot-service's CPU a protocol fell by half between the second and the fourth), so that one is not measured
for i in $(seq 1 "$WARMUPS"); do intake "intake-warmup-$i" >/dev/null; done
intake_rate=$(intake intake)
intake_p99=$(sed -n 's/^protocols:.*p99 \([0-9.]*\) ms.*/\1/p' "$OUT/intake.txt" | head -1)
protocols=$(grep -o 'protocols: [0-9]* posted' "$OUT/intake.txt" | grep -o '[0-9]*')
# the system's processes, not the bench's own load generator
cpu_ms=$(grep 'CPU seconds used' "$OUT/intake.txt" | sed 's/.*intake://; s/(wall.*//' | tr ';' '\n' |
  awk -v n="$protocols" 'NF == 2 && $1 != "bench" { s += $2 } END { printf "%.2f", s * 1000 / n }')
rss=""
for s in "${SERVICES[@]}"; do rss+="$s $(rss_mb "$s") MB; "; done
if [ "$PROFILE" = true ]; then
  for s in "${SERVICES[@]}"; do
    jcmd "$(cat "$PIDS/$s.pid")" JFR.dump filename="$OUT/$s.jfr" >"$OUT/$s-jfr-dump.txt" 2>&1 || say "no recording of $s: $(tail -1 "$OUT/$s-jfr-dump.txt")"
    jfr view --width 200 hot-methods "$OUT/$s.jfr" >"$OUT/$s-hot-methods.txt" 2>&1 || true
  done
fi
say "the peer: pgbench, the same write, 32 clients"
pg_rate=$(pgbench_peer)

# ---------------------------------------------------------------------------------------------- 3: reads
nginx_peer
reads() { # $1: URL -> "rate200 rate304"
  SAYLAU_URL=$1 BENCH_SECONDS=${BENCH_READ_SECONDS:-10} "$ROOT/bench/result_reads.sh" >"$OUT/reads-$2.txt" 2>&1 \
    || { cat "$OUT/reads-$2.txt"; fail "the read bench failed against $1"; }
  grep 'Requests/sec' "$OUT/reads-$2.txt" | awk '{ printf "%.0f ", $2 }'
}
say "reads: through the gateway, through nginx, at results-service itself (bench/result_reads.sh, wrk, 64 connections)"
read -r gw200 gw304 <<<"$(reads "http://127.0.0.1:$SAYLAU_GATEWAY_PORT" gateway)"
read -r ng200 ng304 <<<"$(reads "http://127.0.0.1:$PEER_PORT" nginx)"
read -r rs200 rs304 <<<"$(reads "http://127.0.0.1:$SAYLAU_RESULTS_PORT" results)"

# ---------------------------------------------------------------------------------------------- 4: freshness
say "freshness: protocols at $FRESH_RATE/s, post -> live stream"
BENCH_UNITS=$UNITS BENCH_RATE=$FRESH_RATE java "$ROOT/bench/ProtocolIntake.java" >"$OUT/freshness.txt" 2>&1 \
  || { cat "$OUT/freshness.txt"; fail "the freshness bench failed"; }
fresh_p99=$(sed -n 's/^freshness.*post -> stream .* p99 \([0-9]*\) ms.*/\1/p' "$OUT/freshness.txt" | head -1)
fresh_rate=$(grep -o '= [0-9]* protocols/s' "$OUT/freshness.txt" | grep -o '[0-9]*')

# ---------------------------------------------------------------------------------------------- the table
{
  echo "Saylau election-night bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, JDK $JAVA_FEATURE, commit $(git -C "$ROOT" rev-parse --short HEAD)"
  printf '%-38s %-16s %-28s %-8s %s\n' figure Saylau peer ratio goal
  printf '%-38s %-16s %-28s %-8s %s\n' "intake, protocols/s (32 in flight)" "$intake_rate" "pgbench same write: ${pg_rate%.*}" "$(ratio "$intake_rate" "$pg_rate")" ">= 0.2"
  printf '%-38s %-16s %-28s %-8s %s\n' "intake p99, ms" "$intake_p99" "" "" "<= 100"
  printf '%-38s %-16s %-28s %-8s %s\n' "first intake after the start, /s" "$cold_rate" "warm: $intake_rate" "$(ratio "$intake_rate" "$cold_rate")" "<= 1.5"
  printf '%-38s %-16s %-28s %-8s %s\n' "CPU per protocol, all processes, ms" "$cpu_ms" "" "" "<= 1.5"
  printf '%-38s %-16s %-28s %-8s %s\n' "reads 200, req/s, gateway" "$gw200" "nginx: $ng200" "$(ratio "$gw200" "$ng200")" ">= 1.0"
  printf '%-38s %-16s %-28s %-8s %s\n' "reads 304, req/s, gateway" "$gw304" "nginx: $ng304" "$(ratio "$gw304" "$ng304")" ">= 1.0"
  printf '%-38s %-16s %-28s\n' "reads at results-service itself" "200: $rs200" "304: $rs304"
  printf '%-38s %-16s %-28s %-8s %s\n' "freshness p99 at $FRESH_RATE/s, ms" "${fresh_p99:-?}" "(posted at $fresh_rate/s)" "" "<= 250"
  printf '%-38s %s\n' "RSS after the intake" "$rss"
  echo "details: $OUT/ (intake.txt, pgbench.txt, reads-*.txt, freshness.txt)"
  if [ "$PROFILE" = true ]; then
    for s in "${SERVICES[@]}"; do
      echo; echo "== $s, hottest methods during the whole run until after the intake ($OUT/$s.jfr)"
      sed -n '1,20p' "$OUT/$s-hot-methods.txt"
    done
  fi
} | tee "$OUT/summary.txt"
