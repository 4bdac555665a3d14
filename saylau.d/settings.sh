# Part of ./saylau (sourced by it, never run alone): paths, dev-default settings, the services, databases and topics, small helpers.

RUN="$ROOT/.saylau"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
KEYS="$RUN/keys"
KAFKA_HOME="$RUN/kafka"
CDS="$RUN/cds"

# Settings (environment variables; the values here are clearly dev defaults).
export SAYLAU_DB_HOST=${SAYLAU_DB_HOST:-127.0.0.1}
export SAYLAU_DB_PORT=${SAYLAU_DB_PORT:-5432}
export SAYLAU_DB_USER=${SAYLAU_DB_USER:-saylau}
export SAYLAU_DB_PASSWORD=${SAYLAU_DB_PASSWORD:-saylau-dev-password}   # dev default, never a production secret
export SAYLAU_KAFKA=${SAYLAU_KAFKA:-127.0.0.1:9092}
export SAYLAU_GATEWAY_PORT=${SAYLAU_GATEWAY_PORT:-8080}
export SAYLAU_CANDIDATE_PORT=${SAYLAU_CANDIDATE_PORT:-8081}
export SAYLAU_BALLOT_PORT=${SAYLAU_BALLOT_PORT:-8082}
export SAYLAU_RESULTS_PORT=${SAYLAU_RESULTS_PORT:-8083}
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
DATABASES=(saylau_candidate saylau_ballot saylau_results saylau_gateway
           saylau_candidate_test saylau_ballot_test saylau_results_test saylau_gateway_test)
# Topics of docs/events.md; tests use the same names with the prefix "test.".
TOPICS=(saylau.territory saylau.elections saylau.candidates saylau.ballots saylau.tallies saylau.results)
TOPIC_PARTITIONS=3

say()  { printf '[saylau] %s\n' "$*"; }
fail() { printf '[saylau] FAILED: %s\n' "$*" >&2; exit 1; }

port_of() {
  case "$1" in
    gateway) echo "$SAYLAU_GATEWAY_PORT" ;;
    candidate-service) echo "$SAYLAU_CANDIDATE_PORT" ;;
    ballot-service) echo "$SAYLAU_BALLOT_PORT" ;;
    results-service) echo "$SAYLAU_RESULTS_PORT" ;;
  esac
}

alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

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
