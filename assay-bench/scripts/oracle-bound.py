#!/usr/bin/env python3
"""A full-information bound: how well could any learner rank a declaration from what it carries?

Usage:
  oracle-bound.py --jar assay.jar --work DIR [--json OUT.json] NAME=DECL.csv,TRUTH.csv,SCORES.csv ...

DECL.csv, TRUTH.csv: `assay generate -o DECL.csv --truth TRUTH.csv`; SCORES.csv: the `--scores-out`
of `assay evaluate DECL.csv --loop --outcome-delay 14` (its period column splits the year).

For each file, a gradient-boosted model (XGBoost4J from the assay jar, via OracleXgb.java beside
this script) is trained on the TRUE label of every declaration, far more than Assay ever learns
(it sees only the outcomes of what it inspected), with every feature a declaration carries:
goods (HS code, unit, hashed description words), weights, values and their ratios, transport,
countries, parties' trade so far (counts, product range, usual lot and price), the parties' true
violations so far, and Assay's own score and soft evidence. Judged on period 2 at the 5% budget:

  assay    Assay's loop score (period 2 of the --scores-out file)
  p1       trained on all of period 1's truth, ranks period 2
  p1+      rank mean of p1 and assay
  cv       2-fold within period 2: train on period 1 and one half of period 2, rank the other half
  cv+      rank mean of cv and assay
  hg-p1, hg-cv  the same with hidden goods alone as the label (the best ranking for that typology)

Generator traces that no real declaration carries are left out of the features: for goods counted
in kilograms the simulator writes quantity = net weight exactly for honest lines and a non-integer
net weight with quantity != net for tile material with powder in it, so quantity/net and unit
weights are rounded to 3 decimals and no feature reads a number's fractional digits. `--artefact`
adds them back (to show what they are worth, never as a result).
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import zlib
from collections import defaultdict

import numpy as np

HASH_BUCKETS = 32
BUDGET = 0.05


def stable_hash(s):
    return zlib.crc32(s.encode("utf-8"))


class Index:
    """A category's integer code, first seen first (trees split on the code like any number)."""

    def __init__(self):
        self.codes = {}

    def __call__(self, value):
        return self.codes.setdefault(value, len(self.codes))


def fnum(s, default=np.nan):
    try:
        return float(s)
    except (TypeError, ValueError):
        return default


def read_declarations(path):
    decls, order = {}, []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            d = decls.get(row["declaration_id"])
            if d is None:
                d = {"head": row, "lines": []}
                decls[row["declaration_id"]] = d
                order.append(row["declaration_id"])
            d["lines"].append(row)
    return decls, order


def read_truth(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["declaration_id"]: (r["outcome"], r["typology"]) for r in csv.DictReader(f)}


