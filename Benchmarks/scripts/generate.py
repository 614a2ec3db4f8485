"""Generates the benchmark file: 1,000,000 individual-level rows, 6 dimensions, 2 binary outcomes.

Deterministic (seed 2026). Usage: python3 generate.py OUT.csv [ROWS]
"""
import sys
import numpy as np

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = np.random.default_rng(2026)
kon = rng.choice(["K", "M"], rows)
alder = rng.choice(["0–17 år", "18–24 år", "25–34 år", "35–44 år", "45–54 år", "55–64 år", "65–79 år", "80+ år"], rows)
omrade = rng.choice(["Centrum", "Norra", "Södra", "Östra", "Västra", "Bruksorten", "Hamnen", "Skogsby", "Åsen", "Älvdalen"], rows)
fodelseland = rng.choice(["Sverige", "Övriga Norden", "Övriga Europa", "Utanför Europa"], rows, p=[0.72, 0.04, 0.09, 0.15])
utbildning = rng.choice(["Förgymnasial", "Gymnasial", "Eftergymnasial <3 år", "Eftergymnasial ≥3 år", "Forskarutbildning"], rows, p=[0.15, 0.40, 0.20, 0.23, 0.02])
kvintil = rng.choice(["Q1", "Q2", "Q3", "Q4", "Q5"], rows)
p_a = 0.30 + 0.08 * (kon == "K") + 0.05 * (omrade == "Bruksorten")
p_b = 0.55 - 0.04 * (fodelseland != "Sverige") + 0.02 * (kvintil == "Q5")
a = (rng.random(rows) < p_a).astype(int)
b = (rng.random(rows) < p_b).astype(int)
with open(out, "w", encoding="utf-8") as f:
    f.write("kön;åldersgrupp;område;födelseland;utbildning;inkomstkvintil;utfall_a;utfall_b\n")
    for i in range(rows):
        f.write(f"{kon[i]};{alder[i]};{omrade[i]};{fodelseland[i]};{utbildning[i]};{kvintil[i]};{a[i]};{b[i]}\n")
