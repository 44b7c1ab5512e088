#!/usr/bin/env python3
"""Generates about a million realistic events for the events-service benchmark, from UCDP GED 21.1.

    benchmarks/generate-events.py ../shared/data/ucdp-ged-21.1-precise-176k.csv.gz OUT_DIR [copies]

Each of the 176,579 UCDP events is written `copies` times (6 by default: 1,059,474 events), shifted
by a day per copy with coordinates jittered, as CSV files for PostgreSQL's COPY into `event` and
`event_actor` (benchmarks/run loads them). Codes read COUNTRY-YEAR-Bnnnnnn, apart from the codes
the service gives (digits only) to the events already there. Countries are mapped to ISO 3166-1 alpha-3; actors get
name-based UUIDs, so the same UCDP side is the same actor everywhere. UCDP data: CC BY 4.0.
"""
import csv
import datetime
import gzip
import os
import random
import subprocess
import sys
import uuid

# UCDP's names that differ from the ISO English short names.
OVERRIDES = {
    "Bosnia-Herzegovina": "BIH", "DR Congo (Zaire)": "COD", "Congo": "COG", "Ivory Coast": "CIV", "Macedonia, FYR": "MKD",
    "United States of America": "USA", "Kingdom of eSwatini (Swaziland)": "SWZ", "Russia (Soviet Union)": "RUS",
    "Yemen (North Yemen)": "YEM", "Serbia (Yugoslavia)": "SRB", "Myanmar (Burma)": "MMR", "Cambodia (Kampuchea)": "KHM",
    "Zimbabwe (Rhodesia)": "ZWE", "Madagascar (Malagasy)": "MDG", "Laos": "LAO", "Iran": "IRN", "Syria": "SYR",
    "Moldova": "MDA", "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN", "South Sudan": "SSD", "Vietnam": "VNM",
    "Russia": "RUS", "Turkey": "TUR", "Czech Republic": "CZE",
}
ACTOR_NAMESPACE = uuid.UUID("6f0c1c1e-5b1a-4a43-9a53-1d6a2d3c4b5a")


def iso_names():
    """English country names to ISO alpha-3, from the JDK's locale data (no third-party package)."""
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, "Countries.java")
    out = subprocess.run(["java", src], check=True, capture_output=True, text=True).stdout
    return dict(line.split("\t") for line in out.splitlines() if "\t" in line)


def main():
    source, out_dir = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    names = iso_names()
    rng = random.Random(42)
    os.makedirs(out_dir, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    counters = {}
    written = 0
    with gzip.open(source, "rt", newline="") as f, \
            open(os.path.join(out_dir, "event.csv"), "w", newline="") as ev, \
            open(os.path.join(out_dir, "event_actor.csv"), "w", newline="") as ea:
        events, actors = csv.writer(ev), csv.writer(ea)
        rows = list(csv.DictReader(f))
        for copy in range(copies):
            for row in rows:
                country = OVERRIDES.get(row["country"]) or names.get(row["country"].split(" (")[0]) or "XKX"
                start = datetime.date.fromisoformat(row["date_start"]) + datetime.timedelta(days=copy)
                end = datetime.date.fromisoformat(row["date_end"]) + datetime.timedelta(days=copy)
                violence = row["type_of_violence"]
                if violence == "3":
                    event_type, sub, civilians = "VIOLENCE_AGAINST_CIVILIANS", "ATTACK", "t"
                elif copy % 2 == 1:
                    event_type, sub, civilians = "EXPLOSIONS_REMOTE_VIOLENCE", "SHELLING_ARTILLERY_MISSILE_ATTACK", "f"
                else:
                    event_type, sub, civilians = "BATTLES", "ARMED_CLASH", "f"
                prefix = f"{country}-{start.year}"
                counters[prefix] = counters.get(prefix, 0) + 1
                event_id = uuid.uuid4()
                low, best, high = (int(row[k]) for k in ("low", "best", "high"))
                lat = min(90.0, max(-90.0, float(row["latitude"]) + rng.uniform(-0.01, 0.01)))
                lon = min(180.0, max(-180.0, float(row["longitude"]) + rng.uniform(-0.01, 0.01)))
                status = "DRAFT" if rng.random() < 0.05 else "PUBLISHED"
                tags = "{ucdp}" if rng.random() < 0.1 else "{}"
                events.writerow([event_id, f"{prefix}-B{counters[prefix]:06d}", start, end, "DAY", "POLITICAL_VIOLENCE", event_type, sub,
                                 f"{row['conflict_name']}: {row['side_a']} vs {row['side_b']}", country, f"{lat:.6f}", f"{lon:.6f}",
                                 "EXACT", min(low, best), best, max(high, best), civilians, tags, status, now, "benchmark", now,
                                 "benchmark"])
                actors.writerow([event_id, uuid.uuid5(ACTOR_NAMESPACE, row["side_a"]), "A", "PRIMARY"])
                if row["side_b"] != row["side_a"]:
                    actors.writerow([event_id, uuid.uuid5(ACTOR_NAMESPACE, row["side_b"]), "B", "PRIMARY"])
                written += 1
                if written % 100_000 == 0:
                    print(f"  {written:,} events written", flush=True)
    print(f"{written:,} events in {out_dir}")


if __name__ == "__main__":
    main()
