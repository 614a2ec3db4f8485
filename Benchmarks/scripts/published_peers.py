"""pandas doing the same group-bys as Skillnad on published statistics, for BENCHMARKS.md.

kolada FILE: Kolada's long table (kpi_id, kpi_title, municipality, year, value) — per KPI its
latest year, the value per municipality, highest against lowest and each municipality against
the mean of the others.
counts FILE: a count table (region;ålder;kön;utbildningsnivå;år;antal) — latest year, the share
with post-secondary education of 3 years or more by kön and by ålder, a chi-square test per table
and of each group against the rest (SciPy), Benjamini–Hochberg q-values (statsmodels).

Usage: python3 published_peers.py kolada|counts FILE
"""
import sys

import pandas as pd


def kolada(path):
    df = pd.read_csv(path)
    results = []
    for kpi, rows in df.groupby("kpi_id"):
        latest = rows[rows["year"] == rows["year"].max()]
        values = latest.groupby("municipality")["value"].mean()
        total = values.sum()
        count = len(values)
        rest = (total - values) / max(count - 1, 1)
        results.append((kpi, values.max() - values.min(), (values - rest).abs().max()))
    return len(results)


def counts(path):
    from scipy.stats import chi2_contingency
    from statsmodels.stats.multitest import multipletests

    df = pd.read_csv(path, sep=";")
    latest = df[df["år"] == df["år"].max()]
    target = latest["utbildningsnivå"] == "eftergymnasial 3 år eller mer"
    latest = latest.assign(med=latest["antal"].where(target, 0))
    pvalues = []
    for dim in ["kön", "ålder"]:
        table = latest.groupby(dim)[["med", "antal"]].sum()
        without = table["antal"] - table["med"]
        pvalues.append(chi2_contingency(pd.concat([table["med"], without], axis=1).values)[1])
        for group in table.index:
            a, n = table.loc[group, "med"], table.loc[group, "antal"]
            b, m = table["med"].sum() - a, table["antal"].sum() - n
            pvalues.append(chi2_contingency([[a, n - a], [b, m - b]])[1])
    multipletests(pvalues, method="fdr_bh")
    return len(pvalues)


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    print((kolada if mode == "kolada" else counts)(path))
