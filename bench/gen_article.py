#!/usr/bin/env python3
"""A deterministic French-like machine text for bench/limits-bench.sh, as a pair directory.

Writes OUT/machine.fr.txt and copies HUMAN (a fixed short human article) to OUT/human.fr.txt:
- `sentences N`: N sentences of 12 to 30 words, four to a paragraph (a long article, N sentences);
- `words N`: one sentence of N words on one line (a text without sentence punctuation).
Words, accents, apostrophes, guillemets, numbers and NBSP come from bench/gen_corpus.py; the same
arguments give the same bytes (seeded random.Random).

usage: gen_article.py sentences|words N OUT HUMAN [SEED]
"""
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402


def main():
    mode, n, out, human = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 20260)
    os.makedirs(out, exist_ok=True)
    if mode == "words":
        text = gen_corpus.sentence(rng, n).rstrip(".!?… \u202f") + ".\n"
    elif mode == "sentences":
        parts = []
        for i in range(n):
            parts.append(gen_corpus.sentence(rng, rng.randint(12, 30)))
            parts.append("\n\n" if i % 4 == 3 else " ")
        text = "".join(parts).rstrip() + "\n"
    else:
        sys.exit("usage: gen_article.py sentences|words N OUT HUMAN [SEED]")
    with open(os.path.join(out, "machine.fr.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    shutil.copy(human, os.path.join(out, "human.fr.txt"))


if __name__ == "__main__":
    main()
