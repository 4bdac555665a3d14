# Part of ./saylau (sourced by it, never run alone): the cluster topology's PostgreSQL: a primary and a synchronous
# standby managed by Patroni (Debian's package), with one etcd as its configuration store; failover is Patroni's.
# Node n: PostgreSQL on port 5433 + (n - 1), Patroni's REST API on 8008 + (n - 1).
#
# PostgreSQL refuses to run as root, and the project folder may be closed to other users (a clone under mktemp), so
# the nodes' data and configuration live under /var/lib/postgresql/saylau-<folder's checksum>/, owned by postgres;
# etcd's data, the logs and the pids stay in .saylau/ as for everything else.

PG_NODES=2
PG_BIN=${SAYLAU_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_HOME=/var/lib/postgresql/saylau-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
# dev defaults, never production secrets: the cluster is bound to 127.0.0.1
PG_SUPERUSER_PASSWORD=${SAYLAU_PG_SUPERUSER_PASSWORD:-postgres-dev-password}
PG_REPLICATION_PASSWORD=${SAYLAU_PG_REPLICATION_PASSWORD:-replication-dev-password}

pg_node_port() { echo $((5432 + $1)); }
patroni_port() { echo $((8007 + $1)); }

# The port of the node that is primary now (Patroni answers 200 on /primary only there), or nothing.
pg_primary_port() {
  local n
  for ((n = 1; n <= PG_NODES; n++)); do
    if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(patroni_port "$n")/primary"; then pg_node_port "$n"; return; fi
  done
}

pg_cluster_install() {
  command -v patroni >/dev/null 2>&1 && command -v etcd >/dev/null 2>&1 && [ -x "$PG_BIN/postgres" ] && return 0
  [ "$(id -u)" = 0 ] || fail "the cluster topology needs Debian's postgresql, patroni and etcd-server (apt-get install postgresql patroni etcd-server)"
  say "installing PostgreSQL, Patroni and etcd from Debian's packages"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql patroni etcd-server etcd-client) \
    >"$LOGS/patroni-install.log" 2>&1 || fail "installing Patroni; see $LOGS/patroni-install.log"
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
}

etcd_start() {
  if alive etcd; then return; fi
  mkdir -p "$RUN/etcd"
  say "starting etcd (Patroni's configuration store) on 127.0.0.1:2379"
  nohup etcd --name saylau --data-dir "$RUN/etcd" --listen-client-urls http://127.0.0.1:2379 \
    --advertise-client-urls http://127.0.0.1:2379 --listen-peer-urls http://127.0.0.1:2380 \
    --initial-advertise-peer-urls http://127.0.0.1:2380 --initial-cluster saylau=http://127.0.0.1:2380 \
    >"$LOGS/etcd.log" 2>&1 </dev/null &
  echo $! >"$PIDS/etcd.pid"
  for _ in $(seq 1 100); do curl -fs -o /dev/null http://127.0.0.1:2379/health && return; sleep 0.2; done
  fail "etcd did not start; see $LOGS/etcd.log"
}

patroni_config() {
  local n=$1 port rest
  port=$(pg_node_port "$n"); rest=$(patroni_port "$n")
  cat <<EOF
# Patroni node $n of the Saylau cluster topology (written by ./saylau; dev passwords only).
scope: saylau-$(basename "$PG_HOME")
name: pg$n
restapi:
  listen: 127.0.0.1:$rest
  connect_address: 127.0.0.1:$rest
etcd3:
  host: 127.0.0.1:2379
bootstrap:
  dcs:
    # the leader key lives 20 s (Patroni's least): a primary that died is replaced about that long after
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 1048576
    # an acknowledged commit is on both servers; with one of them gone the other goes on alone
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        max_connections: 400
        wal_level: replica
        hot_standby: "on"
        wal_log_hints: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        synchronous_commit: "on"
  initdb:
  - encoding: UTF8
  - locale: C.UTF-8
  - data-checksums
  pg_hba:
  - local all all peer
  - host replication replicator 127.0.0.1/32 scram-sha-256
  - host all all 127.0.0.1/32 scram-sha-256
postgresql:
  listen: 127.0.0.1:$port
  connect_address: 127.0.0.1:$port
  data_dir: $PG_HOME/pg$n
  bin_dir: $PG_BIN
  pgpass: $PG_HOME/pgpass$n
  authentication:
    superuser: {username: postgres, password: $PG_SUPERUSER_PASSWORD}
    replication: {username: replicator, password: $PG_REPLICATION_PASSWORD}
    rewind: {username: postgres, password: $PG_SUPERUSER_PASSWORD}
  parameters:
    unix_socket_directories: /var/run/postgresql
    shared_buffers: 128MB
EOF
}

