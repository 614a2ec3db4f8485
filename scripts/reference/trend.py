"""Reference values for the gap trend: statsmodels WLS with known variances (scale fixed at 1).

Run: python3 scripts/reference/trend.py
"""
import numpy as np
import statsmodels.api as sm

# Two groups over five years: (successes, n)
a = [(60, 400), (70, 410), (82, 405), (95, 420), (110, 415)]
b = [(58, 390), (60, 395), (57, 400), (61, 398), (59, 402)]
def est(x, n):
    adj = (x + 1) / (n + 2)
    return x / n, adj * (1 - adj) / n
ga = [est(*p) for p in a]; gb = [est(*p) for p in b]
gap = np.array([p[0] - q[0] for p, q in zip(ga, gb)])
var = np.array([p[1] + q[1] for p, q in zip(ga, gb)])
t = sm.add_constant(np.arange(5.0))
r = sm.WLS(gap, t, weights=1 / var).fit(cov_type="fixed scale", cov_kwds={"scale": 1.0})
print("slope", repr(r.params[1]), "se", repr(r.bse[1]), "p", repr(r.pvalues[1]))
print("ci", r.conf_int()[1])
