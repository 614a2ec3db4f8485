"""Reference values for the adjusted comparison: statsmodels StratifiedTable (MH odds ratio,
Robins–Breslow–Greenland interval, CMH test without correction) and a direct numpy
implementation of the Greenland–Robins (1985) variance of the MH risk difference.

Run: python3 scripts/reference/mantel_haenszel.py
"""
import numpy as np
from statsmodels.stats.contingency_tables import StratifiedTable
from scipy import stats

z = stats.norm.ppf(0.975)
# strata: (events1, n1, events0, n0) — group 1 = flickor, group 0 = pojkar, strata = need level
strata = [(12, 40, 20, 90), (45, 80, 40, 75), (70, 90, 30, 40)]
tables = [np.array([[a, n1 - a], [c, n0 - c]]) for a, n1, c, n0 in strata]
st = StratifiedTable(tables)
print("MH OR", repr(st.oddsratio_pooled), "CI", st.oddsratio_pooled_confint())
r = st.test_null_odds(correction=False)
print("CMH", repr(r.statistic), repr(r.pvalue))
num = 0; w = 0; v = 0
for a, n1, c, n0 in strata:
    t = n1 + n0; b = n1 - a; d = n0 - c
    num += (a * n0 - c * n1) / t
    w += n1 * n0 / t
    v += (a * b * n0 ** 3 + c * d * n1 ** 3) / (n1 * n0 * t * t)
rd = num / w; se = np.sqrt(v / w ** 2)
print("MH RD", repr(rd), "CI", repr(rd - z * se), repr(rd + z * se))
e1 = sum(s[0] for s in strata); n1 = sum(s[1] for s in strata); e0 = sum(s[2] for s in strata); n0 = sum(s[3] for s in strata)
crude = e1 / n1 - e0 / n0
print("crude", repr(crude), "explained", repr((crude - rd) / crude))
N = sum(s[1] + s[3] for s in strata)
s1 = sum((s[1] + s[3]) / N * s[0] / s[1] for s in strata)
s0 = sum((s[1] + s[3]) / N * s[2] / s[3] for s in strata)
var = sum(((s[1] + s[3]) / N) ** 2 * (s[0] / s[1] * (1 - s[0] / s[1]) / s[1] + s[2] / s[3] * (1 - s[2] / s[3]) / s[3]) for s in strata)
print("DS", repr(s1), repr(s0), "CI", repr(s1 - s0 - z * np.sqrt(var)), repr(s1 - s0 + z * np.sqrt(var)))
