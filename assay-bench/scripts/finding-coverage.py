#!/usr/bin/env python3
"""How many declarations of each simulated typology (and of the clean ones) one finding code flags.

Usage: finding-coverage.py CODE TRUTH.csv ASSESSMENTS.jsonl [TRUTH.csv ASSESSMENTS.jsonl ...]
TRUTH.csv is the --truth file of `assay generate`, ASSESSMENTS.jsonl the output of `assay screen`.
Prints, per typology and variant, declarations, flagged and the share flagged, summed over the
pairs given. A stand-in until `assay evaluate` reports per detector.
"""
import csv
import json
import sys
from collections import Counter


def main(args):
    code, pairs = args[0], args[1:]
    total, flagged, severities = Counter(), Counter(), Counter()
    for truth_file, out_file in zip(pairs[::2], pairs[1::2]):
        hits = {}
        with open(out_file) as f:
            for line in f:
                a = json.loads(line)
                sev = [x["severity"] for x in a["findings"] if x["code"] == code]
                if sev:
                    hits[a["declaration_id"]] = max(sev)
        with open(truth_file) as f:
            for row in csv.DictReader(f):
                keys = ["CLEAN"] if row["outcome"] == "CLEAN" else [
                    row["typology"], row["typology"] + "/" + row["variant"]]
                for k in keys:
                    total[k] += 1
                    if row["declaration_id"] in hits:
                        flagged[k] += 1
                        severities[(k, hits[row["declaration_id"]])] += 1
    print(f"{'typology/variant':45} {'decl':>8} {'flagged':>8} {'share':>7}  severities")
    for k in sorted(total, key=lambda k: (k != "CLEAN", k)):
        sev = " ".join(f"{s}:{n}" for (kk, s), n in sorted(severities.items()) if kk == k)
        print(f"{k:45} {total[k]:8} {flagged[k]:8} {flagged[k] / total[k]:7.2%}  {sev}")


if __name__ == "__main__":
    main(sys.argv[1:])
