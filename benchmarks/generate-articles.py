#!/usr/bin/env python3
"""Writes articles for the bulk-ingest benchmark, one JSON object per line, shaped by UCDP's events.

    benchmarks/generate-articles.py ../shared/data/ucdp-ged-21.1-precise-176k.csv.gz OUT.jsonl [--articles 100000]

Each article reports one event of UCDP's Georeferenced Event Dataset, drawn uniformly from its rows,
so the articles follow UCDP's skew: most of them about a few wars (Syria, Afghanistan, Iraq, …) and
the years those were fiercest. It is published zero to three days after the event, by one of the
demo data's outlets (mostly the news agency, seldom a ministry), under a headline and a text made
of the event's country, parties, place and deaths, and of the words such reports are made of; the
texts' lengths vary as news does (mostly 1-3 KB, some 10 KB). About 3 % of the lines are an earlier
article again under its URL with tracking parameters, which ingest must recognise as duplicates.

Fixed seed: the same input gives the same file, so anyone can reproduce a figure.
"""
import argparse
import csv
import datetime
import gzip
import json
import random

# The outlets of the demo data (sources-service/src/main/resources/demo/seed-sources.json), by the
# share of articles each publishes: the news agency most, the ministries and organisations seldom.
OUTLETS = [("tass.com", 70), ("tass.ru", 10), ("mod.gov.az", 5), ("mil.am", 5), ("mid.ru", 5), ("un.org", 3), ("odkb-csto.org", 2)]
DUPLICATE_SHARE = 0.03
WORDS = ("ceasefire border clash artillery ministry defence statement shelling village troops casualties "
         "wounded killed positions attack restraint escalation talks settlement region security council "
         "foreign minister convoy checkpoint airstrike militants government forces offensive withdrawal "
         "humanitarian corridor civilians displaced reported sources local officials confirmed denied").split()
VIOLENCE = {"1": "fighting between", "2": "clashes between", "3": "an attack by"}


def events(path):
    with gzip.open(path, "rt", newline="") as f:
        return list(csv.DictReader(f))


def text(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words))


def article(rng, number, event):
    published = datetime.date.fromisoformat(event["date_end"]) + datetime.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
    domain = rng.choices([d for d, _ in OUTLETS], weights=[w for _, w in OUTLETS])[0]
    deaths = int(event["best"] or 0)
    parties = f"{event['side_a']} and {event['side_b']}"
    headline = (f"{deaths} killed in {event['country']} in {VIOLENCE.get(event['type_of_violence'], 'violence between')} {parties}"
                if deaths else f"{event['country']}: {parties} trade accusations")
    # News lengths are skewed: most reports short, a few long.
    words = min(1600, int(rng.lognormvariate(5.6, 0.6)))
    lede = (f"At least {deaths} people were killed between {event['date_start']} and {event['date_end']} near "
            f"{event['latitude']}, {event['longitude']} in {event['country']}, in {event['conflict_name']}.")
    return {
        "url": f"https://{domain}/world/{event['id']}-{number}",
        "title": headline,
        "lede": lede,
        "body": f"{lede} {text(rng, words)} ({event['side_a']}; {event['side_b']})",
        "language": "en",
        "publishedAt": f"{published.isoformat()}T{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00Z",
        "datelinePlace": event["country"].split(" (")[0].upper(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ged", help="UCDP GED as .csv.gz (id, date_start, date_end, country, side_a, side_b, best, …)")
    parser.add_argument("out", help="the JSON-lines file to write")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ged = events(args.ged)
    print(f"{len(ged)} UCDP events read; writing {args.articles} articles to {args.out}", flush=True)
    written = []
    duplicates = 0
    with open(args.out, "w") as out:
        for number in range(args.articles):
            if written and rng.random() < DUPLICATE_SHARE:
                again = dict(rng.choice(written))
                again["url"] += "?utm_source=newsletter&utm_medium=email"
                line = again
                duplicates += 1
            else:
                line = article(rng, number, rng.choice(ged))
                if len(written) < 10_000:
                    written.append(line)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            if (number + 1) % 20_000 == 0:
                print(f"  {number + 1} / {args.articles}", flush=True)
    print(f"done: {args.articles} articles, {duplicates} of them an earlier one again under a tracking URL")


if __name__ == "__main__":
    main()
