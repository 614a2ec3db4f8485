"""Reference values for HEAT summary measures (numpy re-implementation of the formulas in the
WHO heatmeasures R package, and statsmodels GLM for SII/RII).

Run: python3 scripts/reference/heat_measures.py
"""
import numpy as np
import statsmodels.api as sm
from scipy import stats

z = stats.norm.ppf(0.975)
# Non-ordered: five areas, favourable indicator in percent.
est = np.array([62.0, 71.5, 55.2, 80.1, 67.3])
pop = np.array([900.0, 1500.0, 400.0, 1200.0, 700.0])
se = np.array([1.6, 1.2, 2.5, 1.15, 1.8])
popsh = pop / pop.sum()
mu = (popsh * est).sum()
print("mu", repr(mu))
print("D", repr(est.max() - est.min()), "se", repr(np.sqrt(se[3] ** 2 + se[2] ** 2)))
r = est.max() / est.min()
rse = np.sqrt((1 / est.min() ** 2) * (se[3] ** 2 + r ** 2 * se[2] ** 2))
print("R", repr(r), "ci", repr(np.exp(np.log(r) - z * rse / r)), repr(np.exp(np.log(r) + z * rse / r)))
print("BGV", repr((popsh * (est - mu) ** 2).sum()))
print("MDMW", repr((popsh * abs(est - mu)).sum()))
print("MDMU", repr(abs(est - mu).sum() / 5))
print("MDBW", repr((popsh * abs(est.max() - est)).sum()))
print("MDBU", repr(abs(est.max() - est).sum() / 5))
print("IDISU", repr(abs(est - mu).sum() / 5 / mu * 100))
print("IDISW", repr((popsh * abs(est - mu)).sum() / mu * 100))
ref = est.max(); refpop = pop[3]
par = ref - mu
c = ref / 100 * refpop; d = refpop - c; a = mu / 100 * pop.sum() - c; b = pop.sum() - a - refpop; N = a + b + c + d
paf_se = np.sqrt((c * N * (a * d * (N - c) + b * c ** 2)) / ((a + c) ** 3 * (c + d) ** 3))
paf = par / mu * 100
print("PAR", repr(par), "se", repr(abs(mu * paf_se)))
print("PAF", repr(paf), "ci", repr(paf - z * paf_se), repr(paf + z * paf_se))
rj = est / mu
ti = 1000 * (popsh * rj * np.log(rj)).sum()
s_u = popsh * rj * (1 + np.log(rj))
ti_se = np.sqrt((((1 + np.log(rj) - s_u.sum()) ** 2) * (popsh ** 2) * (se ** 2) / (mu ** 2)).sum())
print("TI", repr(ti), "se(x1000)", repr(1000 * ti_se))
print("MLD", repr(1000 * (popsh * -np.log(rj)).sum()))

# Ordered: five income quintiles (order 1 = poorest), adverse indicator (percent with condition).
oest = np.array([24.0, 19.5, 15.2, 12.8, 9.6])
opop = np.array([1000.0, 1100.0, 1050.0, 980.0, 1020.0])
ose = np.array([1.35, 1.2, 1.1, 1.07, 0.92])
opopsh = opop / opop.sum()
omu = (opopsh * oest).sum()
print("ordered mu", repr(omu))
# adverse + ordered: sort descending by order; min = most advantaged (order 5), max = order 1
print("ordered D", repr(oest[0] - oest[4]), "R", repr(oest[0] / oest[4]))
# PAR: reference = most advantaged (order 5); adverse so PAR <= 0
print("ordered PAR", repr(oest[4] - omu), "PAF", repr((oest[4] - omu) / omu * 100))
cum = np.cumsum(opopsh); rank = opopsh / 2 + np.concatenate([[0], cum[:-1]])
trials = np.ceil(opop); succ = np.round(oest / 100 * trials)
endog = np.column_stack([succ, trials - succ])
X = sm.add_constant(rank)
model = sm.GLM(endog, X, family=sm.families.Binomial(), var_weights=trials).fit()
b0, b1 = model.params
p0 = 1 / (1 + np.exp(-b0)); p1 = 1 / (1 + np.exp(-(b0 + b1)))
print("SII", repr((p1 - p0) * 100), "RII", repr(p1 / p0), "params", model.params)
# HC1 sandwich by hand: bread (X'WX)^-1, scores w*(y - n mu) x, factor n/(n-k)
mu_j = 1 / (1 + np.exp(-(b0 + b1 * rank)))
W = trials * trials * mu_j * (1 - mu_j)
bread = np.linalg.inv((X * W[:, None]).T @ X)
scores = X * (trials * (succ - trials * mu_j))[:, None]
meat = scores.T @ scores
V = 5 / 3 * bread @ meat @ bread
g = np.array([p1 * (1 - p1) - p0 * (1 - p0), p1 * (1 - p1)])
sii_se = np.sqrt(g @ V @ g) * 100
print("SII ci", repr((p1 - p0) * 100 - z * sii_se), repr((p1 - p0) * 100 + z * sii_se))
gl = np.array([p0 - p1, 1 - p1])
rii_se = np.sqrt(gl @ V @ gl)
print("RII ci", repr(np.exp(np.log(p1 / p0) - z * rii_se)), repr(np.exp(np.log(p1 / p0) + z * rii_se)))
aci = (opopsh * (2 * rank - 1) * oest).sum()
print("ACI", repr(aci), "RCI", repr(aci / omu))
