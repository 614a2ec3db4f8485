#!/usr/bin/env python3
"""Integer-programming attack on published tables (used by the test suite).

Reads a JSON model from stdin:
  {"variables": N,
   "rows": [[[var, ...], [coefficient, ...], rhs], ...],      # equalities over the unknowns
   "targets": [{"vars": [var, ...], "value": v}, ...]}         # sums of unknowns to bound
and writes, for every target, the smallest and largest value the unknowns can give it when they
are non-negative integers satisfying every row: [[min, max], ...] on stdout. This is the attack
of the disclosure issue: SciPy's HiGHS mixed-integer solver over all published relations.
"""
import json
import sys

import numpy as np
from scipy.optimize import LinearConstraint, milp
from scipy.sparse import csr_matrix


def main():
    model = json.load(sys.stdin)
    n = model["variables"]
    data, rows, cols, rhs = [], [], [], []
    for r, (variables, coefficients, b) in enumerate(model["rows"]):
        for v, c in zip(variables, coefficients):
            rows.append(r)
            cols.append(v)
            data.append(c)
        rhs.append(b)
    constraints = []
    if rhs:
        a = csr_matrix((data, (rows, cols)), shape=(len(rhs), n))
        constraints = [LinearConstraint(a, np.array(rhs), np.array(rhs))]
    integrality = np.ones(n)
    bounds = (np.zeros(n), np.full(n, np.inf))
    from scipy.optimize import Bounds

    result = []
    for target in model["targets"]:
        c = np.zeros(n)
        for v in target["vars"]:
            c[v] += 1
        low = milp(c, constraints=constraints, integrality=integrality, bounds=Bounds(*bounds))
        high = milp(-c, constraints=constraints, integrality=integrality, bounds=Bounds(*bounds))
        lo = round(low.fun) if low.status == 0 else None
        if high.status == 0:
            hi = round(-high.fun)
        elif high.status == 3:  # unbounded
            hi = float("inf")
        else:
            hi = None
        result.append([lo, hi if hi != float("inf") else 1e18])
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
