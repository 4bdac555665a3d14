#!/usr/bin/env python3
"""Loads a country-sized territory (20 regions, 200 districts, 2,400 rural units) as one CSV through the gateway
and prints how long it took. Needs a running system (./saylau up). Not a test: it prints figures."""
import json, urllib.request, time, uuid
import os
B=os.environ.get("SAYLAU_URL","http://localhost:8080")
def call(m,p,body=None,tok=None,ct="application/json"):
    data = body if isinstance(body,(bytes,type(None))) else json.dumps(body).encode()
    r=urllib.request.Request(B+p,data=data,method=m)
    if data is not None: r.add_header("Content-Type",ct)
    if tok: r.add_header("Authorization","Bearer "+tok)
    try:
        with urllib.request.urlopen(r) as resp: return resp.status, resp.read()
    except urllib.error.HTTPError as e: return e.code, e.read()
s,b=call("POST","/api/auth/token",{"username":"cec","password":os.environ.get("SAYLAU_ADMIN_PASSWORD","cec-dev-password")})
tok=json.loads(b)["access_token"]
for attempt in range(2):
    run=uuid.uuid4().hex[:5]
    lines=["code,name,level,parentCode"]
    for r in range(20):
        rc=f"K{run}R{r}"; lines.append(f"{rc},Облыс {r},REGION,")
        for d in range(10):
            dc=f"K{run}R{r}D{d}"; lines.append(f"{dc},Аудан {d},DISTRICT,{rc}")
            for u in range(12):
                lines.append(f"K{run}R{r}D{d}U{u},Ауылдық округ {u},RURAL,{dc}")
    csv=("\n".join(lines)+"\n").encode()
    t=time.time(); s,b=call("POST","/api/units",csv,tok,"text/csv"); dt=time.time()-t
    print("csv", s, len(lines)-1, "units (20 regions, 200 districts, 2400 rural) in", round(dt,2), "s")
