#!/usr/bin/env python3
"""One pair directory per WMT22 document and system: machine = an MT system's output, human = the reference.

  python3 bench/corpus-pairs.py CORPUS SYSTEM[,SYSTEM...] OUT
  ./workbench report --articles OUT/articles --out OUT/reports

CORPUS is the wmt22-defr-dev directory (docs.tsv, hyp.<SYSTEM>.fr, ref.A.fr); SYSTEM one of LT22, Online-A, -B, -G,
-W, -Y, or several separated by commas. Each pair's pair.json names its system ("system"), so that the corpus report
(OUT/reports/index.*) aggregates per system and compares the systems over the documents they share. With one system
the pair ids are the document ids; with several, <system>--<doc_id>. Standard library only.
"""
import csv
import json
import os
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    corpus, systems, out = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
    ref = open(os.path.join(corpus, "ref.A.fr"), encoding="utf-8").read().split("\n")
    with open(os.path.join(corpus, "docs.tsv"), encoding="utf-8") as f:
        docs = list(csv.DictReader(f, delimiter="\t"))
    for system in systems:
        hyp = open(os.path.join(corpus, "hyp.%s.fr" % system), encoding="utf-8").read().split("\n")
        for r in docs:
            first, n = int(r["first_line"]) - 1, int(r["lines"])
            pair_id = r["doc_id"] if len(systems) == 1 else "%s--%s" % (system, r["doc_id"])
            d = os.path.join(out, "articles", pair_id)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "machine.fr.txt"), "w", encoding="utf-8") as m:
                m.write("\n".join(hyp[first:first + n]) + "\n")
            with open(os.path.join(d, "human.fr.txt"), "w", encoding="utf-8") as h:
                h.write("\n".join(ref[first:first + n]) + "\n")
            manifest = {
                "id": pair_id,
                "language": "fr",
                "system": system,
                "notes": "WMT22 de-fr document %s: %s's output against reference A" % (r["doc_id"], system),
            }
            with open(os.path.join(d, "pair.json"), "w", encoding="utf-8") as p:
                json.dump(manifest, p, ensure_ascii=False, indent=2)
                p.write("\n")


if __name__ == "__main__":
    main()
