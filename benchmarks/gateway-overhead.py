#!/usr/bin/env python3
"""What the gateway adds: the seed-article query through the gateway versus the same data fetched
with the direct service calls the gateway makes for it (one batch call per field and level, made one
after the other here). Run against a running stack (deploy/local/up):

    benchmarks/gateway-overhead.py --runs 300

Prints p50/p95/mean of both, and the gateway's overhead over the sum of the direct calls.
"""
import argparse, json, statistics, time, urllib.parse, urllib.request

SEED_QUERY = """query SeedClash($id: ID!) { event(id: $id) { code title dateFrom location { country admin1 }
  conflict { name parties { side actor { name } } } actors { side actor { name kind } } agreement { agree contested }
  claims { summary figures { group personnel killed { best } injured { best } injurySeverity } claimant { name } initiator { name }
    article { title source { name reliability { grade } actor { name } } } }
  linkedFrom { type event { title } } } }"""
CLASH = "0e000000-0000-7000-8000-000000000001"


def token(keycloak, user):
    data = urllib.parse.urlencode({"client_id": "conflict-monitor-cli", "grant_type": "password",
                                   "username": user, "password": user}).encode()
    with urllib.request.urlopen(keycloak + "/realms/conflict-monitor/protocol/openid-connect/token", data) as r:
        return json.load(r)["access_token"]


def post(url, body, bearer):
    req = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json",
                                                                  "Authorization": "Bearer " + bearer})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def lookup(url, ids, bearer):
    """A batch lookup as the gateway makes it: ids a field leaves null are not asked for, and no ids, no call."""
    ids = [i for i in dict.fromkeys(ids) if i]
    return post(url, {"ids": ids}, bearer)["items"] if ids else []


def direct(a, s, e, bearer):
    """The calls the gateway makes for SEED_QUERY, level by level, one after the other."""
    event = lookup(e + "/events/lookup", [CLASH], bearer)[0]
    conflict = lookup(e + "/conflicts/lookup", [event["conflictId"]], bearer)[0]
    lookup(a + "/actors/lookup", [x["actorId"] for x in event["actors"]], bearer)
    claims = post(e + "/events/claims/by-events", {"ids": [CLASH]}, bearer)["results"][0]["claims"]
    lookup(e + "/events/lookup", [l["eventId"] for l in event["linkedFrom"]], bearer)
    lookup(a + "/actors/lookup", [p["actorId"] for p in conflict["parties"]], bearer)
    lookup(a + "/actors/lookup", [c["claimantActorId"] for c in claims], bearer)
    lookup(a + "/actors/lookup", [c["initiatorActorId"] for c in claims], bearer)
    articles = lookup(s + "/articles/lookup", [c["articleId"] for c in claims], bearer)
    sources = lookup(s + "/sources/lookup", [x["sourceId"] for x in articles], bearer)
    lookup(a + "/actors/lookup", [x["actorId"] for x in sources], bearer)


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def summary(ms):
    ms = sorted(ms)
    return ms[len(ms) // 2], ms[int(len(ms) * 0.95) - 1], statistics.mean(ms)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--gateway", default="http://localhost:8080")
    p.add_argument("--actors", default="http://localhost:8081")
    p.add_argument("--sources", default="http://localhost:8082")
    p.add_argument("--events", default="http://localhost:8083")
    p.add_argument("--keycloak", default="http://localhost:8180")
    p.add_argument("--runs", type=int, default=300)
    p.add_argument("--warmup", type=int, default=100)
    o = p.parse_args()
    bearer = token(o.keycloak, "viewer")
    through = lambda: post(o.gateway + "/graphql", {"query": SEED_QUERY, "variables": {"id": CLASH}}, bearer)
    answer = through()
    assert "errors" not in answer, answer
    calls = lambda: direct(o.actors, o.sources, o.events, bearer)
    for _ in range(o.warmup):
        through(); calls()
    # Interleaved, so both see the same machine load.
    g, d = [], []
    for _ in range(o.runs):
        g += timed(through, 1)
        d += timed(calls, 1)
    gp50, gp95, gmean = summary(g)
    dp50, dp95, dmean = summary(d)
    print(f"gateway, seed query     p50 {gp50:6.2f} ms  p95 {gp95:6.2f} ms  mean {gmean:6.2f} ms")
    print(f"direct, 11 calls in row p50 {dp50:6.2f} ms  p95 {dp95:6.2f} ms  mean {dmean:6.2f} ms")
    print(f"gateway over direct     p50 {100 * (gp50 / dp50 - 1):+.1f} %  p95 {100 * (gp95 / dp95 - 1):+.1f} %  mean {100 * (gmean / dmean - 1):+.1f} %")


if __name__ == "__main__":
    main()
