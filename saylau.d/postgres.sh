# Part of ./saylau (sourced by it, never run alone): PostgreSQL: installed from Debian's packages when missing, started, the role and databases made.

pg_answers() { pg_isready -q -h "$SAYLAU_DB_HOST" -p "$SAYLAU_DB_PORT" 2>/dev/null; }

postgres_start() {
  mkdir -p "$PIDS" "$LOGS"
  if pg_answers; then
    say "PostgreSQL answers on $SAYLAU_DB_HOST:$SAYLAU_DB_PORT"
  else
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
      [ "$(id -u)" = 0 ] || fail "PostgreSQL: no server on $SAYLAU_DB_HOST:$SAYLAU_DB_PORT and none installed (install postgresql)"
      say "installing PostgreSQL from Debian's packages"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >"$LOGS/postgres-install.log" 2>&1 \
        || fail "PostgreSQL install; see $LOGS/postgres-install.log"
    fi
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$SAYLAU_DB_PORT" '$3==p {print $1" "$2; exit}')
    [ -n "$cluster" ] || fail "PostgreSQL: no cluster on port $SAYLAU_DB_PORT (pg_lsclusters)"
    say "starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start >"$LOGS/postgres.log" 2>&1 || fail "PostgreSQL start; see $LOGS/postgres.log"
    echo "$cluster" >"$PIDS/postgres.cluster"
    for _ in $(seq 1 60); do pg_answers && break; sleep 0.5; done
    pg_answers || fail "PostgreSQL did not become ready; see $LOGS/postgres.log"
  fi
  postgres_prepare
}

# Role and databases, idempotently. Needs the local superuser (Debian: the postgres account).
postgres_prepare() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    local sql="DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$SAYLAU_DB_USER') THEN
          CREATE ROLE \"$SAYLAU_DB_USER\" LOGIN PASSWORD '$SAYLAU_DB_PASSWORD';
        ELSE
          ALTER ROLE \"$SAYLAU_DB_USER\" LOGIN PASSWORD '$SAYLAU_DB_PASSWORD';
        END IF; END \$\$;"
    local db
    for db in "${DATABASES[@]}"; do
      sql+=$'\n'"SELECT 'CREATE DATABASE $db OWNER \"$SAYLAU_DB_USER\" ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\\gexec"
    done
    (cd /tmp && printf '%s\n' "$sql" | runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$SAYLAU_DB_PORT" -d postgres) \
      >>"$LOGS/postgres.log" 2>&1 || fail "PostgreSQL role and databases; see $LOGS/postgres.log"
  fi
  PGPASSWORD="$SAYLAU_DB_PASSWORD" psql -q -h "$SAYLAU_DB_HOST" -p "$SAYLAU_DB_PORT" -U "$SAYLAU_DB_USER" \
    -d saylau_gateway -c 'select 1' >/dev/null 2>&1 \
    || fail "PostgreSQL: cannot log in as $SAYLAU_DB_USER to saylau_gateway (create the role and databases: ${DATABASES[*]})"
}

postgres_stop() {
  if [ -f "$PIDS/postgres.cluster" ]; then
    say "stopping PostgreSQL cluster $(cat "$PIDS/postgres.cluster")"
    # shellcheck disable=SC2046
    pg_ctlcluster $(cat "$PIDS/postgres.cluster") stop >>"$LOGS/postgres.log" 2>&1 || true
    rm -f "$PIDS/postgres.cluster"
  fi
}
