#!/usr/bin/env python3
"""Bulk-ingest articles into a running sources-service and report the rate.

    benchmarks/bulk-ingest.py --url http://localhost:8082 --token "$TOKEN" [--articles 10000] [--batch 1000]
    benchmarks/bulk-ingest.py --token "$TOKEN" --file articles.jsonl     # from generate-articles.py

Without --file, each article gets a unique URL under tass.com (so the source is found by domain) and
~2 KB of generated English text. The time counted is the wall time of the bulk requests alone.
"""
import argparse
import json
import random
import time
import urllib.request
import uuid

WORDS = ("ceasefire border clash artillery ministry defence statement shelling village troops "
         "casualties wounded killed positions attack restraint escalation talks settlement region "
         "secretariat organization security council foreign minister phone call conflict").split()


def article(run, i):
    rng = random.Random(f"{run}-{i}")
    body = " ".join(rng.choice(WORDS) for _ in range(300))
    return {
        "url": f"https://tass.com/bench/{run}/{i}?utm_source=bench",
        "title": f"Benchmark dispatch {i}",
        "lede": " ".join(rng.choice(WORDS) for _ in range(25)),
        "body": f"{body} {uuid.uuid4()}",
        "language": "en",
        "publishedAt": "2020-07-%02dT%02d:00:00+03:00" % (1 + i % 28, i % 24),
        "datelinePlace": "MOSCOW",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8082")
    parser.add_argument("--token", required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--file", help="JSON lines of articles (generate-articles.py) instead of generated ones")
    args = parser.parse_args()
    run = uuid.uuid4().hex[:8]
    if args.file:
        with open(args.file) as f:
            given = [json.loads(line) for line in f]
        args.articles = len(given)
    totals = {"created": 0, "existing": 0, "duplicates": 0, "rejected": 0}
    elapsed = 0.0
    for start in range(0, args.articles, args.batch):
        end = min(start + args.batch, args.articles)
        batch = given[start:end] if args.file else [article(run, i) for i in range(start, end)]
        request = urllib.request.Request(
            f"{args.url}/articles/bulk", data=json.dumps({"articles": batch}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {args.token}"})
        began = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as response:
            result = json.load(response)
        took = time.perf_counter() - began
        elapsed += took
        for key in totals:
            totals[key] += result[key]
        print(f"  {start + len(batch):>6} / {args.articles}: batch of {len(batch)} in {took:.2f} s", flush=True)
    print(f"{args.articles} articles in {elapsed:.1f} s: {args.articles / elapsed:.0f} articles/s; {totals}")


if __name__ == "__main__":
    main()