def read_scores(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            keys = [k for k in re.split(r"[ ;|]+", r["soft_evidence"] or "") if k]
            out[r["declaration_id"]] = (int(r["period"]), float(r["score"]), r["lane"], r["reason"], keys)
    return out


def norm(s):
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", (s or "").lower()).strip()


def features(decls, order, truth, scores, artefact):
    """One row per declaration, in file order; party history counts only earlier declarations."""
    idx = defaultdict(Index)
    names, rows = None, []
    exp_n, exp_hs4, exp_ch, exp_hs4set = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(set)
    cons_n, cons_hs4, pair_n, addr_n = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    exp_lic, cons_lic, exp_mode = defaultdict(int), defaultdict(int), defaultdict(int)
    exp_viol, cons_viol, addr_viol = defaultdict(int), defaultdict(int), defaultdict(int)
    exp_net_hs4, exp_vpk_hs4 = defaultdict(float), defaultdict(float)
    hs4_n, hs4_net, hs4_vpk, hs4_mode_n = defaultdict(int), defaultdict(float), defaultdict(float), defaultdict(int)
    exp_last, exp_first = {}, {}
    key_index = {}
    for did in scores:
        for k in scores[did][4]:
            code_sev = "/".join(k.split("/")[:2])
            key_index.setdefault(code_sev, None)
            for sig in (k.split("/")[2].split("+") if k.count("/") >= 2 else []):
                key_index.setdefault("sig:" + sig, None)
    soft_names = sorted(key_index)
    for did in order:
        d = decls[did]
        h, lines = d["head"], d["lines"]
        first = lines[0]
        hs = first["hs_code"]
        hs4, ch = hs[:4], hs[:2]
        net = sum(fnum(l["net_weight_kg"], 0) for l in lines)
        value = sum(fnum(l["value_usd"], 0) for l in lines)
        qty = sum(fnum(l["quantity"], 0) for l in lines)
        gross = fnum(h["gross_weight_kg"])
        cont = fnum(h["container_count"])
        mode = h["transport_mode"]
        exp = h["exporter_id"]
        cons = (norm(h["consignee_name"]), h["consignee_country"])
        addr = (norm(h["consignee_address"]), h["consignee_country"])
        day = int(h["declared_at"].replace("-", ""))
        from datetime import date
        y, m, dd = map(int, h["declared_at"].split("-"))
        ordinal = date(y, m, dd).toordinal()
        desc = " ".join(l["description"] for l in lines)
        toks = [t for t in re.split(r"[\s/,;()]+", desc.lower()) if t]
        vpk = value / net if net > 0 else np.nan
        f = {}
        f["n_lines"] = len(lines)
        f["n_hs"] = len({l["hs_code"] for l in lines})
        f["containers"] = cont
        f["gross"] = gross
        f["net"] = net
        f["value"] = value
        f["qty"] = qty
        f["vpk"] = vpk
        f["gross_per_net"] = round(gross / net, 3) if net > 0 else np.nan
        f["net_per_qty"] = round(net / qty, 3) if qty > 0 else np.nan
        f["value_per_unit"] = value / qty if qty > 0 else np.nan
        f["gross_per_container"] = gross / cont if cont and cont > 0 else np.nan
        f["max_line_value_share"] = max(fnum(l["value_usd"], 0) for l in lines) / value if value > 0 else np.nan
        f["month"] = m
        f["doy"] = date(y, m, dd).timetuple().tm_yday
        f["weekday"] = date(y, m, dd).weekday()
        f["office"] = fnum(h["customs_office"])
        f["mode"] = idx["mode"](mode)
        f["unit"] = idx["unit"](first["unit"])
        f["hs2"] = fnum(ch)
        f["hs4"] = fnum(hs4)
        f["hs6"] = fnum(hs[:6])
        f["hs_suffix"] = fnum(hs[6:])
        f["cons_country"] = idx["country"](h["consignee_country"])
        f["dest"] = idx["country"](h["destination_country"])
        f["dest_ne_cons"] = float(h["destination_country"] != h["consignee_country"])
        transit = [t for t in re.split(r"[;| ,]+", h["transit_countries"] or "") if t]
        f["n_transit"] = len(transit)
        f["transit1"] = idx["country"](transit[0]) if transit else -1
        f["has_end_user"] = float(bool(h["end_user_name"]))
        f["eu_country_ne_cons"] = float(bool(h["end_user_country"]) and h["end_user_country"] != h["consignee_country"])
        f["eu_is_cons"] = float(norm(h["end_user_name"]) == cons[0]) if h["end_user_name"] else -1
        f["eu_addr_is_cons"] = float(norm(h["end_user_address"]) == addr[0]) if h["end_user_address"] else -1
        f["has_license"] = float(any(l["license_no"] for l in lines))
        f["has_end_use"] = float(bool(h["end_use"]))
        f["exp_name_cjk"] = float(bool(re.search(r"[\u4e00-\u9fff]", h["exporter_name"])))
        f["exp_region"] = fnum(exp[2:8])
        f["desc_cjk"] = float(bool(re.search(r"[\u4e00-\u9fff]", desc)))
        f["desc_latin"] = float(bool(re.search(r"[a-z]", desc.lower())))
        f["desc_len"] = len(desc)
        f["desc_tokens"] = len(toks)
        for b in range(HASH_BUCKETS):
            f[f"tok{b}"] = 0.0
        for t in toks:
            f[f"tok{stable_hash(t) % HASH_BUCKETS}"] += 1
        # parties' trade so far (customs sees every earlier declaration)
        f["exp_n"] = exp_n[exp]
        f["exp_n_hs4"] = exp_hs4[(exp, hs4)]
        f["exp_n_ch"] = exp_ch[(exp, ch)]
        f["exp_share_hs4"] = exp_hs4[(exp, hs4)] / exp_n[exp] if exp_n[exp] else -1
        f["exp_distinct_hs4"] = len(exp_hs4set[exp])
        f["exp_n_mode"] = exp_mode[(exp, mode)]
        f["exp_licensed_n"] = exp_lic[exp]
        f["exp_days_since_last"] = ordinal - exp_last[exp] if exp in exp_last else -1
        f["exp_days_known"] = ordinal - exp_first[exp] if exp in exp_first else -1
        f["exp_net_ratio_hs4"] = net / (exp_net_hs4[(exp, hs4)] / exp_hs4[(exp, hs4)]) if exp_hs4[(exp, hs4)] else np.nan
        f["exp_vpk_ratio_hs4"] = vpk / (exp_vpk_hs4[(exp, hs4)] / exp_hs4[(exp, hs4)]) if exp_hs4[(exp, hs4)] else np.nan
        f["cons_n"] = cons_n[cons]
        f["cons_n_hs4"] = cons_hs4[(cons, hs4)]
        f["cons_licensed_n"] = cons_lic[cons]
        f["pair_n"] = pair_n[(exp, cons)]
        f["addr_n"] = addr_n[addr]
        f["hs4_net_ratio"] = net / (hs4_net[hs4] / hs4_n[hs4]) if hs4_n[hs4] else np.nan
        f["hs4_vpk_ratio"] = vpk / (hs4_vpk[hs4] / hs4_n[hs4]) if hs4_n[hs4] else np.nan
        f["hs4_mode_share"] = hs4_mode_n[(hs4, mode)] / hs4_n[hs4] if hs4_n[hs4] else -1
        # the parties' TRUE violations so far (beyond anything Assay can know)
        f["exp_viol_true"] = exp_viol[exp]
        f["cons_viol_true"] = cons_viol[cons]
        f["addr_viol_true"] = addr_viol[addr]
        # Assay's own view
        period, score, lane, reason, keys = scores[did]
        f["assay_score"] = score
        f["assay_lane"] = idx["lane"](lane)
        f["assay_reason"] = idx["reason"](reason)
        f["assay_n_keys"] = len(keys)
        present = set()
        for k in keys:
            parts = k.split("/")
            present.add("/".join(parts[:2]))
            if len(parts) >= 3:
                present.update("sig:" + s for s in parts[2].split("+"))
        for n in soft_names:
            f["se:" + n] = float(n in present)
        if artefact:
            f["art_net_frac"] = round(net % 1, 1)
            f["art_qty_minus_net"] = qty - net
        if names is None:
            names = list(f)
        rows.append([f[n] for n in names])
        # update histories after the row is written
        viol = truth[did][0] != "CLEAN"
        exp_n[exp] += 1
        exp_hs4[(exp, hs4)] += 1
        exp_ch[(exp, ch)] += 1
        exp_hs4set[exp].add(hs4)
        exp_mode[(exp, mode)] += 1
        exp_net_hs4[(exp, hs4)] += net
        exp_vpk_hs4[(exp, hs4)] += vpk if vpk == vpk else 0
        exp_last[exp] = ordinal
        exp_first.setdefault(exp, ordinal)
        cons_n[cons] += 1
        cons_hs4[(cons, hs4)] += 1
        pair_n[(exp, cons)] += 1
        addr_n[addr] += 1
        if f["has_license"]:
            exp_lic[exp] += 1
            cons_lic[cons] += 1
        hs4_n[hs4] += 1
        hs4_net[hs4] += net
        hs4_vpk[hs4] += vpk if vpk == vpk else 0
        hs4_mode_n[(hs4, mode)] += 1
        if viol:
            exp_viol[exp] += 1
            cons_viol[cons] += 1
            addr_viol[addr] += 1
    return names, np.array(rows, dtype=np.float32)


def train_predict(jar, work, xtr, ytr, xte, tag, rounds=400, depth=6, eta=0.05):
    here = os.path.dirname(os.path.abspath(__file__))
    p = lambda s: os.path.join(work, f"{tag}.{s}.bin")
    np.ascontiguousarray(xtr, dtype="<f4").tofile(p("xtr"))
    np.ascontiguousarray(ytr, dtype="<f4").tofile(p("ytr"))
    np.ascontiguousarray(xte, dtype="<f4").tofile(p("xte"))
    out = subprocess.run(
        ["java", "-cp", jar, os.path.join(here, "OracleXgb.java"), p("xtr"), p("ytr"), p("xte"),
         str(xtr.shape[1]), p("pred"), str(rounds), str(depth), str(eta)],
        check=True, capture_output=True, text=True)
    gains = [(l.split("\t")[0], float(l.split("\t")[1])) for l in out.stdout.splitlines() if "\t" in l]
    return np.fromfile(p("pred"), dtype="<f4"), gains


def rank_pct(s):
    order = np.argsort(s, kind="stable")
    r = np.empty(len(s))
    r[order] = np.arange(len(s)) / len(s)
    return r


def top_mask(score, rng):
    """The top 5% by score, ties broken at random."""
    k = int(round(BUDGET * len(score)))
    order = np.lexsort((rng.random(len(score)), -score))
    m = np.zeros(len(score), dtype=bool)
    m[order[:k]] = True
    return m


def recall_by_typology(score, typ, rng):
    m = top_mask(score, rng)
    out = {}
    for t in sorted(set(typ) - {""}):
        sel = typ == t
        out[t] = (int((m & sel).sum()), int(sel.sum()))
    viol = typ != ""
    out["ALL"] = (int((m & viol).sum()), int(viol.sum()))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--json")
    ap.add_argument("--artefact", action="store_true")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    result = {}
    for spec in a.files:
        name, paths = spec.split("=", 1)
        decl_path, truth_path, scores_path = paths.split(",")
        decls, order = read_declarations(decl_path)
        truth = read_truth(truth_path)
        scores = read_scores(scores_path)
        names, x = features(decls, order, truth, scores, a.artefact)
        period = np.array([scores[d][0] for d in order])
        typ = np.array([truth[d][1] if truth[d][0] != "CLEAN" else "" for d in order])
        y = (typ != "").astype(np.float32)
        yh = (typ == "hidden_goods").astype(np.float32)
        p1, p2 = period == 1, period == 2
        x2, typ2 = x[p2], typ[p2]
        assay2 = x2[:, names.index("assay_score")]
        rng = np.random.default_rng(5)
        half = rng.random(p2.sum()) < 0.5
        rankings = {"assay": assay2}
        gains = {}
        for label, yy in (("", y), ("hg-", yh)):
            pred, g = train_predict(a.jar, a.work, x[p1], yy[p1], x2, f"{name}-{label}p1")
            rankings[label + "p1"] = pred
            gains[label + "p1"] = g
            cv = np.zeros(len(x2), dtype=np.float32)
            for fold in (True, False):
                tr, te = half == fold, half != fold
                # period 1 and the other half of period 2: the most a learner could be given
                xtr = np.concatenate([x[p1], x2[tr]])
                ytr = np.concatenate([yy[p1], yy[p2][tr]])
                pr, g = train_predict(a.jar, a.work, xtr, ytr, x2[te], f"{name}-{label}cv")
                cv[te] = pr
            # the two folds' models differ in calibration: rank within each fold
            cvr = np.zeros(len(x2))
            for fold in (True, False):
                cvr[half == fold] = rank_pct(cv[half == fold])
            rankings[label + "cv"] = cvr
            gains[label + "cv"] = g
        rankings["p1+"] = rank_pct(rankings["p1"]) + rank_pct(assay2)
        rankings["cv+"] = rankings["cv"] + rank_pct(assay2)
        rec = {k: recall_by_typology(v, typ2, np.random.default_rng(1)) for k, v in rankings.items()}
        # hidden goods: clean declarations ranked above each one by the hidden-goods oracle (cv)
        hg = np.where(typ2 == "hidden_goods")[0]
        budget = int(round(BUDGET * len(x2)))
        above = {}
        for k in ("hg-cv", "hg-p1", "cv", "p1", "assay"):
            s = rankings[k]
            clean = typ2 == ""
            above[k] = sorted(int(((s > s[i]) & clean).sum()) for i in hg)
        # near twins of the hidden goods the loop missed: clean, same HS4 and mode, net, value per
        # kg and gross/net within 5%
        miss = rankings["assay"] < np.sort(rankings["assay"])[::-1][budget - 1]
        col = {n: x2[:, names.index(n)] for n in ("hs4", "mode", "net", "vpk", "gross_per_net")}
        twins = []
        for i in hg:
            if not miss[i]:
                continue
            same = ((col["hs4"] == col["hs4"][i]) & (col["mode"] == col["mode"][i]) & (typ2 == "")
                    & (np.abs(col["net"] / col["net"][i] - 1) <= 0.05)
                    & (np.abs(col["vpk"] / col["vpk"][i] - 1) <= 0.05)
                    & (np.abs(col["gross_per_net"] / col["gross_per_net"][i] - 1) <= 0.05))
            twins.append((order_id(order, p2, i), int(col["hs4"][i]), int(same.sum())))
        gains = {k: [(names[int(f[1:])], round(v)) for f, v in g] for k, g in gains.items()}
        result[name] = {"recall": rec, "clean_above_hidden": above, "budget": budget,
                        "missed_hidden_twins": twins,
                        "gain_top": {k: v[:15] for k, v in gains.items()}, "features": len(names)}
        report(name, rec, above, budget, twins)
        print_gains(name, gains)
        sys.stdout.flush()
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1)


def order_id(order, p2, i):
    return [d for d, keep in zip(order, p2) if keep][i]


def report(name, rec, above, budget, twins):
    print(f"== {name} (period 2 budget {budget})")
    typs = [t for t in rec["assay"] if t != "ALL"] + ["ALL"]
    print(f"{'typology':22}" + "".join(f"{k:>9}" for k in rec))
    for t in typs:
        print(f"{t:22}" + "".join(f"{rec[k][t][0] / max(1, rec[k][t][1]):9.3f}" for k in rec)
              + f"   n={rec['assay'][t][1]}")
    for k, v in above.items():
        print(f"clean above each hidden-goods decl ({k}): {v}")
    print("missed hidden goods, clean near twins (id, hs4, twins):", twins)


def print_gains(name, gains):
    for k, g in gains.items():
        print(f"gain {name} {k}: " + ", ".join(f"{n} {v}" for n, v in g[:12]))


if __name__ == "__main__":
    main()
