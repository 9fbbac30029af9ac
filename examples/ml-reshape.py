#!/usr/bin/env python3
"""Writes the simulator's declarations (CSV contract, labels true or observed) in another shape:
the columns of examples/ml-schema.yaml, dates as dd/MM/yyyy, values in CNY, a 1/0 label, one row
per declaration, the revenue an inspection recovers, columns in another order. It exists to show
that nothing in assay ml depends on Assay's own column names.

    python3 examples/ml-reshape.py declarations.csv > imports.csv
"""
import csv
import random
import sys

CNY_PER_USD = 7.1  # ASSUMPTION: a round exchange rate; the reshaped data is synthetic anyway
rng = random.Random(5)
rows = {}
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        d = rows.get(r["declaration_id"])
        if d is None:
            y, m, day = r["declared_at"].split("-")
            label = {"VIOLATION": "1", "CLEAN": "0"}.get(r.get("outcome", ""), "")
            d = rows[r["declaration_id"]] = {
                "remarks": "",
                "illicit": label,
                "sgd_date": f"{day}/{m}/{y}",
                "sgd_id": "S" + r["declaration_id"],
                "office_id": r["customs_office"],
                "importer_id": r["exporter_id"][-9:],
                "declarant_id": "DCL" + r["exporter_id"][8:11],
                "country": r["destination_country"],
                "tariff_code": r["hs_code"],
                "item_description": r["description"],
                "quantity": 0.0,
                "gross_weight": float(r["gross_weight_kg"]),
                "fob_value": 0.0,
            }
        d["quantity"] += float(r["quantity"] or 0)
        d["fob_value"] += float(r["value_usd"] or 0) * CNY_PER_USD
out = csv.DictWriter(
    sys.stdout,
    ["sgd_id", "sgd_date", "office_id", "importer_id", "declarant_id", "country", "tariff_code",
     "item_description", "quantity", "gross_weight", "fob_value", "cif_value", "total_taxes",
     "illicit", "revenue", "remarks"],
)
out.writeheader()
for d in rows.values():
    d["cif_value"] = round(d["fob_value"] * rng.uniform(1.03, 1.12), 2)
    d["total_taxes"] = round(d["cif_value"] * 0.13, 2)
    d["fob_value"] = round(d["fob_value"], 2)
    d["revenue"] = round(d["cif_value"] * rng.uniform(0.1, 0.6), 2) if d["illicit"] == "1" else ""
    out.writerow(d)
