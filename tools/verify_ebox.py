#!/usr/bin/env python3
"""Checks an election's electronic box the way any observer can (issue 16; docs/security.md "Electronic ballots").

Downloads the election key, the box's public board and every encrypted ballot through the gateway, and checks,
with nothing but Python's own integers and hashlib:
  - the group is ElectionGuard 1.0's standard one; every trustee's commitments are in it with valid Schnorr proofs;
    the joint key and each seat's public share follow from the commitments;
  - every ballot: its tracker, every ciphertext in the group, each selection's proof that it holds 0 or 1, and the
    proof that the ballot holds exactly one choice; the ballot lists exactly the ballot's options, in order;
  - each precinct's tallies are the products of its ballots' ciphertexts;
  - every trustee's partial decryption verifies (Chaum-Pedersen), and k of them open each tally to its count;
  - the counts equal the electronic votes the published result shows for each precinct.
Prints a FAIL line for each mismatch; exit status 0 when everything matches, 1 otherwise.

    python3 tools/verify_ebox.py <electionId> [--url http://localhost:8080]
"""
import argparse
import base64
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_election import get, get_all  # noqa: E402  (one way to read the public API, shared by the tools)

# ElectionGuard 1.0's baseline parameters: q = 2^256 - 189, p a 4096-bit prime pinned by its hash, g = 2^((p-1)/q)
Q = 2 ** 256 - 189
P_SHA256 = "c446f0748adc4c462ca8fd9ec976ee8e61c0d158af0ff0620d22776e4ec907dc"


def num(text):
    return int(text, 16)


class Group:
    def __init__(self, p, q, g):
        self.p, self.q, self.g = p, q, g

    def member(self, x):
        return 0 < x < self.p and pow(x, self.q, self.p) == 1

    def neg(self, x, e):
        """x^-e for a member of the subgroup."""
        return pow(x, (self.q - e % self.q) % self.q, self.p)

    def challenge(self, *parts):
        text = "|".join(format(x, "x") if isinstance(x, int) else str(x) for x in parts)
        return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % self.q

    def exponent(self, x):
        return 0 <= x < self.q


