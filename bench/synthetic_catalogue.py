#!/usr/bin/env python3
"""Writes a synthetic seed catalogue: FILMS films x CLAIMS claims, for the verification benchmark.

Each film has five documents. Four honest ones state the same facts (with spelling and precision variants);
the fifth contradicts half of them. Every quote is a sentence of its document, so every claim is grounded.
Usage: synthetic_catalogue.py OUT_DIR [FILMS=100] [CLAIMS=100]
"""
import os
import random
import sys

out = sys.argv[1]
films = int(sys.argv[2]) if len(sys.argv) > 2 else 100
claims_per_film = int(sys.argv[3]) if len(sys.argv) > 3 else 100
rng = random.Random(42)
FIRST = ["Anna", "Boris", "Chloe", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Louis"]
LAST = ["Moreau", "Lambert", "Fischer", "Santos", "Novak", "Bernard", "Keller", "Rossi", "Dubois", "Weber"]
KINDS = ["database", "review", "list", "blog", "summary"]


def name():
    return rng.choice(FIRST) + " " + rng.choice(LAST) + rng.choice(["", "i", "ov", "son"])


def typo(n):
    i = rng.randrange(1, len(n) - 1)
    return n[:i] + n[i + 1] + n[i] + n[i + 2:] if n[i].isalpha() and n[i + 1].isalpha() else n


def facts_for(film):
    """(predicate, subject, type, true value, wrong value, sentence template) tuples."""
    facts = [("composer", None, "person", name(), name(), "The score was composed by {v}."),
             ("cinematographer", None, "person", name(), name(), "Photography was by {v}."),
             ("runtime", None, "duration", f"{rng.randrange(80, 150)} minutes", f"{rng.randrange(151, 200)} minutes",
              "It runs {v}."),
             ("budget", None, "money", f"${rng.randrange(2, 60)} million", f"${rng.randrange(61, 120)} million",
              "It cost {v} to make."),
             ("release_date", "USA", "date", f"{rng.randrange(1, 28)} March {1980 + film % 40}",
              f"{rng.randrange(1, 28)} June {1981 + film % 40}", "It opened in the USA on {v}.")]
    for c in range(15):
        facts.append(("cast", f"Character {c}", "person", name(), name(), "Character %d is played by {v}." % c))
    return facts


os.makedirs(out, exist_ok=True)
for f in range(films):
    folder = os.path.join(out, f"synthetic-film-{f:03d}")
    os.makedirs(os.path.join(folder, "sources"), exist_ok=True)
    with open(os.path.join(folder, "film.yaml"), "w") as fh:
        fh.write(f"title: Synthetic Film {f}\nyear: {1980 + f % 40}\n")
    facts = facts_for(f)
    docs = {s: [] for s in range(5)}
    claims = []
    while len(claims) < claims_per_film:
        for s in range(5):
            pred, subject, typ, true, wrong, template = facts[len(claims) // 5 % len(facts)]
            value = true
            if s == 4 and (len(claims) // 5) % 2 == 0:
                value = wrong
            elif typ == "person" and rng.random() < 0.1:
                value = typo(true)
            sentence = template.format(v=value) + f" (note {len(claims)})"
            docs[s].append(sentence)
            claims.append((s, pred, subject, typ, value, sentence))
            if len(claims) >= claims_per_film:
                break
    ids = {s: f"{s:03d}_synthetic_{f:03d}.txt" for s in range(5)}
    with open(os.path.join(folder, "sources.yaml"), "w") as fh:
        for s in range(5):
            with open(os.path.join(folder, "sources", ids[s]), "w") as doc:
                doc.write(" ".join(docs[s]) + "\n")
            fh.write(f"- id: {ids[s]}\n  kind: {KINDS[s]}\n  title: Document {s} on film {f}\n")
    with open(os.path.join(folder, "claims.yaml"), "w") as fh:
        fh.write("claims:\n")
        for s, pred, subject, typ, value, sentence in claims:
            fh.write(f"  - source: {ids[s]}\n    predicate: {pred}\n")
            if subject:
                fh.write(f"    subject: {subject}\n")
            fh.write(f"    value: {{ {typ}: \"{value}\" }}\n    quote: \"{sentence}\"\n")
print(f"wrote {films} films x {claims_per_film} claims to {out}")
