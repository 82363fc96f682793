#!/usr/bin/env python3
"""Checks every algo.* procedure against networkx, an independent implementation.

Runs networkx_dump (the graphs, read with plain MATCH queries, and each
procedure's rows), rebuilds each graph in networkx as the projection defines
it (parallel relationships merged, the lightest weight kept; self-loops left
out; 'in' reverses; 'undirected' ignores direction) and compares: scores
within 1e-9, components and communities as partitions, core numbers and
triangle counts exactly, spanning forests by total weight, shortest paths by
cost (each path checked hop by hop), two camps by a valid split or an odd
cycle when networkx finds the graph is not bipartite.

Exit status: 0 when everything agrees, 1 when something differs, 77 (skipped)
when networkx is not installed.

    networkx_compare.py <networkx_dump> <dataset dir>
"""
import json
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed (Debian: python3-networkx): skipped")
    sys.exit(77)

try:  # the pure-Python power iteration: networkx's default one needs scipy
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as pagerank
except ImportError:
    pagerank = nx.pagerank

TOLERANCE = 1e-9
failures = []
checks = 0


def fail(where, message):
    failures.append(f"{where}: {message}")


def build(graph, direction, weighted):
    """The projection, in networkx."""
    directed = direction != "undirected"
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(row[0] for row in graph["nodes"])
    for row in graph["edges"]:
        a, b = row[0], row[1]
        if a == b:
            continue
        if direction == "in":
            a, b = b, a
        w = float(row[3]) if weighted else 1.0
        if g.has_edge(a, b):
            w = min(w, g[a][b]["weight"])
        g.add_edge(a, b, weight=w)
    return g


def undirected(g):
    u = nx.Graph()
    u.add_nodes_from(sorted(g.nodes))  # node order decides label propagation's colouring
    for a, b, d in g.edges(data=True):
        w = d["weight"]
        if u.has_edge(a, b):
            w = min(w, u[a][b]["weight"])
        u.add_edge(a, b, weight=w)
    return u


def scores(where, rows, expected):
    global checks
    if isinstance(rows, dict):
        return fail(where, f"raised {rows}")
    got = {r[0]: r[1] for r in rows}
    if set(got) != set(expected):
        return fail(where, f"nodes differ: {sorted(set(got) ^ set(expected))[:10]}")
    for n, want in expected.items():
        checks += 1
        if abs(got[n] - want) > TOLERANCE:
            return fail(where, f"node {n}: got {got[n]!r}, networkx {want!r}")


def partition(where, rows, sets, smallest_named=False):
    global checks
    if isinstance(rows, dict):
        return fail(where, f"raised {rows}")
    checks += 1
    groups = {}
    for node, label in rows:
        groups.setdefault(label, set()).add(node)
    ours = sorted(sorted(s) for s in groups.values())
    theirs = sorted(sorted(s) for s in sets)
    if ours != theirs:
        return fail(where, f"{len(ours)} groups, networkx {len(theirs)}")
    if smallest_named:
        for label, members in groups.items():
            if label != min(members):
                return fail(where, f"component {label} is not named by its smallest node {min(members)}")


def symmetric_rels(graph):
    """Relationships the dump lists in both directions: those of a symmetric derived type."""
    seen = {(e[0], e[1], e[2]) for e in graph["edges"]}
    return {rel for a, b, rel in seen if a != b and (b, a, rel) in seen}


def check_run(graph, run):
    global checks
    name = f"{graph['name']} ({run['direction']}{', weighted' if run['weighted'] else ''})"
    g = build(graph, run["direction"], run["weighted"])
    u = undirected(g)
    weight = "weight" if run["weighted"] else None

    if g.is_directed():
        scores(name + " degree", run["degree"], dict(g.out_degree(weight="weight")))
    else:
        scores(name + " degree", run["degree"], dict(g.degree(weight="weight")))
    scores(name + " betweenness", run["betweenness"], nx.betweenness_centrality(g, normalized=False, weight=weight))
    scores(name + " closeness", run["closeness"], nx.closeness_centrality(g, distance=weight))
    if len(g):
        scores(name + " pagerank", run["pagerank"],
               pagerank(g, alpha=0.85, max_iter=10000, tol=1e-13, weight="weight"))

    weak = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
    strong = nx.strongly_connected_components(g) if g.is_directed() else nx.connected_components(g)
    partition(name + " wcc", run["wcc"], weak, True)
    partition(name + " scc", run["scc"], strong, True)
    partition(name + " communities", run["communities"],
              nx.algorithms.community.label_propagation_communities(u))

    core = nx.core_number(u)
    scores(name + " kcore", run["kcore"], core)
    rows = run["triangles"]
    if isinstance(rows, dict):
        fail(name + " triangles", f"raised {rows}")
    else:
        scores(name + " triangles", [[r[0], r[1]] for r in rows], nx.triangles(u))
        scores(name + " clustering", [[r[0], r[2]] for r in rows], nx.clustering(u))

    # Spanning forest: as heavy as networkx's, one relationship fewer than nodes per component.
    rows = run["mst"]
    if isinstance(rows, dict):
        fail(name + " mst", f"raised {rows}")
    else:
        checks += 1
        forest = nx.minimum_spanning_tree(u, weight="weight")
        want = forest.size(weight="weight")
        got = sum(r[1] for r in rows)
        if abs(got - want) > TOLERANCE or len(rows) != forest.number_of_edges():
            fail(name + " mst", f"{len(rows)} relationships weighing {got}, networkx {forest.number_of_edges()} weighing {want}")

    rows = run["two_camps"]
    checks += 1
    if nx.is_bipartite(u):
        if isinstance(rows, dict):
            fail(name + " two_camps", f"raised {rows} on a bipartite graph")
        else:
            side = {r[0]: r[1] for r in rows}
            for a, b in u.edges:
                if side[a] == side[b]:
                    fail(name + " two_camps", f"{a} and {b} are joined but on side {side[a]} both")
                    break
    elif not (isinstance(rows, dict) and rows.get("error") == "OddCycle"):
        fail(name + " two_camps", "networkx finds an odd cycle, the procedure did not")

    for case in run["dijkstra"]:
        source = case["source"]
        where = f"{name} dijkstra from {source}"
        if isinstance(case["rows"], dict):
            fail(where, f"raised {case['rows']}")
            continue
        want = nx.single_source_dijkstra_path_length(g, source, weight="weight")
        got = {}
        for hops, cost in case["rows"]:
            end = hops[-1][1] if hops else source
            got[end] = cost
            total = 0.0
            at = source
            for frm, to, rel, rel_from, rel_to in hops:
                checks += 1
                # A symmetric derived type's relationship stands for both directions.
                either_way = run["direction"] == "undirected" or rel in symmetric_rels(graph)
                ends_ok = {rel_from, rel_to} == {frm, to} if either_way \
                    else (rel_from, rel_to) == ((frm, to) if run["direction"] == "out" else (to, frm))
                if frm != at or not ends_ok or not g.has_edge(frm, to):
                    fail(where, f"hop {frm}->{to} over relationship {rel} does not follow the projection")
                    break
                total += g[frm][to]["weight"]
                at = to
            if abs(total - cost) > TOLERANCE:
                fail(where, f"path to {end} weighs {total}, reported cost {cost}")
        scores(where, list(got.items()), dict(want))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    dump = subprocess.run([sys.argv[1], sys.argv[2]], check=True, capture_output=True, text=True)
    graphs = json.loads(dump.stdout)
    for graph in graphs:
        for run in graph["runs"]:
            check_run(graph, run)
    print(f"networkx {nx.__version__}: {len(graphs)} graphs, {checks} values compared")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
