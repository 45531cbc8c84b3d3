#!/usr/bin/env python3
"""Deterministic French-like parallel corpus for the metrics benchmark.

Writes HYP and REF files of N line-aligned segments (default 3,000) of about 24 words. The reference is a random
French-like sentence (accents, both apostrophe styles, guillemets, NBSP and narrow NBSP before : ; ! ?, numbers such
as 13. or 1,5); the hypothesis is a perturbed copy (substitutions, deletions, insertions, moved blocks), so TER has
real shifts to search. Same arguments, same bytes: the generator uses its own seeded random.Random.

usage: gen_corpus.py HYP REF [N] [SEED]
"""
import random
import sys

WORDS = (
    "le la les un une des du de au aux et ou mais donc or ni car que qui quoi dont où ce cette ces son sa ses "
    "leur leurs il elle ils elles nous vous on pays gouvernement président ministre entreprise société marché "
    "accord vente application vidéo courte réseau données sécurité nationale chinois américain européen français "
    "pourparlers négociation date limite septembre octobre année semaine jour heure prix euros dollars million "
    "milliards croissance économie politique décision tribunal juge loi règle contrôle exportation technologie "
    "algorithme plateforme utilisateurs jeunes été hiver après avant pendant depuis selon contre avec sans sous "
    "sur dans entre vers chez par pour est sont était étaient sera seront a ont avait avaient fait faire dit "
    "déclaré annoncé préfèrent voir fermée vendre finaliser confiant faible fort grand petit nouveau nouvelle "
    "ancien dernier première deuxième très plus moins aussi encore déjà toujours jamais peut-être c'est-à-dire "
    "aujourd'hui lui-même elle-même États-Unis Pékin Washington Paris ByteDance TikTok Microsoft Oracle Trump"
).split()
ELIDED = ["l", "d", "qu", "n", "s", "j", "c"]
PUNCT_END = [".", ".", ".", "!", "?", "…"]


def word(rng):
    r = rng.random()
    if r < 0.08:
        apostrophe = "’" if rng.random() < 0.6 else "'"
        return rng.choice(ELIDED) + apostrophe + rng.choice(WORDS)
    if r < 0.11:
        return str(rng.randint(1, 2025)) + rng.choice(["", "", ",5", "%", "-15"])
    w = rng.choice(WORDS)
    if rng.random() < 0.04:
        w = w.capitalize()
    return w


def sentence(rng, n):
    out = []
    for i in range(n):
        w = word(rng)
        r = rng.random()
        if r < 0.06:
            w += ","
        elif r < 0.08:
            w += rng.choice(["\u00a0:", "\u202f;", " :"])
        elif r < 0.095:
            w = "«\u00a0" + w + "\u00a0»"
        elif r < 0.10:
            w = "«" + w + "»"
        out.append(w)
    end = rng.choice(PUNCT_END)
    if end in "!?" and rng.random() < 0.5:
        end = "\u202f" + end
    return " ".join(out) + end


def perturb(rng, words):
    words = list(words)
    for _ in range(rng.randint(0, 2)):
        if len(words) > 12:  # move a block, as reordering MT does
            n = rng.randint(2, 5)
            i = rng.randrange(0, len(words) - n)
            block = words[i:i + n]
            del words[i:i + n]
            j = rng.randrange(0, len(words))
            words[j:j] = block
    out = []
    for w in words:
        r = rng.random()
        if r < 0.12:
            out.append(word(rng))
        elif r < 0.17:
            continue
        elif r < 0.21:
            out.append(w)
            out.append(word(rng))
        elif r < 0.24:
            out.append(w.replace("’", "'"))
        else:
            out.append(w)
    return out


def main():
    hyp_path, ref_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20200915
    rng = random.Random(seed)
    with open(hyp_path, "w", encoding="utf-8", newline="\n") as hyp, \
            open(ref_path, "w", encoding="utf-8", newline="\n") as ref:
        for _ in range(n):
            length = max(3, int(rng.gauss(24, 6)))
            r = sentence(rng, length)
            h = " ".join(perturb(rng, r.split(" ")))
            ref.write(r + "\n")
            hyp.write(h + "\n")


if __name__ == "__main__":
    main()
