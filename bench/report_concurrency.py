#!/usr/bin/env python3
"""The table of bench/concurrency.sh: annals' and Kùzu's figures side by side."""
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
annals = json.loads((out / "annals.json").read_text())
kuzu = json.loads((out / "kuzu.json").read_text())


def annals_median(name):
    for b in annals["benchmarks"]:
        if b["name"] == name + "_median":
            return b
    raise KeyError(name)


def rate(qps):
    return f"{qps / 1e6:.2f} M/s" if qps >= 1e6 else f"{qps / 1e3:.1f} k/s"


queries = ["q1-point-lookup", "q2-one-hop-count", "q3-two-hop-distinct"]
print("| query | threads | annals | Kùzu | annals/Kùzu |")
print("|---|---:|---:|---:|---:|")
for q, name in enumerate(queries):
    for threads in (1, 2, 4):
        a = annals_median(f"read_throughput/q:{q}/real_time/threads:{threads}")["items_per_second"]
        k = kuzu["reads"][name][str(threads)]["median_qps"]
        print(f"| {name} | {threads} | {rate(a)} | {rate(k)} | {a / k:.1f}× |")
print()
print("| durable commit | annals | Kùzu | annals/Kùzu |")
print("|---|---:|---:|---:|")
for nodes, key in ((1, "single_median_us"), (1000, "batch_1000_median_us")):
    b = annals_median(f"durable_commit/nodes:{nodes}/real_time")
    a_us = b["real_time"] / {"ns": 1e3, "us": 1.0, "ms": 1e-3}[b["time_unit"]]
    k_us = kuzu["commit"][key]
    print(f"| {nodes} node{'s' if nodes > 1 else ''} per statement | {a_us:.0f} µs | {k_us:.0f} µs | {a_us / k_us:.2f}× |")
print()
print("load average before and after:", " / ".join(l.split("load average:")[-1].strip()
                                                for l in (out / "load.txt").read_text().splitlines()))
