#!/usr/bin/env python3
"""Plays a whole election night on a running Saylau in simulation mode, so a newcomer can watch the page.

    ./saylau demo [--scale 0.1] [--minutes 3]

A wave shaped like 25 July 2021 (730 elections, 1,847 precincts; --scale shrinks it): territory, parties,
nominations and registration fast-forwarded on the simulation clock, turnout reports through the day, then the
protocols arriving over a few minutes of real time in a realistic curve, with a duplicate post, a correction with
its reason, an anomaly, a late precinct and a tie that fails, and certification at the end. Each run makes its own
territory (codes carry the run's id) and moves the clock forward only, so it runs again on the same system.
Only the public API is used, as the cec account; Python's standard library only.
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
import uuid

REGIONS = ["Абай облысы", "Ақмола облысы", "Ақтөбе облысы", "Алматы облысы", "Атырау облысы",
           "Батыс Қазақстан облысы", "Жамбыл облысы", "Жетісу облысы", "Қарағанды облысы", "Қостанай облысы",
           "Қызылорда облысы", "Маңғыстау облысы", "Павлодар облысы", "Солтүстік Қазақстан облысы",
           "Түркістан облысы", "Ұлытау облысы", "Шығыс Қазақстан облысы"]
PLACES = ["Ақсу", "Балапан", "Қарабұлақ", "Жаңатұрмыс", "Көктерек", "Сарыөзек", "Талдыбұлақ", "Ақжар", "Бірлік",
          "Достық", "Еңбек", "Жұлдыз", "Қайнар", "Бастау", "Шұғыла", "Арал", "Ынтымақ", "Тасқала", "Көкжиек", "Самал"]
SURNAMES = [("Тоқаев", "Тоқаева"), ("Әбенов", "Әбенова"), ("Серікбаев", "Серікбаева"), ("Омаров", "Омарова"),
            ("Жұмабеков", "Жұмабекова"), ("Нұрланов", "Нұрланова"), ("Қасымов", "Қасымова"), ("Бекова", "Бекова"),
            ("Сейітов", "Сейітова"), ("Ахметов", "Ахметова"), ("Ержанов", "Ержанова"), ("Мұратов", "Мұратова")]
MEN = ["Ерлан", "Асқар", "Айбек", "Нұржан", "Бауыржан", "Дәулет", "Марат", "Серік", "Қайрат", "Ғалым"]
WOMEN = ["Айгүл", "Гүлнар", "Сәуле", "Әсел", "Жанар", "Динара", "Мәдина", "Ботагөз"]
PARTIES = [("AMANAT", "AMANAT"), ("AUYL", "Auyl"), ("AKJOL", "Ak Jol"), ("RESPUBLICA", "Respublica"),
           ("PEOPLES", "People's Party of Kazakhstan")]
ALMATY = datetime.timezone(datetime.timedelta(hours=5))


class Api:
    """The gateway, one keep-alive connection per thread."""

    def __init__(self, base, token=None):
        self.base = urllib.parse.urlsplit(base)
        self.token = token
        self.local = threading.local()

    def call(self, method, path, body=None, expect=(200, 201), headers=None):
        for attempt in range(5):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.base.hostname, self.base.port or 80, timeout=600)
            h = {"Accept": "application/json"}
            if self.token:
                h["Authorization"] = "Bearer " + self.token
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                h["Content-Type"] = "application/json"
            h.update(headers or {})
            try:
                conn.request(method, path, body=data, headers=h)
                r = conn.getresponse()
                text = r.read()
            except (http.client.HTTPException, OSError):
                self.local.conn = None
                time.sleep(0.2 * (attempt + 1))
                continue
            if r.status in (429, 503):
                time.sleep(float(r.getheader("Retry-After", "1")))
                continue
            if r.status not in expect:
                raise RuntimeError(f"{method} {path}: {r.status} {text[:300]!r}")
            return r.status, (json.loads(text) if text and r.getheader("Content-Type", "").startswith("application") else None)
        raise RuntimeError(f"{method} {path}: no answer")

    def get(self, path, expect=(200,)):
        return self.call("GET", path, expect=expect)[1]


def iin(born, female, serial):
    """A valid IIN (R-I1) for a birth date and sex: century digit 3/4 for the 1900s, 5/6 for the 2000s."""
    century = (3 if born.year < 2000 else 5) + (1 if female else 0)
    head = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{century}"
    w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    s = serial
    while True:
        h = head + f"{s % 10000:04d}"
        c = sum(int(h[i]) * (i + 1) for i in range(11)) % 11
        if c == 10:
            c = sum(int(h[i]) * w2[i] for i in range(11)) % 11
        if c != 10:
            return h + str(c)
        s += 1


def parallel(fn, items, workers=4):
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fn, items))


def say(text):
    print(f"[demo] {text}", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gateway", default=os.environ.get("SAYLAU_GATEWAY", "http://localhost:8080"))
    ap.add_argument("--scale", type=float, default=1.0, help="share of the 2021 wave (1.0: 730 elections, 1,847 precincts)")
    ap.add_argument("--minutes", type=float, default=3.0, help="real minutes over which the protocols arrive")
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    elections_n = max(3, round(730 * a.scale))
    precincts_n = max(elections_n + 1, round(1847 * a.scale))
    run = uuid.uuid4().hex[:5].upper()
    say(f"the page: {a.gateway}/   (open it now and watch)")

    password = os.environ.get("SAYLAU_ADMIN_PASSWORD", "cec-dev-password")
    _, tokens = Api(a.gateway).call("POST", "/api/auth/token", {"username": "cec", "password": password})
    api = Api(a.gateway, tokens["access_token"])
    status, _ = api.call("GET", "/api/admin/clock", expect=(200, 404))
    if status == 404:
        sys.exit("[demo] the system is not in simulation mode: start it with SAYLAU_SIMULATION=true ./saylau up")

    def clock(to):
        api.call("PUT", "/api/admin/clock", {"now": to.isoformat()})

    def now():
        return datetime.datetime.fromisoformat(api.get("/api/admin/clock")["now"])

    # ---------------------------------------------------------------- territory, parties, precincts --
    regions = REGIONS[:min(len(REGIONS), elections_n)]
    units = []  # (region code, district code, unit code, name)
    for i in range(elections_n):
        r = i % len(regions)
        d = (i // len(regions)) % max(1, elections_n // (len(regions) * 4))
        units.append((f"D{run}R{r:02d}", f"D{run}R{r:02d}D{d:02d}", f"D{run}U{i:04d}",
                      f"{PLACES[i % len(PLACES)]} ауылдық округі {i + 1}"))
    body = [{"code": f"D{run}R{r:02d}", "name": regions[r], "level": "REGION"} for r in range(len(regions))]
    districts = sorted({(u[0], u[1]) for u in units})
    body += [{"code": d, "name": f"{PLACES[k % len(PLACES)]} ауданы", "level": "DISTRICT", "parentCode": r}
             for k, (r, d) in enumerate(districts)]
    body += [{"code": u[2], "name": u[3], "level": "RURAL", "parentCode": u[1]} for u in units]
    for k in range(0, len(body), 500):
        api.call("POST", "/api/units", body[k:k + 500])
    for code, name in PARTIES:
        api.call("POST", "/api/parties", {"code": f"D{run}{code}", "name": f"{name} ({run})"})
    # every unit a precinct; the rest spread; the tie's unit keeps one precinct only
    per_unit = [1] * elections_n
    for k in range(precincts_n - elections_n):
        per_unit[1 + k % (elections_n - 1)] += 1
    precincts = []  # (unit index, code, voters)
    for i, n in enumerate(per_unit):
        for j in range(n):
            precincts.append((i, f"D{run}P{i:04d}{j}", rnd.randint(300, 2500)))
    body = [{"code": p[1], "unitCode": units[p[0]][2], "name": f"Мектеп № {k + 1}", "votersOnList": p[2]}
            for k, p in enumerate(precincts)]
    for k in range(0, len(body), 500):
        api.call("POST", "/api/precincts", body[k:k + 500])
    say(f"{len(regions)} regions, {len(districts)} districts, {elections_n} rural units, {len(precincts)} precincts")

    # ---------------------------------------------------------------- elections and candidates --
    voting_day = (now().astimezone(ALMATY) + datetime.timedelta(days=45)).date()
    called = parallel(lambda u: api.call("POST", "/api/elections", {"unitCode": u[2], "kind": "REGULAR",
                                                                      "votingDay": voting_day.isoformat()})[1], units)
    cal = called[0]["calendar"]
    clock(datetime.datetime.fromisoformat(cal["nominationOpens"]) + datetime.timedelta(hours=1))
    voters = [0] * elections_n
    for p in precincts:
        voters[p[0]] += p[2]
    serial = [0]
    lock = threading.Lock()

    def nominate(i):
        e = called[i]["id"]
        count = 2 if i == 0 else rnd.choice([2, 2, 3, 3, 4])
        parties = rnd.sample(PARTIES, 3)
        ids = []
        for k in range(count):
            female = rnd.random() < 0.12
            born = datetime.date(rnd.randint(1965, 1992), rnd.randint(1, 12), rnd.randint(1, 28))
            with lock:
                serial[0] += 1
                s = serial[0]
            last = rnd.choice(SURNAMES)[1 if female else 0]
            first = rnd.choice(WOMEN if female else MEN)
            n = {"iin": iin(born, female, s), "lastName": last, "firstName": first, "birthDate": born.isoformat(),
                 "gender": "F" if female else "M"}
            if k < 2 or (k == 2 and rnd.random() < 0.5):
                n.update(nominatedBy="PARTY", partyCode=f"D{run}{parties[k][0]}")
            else:
                n.update(nominatedBy="SELF", signatures=voters[i] // 100 + 10)
            ids.append(api.call("POST", f"/api/elections/{e}/nominations", n)[1]["id"])
        for c in ids:
            api.call("POST", f"/api/candidates/{c}/decision", {"decision": "REGISTER", "reason": "documents in order"})

    parallel(nominate, range(elections_n))
    say(f"{elections_n} elections called for {voting_day}, candidates nominated and registered")
    clock(datetime.datetime.fromisoformat(cal["registrationCloses"]) + datetime.timedelta(hours=1))
    ballots = {}

    def ballot(i):
        e = called[i]["id"]
        deadline = time.time() + 120
        while True:
            s, b = api.call("GET", f"/api/elections/{e}/ballot", expect=(200, 404))
            if s == 200:
                ballots[i] = [o["candidateId"] for o in b["options"] if o["kind"] == "CANDIDATE"]
                return
            if time.time() > deadline:
                raise RuntimeError(f"ballot of {e} not published")
            time.sleep(0.5)

    parallel(ballot, range(elections_n))
    say("ballots published")

    # ---------------------------------------------------------------- voting day: turnout --
    opens = datetime.datetime.fromisoformat(cal["pollsOpen"])
    closes = datetime.datetime.fromisoformat(cal["pollsClose"])
    final_turnout = {p[1]: (0.97 if k == 1 else rnd.uniform(0.55, 0.85)) for k, p in enumerate(precincts)}
    clock(opens + datetime.timedelta(minutes=30))
    say(f"polls open at {opens.astimezone(ALMATY):%H:%M}; the page shows 'results after {closes.astimezone(ALMATY):%H:%M}'")
    hours = [h for h in (10, 12, 14, 16, 18) if opens.astimezone(ALMATY).hour < h < closes.astimezone(ALMATY).hour]
    for step, h in enumerate(hours):
        at = opens.astimezone(ALMATY).replace(hour=h, minute=0)
        clock(at)
        share = (step + 1) / (len(hours) + 1)

        def report(p, at=at, share=share):
            issued = int(p[2] * final_turnout[p[1]] * share)
            api.call("POST", f"/api/elections/{called[p[0]]['id']}/precincts/{p[1]}/turnout",
                     {"asOf": at.isoformat(), "ballotsIssued": issued})

        parallel(report, precincts)
        say(f"turnout reported as of {h}:00")
    clock(closes + datetime.timedelta(minutes=1))
    say("polls closed: protocols start to arrive")

    # ---------------------------------------------------------------- the count --
    def protocol(p, tie=False):
        i, code, listed = p
        issued = int(listed * final_turnout[code])
        in_box = issued - rnd.randint(0, 3)
        invalid = rnd.randint(0, max(1, in_box // 60))
        against = rnd.randint(0, max(1, in_box // 40))
        left = in_box - invalid - against
        cands = ballots[i]
        if tie:
            left -= left % 2
            invalid = in_box - against - left
            votes = [left // 2, left // 2]
        else:
            weights = [rnd.random() ** 2 + 0.05 for _ in cands]
            votes = [int(left * w / sum(weights)) for w in weights]
            votes[0] += left - sum(votes)
        received = issued + rnd.randint(5, 40)
        return {"votersOnList": listed, "ballotsReceived": received, "ballotsIssued": issued,
                "ballotsCancelled": received - issued, "ballotsInBox": in_box, "invalidBallots": invalid,
                "againstAll": against, "votes": [{"candidateId": c, "votes": v} for c, v in zip(cands, votes)]}

    sent = {}
    late = precincts[-1]
    ordered = precincts[:-1]
    window = a.minutes * 60
    # most precincts count in the first hours, a long tail after: a beta(2, 5) curve over the window
    schedule = sorted((rnd.betavariate(2, 5) * window, p) for p in ordered)
    start = time.time()
    duplicate_at = len(schedule) // 2
    corrected = schedule[len(schedule) // 3][1] if len(schedule) > 3 else None

    def post(p, body, key):
        api.call("POST", f"/api/elections/{called[p[0]]['id']}/precincts/{p[1]}/protocol", body,
                 headers={"Idempotency-Key": key})

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        futures = []
        for n, (offset, p) in enumerate(schedule):
            delay = start + offset - time.time()
            if delay > 0:
                time.sleep(delay)
            body = protocol(p, tie=(p[0] == 0))
            sent[p[1]] = body
            futures.append(pool.submit(post, p, body, f"demo-{run}-{p[1]}"))
            if n == duplicate_at:
                # the same protocol posted again by a station that did not see its answer: counted once
                futures.append(pool.submit(post, p, body, f"demo-{run}-{p[1]}-again"))
                say(f"precinct {p[1]} posted its protocol twice: the second answer is the first version, counted once")
            if n and n % max(1, len(schedule) // 10) == 0:
                say(f"{n} of {len(precincts)} protocols in")
        for f in futures:
            f.result()
    if corrected is not None and corrected[0] != 0:
        fix = dict(sent[corrected[1]])
        votes = [dict(v) for v in fix["votes"]]
        moved = min(15, votes[0]["votes"])
        votes[0]["votes"] -= moved
        votes[1]["votes"] += moved
        fix.update(votes=votes, supersedesVersion=1, reason="recount: ballots of two candidates were swapped",
                   decisionRef=f"TEC {units[corrected[0]][1]} No 7")
        api.call("POST", f"/api/elections/{called[corrected[0]]['id']}/precincts/{corrected[1]}/protocol/corrections", fix)
        say(f"precinct {corrected[1]}: protocol corrected after a recount (version 2, with its reason and decision)")
    say(f"precinct {late[1]} is late: its protocol comes after a pause")
    time.sleep(min(20, window / 6))
    post(late, protocol(late), f"demo-{run}-{late[1]}")
    say(f"precinct {precincts[1][1]} reported 97% turnout: flagged as an anomaly")

    # ---------------------------------------------------------------- certification --
    def certify(i):
        e = called[i]["id"]
        deadline = time.time() + 120
        while True:
            r = api.get(f"/api/results/elections/{e}")
            if r["precinctsReporting"] == r["precinctsTotal"]:
                break
            if time.time() > deadline:
                raise RuntimeError(f"{e}: results-service has {r['precinctsReporting']} of {r['precinctsTotal']}")
            time.sleep(0.5)
        s, r = api.call("POST", f"/api/results/elections/{e}/certification", expect=(200, 409))
        return r["status"] if r else "CERTIFIED"

    decided = parallel(certify, range(elections_n))
    say(f"certified: {decided.count('CERTIFIED')}, failed: {decided.count('FAILED')} (the tie in "
        f"{units[0][3]} fails and a repeat election follows)")
    say(f"done: {a.gateway}/?day={voting_day}")


if __name__ == "__main__":
    main()
