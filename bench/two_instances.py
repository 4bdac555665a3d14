#!/usr/bin/env python3
"""Two results-service instances in one consumer group give the same answers as one (issue 5).

Needs `SAYLAU_SIMULATION=true ./saylau up`. Starts a second results-service on port 8093 (same database, same
consumer group, so the partitions are split between the two), runs a small steady-rate protocol intake through the
gateway (which routes to the first instance), then compares, election by election, what both instances serve:
every result read from each instance's own port must be byte-identical, and so must the day's summary. Prints
the figures and stops the second instance.

    python3 bench/two_instances.py
"""
import json, os, subprocess, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A, B = "http://127.0.0.1:8083", "http://127.0.0.1:8093"


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read()


def main():
    env = dict(os.environ, SAYLAU_RESULTS_PORT="8093", SAYLAU_SIMULATION="true",
               SAYLAU_KEYS_DIR=os.path.join(ROOT, ".saylau", "keys"))
    log = open(os.path.join(ROOT, ".saylau", "logs", "results-service-2.log"), "w")
    second = subprocess.Popen(["java", "-XX:+UseSerialGC", "-Xmx256m", "-jar",
                               os.path.join(ROOT, "results-service/target/quarkus-app/quarkus-run.jar")],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(120):
            try:
                if b'"UP"' in get(B + "/q/health/ready"):
                    break
            except Exception:
                time.sleep(1)
        else:
            sys.exit("the second instance did not get ready; see .saylau/logs/results-service-2.log")
        print("second instance ready on 8093")
        run = subprocess.run(["java", os.path.join(ROOT, "bench/ProtocolIntake.java")], capture_output=True, text=True,
                             env=dict(os.environ, BENCH_UNITS=os.environ.get("BENCH_UNITS", "200"),
                                      BENCH_RATE=os.environ.get("BENCH_RATE", "100")))
        print(run.stdout.strip())
        if run.returncode != 0:
            sys.exit(run.stderr)
        time.sleep(3)  # one snapshot poll on each side
        ids, since = [], 0
        while True:
            page = json.loads(get(A + "/api/results/changes?since=%d" % since))
            ids += [r["electionId"] for r in page["results"]]
            if not page["results"]:
                break
            since = page["sequence"]
        ids = sorted(set(ids))
        same = sum(1 for i in ids if get(A + "/api/results/elections/" + i) == get(B + "/api/results/elections/" + i))
        days = sorted({json.loads(get(A + "/api/results/elections/" + i))["votingDay"] for i in ids[-50:]})
        summaries = all(get(A + "/api/results/summary?votingDay=" + d) == get(B + "/api/results/summary?votingDay=" + d)
                        for d in days)
        print("two instances: %d of %d election results byte-identical on both; summaries of %s identical: %s"
              % (same, len(ids), ", ".join(days), summaries))
        sys.exit(0 if same == len(ids) and summaries else 1)
    finally:
        second.terminate()
        second.wait(60)


if __name__ == "__main__":
    main()
