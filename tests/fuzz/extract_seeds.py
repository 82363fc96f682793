#!/usr/bin/env python3
"""Writes the committed seed corpora of the fuzz targets (tests/fuzz/corpus/).

  query/    queries from the openCypher TCK (the docstrings of its steps), the
            example queries, statements of the bundled dataset, and the
            queries and scripts of the bad-input catalogue (those spelled out
            in full, without @@templates@@)
  csv/      the CSV files of the storage tests and the bad-input catalogue
  feature/  a few TCK feature files, cut to their first scenarios
  (snapshot/ is not written here: it holds snapshots saved by the tests, the
  fixture's, an empty one, one with every value type, one of dates, each once
  as is and once with a first byte of 1, which makes the target repair the
  checksums of what it mutates; nor is json/, a dozen JSON parameters written
  by hand: numbers at and past the ranges, nesting, escapes, surrogates)

Run it again after the TCK or the examples change; it keeps the corpus
modest (under 500 files) and deterministic (chosen by a hash of the text).

  tests/fuzz/extract_seeds.py [--tck ../shared/tck/features]
"""
import argparse
import hashlib
import pathlib
import re
import shutil

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests" / "fuzz" / "corpus"


def digest(text):
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()


def docstrings(feature_text):
    """The docstrings (between lines of three double quotes) of a feature file, dedented."""
    out, current, indent = [], None, 0
    for line in feature_text.splitlines():
        if line.strip() == '"""':
            if current is None:
                current, indent = [], len(line) - len(line.lstrip())
            else:
                out.append("\n".join(l[indent:] if l[:indent].strip() == "" else l.strip() for l in current))
                current = None
        elif current is not None:
            current.append(line)
    return out


def pick(texts, n):
    unique = {digest(t): t for t in texts if t.strip()}
    return [unique[k] for k in sorted(unique)[:n]]


def write_all(folder, prefix, texts, suffix):
    for i, t in enumerate(texts):
        (folder / f"{prefix}-{i:03d}{suffix}").write_text(t + ("" if t.endswith("\n") else "\n"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tck", default=str(root.parent / "shared" / "tck" / "features"))
    args = parser.parse_args()
    features = sorted(pathlib.Path(args.tck).rglob("*.feature"))

    query = corpus / "query"
    shutil.rmtree(query, ignore_errors=True)
    query.mkdir(parents=True)
    tck = [d for f in features for d in docstrings(f.read_text())]
    # Results tables are docstrings too in a few features; keep what reads like Cypher.
    tck = [t for t in tck if re.match(r"\s*(MATCH|OPTIONAL|CREATE|MERGE|RETURN|WITH|UNWIND|CALL|DELETE|DETACH|SET|REMOVE|FOREACH|EXPLAIN|PROFILE)\b", t, re.I)]
    write_all(query, "tck", pick(tck, 200), ".cypher")
    examples = sorted((root / "examples" / "intervention" / "queries").glob("*.cypher"))
    write_all(query, "example", [p.read_text() for p in examples], ".cypher")
    statements = []
    for script in sorted((root / "examples" / "intervention").glob("*.cypher")):
        statements += [s.strip() + ";" for s in script.read_text().split(";\n") if s.strip() and not s.strip().startswith("//")]
    write_all(query, "dataset", pick(statements, 40), ".cypher")
    bad = sorted((root / "tests" / "bad_inputs" / "queries").glob("*.cypher"))
    bad += sorted((root / "tests" / "bad_inputs" / "scripts").glob("*.cypher"))
    bad = [p.read_bytes() for p in bad]
    for i, b in enumerate(x for x in bad if b"@@" not in x and len(x) < 4096):
        (query / f"bad-{i:03d}.cypher").write_bytes(b)

    csv = corpus / "csv"
    shutil.rmtree(csv, ignore_errors=True)
    csv.mkdir(parents=True)
    csvs = sorted((root / "tests" / "storage" / "data").glob("*.csv"))
    csvs += sorted(p for p in (root / "tests" / "bad_inputs" / "csv").glob("*.csv") if p.stat().st_size < 4096 and "@@" not in p.read_text(errors="replace"))
    for i, p in enumerate(csvs[:60]):
        shutil.copy(p, csv / f"csv-{i:03d}.csv")

    feature = corpus / "feature"
    shutil.rmtree(feature, ignore_errors=True)
    feature.mkdir(parents=True)
    for i, f in enumerate(sorted(features, key=lambda p: digest(p.name))[:12]):
        lines = f.read_text().splitlines()
        # The header and about 80 lines: whole scenarios of every kind, small enough to mutate.
        cut = next((j for j in range(80, len(lines)) if lines[j].strip().startswith(("Scenario", "@"))), len(lines))
        (feature / f"feature-{i:03d}.feature").write_text("\n".join(lines[:cut]) + "\n")


if __name__ == "__main__":
    main()
