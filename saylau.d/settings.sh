# Part of ./saylau (sourced by it, never run alone): paths, dev-default settings, the services, databases and topics, small helpers.

RUN="$ROOT/.saylau"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
KEYS="$RUN/keys"
KAFKA_HOME="$RUN/kafka"

# The topology: "single" (one of each part) or "cluster" (three Kafka brokers, PostgreSQL primary and synchronous
# standby under Patroni, two instances of every service, nginx in front of the two gateways; docs/deployment.md).
# A running system's topology is remembered, so `./saylau down` or `status` need not be told again.
if [ -z "${SAYLAU_TOPOLOGY:-}" ] && [ -f "$RUN/topology" ]; then SAYLAU_TOPOLOGY=$(cat "$RUN/topology"); fi
export SAYLAU_TOPOLOGY=${SAYLAU_TOPOLOGY:-single}
case "$SAYLAU_TOPOLOGY" in single|cluster) ;; *) printf '[saylau] FAILED: SAYLAU_TOPOLOGY is single or cluster, not %s\n' "$SAYLAU_TOPOLOGY" >&2; exit 1 ;; esac

# Settings (environment variables; the values here are clearly dev defaults).
export SAYLAU_DB_HOST=${SAYLAU_DB_HOST:-127.0.0.1}
export SAYLAU_DB_PORT=${SAYLAU_DB_PORT:-5432}
export SAYLAU_DB_USER=${SAYLAU_DB_USER:-saylau}
export SAYLAU_DB_PASSWORD=${SAYLAU_DB_PASSWORD:-saylau-dev-password}   # dev default, never a production secret
if [ "$SAYLAU_TOPOLOGY" = cluster ]; then
  export SAYLAU_KAFKA=${SAYLAU_KAFKA:-127.0.0.1:9092,127.0.0.1:9192,127.0.0.1:9292}
  # the services connect to whichever of the two is primary (targetServerType=primary in the JDBC URL)
  export SAYLAU_DB_HOSTS=${SAYLAU_DB_HOSTS:-127.0.0.1:5433,127.0.0.1:5434}
else
  export SAYLAU_KAFKA=${SAYLAU_KAFKA:-127.0.0.1:9092}
fi
export SAYLAU_GATEWAY_PORT=${SAYLAU_GATEWAY_PORT:-8080}
export SAYLAU_CANDIDATE_PORT=${SAYLAU_CANDIDATE_PORT:-8081}
export SAYLAU_BALLOT_PORT=${SAYLAU_BALLOT_PORT:-8082}
export SAYLAU_RESULTS_PORT=${SAYLAU_RESULTS_PORT:-8083}
# A running system's mode is remembered too: an instance started again (after a failure) runs as its siblings do.
if [ -z "${SAYLAU_SIMULATION:-}" ] && [ -f "$RUN/simulation" ]; then SAYLAU_SIMULATION=$(cat "$RUN/simulation"); fi
export SAYLAU_SIMULATION=${SAYLAU_SIMULATION:-false}
# The packaged jars run the prod profile, which refuses dev secrets (SecretsCheck): ./saylau, on a developer's
# machine, says they are allowed here and passes them. Never set SAYLAU_DEV_SECRETS in a deployment.
export SAYLAU_DEV_SECRETS=${SAYLAU_DEV_SECRETS:-true}
export SAYLAU_ADMIN_PASSWORD=${SAYLAU_ADMIN_PASSWORD:-cec-dev-password}   # dev default, never a production secret
export SAYLAU_PERSON_KEY=${SAYLAU_PERSON_KEY:-dev-only-person-key-not-secret}   # dev default, never a production secret
# rehearsal trustees held by ballot-service, so that e-votes are counted unattended here; production refuses them
export SAYLAU_SYSTEM_TRUSTEES=${SAYLAU_SYSTEM_TRUSTEES:-true}
export SAYLAU_VOTER_KEY=${SAYLAU_VOTER_KEY:-dev-only-voter-key-not-secret}   # dev default, never a production secret
export SAYLAU_KEYS_DIR=${SAYLAU_KEYS_DIR:-$KEYS}

# CPU priority of results-service on a shared machine (see service_start).
SAYLAU_RESULTS_NICE=${SAYLAU_RESULTS_NICE:--10}

SERVICES=(candidate-service ballot-service results-service gateway)
# What runs of them: one instance each, or two (the second named "<service>-2", on its port + 100; in the cluster the
# gateways are on 8084 and 8184, behind nginx on the public port).
if [ "$SAYLAU_TOPOLOGY" = cluster ]; then
  INSTANCES=(candidate-service candidate-service-2 ballot-service ballot-service-2 results-service results-service-2 gateway gateway-2)
else
  INSTANCES=("${SERVICES[@]}")
fi
DATABASES=(saylau_candidate saylau_ballot saylau_results saylau_gateway
           saylau_candidate_test saylau_ballot_test saylau_results_test saylau_gateway_test)
# Topics of docs/events.md; tests use the same names with the prefix "test.".
TOPICS=(saylau.territory saylau.elections saylau.candidates saylau.ballots saylau.tallies saylau.results)
TOPIC_PARTITIONS=3

say()  { printf '[saylau] %s\n' "$*"; }
fail() { printf '[saylau] FAILED: %s\n' "$*" >&2; exit 1; }

# The service an instance is of ("ballot-service-2" -> "ballot-service").
service_of() { echo "${1%-2}"; }

port_of() {
  local base
  case "$(service_of "$1")" in
    gateway) base=$SAYLAU_GATEWAY_PORT; [ "$SAYLAU_TOPOLOGY" = cluster ] && base=8084 ;;
    candidate-service) base=$SAYLAU_CANDIDATE_PORT ;;
    ballot-service) base=$SAYLAU_BALLOT_PORT ;;
    results-service) base=$SAYLAU_RESULTS_PORT ;;
  esac
  case "$1" in *-2) echo $((base + 100)) ;; *) echo "$base" ;; esac
}

# host:port of every instance of a service, comma-separated (what ballot-service is told of candidate-service).
addresses_of() {
  local i out=""
  for i in "${INSTANCES[@]}"; do [ "$(service_of "$i")" = "$1" ] && out+="${out:+,}127.0.0.1:$(port_of "$i")"; done
  echo "$out"
}

# The URLs of every instance of a service, comma-separated (what the gateway is given).
urls_of() { addresses_of "$1" | sed 's#[^,][^,]*#http://&#g'; }

alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

# A command from one of Debian's packages, installed if missing: debian_tool COMMAND PACKAGE WHO-NEEDS-IT
debian_tool() {
  command -v "$1" >/dev/null 2>&1 && return
  [ "$(id -u)" = 0 ] || fail "$3 needs Debian's $2 (apt-get install $2)"
  say "installing $2 from Debian's packages"
  mkdir -p "$LOGS"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2") \
    >"$LOGS/$2-install.log" 2>&1 || fail "installing $2; see $LOGS/$2-install.log"
}

# ---------------------------------------------------------------- dev keys ----
keys() {
  mkdir -p "$KEYS"
  if [ ! -f "$KEYS/privateKey.pem" ] || [ ! -f "$KEYS/publicKey.pem" ]; then
    say "generating the dev JWT key pair in $KEYS (never committed)"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/privateKey.pem" 2>/dev/null
    openssl rsa -in "$KEYS/privateKey.pem" -pubout -out "$KEYS/publicKey.pem" 2>/dev/null
    chmod 600 "$KEYS/privateKey.pem"
  fi
}
