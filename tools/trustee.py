#!/usr/bin/env python3
"""A trustee's own tool for the electronic box's key (issue 16; docs/security.md "Electronic ballots").

Runs on the trustee's device; its secret file never goes to Saylau. With nothing but Python 3:

    # 1. before the polls open: make a polynomial, keep it, publish its commitments with their proofs
    python3 tools/trustee.py keygen <electionId> --seat 1 --threshold 2 --secret seat1.json --url … --token …
    # 2. hand each other trustee its share, by a channel of your own (in person, encrypted mail)
    python3 tools/trustee.py share --secret seat1.json --to 2
    # 3. once every trustee has published: check the shares handed to you against their commitments, keep the sum
    python3 tools/trustee.py combine --secret seat1.json --share 2=<hex> --share 3=<hex> --url …
    # 4. after the polls close: decrypt each precinct's tallies (never a ballot), with proofs
    python3 tools/trustee.py decrypt --secret seat1.json --url … --token …

--token is the trustee's bearer token (or SAYLAU_TOKEN). Exit status 0 on success, 1 with a line saying why.
"""
import argparse
import json
import os
import secrets
import sys
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_ebox import Q, Group, check_group, num  # noqa: E402  (one implementation of the group, shared)
from verify_election import get  # noqa: E402


def group_of(base, election):
    status, key = get(base, f"/api/elections/{election}/election-key")
    if status != 200:
        sys.exit(f"no election key for {election} (HTTP {status})")
    g = Group(num(key["group"]["p"]), num(key["group"]["q"]), num(key["group"]["g"]))
    problem = check_group(g)
    if problem:
        sys.exit(problem)
    return g, key


def put(base, path, token, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode("utf-8"), method="PUT",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": token if token.startswith("Bearer ") else "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8") or "{}")


def at(coefficients, x, q):
    value = 0
    for a in reversed(coefficients):
        value = (value * x + a) % q
    return value


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, secret, new=False):
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC)
    with os.fdopen(os.open(path, flags, 0o600), "w", encoding="utf-8") as f:
        json.dump(secret, f, indent=1)


def keygen(a):
    g, _ = group_of(a.url, a.election)
    context = f"saylau-trustee-v1|{a.election}"
    coefficients = [secrets.randbelow(g.q) for _ in range(a.threshold)]
    commitments, proofs = [], []
    for c in coefficients:
        k = pow(g.g, c, g.p)
        u = secrets.randbelow(g.q)
        ch = g.challenge(context, k, pow(g.g, u, g.p))
        commitments.append(format(k, "x"))
        proofs.append({"c": format(ch, "x"), "v": format((u + ch * c) % g.q, "x")})
    save(a.secret, {"electionId": a.election, "seat": a.seat, "threshold": a.threshold,
                    "coefficients": [format(c, "x") for c in coefficients], "secretShare": None}, new=True)
    body = {"commitments": commitments, "proofs": proofs}
    if a.token:
        status, answer = put(a.url, f"/api/elections/{a.election}/trustees/{a.seat}/key", a.token, body)
        if status != 200:
            sys.exit(f"publishing refused: HTTP {status} {answer.get('code')} {answer.get('detail')}")
        print(f"seat {a.seat}: key published; secret kept in {a.secret}")
    else:
        print(json.dumps(body))


def share(a):
    s = load(a.secret)
    print(format(at([num(c) for c in s["coefficients"]], a.to, Q), "x"))


def combine(a):
    s = load(a.secret)
    g, key = group_of(a.url, s["electionId"])
    seats = {t["seat"]: t for t in key["trustees"]}
    if any(not t["published"] for t in seats.values()):
        sys.exit("not every trustee has published a key yet")
    mine = s["seat"]
    total = at([num(c) for c in s["coefficients"]], mine, g.q)
    received = dict(item.split("=", 1) for item in a.share)
    for seat, t in seats.items():
        if seat == mine:
            continue
        if str(seat) not in received:
            sys.exit(f"no share from seat {seat}")
        value = num(received[str(seat)])
        # Feldman: g^share must equal the product of seat's commitments raised to mine^j
        want = 1
        for j, c in enumerate(t["commitments"]):
            want = want * pow(num(c), pow(mine, j, g.q), g.p) % g.p
        if pow(g.g, value, g.p) != want:
            sys.exit(f"the share from seat {seat} does not match its published commitments: ask for it again")
        total = (total + value) % g.q
    if pow(g.g, total, g.p) != num(seats[mine]["publicShare"]):
        sys.exit("the combined secret does not match this seat's published public share")
    s["secretShare"] = format(total, "x")
    save(a.secret, s)
    print(f"seat {mine}: shares checked, secret share kept in {a.secret}")


def decrypt(a):
    s = load(a.secret)
    if not s.get("secretShare"):
        sys.exit("combine the shares first")
    election, secret = s["electionId"], num(s["secretShare"])
    g, key = group_of(a.url, election)
    public_share = pow(g.g, secret, g.p)
    context = f"saylau-trustee-v1|{election}"
    status, board = get(a.url, f"/api/elections/{election}/ebox")
    if status != 200:
        sys.exit(f"no board yet (HTTP {status})")
    shares = []
    for precinct in board["precincts"]:
        for tally in precinct["tallies"]:
            if tally["votes"] is not None:
                continue
            alpha, beta = num(tally["alpha"]), num(tally["beta"])
            if not (g.member(alpha) and g.member(beta)):
                sys.exit(f"{precinct['precinctCode']}: a tally outside the group; refusing to decrypt it")
            m = pow(alpha, secret, g.p)
            u = secrets.randbelow(g.q)
            c = g.challenge(context, public_share, alpha, beta, m, pow(g.g, u, g.p), pow(alpha, u, g.p))
            shares.append({"precinctCode": precinct["precinctCode"], "optionId": tally["optionId"], "share": format(m, "x"),
                           "proof": {"c": format(c, "x"), "v": format((u + c * secret) % g.q, "x")}})
    status, answer = put(a.url, f"/api/elections/{election}/trustees/{s['seat']}/decryption", a.token, {"shares": shares})
    if status != 200:
        sys.exit(f"decryption refused: HTTP {status} {answer.get('code')} {answer.get('detail')}")
    print(f"seat {s['seat']}: {len(shares)} tallies decrypted; the box is {answer['status']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    k = commands.add_parser("keygen")
    k.add_argument("election")
    k.add_argument("--seat", type=int, required=True)
    k.add_argument("--threshold", type=int, required=True)
    s = commands.add_parser("share")
    s.add_argument("--to", type=int, required=True)
    c = commands.add_parser("combine")
    c.add_argument("--share", action="append", default=[], help="SEAT=HEX, one per other trustee")
    commands.add_parser("decrypt")
    for p in (k, s, c, commands.choices["decrypt"]):
        p.add_argument("--secret", required=True, help="the trustee's secret file (kept on this device)")
        p.add_argument("--url", default="http://localhost:8080")
        p.add_argument("--token", default=os.environ.get("SAYLAU_TOKEN"))
    a = parser.parse_args()
    a.url = a.url.rstrip("/")
    if a.command == "decrypt" and not a.token:
        sys.exit("--token (or SAYLAU_TOKEN) is needed to post decryptions")
    {"keygen": keygen, "share": share, "combine": combine, "decrypt": decrypt}[a.command](a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
