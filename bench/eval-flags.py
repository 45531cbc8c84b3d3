#!/usr/bin/env python3
"""Recall and precision of the workbench's flags against the hand annotation in bench/devset/.

Each annotated WMT22 document becomes one pair (machine = the MT system's output, human = the professional
translation), reported by ./workbench in a scratch directory with the project's configuration; then every
warning/error flag is matched with the annotated errors by line and overlapping span.

  python3 bench/eval-flags.py --split dev          # tune on this half only
  python3 bench/eval-flags.py --split heldout      # the figures to quote
  python3 bench/eval-flags.py --split dev --list   # every flag and every missed error, for tuning

Recall: annotated errors (severity error or warning) that a French reader can see without the source
(visible=yes), found when a warning or error flag overlaps them. Precision: warning and error flags that overlap an
annotated error or warning (strict) or any annotation, info included (lenient). Document-level flags (a whole
paragraph) count as overlapping what they cover. Standard library only.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVSET = os.path.join(ROOT, "bench", "devset")
SEVERE = ("error", "warning")


def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def read_documents(split):
    with open(os.path.join(DEVSET, "documents.tsv"), encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if split in ("all", r["split"])]


def read_annotations(split):
    rows = []
    halves = ["dev", "heldout"] if split == "all" else [split]
    for half in halves:
        path = os.path.join(DEVSET, "annotations-%s.tsv" % half)
        if not os.path.exists(path):
            sys.exit("eval-flags: %s: missing (annotate the %s half first)" % (path, half))
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                r["line"] = int(r["line"])
                r["start"] = int(r["start"])
                r["end"] = int(r["end"])
                rows.append(r)
    return rows


def run_workbench(docs, scratch, extra):
    pairs = []
    for d in docs:
        pair = os.path.join(scratch, "articles", d["doc_id"])
        os.makedirs(pair)
        src = os.path.join(DEVSET, "docs", d["doc_id"])
        for name, target in (("hyp.fr", "machine.fr.txt"), ("ref.fr", "human.fr.txt")):
            with open(os.path.join(src, name), encoding="utf-8") as i, open(
                os.path.join(pair, target), "w", encoding="utf-8"
            ) as o:
                o.write(i.read())
        pairs.append(pair)
    out = os.path.join(scratch, "reports")
    cmd = [os.path.join(ROOT, "workbench"), "report", "--out", out] + extra + pairs
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("eval-flags: workbench exited %d:\n%s" % (p.returncode, p.stderr))
    reports = {}
    for d in docs:
        with open(os.path.join(out, d["doc_id"], "report.json"), encoding="utf-8") as f:
            reports[d["doc_id"]] = json.load(f)
    return reports


def flag_ranges(flag, lines):
    """(line, startCol, endCol) ranges in UTF-16 columns, 0-based, end exclusive, one per line covered."""
    s = flag["span"]
    out = []
    for ln in range(s["line"], s["endLine"] + 1):
        a = s["column"] - 1 if ln == s["line"] else 0
        b = s["endColumn"] - 1 if ln == s["endLine"] else utf16_len(lines[ln - 1])
        if b <= a:  # an empty span points at a place: widen it to the next character
            b = a + 1
        out.append((ln, a, b))
    return out


def annotation_range(a, lines):
    line = lines[a["line"] - 1]
    if line[a["start"] : a["end"]] != a["text"]:
        sys.exit("eval-flags: %s line %d: annotated text %r not at %d-%d" % (a["doc_id"], a["line"], a["text"], a["start"], a["end"]))
    return (a["line"], utf16_len(line[: a["start"]]), utf16_len(line[: a["end"]]))


def overlaps(r1, r2):
    return r1[0] == r2[0] and r1[1] < r2[2] and r2[1] < r1[2]


def pct(n, d):
    return "%5.1f %%" % (100.0 * n / d) if d else "    - "


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout", "all"], required=True)
    ap.add_argument("--parallel", action="store_true", help="report the pairs line-aligned (report --parallel)")
    ap.add_argument("--list", action="store_true", help="list every warning/error flag and every missed error")
    ap.add_argument("--reports", help="keep the reports in this directory (default: a temporary one)")
    ap.add_argument("--config", help="project configuration to report with (default: workbench.json at the root)")
    args = ap.parse_args()

    docs = read_documents(args.split)
    annotations = read_annotations(args.split)
    scratch = args.reports or tempfile.mkdtemp(prefix="eval-flags-")
    extra = (["--parallel"] if args.parallel else []) + (["--config", os.path.abspath(args.config)] if args.config else [])
    reports = run_workbench(docs, scratch, extra)

    by_doc = collections.defaultdict(list)
    for a in annotations:
        by_doc[a["doc_id"]].append(a)

    recall = collections.Counter()  # (category, found?) over visible error/warning annotations
    recall_all = collections.Counter()
    prec = collections.Counter()  # (flag label, strict-correct?) over warning/error flags
    prec_lenient = collections.Counter()
    severity_counts = collections.Counter()
    listing = []
    for d in docs:
        doc = d["doc_id"]
        with open(os.path.join(DEVSET, "docs", doc, "hyp.fr"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        anns = [(a, annotation_range(a, lines)) for a in by_doc.get(doc, [])]
        flags = [f["flag"] for f in reports[doc]["flags"]]
        severe_flags = []
        for fl in flags:
            severity_counts[fl["severity"]] += 1
            if fl["severity"] in SEVERE:
                severe_flags.append((fl, flag_ranges(fl, lines)))
        for fl, ranges in severe_flags:
            hit = [a for a, r in anns if any(overlaps(r, fr) for fr in ranges)]
            strict = any(a["severity"] in SEVERE for a in hit)
            label = fl["kind"]
            prec[(label, strict)] += 1
            prec_lenient[(label, bool(hit))] += 1
            listing.append(
                "%s %-4s %s:%d %-7s %-14s %-28s %r%s"
                % ("OK " if strict else ("~  " if hit else "FP "), "", doc, fl["span"]["line"], fl["severity"], fl["kind"],
                   fl["ruleId"][:28], fl["matchedText"][:50], "  <- " + hit[0]["category"] if hit else "")
            )
        for a, r in anns:
            if a["severity"] not in SEVERE:
                continue
            found = any(overlaps(r, fr) for _, rs in severe_flags for fr in rs)
            recall_all[(a["category"], found)] += 1
            if a["visible"] == "yes":
                recall[(a["category"], found)] += 1
                if not found:
                    listing.append("MISS      %s:%d %-7s %-14s %r  (%s)" % (doc, a["line"], a["severity"], a["category"], a["text"][:50], a["note"][:60]))

    lines_total = sum(int(d["lines"]) for d in docs)
    print("split %s: %d documents, %d lines, %d annotations; flags: %s" % (
        args.split, len(docs), lines_total, len(annotations),
        ", ".join("%d %s" % (severity_counts[s], s) for s in ("error", "warning", "info"))))
    print()
    print("Recall of visible errors (annotated error/warning, visible without the source) at warning or error")
    print("  %-16s %6s %6s %8s" % ("category", "found", "total", "recall"))
    cats = sorted({c for c, _ in recall})
    for c in cats:
        n, t = recall[(c, True)], recall[(c, True)] + recall[(c, False)]
        print("  %-16s %6d %6d %8s" % (c, n, t, pct(n, t)))
    n = sum(v for (c, f), v in recall.items() if f)
    t = sum(recall.values())
    print("  %-16s %6d %6d %8s" % ("ALL", n, t, pct(n, t)))
    n2 = sum(v for (c, f), v in recall_all.items() if f)
    t2 = sum(recall_all.values())
    print("  (all error/warning annotations, visible or not: %d of %d, %s)" % (n2, t2, pct(n2, t2).strip()))
    print()
    print("Precision of warning and error flags (strict: on an annotated error/warning; lenient: on any annotation)")
    print("  %-16s %6s %6s %8s %8s" % ("flag kind", "right", "flags", "strict", "lenient"))
    kinds = sorted({k for k, _ in prec})
    for k in kinds:
        r, t = prec[(k, True)], prec[(k, True)] + prec[(k, False)]
        print("  %-16s %6d %6d %8s %8s" % (k, r, t, pct(r, t), pct(prec_lenient[(k, True)], t)))
    r = sum(v for (k, ok), v in prec.items() if ok)
    t = sum(prec.values())
    rl = sum(v for (k, ok), v in prec_lenient.items() if ok)
    print("  %-16s %6d %6d %8s %8s" % ("ALL", r, t, pct(r, t), pct(rl, t)))
    if args.list:
        print()
        print("\n".join(sorted(listing)))


if __name__ == "__main__":
    main()
