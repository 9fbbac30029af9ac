#!/usr/bin/env python3
"""A declaration file richer in names than the simulator's: every consignee and end user gets a
made-up word or two in front of its name, so nearly every declaration names two parties never seen
before. The simulator repeats a few thousand parties; real traffic (and an endless stream) keeps
bringing new ones, which is what the name-keyed learned state (party identities, the party
network, the name caches) has to survive within its bounds (docs/performance.md, "Learned state
and its bounds").

    python3 assay-bench/scripts/name-rich.py IN.csv OUT.csv [--declarations N] [--seed S]

Reads the CSV contract (header first), writes the rows of the first N declarations (all by
default; a declaration is one or more rows, its goods lines, with one declaration_id) with the same
columns; only consignee_name and end_user_name change, the same way on every line of a
declaration, and blank ones stay blank. The words depend only on the seed and the order of the
declarations, so the file is reproducible.
"""
import argparse
import csv
import random
import sys

ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr",
          "st", "tr", "pl", "gr", "sh", "th", "ch", "fl"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
CODAS = ["", "", "n", "r", "s", "x", "l", "m", "nd", "rt", "ck"]


def word(rng):
    """A pronounceable made-up word of two or three syllables, capitalised like a company name."""
    syllables = rng.choice((2, 2, 3))
    text = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
    return (text + rng.choice(CODAS)).capitalize()


def prefix(rng):
    return " ".join(word(rng) for _ in range(rng.choice((1, 2))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--declarations", type=int, default=0, help="declarations to keep (0: all)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.input, newline="", encoding="utf-8") as src, open(
        args.output, "w", newline="", encoding="utf-8"
    ) as dst:
        reader = csv.DictReader(src)
        for column in ("consignee_name", "end_user_name"):
            if column not in reader.fieldnames:
                sys.exit(f"name-rich.py: {args.input} has no {column} column")
        # QUOTE_MINIMAL, like the simulator: fields with commas or quotes stay quoted.
        writer = csv.DictWriter(dst, fieldnames=reader.fieldnames, lineterminator="\n")
        writer.writeheader()
        declaration, count, prefixes = None, 0, {}
        for row in reader:
            if row["declaration_id"] != declaration:
                declaration = row["declaration_id"]
                count += 1
                if args.declarations and count > args.declarations:
                    break
                # one prefix per party of the declaration, so its lines agree on their parties
                prefixes = {c: prefix(rng) for c in ("consignee_name", "end_user_name")}
            for column, words in prefixes.items():
                if row[column].strip():
                    row[column] = words + " " + row[column]
            writer.writerow(row)


if __name__ == "__main__":
    main()
