#!/usr/bin/env python3
"""Checks an election's public protocols the way any observer can (domain.md R-X1).

Downloads every protocol version and the public trackers list through the gateway, recomputes each tracker from
the protocol's own figures and the previous version's tracker, checks that no version is missing from the chain,
adds up the latest version of each precinct, and, when results-service publishes the election's result, says
whether its totals match. Exit status 0 when everything matches, 1 otherwise.

    python3 tools/verify_election.py <electionId> [--url http://localhost:8080]
"""
import argparse
import hashlib
import json
import sys
import urllib.error
import urllib.request


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, None


def tracker(previous, p):
    body = {k: p[k] for k in ("electionId", "precinctCode", "version", "votersOnList", "ballotsReceived",
                              "ballotsIssued", "ballotsCancelled", "ballotsInBox", "invalidBallots", "againstAll")}
    body["votes"] = sorted(({"candidateId": v["candidateId"].lower(), "votes": v["votes"]} for v in p["votes"]),
                           key=lambda v: v["candidateId"])
    body["imageSha256"] = p.get("imageSha256")
    body["reason"] = p.get("reason")
    body["decisionRef"] = p.get("decisionRef")
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((previous + canonical).encode("utf-8")).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("election")
    ap.add_argument("--url", default="http://localhost:8080")
    a = ap.parse_args()
    ok = True
    status, latest = get(a.url, f"/api/elections/{a.election}/protocols")
    if status != 200:
        print(f"no public protocols for election {a.election} (HTTP {status})")
        return 1
    _, trackers = get(a.url, f"/api/elections/{a.election}/trackers")
    published = {(t["precinctCode"], t["version"]): t["tracker"] for t in trackers or []}
    totals = {"ballotsInBox": 0, "invalidBallots": 0, "againstAll": 0, "votersOnList": 0, "votes": {}}
    versions = 0
    for p in latest:
        _, history = get(a.url, f"/api/elections/{a.election}/precincts/{p['precinctCode']}/protocol?history=true")
        previous = ""
        for expected_version, v in enumerate(history or [], start=1):
            versions += 1
            mine = tracker(previous, v)
            if v["version"] != expected_version:
                print(f"FAIL {v['precinctCode']}: version {expected_version} is missing")
                ok = False
            if mine != v["tracker"] or published.get((v["precinctCode"], v["version"])) != mine:
                print(f"FAIL {v['precinctCode']} v{v['version']}: tracker does not match its figures")
                ok = False
            previous = v["tracker"]
        for k in ("ballotsInBox", "invalidBallots", "againstAll", "votersOnList"):
            totals[k] += p[k]
        for vote in p["votes"]:
            totals["votes"][vote["candidateId"]] = totals["votes"].get(vote["candidateId"], 0) + vote["votes"]
    if len(published) != versions:
        print(f"FAIL the public trackers list has {len(published)} versions, the histories {versions}")
        ok = False
    print(f"{len(latest)} precincts, {versions} protocol versions, trackers {'all match' if ok else 'DO NOT match'}")
    print("paper totals: " + json.dumps(totals, ensure_ascii=False))
    status, result = get(a.url, f"/api/results/elections/{a.election}")
    if status == 200 and result:
        # the published result adds the electronic ballots to the paper ones (R-R1); compare the paper part
        for c in result.get("candidates") or []:
            paper = c.get("paper")
            if paper is not None and paper != totals["votes"].get(c["candidateId"], 0):
                print(f"FAIL candidate {c['candidateId']}: result says {paper} paper votes, protocols {totals['votes'].get(c['candidateId'], 0)}")
                ok = False
        print("published result compared" + ("" if ok else " with differences"))
    else:
        print(f"no published result to compare (HTTP {status})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
