#!/usr/bin/env python3
"""Checks an election's public protocols the way any observer can (domain.md R-X1).

Downloads every protocol version and the public trackers list through the gateway, recomputes each tracker from
the protocol's own figures and the previous version's tracker, checks that no version is missing from the chain,
checks each named photo against its SHA-256, and recomputes every figure of the published result (each precinct's
row against its protocol; voters, precincts, ballots issued and cast, invalid, against-all, turnout, and each
candidate's paper, electronic and total votes and share) from the protocols and the precincts' electronic boxes.
Prints a FAIL line for each mismatch, the first first; exit status 0 when everything matches, 1 otherwise.

    python3 tools/verify_election.py <electionId> [--url http://localhost:8080]
"""
import argparse
from decimal import Decimal, ROUND_HALF_UP
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


def get_all(base, path):
    """A whole list, page by page (api.md "Lists": size at most 500, X-Total-Count the list's length)."""
    items, page = [], 0
    while True:
        sep = "&" if "?" in path else "?"
        try:
            with urllib.request.urlopen(f"{base}{path}{sep}page={page}&size=500", timeout=30) as r:
                total = int(r.headers.get("X-Total-Count", "0"))
                batch = json.loads(r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            return e.code, None
        items += batch
        if not batch or len(items) >= total:
            return 200, items
        page += 1


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


def percent(part, whole):
    """One decimal, exact, rounded half up (api.md); None when the base is zero."""
    if whole <= 0:
        return None
    return float((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def photos(a, latest):
    """R-X2: every photo a protocol version names is published and is the image its hash says."""
    ok = True
    for p in latest:
        _, history = get(a.url, f"/api/elections/{a.election}/precincts/{p['precinctCode']}/protocol?history=true")
        for v in history or []:
            if not v.get("imageSha256"):
                continue
            path = f"/api/elections/{a.election}/precincts/{v['precinctCode']}/protocol/{v['version']}/image"
            try:
                with urllib.request.urlopen(a.url + path, timeout=30) as r:
                    digest = hashlib.sha256(r.read()).hexdigest()
            except urllib.error.HTTPError as e:
                print(f"FAIL {v['precinctCode']} v{v['version']}: its photo is not published (HTTP {e.code})")
                ok = False
                continue
            if digest != v["imageSha256"]:
                print(f"FAIL {v['precinctCode']} v{v['version']}: the photo's SHA-256 is {digest}, the protocol names {v['imageSha256']}")
                ok = False
    return ok


def compare_result(a, result, latest):
    """Recomputes every figure of the published result from the protocols and the precincts' electronic boxes."""
    problems = []
    _, rows = get_all(a.url, f"/api/results/elections/{a.election}/precincts")
    rows = rows or []
    _, ballot = get(a.url, f"/api/elections/{a.election}/ballot")
    options = {o["optionId"]: o for o in (ballot or {}).get("options", [])}
    by_code = {p["precinctCode"]: p for p in latest}
    # each precinct's row is its latest protocol, figure by figure
    for row in rows:
        p = by_code.get(row["precinctCode"])
        if row.get("reported") and p is None:
            problems.append(f"precinct {row['precinctCode']} is reported in the result but has no public protocol")
            continue
        if p is None:
            continue
        for k in ("version", "votersOnList", "ballotsIssued", "ballotsInBox", "invalidBallots", "againstAll"):
            if row.get(k) != p.get(k):
                problems.append(f"precinct {p['precinctCode']}: the result shows {k} {row.get(k)}, its protocol {p.get(k)}")
        mine = {v["candidateId"].lower(): v["votes"] for v in p["votes"]}
        theirs = {v["candidateId"].lower(): v["votes"] for v in row.get("votes") or []}
        if mine != theirs:
            problems.append(f"precinct {p['precinctCode']}: the result shows votes {theirs}, its protocol {mine}")
    if len([r for r in rows if r.get("reported")]) != len(latest):
        problems.append(f"the result has {len([r for r in rows if r.get('reported')])} reporting precincts, "
                        f"the public protocols {len(latest)}")
    if result.get("status") in ("NOT_STARTED", "VOTING"):
        return problems
    electronic, electronic_against = {}, 0
    for row in rows:
        for e in row.get("electronic") or []:
            o = options.get(e["optionId"])
            if o is None:
                problems.append(f"precinct {row['precinctCode']}: electronic votes for option {e['optionId']}, not on the ballot")
            elif o["kind"] == "AGAINST_ALL":
                electronic_against += e["votes"]
            else:
                electronic[o["candidateId"].lower()] = electronic.get(o["candidateId"].lower(), 0) + e["votes"]
    in_box = sum(p["ballotsInBox"] for p in latest)
    invalid = sum(p["invalidBallots"] for p in latest)
    cast = in_box + sum(electronic.values()) + electronic_against
    reporting_voters = sum(p["votersOnList"] for p in latest)
    expected = {
        "precinctsTotal": len(rows),
        "precinctsReporting": len(latest),
        "votersOnList": sum(r["votersOnList"] for r in rows),
        "ballotsIssued": sum(p["ballotsIssued"] for p in latest),
        "ballotsCast": cast,
        "turnoutPct": percent(cast, reporting_voters),
        "invalidBallots": invalid,
        "againstAll": sum(p["againstAll"] for p in latest) + electronic_against,
    }
    for k, v in expected.items():
        if result.get(k) != v:
            problems.append(f"the result says {k} {result.get(k)}, the protocols and boxes give {v}")
    paper = {}
    for p in latest:
        for v in p["votes"]:
            paper[v["candidateId"].lower()] = paper.get(v["candidateId"].lower(), 0) + v["votes"]
    for c in result.get("candidates") or []:
        cid = c["candidateId"].lower()
        want = {"paper": paper.get(cid, 0), "electronic": electronic.get(cid, 0),
                "votes": paper.get(cid, 0) + electronic.get(cid, 0)}
        want["sharePct"] = percent(want["votes"], cast - invalid)
        for k, v in want.items():
            if c.get(k) != v:
                problems.append(f"candidate {cid}: the result says {k} {c.get(k)}, the protocols and boxes give {v}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("election")
    ap.add_argument("--url", default="http://localhost:8080")
    a = ap.parse_args()
    ok = True
    status, latest = get_all(a.url, f"/api/elections/{a.election}/protocols")
    if status != 200:
        print(f"no public protocols for election {a.election} (HTTP {status})")
        return 1
    _, trackers = get_all(a.url, f"/api/elections/{a.election}/trackers")
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
    ok = photos(a, latest) and ok
    status, result = get(a.url, f"/api/results/elections/{a.election}")
    if status == 200 and result:
        problems = compare_result(a, result, latest)
        for line in problems:
            print("FAIL " + line)
        ok = ok and not problems
        print("published result: every figure " + ("recomputed and matching" if not problems else "compared, with differences"))
    else:
        print(f"no published result to compare (HTTP {status})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
