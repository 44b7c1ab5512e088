#!/usr/bin/env python3
"""Latency of the typical event queries and a statistics query against a running events-service.

    benchmarks/events-queries.py --url http://localhost:8083 --token "$TOKEN" [--runs 200]

Every query first runs `--warmup` times (the JVM compiles the hot paths of all of them), then each
runs `--runs` times, one at a time; the script prints p50, p95 and max of the wall time of the HTTP
request as a client sees it (connection reused). The queries use
values found in the generated UCDP-based data (generate-events.py).
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse
import uuid

SYRIA_GOVERNMENT = uuid.uuid5(uuid.UUID("6f0c1c1e-5b1a-4a43-9a53-1d6a2d3c4b5a"), "Government of Syria")

QUERIES = {
    "newest page (no filter)": {},
    "country": {"country": "SYR"},
    "country + month": {"country": "SYR", "from": "2016-08-01", "to": "2016-08-31"},
    "date range (a week)": {"from": "2014-06-01", "to": "2014-06-07"},
    "actor (either side)": {"actorId": str(SYRIA_GOVERNMENT)},
    "actor + year": {"actorId": str(SYRIA_GOVERNMENT), "from": "2013-01-01", "to": "2013-12-31"},
    "event type + country": {"eventType": "VIOLENCE_AGAINST_CIVILIANS", "country": "IND"},
    "bounding box (Aleppo)": {"bbox": "36.9,36.0,37.4,36.4"},
    "bbox + month": {"bbox": "36.9,36.0,37.4,36.4", "from": "2016-08-01", "to": "2016-08-31"},
    "min killed 100": {"minKilled": "100"},
    "text": {"q": "Taleban"},
    "tag + country": {"tag": "ucdp", "country": "AFG"},
    "stats by month (country + year)": {"_path": "/events/stats", "groupBy": "MONTH", "country": "SYR", "from": "2016-01-01", "to": "2016-12-31"},
    "stats by event type (all)": {"_path": "/events/stats", "groupBy": "EVENT_TYPE", "from": "2015-01-01", "to": "2015-12-31"},
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8083")
    parser.add_argument("--token", required=True)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--limit", default="20")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--json", help="also write the figures here, for the benchmark report")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    connection = http.client.HTTPConnection(target.hostname, target.port)
    headers = {"Authorization": f"Bearer {args.token}"}
    urls = {}
    for name, params in QUERIES.items():
        params = dict(params)
        path = params.pop("_path", "/events")
        if path == "/events":
            params["limit"] = args.limit
        urls[name] = (path, path + "?" + urllib.parse.urlencode(params))
    for _ in range(args.warmup):
        for path, url in urls.values():
            connection.request("GET", url, headers=headers)
            connection.getresponse().read()
    print(f"{'query':36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  rows")
    figures = {}
    for name, (path, url) in urls.items():
        times = []
        body = b""
        for run in range(args.runs):
            began = time.perf_counter()
            connection.request("GET", url, headers=headers)
            response = connection.getresponse()
            body = response.read()
            took = (time.perf_counter() - began) * 1000
            if response.status != 200:
                raise SystemExit(f"{name}: HTTP {response.status}: {body[:300]!r}")
            times.append(took)
        times.sort()
        rows = body.count(b'"code"') if path == "/events" else body.count(b'"key"')
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{name:36} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}  {rows}", flush=True)
        figures[name] = {"statistics": path != "/events", "p50": round(statistics.median(times), 2), "p95": round(p95, 2),
                         "max": round(times[-1], 2), "rows": rows}
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=2)


if __name__ == "__main__":
    main()