def check_group(group):
    p, q, g = group.p, group.q, group.g
    if q != Q or hashlib.sha256(format(p, "x").encode()).hexdigest() != P_SHA256:
        return "the group is not ElectionGuard's standard group"
    if (p - 1) % q != 0 or g != pow(2, (p - 1) // q, p) or pow(g, q, p) != 1:
        return "the group's generator does not generate the subgroup of order q"
    return None


def zero_or_one(G, context, key, alpha, beta, proof):
    c0, c1, v0, v1 = (num(proof[k]) for k in ("c0", "c1", "v0", "v1"))
    if not all(G.exponent(x) for x in (c0, c1, v0, v1)):
        return False
    p = G.p
    a0 = pow(G.g, v0, p) * G.neg(alpha, c0) % p
    b0 = pow(key, v0, p) * G.neg(beta, c0) % p
    a1 = pow(G.g, v1, p) * G.neg(alpha, c1) % p
    beta_minus_one = beta * G.neg(G.g, 1) % p
    b1 = pow(key, v1, p) * G.neg(beta_minus_one, c1) % p
    return G.challenge(context, key, alpha, beta, a0, b0, a1, b1) == (c0 + c1) % G.q


def constant(G, context, key, alpha, beta, value, proof):
    c, v = num(proof["c"]), num(proof["v"])
    if not (G.exponent(c) and G.exponent(v)):
        return False
    p = G.p
    a = pow(G.g, v, p) * G.neg(alpha, c) % p
    shifted = beta * G.neg(G.g, value) % p
    b = pow(key, v, p) * G.neg(shifted, c) % p
    return G.challenge(context, key, alpha, beta, str(value), a, b) == c


def knowledge(G, context, commitment, proof):
    c, v = num(proof["c"]), num(proof["v"])
    h = pow(G.g, v, G.p) * G.neg(commitment, c) % G.p
    return G.exponent(c) and G.exponent(v) and G.challenge(context, commitment, h) == c


def decryption(G, context, public_share, alpha, beta, share, proof):
    c, v = num(proof["c"]), num(proof["v"])
    if not (G.exponent(c) and G.exponent(v) and G.member(share)):
        return False
    a = pow(G.g, v, G.p) * G.neg(public_share, c) % G.p
    b = pow(alpha, v, G.p) * G.neg(share, c) % G.p
    return G.challenge(context, public_share, alpha, beta, share, a, b) == c


def lagrange(G, seat, seats):
    num_, den = 1, 1
    for j in seats:
        if j != seat:
            num_ = num_ * j % G.q
            den = den * (j - seat) % G.q
    return num_ * pow(den, -1, G.q) % G.q


def tracker(context, ballot):
    text = context + "".join(f"|{s['optionId']}|{s['ciphertext']['alpha']}|{s['ciphertext']['beta']}"
                             for s in ballot["selections"])
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("election")
    parser.add_argument("--url", default="http://localhost:8080")
    a = parser.parse_args()
    base, eid = a.url.rstrip("/"), a.election
    failures = []

    def fail(line):
        failures.append(line)
        print("FAIL " + line)

    status, key = get(base, f"/api/elections/{eid}/election-key")
    if status != 200:
        print(f"FAIL no election key (HTTP {status})")
        return 1
    G = Group(num(key["group"]["p"]), num(key["group"]["q"]), num(key["group"]["g"]))
    problem = check_group(G)
    if problem:
        print("FAIL " + problem)
        return 1
    k, seats = key["threshold"], key["trustees"]
    ballot_context, trustee_context = f"saylau-ebox-v1|{eid}", f"saylau-trustee-v1|{eid}"
    joint, shares_of = 1, {}
    for s in seats:
        commitments = [num(c) for c in s.get("commitments") or []]
        if len(commitments) != k or len(s.get("proofs") or []) != k:
            fail(f"seat {s['seat']} did not publish {k} commitments with proofs")
            continue
        for j, (c, proof) in enumerate(zip(commitments, s["proofs"])):
            if not G.member(c) or not knowledge(G, trustee_context, c, proof):
                fail(f"seat {s['seat']}: commitment {j} is not in the group or its proof does not verify")
        joint = joint * commitments[0] % G.p
    for s in seats:
        l, value = s["seat"], 1
        for other in seats:
            for j, c in enumerate(other.get("commitments") or []):
                value = value * pow(num(c), pow(l, j, G.q), G.p) % G.p
        shares_of[l] = value
        if s.get("publicShare") is None or num(s["publicShare"]) != value:
            fail(f"seat {l}: its public share does not follow from the commitments")
    if key.get("jointKey") is None or num(key["jointKey"]) != joint:
        fail("the joint key is not the product of the trustees' first commitments")
    print(f"election key: {len(seats)} trustees, {k} to decrypt, {'system-held (rehearsal)' if key['systemHeld'] else 'named'}")

    _, ballot = get(base, f"/api/elections/{eid}/ballot")
    options = [o["optionId"].lower() for o in (ballot or {}).get("options", [])]
    status, board = get(base, f"/api/elections/{eid}/ebox")
    if status != 200:
        print(f"FAIL the board is not published (HTTP {status})")
        return 1
    if board["status"] != "COUNTED":
        fail(f"the box is {board['status']}, not COUNTED")
    status, ballots = get_all(base, f"/api/elections/{eid}/ebox/ballots")
    if status != 200:
        print(f"FAIL the ballots are not published (HTTP {status})")
        return 1

    products = {}
    for b in ballots:
        e = b["ballot"]
        t = b["tracker"]
        if tracker(ballot_context, e) != t:
            fail(f"ballot {t}: its tracker is not the hash of its ciphertexts")
        if [s["optionId"].lower() for s in e["selections"]] != options:
            fail(f"ballot {t}: its ciphertexts are not the ballot's options in order")
            continue
        alpha_sum, beta_sum = 1, 1
        for s in e["selections"]:
            alpha, beta = num(s["ciphertext"]["alpha"]), num(s["ciphertext"]["beta"])
            if not (G.member(alpha) and G.member(beta)) or not zero_or_one(G, ballot_context, joint, alpha, beta, s["proof"]):
                fail(f"ballot {t}: option {s['optionId']} is not proven to hold 0 or 1")
            alpha_sum, beta_sum = alpha_sum * alpha % G.p, beta_sum * beta % G.p
            box = products.setdefault(b["precinctCode"], {}).setdefault(s["optionId"].lower(), [1, 1, 0])
            box[0], box[1], box[2] = box[0] * alpha % G.p, box[1] * beta % G.p, box[2] + 1
        if not constant(G, ballot_context, joint, alpha_sum, beta_sum, 1, e["sumProof"]):
            fail(f"ballot {t}: not proven to hold exactly one choice")
    print(f"{len(ballots)} encrypted ballots: trackers and proofs checked")

    counts = {}
    for precinct in board["precincts"]:
        code = precinct["precinctCode"]
        for tally in precinct["tallies"]:
            option = tally["optionId"].lower()
            alpha, beta = num(tally["alpha"]), num(tally["beta"])
            want = products.get(code, {}).get(option, [1, 1, 0])
            if (alpha, beta) != (want[0], want[1]) or precinct["ballots"] != len(
                    [b for b in ballots if b["precinctCode"] == code]):
                fail(f"{code} option {option}: the tally is not the product of the precinct's ballots")
                continue
            if precinct["ballots"] == 0:
                votes = 0
            else:
                valid = {}
                for d in tally["decryptions"]:
                    share = num(d["share"])
                    if d["seat"] in shares_of and decryption(G, trustee_context, shares_of[d["seat"]], alpha, beta,
                                                             share, d["proof"]):
                        valid[d["seat"]] = share
                    else:
                        fail(f"{code} option {option}: seat {d['seat']}'s partial decryption does not verify")
                if len(valid) < k:
                    fail(f"{code} option {option}: {len(valid)} valid partial decryptions, {k} needed")
                    continue
                chosen = sorted(valid)[:k]
                combined = 1
                for seat in chosen:
                    combined = combined * pow(valid[seat], lagrange(G, seat, chosen), G.p) % G.p
                target = beta * G.neg(combined, 1) % G.p
                votes, power = None, 1
                for m in range(precinct["ballots"] + 1):
                    if power == target:
                        votes = m
                        break
                    power = power * G.g % G.p
                if votes is None:
                    fail(f"{code} option {option}: the decryption opens to no count from 0 to {precinct['ballots']}")
                    continue
            if tally.get("votes") != votes:
                fail(f"{code} option {option}: the board says {tally.get('votes')} votes, the decryption gives {votes}")
            counts.setdefault(code, {})[option] = votes
    print(f"{len(board['precincts'])} precincts: tallies recomputed, decryptions checked")

    status, rows = get_all(base, f"/api/results/elections/{eid}/precincts")
    if status == 200:
        for row in rows:
            code = row["precinctCode"]
            published = {e["optionId"].lower(): e["votes"] for e in row.get("electronic") or []}
            decrypted = {o: n for o, n in counts.get(code, {}).items() if n}
            if {o: n for o, n in published.items() if n} != decrypted:
                fail(f"{code}: the result shows electronic votes {published}, the box holds {counts.get(code, {})}")
        print("published result: every precinct's electronic votes equal the box's count")
    else:
        fail(f"the result's precincts are not published (HTTP {status})")

    if failures:
        print(f"{len(failures)} problem(s)")
        return 1
    print("the electronic box verifies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