# Node n's Patroni, as the postgres account (setpriv execs it, so the pid is Patroni's own and kill -9 reaches it).
patroni_node_start() {
  local n=$1
  alive "pg$n" && return
  install -d -o postgres -g postgres -m 700 "$PG_HOME"
  patroni_config "$n" >"$PG_HOME/pg$n.yml"
  chown postgres:postgres "$PG_HOME/pg$n.yml"
  install -d -o postgres -g postgres /var/run/postgresql
  say "starting PostgreSQL node $n under Patroni (port $(pg_node_port "$n"), REST $(patroni_port "$n"))"
  # from its own folder: the project's may be closed to the postgres account
  (cd "$PG_HOME" || exit 1
   nohup setpriv --reuid=postgres --regid=postgres --init-groups patroni "$PG_HOME/pg$n.yml" >"$LOGS/pg$n.log" 2>&1 </dev/null &
   echo $! >"$PIDS/pg$n.pid")
}

pg_cluster_start() {
  [ "$(id -u)" = 0 ] || fail "the cluster topology starts PostgreSQL as the postgres account: run it as root"
  mkdir -p "$PIDS" "$LOGS"
  pg_cluster_install
  echo "$PG_HOME" >"$RUN/pg-home"   # for the failover test, which kills the primary's server
  etcd_start
  local n
  for ((n = 1; n <= PG_NODES; n++)); do patroni_node_start "$n"; done
  local primary="" deadline=$((SECONDS + 120))
  until [ -n "$primary" ]; do
    [ $SECONDS -lt $deadline ] || fail "no PostgreSQL primary after 120 s; see $LOGS/pg*.log"
    sleep 0.5
    primary=$(pg_primary_port)
    # Patroni may say primary a moment before its server takes connections
    [ -n "$primary" ] && ! pg_isready -q -h 127.0.0.1 -p "$primary" && primary=""
  done
  SAYLAU_DB_PORT=$primary postgres_prepare
  # a standby that is not synchronous yet (catching up, just started) would not hold what the primary acknowledges
  local sync deadline2=$((SECONDS + 90))
  until sync=$(pg_sync_standby) && [ "$sync" != "none yet" ] || [ $SECONDS -ge $deadline2 ]; do sleep 0.5; done
  [ "$sync" = "none yet" ] && say "WARNING: no synchronous standby after 90 s; see $LOGS/pg*.log"
  say "PostgreSQL primary on port $primary, synchronous standby: $sync"
}

# The synchronous standby's name as Patroni reports it (the cluster's members), or "none yet".
pg_sync_standby() {
  curl -fs --max-time 2 "http://127.0.0.1:$(patroni_port 1)/cluster" "http://127.0.0.1:$(patroni_port 2)/cluster" 2>/dev/null \
    | grep -o '"name": *"pg[0-9]", *"role": *"sync_standby"' | head -1 | grep -o 'pg[0-9]' || echo "none yet"
}

pg_cluster_stop() {
  local n
  for ((n = PG_NODES; n >= 1; n--)); do stop_pid "pg$n" 60; done
  stop_pid etcd 30
}
