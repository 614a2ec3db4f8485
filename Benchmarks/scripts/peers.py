"""The same work in pandas and DuckDB, for BENCHMARKS.md.

pandas: read_csv, then for every single dimension and every 2-way crossing of the six
dimensions and both outcomes: group-by counts and sums, a chi-square test of homogeneity over
the groups and a chi-square test of each group against the rest (scipy), and Benjamini–Hochberg
q-values over all tests (statsmodels).
DuckDB: read_csv into a table, then the same group-by aggregations in SQL (no tests).

Usage: python3 peers.py FILE [RUNS]  → prints one JSON line per tool (median seconds).
"""
import itertools
import json
import statistics
import sys
import time
import resource

import duckdb
import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency
from statsmodels.stats.multitest import multipletests

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
dims = ["kön", "åldersgrupp", "område", "födelseland", "utbildning", "inkomstkvintil"]
outcomes = ["utfall_a", "utfall_b"]
groupings = [[d] for d in dims] + [list(p) for p in itertools.combinations(dims, 2)]


def pandas_scan(df):
    pvalues = []
    for keys in groupings:
        agg = df.groupby(keys, observed=True)[outcomes].agg(["sum", "count"])
        for o in outcomes:
            yes = agg[(o, "sum")].to_numpy(dtype=float)
            n = agg[(o, "count")].to_numpy(dtype=float)
            table = np.vstack([yes, n - yes])
            pvalues.append(chi2_contingency(table, correction=False).pvalue)
            total_yes, total_n = yes.sum(), n.sum()
            for y, m in zip(yes, n):
                t = np.array([[y, m - y], [total_yes - y, (total_n - m) - (total_yes - y)]])
                pvalues.append(chi2_contingency(t, correction=False).pvalue)
    return multipletests(pvalues, method="fdr_bh")[1]


def duckdb_scan(con):
    for keys in groupings:
        cols = ", ".join(f'"{c}"' for c in keys)
        con.execute(
            f"SELECT {cols}, count(utfall_a), sum(utfall_a), count(utfall_b), sum(utfall_b) FROM t GROUP BY {cols}"
        ).fetchall()


def timed(f):
    start = time.perf_counter()
    value = f()
    return time.perf_counter() - start, value


results = {"pandas": {"import": [], "scan": []}, "duckdb": {"import": [], "scan": []}}
for _ in range(runs):
    t, df = timed(lambda: pd.read_csv(path, sep=";"))
    results["pandas"]["import"].append(t)
    t, _ = timed(lambda: pandas_scan(df))
    results["pandas"]["scan"].append(t)
    del df
    con = duckdb.connect()
    t, _ = timed(lambda: con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{path}')"))
    results["duckdb"]["import"].append(t)
    t, _ = timed(lambda: duckdb_scan(con))
    results["duckdb"]["scan"].append(t)
    con.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for tool, r in results.items():
    print(json.dumps({"tool": tool, "import": statistics.median(r["import"]), "scan": statistics.median(r["scan"]),
                      "peakMemoryMB": peak, "runs": runs}))
