#!/usr/bin/python3
"""Independent numpy reference for the annual sink emulators of C4SCarbon (AnnualSinkEmulator,
BudgetHindcast): ridge regressions of the GCB 2023 ocean and land sinks on [Mauna Loa CO2 - 280 ppm,
NOAA global growth rate, fossil emissions], fitted to the 30 table years before the year estimated,
penalty from {0, 0.01, 0.1, 1, 10} by exact leave-one-out error; fossil emissions and cement carbonation
from a 5-year linear trend, land-use change as the mean of the last 3 years; land also as the residual.
Prints the 2000-2022 leave-future-out hindcast scores and the estimates for the years after the table.
Usage: /usr/bin/python3 scripts/carbon-budget-reference.py [../shared/datasets/carbon]"""
import csv, os, sys
import numpy as np

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "datasets", "carbon")
rows = [l for l in open(os.path.join(root, "gcb2023-global-budget.csv")) if not l.startswith("#")][1:]
T = np.array([[float(x) for x in r.split(",")] for r in rows])
years = T[:, 0].astype(int)
fossil, luc, growth_gtc, ocean, land, cement, imbalance = T[:, 1:].T
rate = {int(r[0]): float(r[1]) for r in csv.reader(open(os.path.join(root, "noaa-co2-gr-gl.csv"))) if r[0].isdigit()}
months = {}
for r in csv.reader(open(os.path.join(root, "noaa-co2-mm-mlo.csv"))):
    if r[0][:4].isdigit() and float(r[2]) > 0:
        months.setdefault(int(r[0][:4]), []).append(float(r[2]))
level = {y: np.mean(v) for y, v in months.items() if len(v) == 12 and y in rate}


def ridge(X, y, lambdas=(0, 0.01, 0.1, 1, 10)):
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    Z = (X - mu) / sd
    ym = y.mean()
    best = None
    for lam in lambdas:
        A = Z.T @ Z + lam * np.eye(Z.shape[1])
        b = np.linalg.solve(A, Z.T @ (y - ym))
        h = 1 / len(y) + np.einsum("ij,ij->i", Z, np.linalg.solve(A, Z.T).T)
        loo = (ym + Z @ b - y) / (1 - h)
        rms = np.sqrt(np.mean(loo ** 2))
        if best is None or rms < best[0]:
            best = (rms, lam, b)
    rms, lam, b = best
    return (lambda x: ym + ((np.asarray(x) - mu) / sd) @ b), rms, lam


def trend(ys, vs, target, span=5):
    return np.polyval(np.polyfit(ys[-span:], vs[-span:], 1), target)


def estimate(Y, last):
    known = years <= last
    idx = [i for i in np.where(known)[0][-30:] if years[i] in level]
    X = np.array([[level[years[i]] - 280, rate[years[i]], fossil[i]] for i in idx])
    po, so, _ = ridge(X, ocean[idx])
    pl, sl, _ = ridge(X, land[idx])
    e = trend(years[known], fossil[known], Y)
    c = trend(years[known], cement[known], Y)
    u = np.mean(luc[known][-3:])
    x = [level[Y] - 280, rate[Y], e]
    o = po(x)
    return dict(fossil=e, ocean=o, ocean_sigma=so, land=pl(x), land_sigma=sl, residual=e + u - 2.124 * rate[Y] - o - c)


errors = {"ocean": [], "land": [], "residual": [], "fossil": []}
for Y in range(2000, 2023):
    r = estimate(Y, Y - 1)
    i = list(years).index(Y)
    errors["ocean"].append(r["ocean"] - ocean[i])
    errors["land"].append(r["land"] - land[i])
    errors["residual"].append(r["residual"] - land[i])
    errors["fossil"].append(r["fossil"] - fossil[i])
for k, v in errors.items():
    print(f"hindcast 2000-2022 {k}: rmse {np.sqrt(np.mean(np.square(v))):.12f} bias {np.mean(v):.12f}")
for Y in sorted(y for y in level if y > years[-1]):
    r = estimate(Y, years[-1])
    print(f"{Y}: fossil {r['fossil']:.12f} ocean {r['ocean']:.12f} +- {r['ocean_sigma']:.12f} "
          f"land {r['land']:.12f} +- {r['land_sigma']:.12f} residual {r['residual']:.12f} growth {rate[Y]} ppm")
