"""Reference values for SkillnadCore's statistics tests (scipy / statsmodels).

Run: python3 scripts/reference/basic_stats.py
"""
import numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, confint_proportions_2indep
import statsmodels.stats.oneway as oneway

print("norm.ppf(0.975)", repr(stats.norm.ppf(0.975)))
print("norm.ppf(1e-10)", repr(stats.norm.ppf(1e-10)))
print("norm.ppf(0.3)", repr(stats.norm.ppf(0.3)))
for df in [1, 2, 3, 7.5, 30, 1000, 250000.0]:
    print("t.ppf(0.975,%s)" % df, repr(stats.t.ppf(0.975, df)))
for df, t in [(5, 2.1), (12.7, -3.3), (400, 8.5), (3, 40.0), (100000.0, 4.2)]:
    print("t.sf2(%s,%s)" % (df, t), repr(2 * stats.t.sf(abs(t), df)))
for df, x in [(1, 3.84), (4, 20.5), (9, 200.0), (2, 0.01), (30, 28.0)]:
    print("chi2.sf(%s,%s)" % (x, df), repr(stats.chi2.sf(x, df)))
for tab in [[[8, 2], [1, 5]], [[3, 1], [1, 3]], [[0, 10], [7, 3]], [[120, 880], [80, 920]], [[2, 48], [9, 41]]]:
    r = stats.fisher_exact(tab)
    print("fisher", tab, repr(r.pvalue))
print("wilson 81/263", proportion_confint(81, 263, method="wilson"))
print("wilson 0/20", proportion_confint(0, 20, method="wilson"))
print("wilson 20/20", proportion_confint(20, 20, method="wilson"))
# Newcombe hybrid score (statsmodels method 'newcomb')
print("newcombe 56/70 vs 48/80", confint_proportions_2indep(56, 70, 48, 80, method="newcomb", compare="diff"))
print("newcombe 9/10 vs 3/10", confint_proportions_2indep(9, 10, 3, 10, method="newcomb", compare="diff"))
# Welch t
a = np.array([27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4])
b = np.array([27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4])
r = stats.ttest_ind(a, b, equal_var=False)
print("welch", repr(r.statistic), repr(r.pvalue), repr(r.df))
ci = r.confidence_interval(0.95)
print("welch ci", repr(ci.low), repr(ci.high))
print("mean a", repr(a.mean()), repr(a.std(ddof=1)), stats.t.interval(0.95, len(a) - 1, loc=a.mean(), scale=stats.sem(a)))
# chi-square 2xk
obs = np.array([[30, 45, 12, 60], [70, 55, 40, 90]])
r = stats.chi2_contingency(obs, correction=False)
print("chi2 2x4", repr(r.statistic), repr(r.pvalue), r.dof)
obs = np.array([[56, 48], [14, 32]])
r = stats.chi2_contingency(obs, correction=False)
print("chi2 2x2", repr(r.statistic), repr(r.pvalue))
# Welch ANOVA
g = [np.array([2.1, 3.4, 1.9, 5.6, 4.4, 3.3]), np.array([6.1, 7.2, 5.9, 8.8, 6.0]), np.array([3.3, 2.2, 4.1, 3.9, 2.8, 3.1, 3.6])]
r = oneway.anova_oneway(g, use_var="unequal")
print("welch anova", repr(r.statistic), repr(r.pvalue), r.df)
from statsmodels.stats.multitest import multipletests
p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.0001]
print("bh", list(multipletests(p, method="fdr_bh")[1]))
