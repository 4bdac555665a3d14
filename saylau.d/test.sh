# Part of ./saylau (sourced by it, never run alone): ./saylau test: the compose file checked, the services' tests, then the end-to-end suite.

# Validates docker-compose.yml with a real compose parser (Debian's docker-compose package).
compose_check() {
  if ! command -v docker-compose >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "docker-compose is needed to validate docker-compose.yml (apt-get install docker-compose)"
    say "installing Debian's docker-compose (the compose parser only; no Docker engine)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose) \
      >"$LOGS/compose-install.log" 2>&1 || fail "installing docker-compose; see $LOGS/compose-install.log"
  fi
  (cd "$ROOT" && docker-compose -f docker-compose.yml config -q) || fail "docker-compose.yml is not valid"
  say "docker-compose.yml is valid"
}

# The browser tests' tools (issue 17): Debian's Chromium and ChromeDriver (never a browser download), and axe-core
# from the npm registry, pinned here.
AXE_VERSION=4.14.1
browser_check() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    [ "$(id -u)" = 0 ] || fail "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
    say "installing Debian's chromium and chromium-driver (headless browser tests)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver) \
      >"$LOGS/chromium-install.log" 2>&1 || fail "installing chromium; see $LOGS/chromium-install.log"
  fi
  if [ "$(cat "$RUN/npm/node_modules/axe-core/package.json" 2>/dev/null | grep -o '"version": *"[^"]*"' | grep -o '[0-9][0-9.]*')" != "$AXE_VERSION" ]; then
    command -v npm >/dev/null 2>&1 || fail "npm is needed to fetch axe-core for the browser tests"
    say "fetching axe-core $AXE_VERSION from the npm registry"
    mkdir -p "$RUN/npm"
    (cd "$RUN/npm" && npm install --no-audit --no-fund --no-save --prefix . "axe-core@$AXE_VERSION") >"$LOGS/axe-install.log" 2>&1 \
      || fail "fetching axe-core; see $LOGS/axe-install.log"
  fi
  say "browser: $(/usr/bin/chromium --version 2>/dev/null | head -1), axe-core $AXE_VERSION"
}

# What `test` started, so that it stops exactly that on any exit (global: an EXIT trap runs after locals are gone).
STARTED_HERE=()
stop_started_here() {
  local t
  for t in ${STARTED_HERE[@]+"${STARTED_HERE[@]}"}; do
    case "$t" in postgres) postgres_stop ;; *) stop_pid "$t" 30 ;; esac
  done
}

test_all() {
  local s
  for s in "${SERVICES[@]}" kafka; do alive "$s" || STARTED_HERE+=("$s"); done
  [ -f "$PIDS/postgres.cluster" ] || STARTED_HERE+=(postgres)
  trap stop_started_here EXIT
  local t0=$SECONDS
  mkdir -p "$LOGS" "$PIDS"
  compose_check
  browser_check
  infra_up
  say "services' tests: mvnw verify"
  "$ROOT/mvnw" -B verify
  say "end-to-end suite against the running system (simulation mode)"
  for s in "${SERVICES[@]}"; do stop_pid "$s" 30; done   # restart on the jars just built
  SAYLAU_SIMULATION=true up
  "$ROOT/mvnw" -B -pl system-tests verify -DskipITs=false -Dsaylau.root="$ROOT" \
    -Dsaylau.axe="$RUN/npm/node_modules/axe-core/axe.min.js"
  [ "${SAYLAU_TEST_CLUSTER:-true}" = true ] && cluster_test
  say "all tests passed in $((SECONDS - t0)) s"
}

# The failover test (issue 18) on the cluster topology, which takes the single one's ports: what runs is stopped
# first, and the cluster is stopped again at the end (unless it ran before the test, which it then leaves running).
cluster_test() {
  say "failover test: the cluster topology (3 Kafka brokers, PostgreSQL under Patroni, 2 instances of each service)"
  down
  STARTED_HERE=()
  trap down_cluster EXIT
  # the single topology's broker address is exported here: the cluster's own defaults are wanted instead
  env -u SAYLAU_KAFKA SAYLAU_TOPOLOGY=cluster SAYLAU_SIMULATION=true "$ROOT/saylau" up
  env -u SAYLAU_KAFKA SAYLAU_TOPOLOGY=cluster SAYLAU_SIMULATION=true "$ROOT/mvnw" -B -pl system-tests verify -DskipITs=false \
    -Dsaylau.root="$ROOT" -Dit.test=ClusterFailoverIT
  trap - EXIT
  down_cluster
}

down_cluster() { env -u SAYLAU_KAFKA SAYLAU_TOPOLOGY=cluster "$ROOT/saylau" down; }
