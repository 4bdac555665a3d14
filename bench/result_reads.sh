#!/usr/bin/env bash
# Election-night refresh storm on result reads (issue 5's benchmark; not a test): public
# GET /api/results/elections/{id} of up to 500 known elections, chosen at random, through the gateway, with wrk
# (a C load generator: a JVM client on these 2 cores measures itself more than the server). Then the same with
# If-None-Match, as a CDN revalidating sends it. Needs a running system with elections (after
# `java bench/ProtocolIntake.java`, say) and wrk (`apt-get install wrk`).
#
#   bench/result_reads.sh            # through the gateway
#
# The gateway limits anonymous calls per client address (200/s by default), and wrk is one address standing for a
# whole country of dashboards: start the system for this bench with SAYLAU_LIMIT_ANONYMOUS_PER_SECOND=1000000.
#   SAYLAU_URL=http://localhost:8083 bench/result_reads.sh   # results-service alone
set -euo pipefail
BASE=${SAYLAU_URL:-http://localhost:8080}
SECONDS_EACH=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsS "$BASE/api/results/changes?since=0" | grep -o '"electionId":"[^"]*"' | cut -d'"' -f4 | sort -u >"$work/ids"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/results/changes?since=0")" = 429 ]; then
  echo "rate limited: start the system with SAYLAU_LIMIT_ANONYMOUS_PER_SECOND=1000000 for this bench" >&2; exit 1
fi
[ -s "$work/ids" ] || { echo "no elections known: run bench/ProtocolIntake.java first" >&2; exit 1; }
: >"$work/etags"
while read -r id; do
  curl -fsS -o /dev/null -D - "$BASE/api/results/elections/$id" | tr -d '\r' | awk -v id="$id" 'tolower($1)=="etag:" {print id " " $2}' >>"$work/etags"
done <"$work/ids"
lua() { # $1: with If-None-Match or not
  { echo 'local paths, tags = {}, {}'
    while read -r id tag; do echo "table.insert(paths, \"/api/results/elections/$id\"); table.insert(tags, '$tag')"; done <"$work/etags"
    echo 'math.randomseed(7)'
    echo 'request = function() local i = math.random(#paths)'
    if [ "$1" = 304 ]; then echo 'return wrk.format("GET", paths[i], {["If-None-Match"] = tags[i]})'; else echo 'return wrk.format("GET", paths[i])'; fi
    echo 'end'
    echo 'local other = 0'
    echo "response = function(status) if status ~= $1 then other = other + 1 end end"
  } >"$work/reads-$1.lua"
}
lua 200; lua 304
echo "$(wc -l <"$work/ids") elections, $CONNECTIONS connections, $SECONDS_EACH s each, $BASE"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$work/reads-200.lua" "$BASE" >/dev/null   # warm-up, not counted
for status in 200 304; do
  echo "== GET result, expecting $status"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$work/reads-$status.lua" "$BASE" |
    grep -E "Requests/sec|Non-2xx|50%|99%|requests in|Socket errors"
done
