#!/usr/bin/env python3
"""Writes bench/results.md from the raw results of bench/run.sh.

    python3 bench/report.py --results build-bench/results --sizes small,medium --root . > bench/results.md

Reads <results>/<size>/{annals,floor}.json (Google Benchmark) and kuzu.json
(kuzu_bench.mjs), and <results>/intervention/annals.json. Times are medians of
wall-clock time. The targets are those of issue 8.
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
from pathlib import Path

SIZES = {"small": (10_000, 100_000), "medium": (100_000, 1_000_000), "large": (1_000_000, 10_000_000)}

# Issue 8's targets, as ratios of medians in the same run.
SMALL_VS_KUZU = 0.01  # small graph and intervention: >= 100x lower latency than Kùzu
LARGE_VS_KUZU = 0.5   # queries 2-7 at 1M/10M: >= 2x faster than Kùzu
LARGE_VS_FLOOR = 3.0  # queries 2-5 at 1M/10M: within 3x of the floor
BYTES_PER_EDGE = 16
SNAPSHOT_SPEEDUP = 5  # a snapshot opens >= 5x faster than the CSV load it came from


def load_json(path):
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return None


def gbench_medians(doc, clock="real_time"):
    """name -> median time in µs (the plain run when there was a single repetition)."""
    medians, single = {}, {}
    for b in (doc or {}).get("benchmarks", []):
        scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[b.get("time_unit", "ns")]
        name = b.get("run_name", b["name"])
        if b.get("aggregate_name") == "median":
            medians[name] = b[clock] * scale
        elif b.get("run_type") != "aggregate":
            single[name] = b[clock] * scale
    return {**single, **medians}


def gbench_cv(doc):
    out = {}
    for b in (doc or {}).get("benchmarks", []):
        if b.get("aggregate_name") == "cv":
            out[b.get("run_name", b["name"])] = b["real_time"] * 100  # GB reports cv as a fraction
    return out


def fmt_time(us):
    if us is None:
        return "—"
    if us < 1000:
        return f"{us:.3g} µs" if us < 100 else f"{us:.0f} µs"
    if us < 1e6:
        return f"{us / 1000:.3g} ms"
    return f"{us / 1e6:.3g} s"


def fmt_ratio(r):
    if r is None:
        return "—"
    return f"{r:.3g}×" if r < 100 else f"{r:.0f}×"


def verdict(ratio, target):
    """'met' or how far off: the factor annals must still gain."""
    if ratio is None:
        return "—"
    if ratio <= target:
        return "met"
    return f"**missed by {ratio / target:.3g}×**"


def shell(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""


def machine(root, results):
    model = re.search(r"Model name:\s*(.*)", shell("lscpu"))
    mem = re.search(r"MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text())
    kuzu_version = None
    for d in sorted(Path(results).glob("*/kuzu.json")):
        doc = load_json(d)
        if doc:
            kuzu_version = doc.get("version")
    lines = [
        f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- CPU: {model.group(1) if model else platform.processor()}, {os.cpu_count()} cores (shared)",
        f"- RAM: {int(mem.group(1)) / 1024 / 1024:.1f} GiB" if mem else "- RAM: ?",
        f"- OS: {platform.platform()}; compiler: {shell('c++ --version | head -1')}; Node {shell('node --version')}",
        f"- annals: commit {shell(f'git -C {root} rev-parse --short HEAD')}"
        + (" + uncommitted changes" if shell(f"git -C {root} status --porcelain -- lib include") else "")
        + ", Release (-O3), single-threaded",
        f"- Kùzu: {kuzu_version or '?'} (npm `kuzu`, prebuilt), default thread count (= cores), 8 GiB buffer pool",
    ]
    before = Path(results, "load-before.txt")
    after = Path(results, "load-after.txt")
    if before.exists() and after.exists():
        lines.append(
            f"- Machine load during the run (uptime): before `{before.read_text().strip()}`; "
            f"after `{after.read_text().strip()}`"
        )
    return "\n".join(lines)


def query_number(name):
    m = re.match(r"q(\d+)", name)
    return int(m.group(1)) if m else None


def size_section(results, size):
    annals_doc = load_json(Path(results, size, "annals.json"))
    floor_doc = load_json(Path(results, size, "floor.json"))
    kuzu_doc = load_json(Path(results, size, "kuzu.json")) or {}
    if not annals_doc:
        return None, None
    a_med, a_cv = gbench_medians(annals_doc), gbench_cv(annals_doc)
    a_cpu, f_cpu = gbench_medians(annals_doc, "cpu_time"), gbench_medians(floor_doc, "cpu_time")
    f_med = gbench_medians(floor_doc)
    ctx = annals_doc.get("context", {})
    f_ctx = (floor_doc or {}).get("context", {})
    k_queries = kuzu_doc.get("queries", {})
    nodes, edges = SIZES[size]

    names = sorted({k.split("/", 1)[1] for k in list(a_med) + list(k_queries)
                    if k.startswith(size + "/")} | {k.split("/", 2)[2] for k in ctx if k.startswith(f"error/{size}/")})
    rows = []
    header = ("| query | annals | (cv) | Kùzu | (p10–p90) | floor | annals/Kùzu | annals/floor | target | "
              "vs Kùzu | vs floor | annals/Kùzu, CPU time | annals/floor, CPU time | answers |")
    rows.append(header)
    rows.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---|")
    for name in names:
        label = f"{size}/{name}"
        a = a_med.get(label)
        k = k_queries.get(label, {}).get("median_us")
        fl = f_med.get(label)
        r_k = a / k if a is not None and k else None
        r_f = a / fl if a is not None and fl else None
        n = query_number(name)
        if size == "small":
            target, t_k, t_f = "≥100× faster than Kùzu", verdict(r_k, SMALL_VS_KUZU), "—"
        elif n is not None and 2 <= n <= 7:
            target = "≥2× faster than Kùzu" + (", ≤3× floor" if n <= 5 else "")
            if size != "large":
                target += " (at 1M/10M; here for reference)"
            t_k = verdict(r_k, LARGE_VS_KUZU)
            t_f = verdict(r_f, LARGE_VS_FLOOR) if n <= 5 else "—"
        else:
            target, t_k, t_f = "none", "—", "—"
        answers = [ctx.get(f"result/{label}"), k_queries.get(label, {}).get("result"), f_ctx.get(f"result/{label}")]
        given = [x for x in answers if x is not None]
        if ctx.get(f"error/{label}"):
            agree = f"annals error: {ctx[f'error/{label}'][:80]}"
        elif k_queries.get(label, {}).get("error"):
            agree = f"Kùzu error: {k_queries[label]['error'][:80]}"
        elif len(given) >= 2:
            agree = "same" + (f" ({given[0]})" if len(given[0]) <= 12 else "") if len(set(given)) == 1 else \
                "**differ**: " + " / ".join(str(x)[:40] for x in answers)
        else:
            agree = given[0][:30] if given else "—"
        cv = a_cv.get(label)
        kq = k_queries.get(label, {})
        spread = f"{fmt_time(kq['p10_us'])}–{fmt_time(kq['p90_us'])}" if "p10_us" in kq else "—"
        ac, kc, fc = a_cpu.get(label), kq.get("cpu_median_us"), f_cpu.get(label)
        c_k = fmt_ratio(ac / kc) if ac is not None and kc else "—"
        c_f = fmt_ratio(ac / fc) if ac is not None and fc else "—"
        rows.append(f"| {name} | {fmt_time(a)} | {f'{cv:.0f}%' if cv is not None else '—'} | {fmt_time(k)} | {spread} "
                    f"| {fmt_time(fl)} | {fmt_ratio(r_k)} | {fmt_ratio(r_f)} | {target} | {t_k} | {t_f} | {c_k} | {c_f} "
                    f"| {agree} |")
    enumerated = f_med.get(f"{size}/q4-three-hop-trails-enumerated")
    if enumerated and a_med.get(f"{size}/q4-three-hop-trails"):
        rows += ["", f"The floor of q4 counts the third hop from the degrees (a factorised count). Walking every "
                     f"trail instead takes {fmt_time(enumerated)}; annals/that = "
                     f"{fmt_ratio(a_med[f'{size}/q4-three-hop-trails'] / enumerated)}."]

    # Load, memory, snapshot.
    def num(key, d=ctx):
        try:
            return float(d[key])
        except (KeyError, ValueError, TypeError):
            return None

    kl = kuzu_doc.get("load", {})
    a_load, k_load = num(f"load/{size}/seconds"), kl.get("seconds")
    bpe = num(f"load/{size}/bytes_per_edge")
    snap_err = ctx.get(f"snapshot/{size}/error")
    snap_open = num(f"snapshot/{size}/open_seconds")
    snap_runs = len(ctx.get(f"snapshot/{size}/open_runs_seconds", "x").split(","))
    snap = (f"save {num(f'snapshot/{size}/save_seconds'):.3g} s, open {snap_open:.3g} s (median of {snap_runs}), "
            f"{num(f'snapshot/{size}/bytes') / edges:.3g} bytes/edge on disk"
            if snap_open is not None and not snap_err else f"not measured: {snap_err}")
    csv_over_open = a_load / snap_open if a_load and snap_open and not snap_err else None
    speedup_target = f"open ≥ {SNAPSHOT_SPEEDUP}× faster than the CSV load" + ("" if size == "large" else
                                                                                " (at 10 M; here for reference)")
    load_rows = {
        "bulk load (s)": (f"{a_load:.3g} s" if a_load else "—", f"{k_load:.3g} s" if k_load else "—",
                          fmt_ratio(a_load / k_load) if a_load and k_load else "—",
                          "faster than Kùzu's COPY: " + (verdict(a_load / k_load, 1.0) if a_load and k_load else "—")),
        "resident bytes per edge": (f"{bpe:.0f}" if bpe else "—",
                                    f"{kl['bytes_per_edge']:.0f} (process RSS growth; {kl.get('disk_bytes_per_edge', 0):.0f} on disk)"
                                    if "bytes_per_edge" in kl else "—",
                                    fmt_ratio(bpe / kl["bytes_per_edge"]) if bpe and kl.get("bytes_per_edge") else "—",
                                    f"≤ {BYTES_PER_EDGE}: " + (verdict(bpe, BYTES_PER_EDGE) if bpe else "—")),
        "snapshot": (snap, "—", "—", "—"),
        "CSV load / snapshot open": (fmt_ratio(csv_over_open) if csv_over_open else "—", "—", "—",
                                     f"{speedup_target}: " +
                                     (verdict(SNAPSHOT_SPEEDUP / csv_over_open, 1.0) if csv_over_open else "—")),
    }
    return rows, load_rows


def intervention_section(results):
    doc = load_json(Path(results, "intervention", "annals.json"))
    if not doc:
        return None
    kuzu = (load_json(Path(results, "intervention", "kuzu.json")) or {}).get("queries", {})
    med, cv = gbench_medians(doc), gbench_cv(doc)
    ctx = doc.get("context", {})
    rows = ["| query | annals | (cv) | Kùzu | annals/Kùzu | ≥100× faster than Kùzu | answers |",
            "|---|---:|---:|---:|---:|---|---|"]
    ratios = []
    for name in sorted({k.split("/", 1)[1] for k in med} | {k.split("/", 2)[2] for k in ctx if k.startswith("error/")}):
        label = f"intervention/{name}"
        k = kuzu.get(label, {})
        if ctx.get(f"error/{label}"):
            rows.append(f"| {name} | error: {ctx[f'error/{label}'][:80]} | | | | | |")
            continue
        a = med.get(label)
        c = cv.get(label)
        km = k.get("median_us")
        ratio = a / km if a is not None and km else None
        if ratio is not None:
            ratios.append(ratio)
        if "error" in k:
            kcell, agree = "does not run", "Kùzu: " + k["error"].splitlines()[0][:90].replace("|", "\\|")
        else:
            kcell = fmt_time(km)
            mine, theirs = ctx.get(f"result/{label}"), k.get("result")
            agree = "same" if mine == theirs else "differ (dates are text in Kùzu)" if theirs is not None else "—"
        rows.append(f"| {name} | {fmt_time(a)} | {f'{c:.0f}%' if c is not None else '—'} | {kcell} | {fmt_ratio(ratio)} "
                    f"| {verdict(ratio, SMALL_VS_KUZU)} | {agree} |")
    total = sum(med.values())
    ran = len(ratios)
    met = sum(1 for r in ratios if r <= SMALL_VS_KUZU)
    geo = None
    if ratios:
        import math
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    header = (f"Loaded from examples/intervention/*.cypher ({ctx.get('load/intervention/nodes', '?')} nodes, "
              f"{ctx.get('load/intervention/edges', '?')} relationships, derived types included) in "
              f"{float(ctx.get('load/intervention/seconds', 'nan')):.3g} s; all {len(med)} queries together: "
              f"{fmt_time(total)}. Kùzu gets the same graph through annals' own Kùzu export (`write_csv`, derived "
              f"types as data), with DATE columns as STRING because Kùzu's DATE cannot hold partial dates (1864-03); "
              f"`toString(x)` is rewritten to Kùzu's `CAST(x AS STRING)`; queries using annals' extensions (AS OF, "
              f"valid_at, cite, date properties such as `.year`) do not run there. "
              f"Kùzu ran {ran} of {len(med)}; the ≥100× target is met on {met} of them"
              + (f"; geometric mean of annals/Kùzu: {fmt_ratio(geo)}." if geo else "."))
    return header, rows


# Why the missed targets are missed (from callgrind profiles of annals_bench on the small graph;
# see bench/README.md). Update when the engine changes.
WHY = """## Why targets are missed

