#!/usr/bin/env python3
"""One pair directory per WMT22 document: machine = an MT system's output, human = the reference.

  python3 bench/corpus-pairs.py CORPUS SYSTEM OUT
  ./workbench report --articles OUT/articles --out OUT/reports

CORPUS is the wmt22-defr-dev directory (docs.tsv, hyp.<SYSTEM>.fr, ref.A.fr); SYSTEM one of LT22, Online-A, -B, -G,
-W, -Y. Standard library only.
"""
import csv
import os
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    corpus, system, out = sys.argv[1:]
    hyp = open(os.path.join(corpus, "hyp.%s.fr" % system), encoding="utf-8").read().split("\n")
    ref = open(os.path.join(corpus, "ref.A.fr"), encoding="utf-8").read().split("\n")
    with open(os.path.join(corpus, "docs.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            first, n = int(r["first_line"]) - 1, int(r["lines"])
            d = os.path.join(out, "articles", r["doc_id"])
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "machine.fr.txt"), "w", encoding="utf-8") as m:
                m.write("\n".join(hyp[first:first + n]) + "\n")
            with open(os.path.join(d, "human.fr.txt"), "w", encoding="utf-8") as h:
                h.write("\n".join(ref[first:first + n]) + "\n")


if __name__ == "__main__":
    main()