- **No read-optimised form yet.** annals queries the mutable `boost::adjacency_list` with its
  per-node `adjacent` vectors; the CSR snapshot with 32-bit ids and columnar properties that issue 8
  suggests does not exist yet. That is the ≤16 bytes/edge target (465 now: an `adjacency_list` edge
  object, two `stored_edge`s, two `adjacent`s, a `rel_slot`, a 64-byte property entry for `since`, and
  the undo journal's capacity, which `graph::commit` clears but does not free).
- **Row-at-a-time interpretation with heap-allocated rows.** Every operator copies its input row
  (`std::vector<value>`, 56-byte variants) per output row; malloc/free is 25–35% of the instructions
  of q1–q4. Binary operators are dispatched by comparing operator names as strings and property keys
  are looked up by name per row (31% of q6). This is why q6/q7 lose to Kùzu's vectorised scans.
- **Algorithms:** the shortest-path BFS keeps `unordered_map` depth and parent tables (q5); the
  variable-length expand materialises every trail and builds a relationship list nobody reads (q4);
  top-k stores and partially sorts every row instead of keeping a heap of k (q7).
- **Bulk load** spends about 60% in `graph::add_relationship`: an undo entry, a schema check by name
  and three allocations per relationship, and sorted inserts into hub adjacency vectors.
- Where annals is far ahead (q1–q3, small intervention queries) it is because a call is a function
  call: Kùzu's floor through its Node API is 0.2–1 ms per query.
- The floor's q4 counts the last hop from degrees; an engine that enumerates trails cannot come
  within 3× of it without pushing `count(*)` into the expand.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--sizes", default="small,medium")
    ap.add_argument("--root", default=".")
    args = ap.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]

    out = ["# annals benchmarks: results", "",
           "Written by `bench/run.sh` (see bench/README.md for what each query is and how it is measured). "
           "Times are medians of wall-clock time per query call: annals and the floor from Google Benchmark "
           "(median over repetitions of each repetition's mean), Kùzu from `kuzu_bench.mjs` (median over single "
           "`execute` calls of a prepared statement). Ratios below 1 mean annals is faster. "
           "The target columns apply issue 8's targets and say by how much a missed one is missed "
           "(the factor annals still has to gain). The machine is shared (2 cores, other engineers compiling; load "
           "average below): medians move by up to 2× between runs, so read ratios, not single times; the CPU-time "
           "ratios (annals' thread vs all of Kùzu's process) are the steadier check.", "",
           "## Machine", "", machine(args.root, args.results), ""]
    not_run = [s for s in SIZES if s not in sizes]
    load_table = ["| size | measure | annals | Kùzu | annals/Kùzu | target |", "|---|---|---:|---:|---:|---|"]
    for size in sizes:
        rows, load_rows = size_section(args.results, size)
        n, e = SIZES[size]
        out += [f"## {size}: {n:,} persons, {e:,} KNOWS", ""]
        if rows is None:
            out += ["Not run (no results).", ""]
            continue
        out += rows + [""]
        for measure, (a, k, r, t) in load_rows.items():
            load_table.append(f"| {size} | {measure} | {a} | {k} | {r} | {t} |")
    inter = intervention_section(args.results)
    out += ["## Bulk load, memory, snapshot", ""] + load_table + [""]
    if inter:
        header, rows = inter
        out += ["## Intervention graph (examples/intervention)", "", header, ""] + rows + [""]
    out += [WHY]
    if not_run:
        out += ["## Not run", "", "Sizes not run in this run: " + ", ".join(
            f"{s} ({SIZES[s][0]:,} / {SIZES[s][1]:,})" for s in not_run) + ". See the closing note in "
            "bench/README.md for why; `bench/run.sh --sizes " + ",".join(sizes + not_run) + "` runs them.", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
