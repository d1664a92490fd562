#!/usr/bin/env python3
"""Writes a synthetic news corpus: N articles about invented people, bodies and
policies in real countries, with varied sentences and page furniture.

Usage: Scripts/generate-corpus.py N OUTPUT_DIR [--seed S]
"""
import argparse
import os
import random

FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karim", "Laura",
         "Marco", "Nadia", "Omar", "Paula", "Rafael", "Sofia", "Tomas", "Vera", "Wei", "Yusuf", "Zara", "Lena",
         "Mateo", "Amara", "Kenji", "Priya", "Olga", "Samuel"]
LAST = ["Alvarez", "Brandt", "Chen", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt",
        "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zimmer", "Novak", "Costa", "Sato", "Mensah"]
COUNTRIES = [("Germany", "German"), ("France", "French"), ("Brazil", "Brazilian"), ("Kenya", "Kenyan"),
             ("Japan", "Japanese"), ("Canada", "Canadian"), ("India", "Indian"), ("Mexico", "Mexican"),
             ("Poland", "Polish"), ("Nigeria", "Nigerian"), ("Egypt", "Egyptian"), ("Chile", "Chilean")]
FIELDS = ["Energy", "Health", "Trade", "Defense", "Finance", "Transport", "Water", "Labour", "Climate", "Housing"]
HEADS = ["Institute", "Agency", "Council", "Foundation", "Authority", "Commission", "Group", "Bank"]
POLICY = ["Act", "Accord", "Protocol", "Agreement", "Charter", "Reform Act"]
LEADERS = {}
VERBS = [("criticized", "opposes"), ("backed", "supports"), ("rejected", "opposes"), ("praised", "supports"),
         ("sanctioned", "targets"), ("met", "meets")]


SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vos", "dar", "el", "ni", "sa", "bor", "qui", "ul", "fen", "ta", "ro"]


def surname(rng):
    return rng.choice(LAST) if rng.random() < 0.3 else "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def person(rng):
    return f"{rng.choice(FIRST)} {surname(rng)}"


def body(rng):
    return f"{surname(rng)} {rng.choice(FIELDS)} {rng.choice(HEADS)}"


def policy(rng):
    return f"{rng.choice(FIELDS)} {rng.choice(POLICY)} of {rng.randint(1990, 2026)}"


def article(rng, index):
    country, demonym = rng.choice(COUNTRIES)
    other, other_demonym = rng.choice([c for c in COUNTRIES if c[0] != country])
    # Leaders recur across articles, as heads of state do; the rest is a long tail.
    leader = LEADERS[country]
    minister, expert, rival = person(rng), person(rng), person(rng)
    org, org2, law = body(rng), body(rng), policy(rng)
    verb, _ = rng.choice(VERBS)
    field = rng.choice(FIELDS)
    lines = [
        f"{demonym} Government Weighs {field} Changes",
        "",
        f"By Staff Writer | {rng.randint(2, 9)} Min Read",
        "",
        f"{demonym} President {leader} signed the {law} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
        f"a measure that the {org} had demanded for months.",
        f"{demonym} {field} Minister {minister} said the {law} would help {rng.choice(['farmers', 'workers', 'families'])}.",
        f"{expert}, a senior fellow at the {org2}, {verb} the plan. {leader.split()[1]} {verb} {other} in a speech.",
        f"{other_demonym} officials {rng.choice(['rejected', 'welcomed'])} the decision, and {rival} of the {org} "
        f"{rng.choice(['criticized', 'backed'])} {minister.split()[1]}.",
        f"According to Reuters, {country} and {other} held talks in {rng.choice(['Geneva', 'Vienna', 'Nairobi'])}.",
        "",
        "Follow us on Twitter @newsdesk" if index % 3 == 0 else "Tags: politics, " + field.lower(),
        f"Contact: editor{index}@example.com",
        "© 2026 Example News. All rights reserved.",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    LEADERS.update({country: person(rng) for country, _ in COUNTRIES})
    os.makedirs(arguments.output, exist_ok=True)
    for index in range(arguments.count):
        with open(os.path.join(arguments.output, f"article_{index:06d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(article(rng, index))


if __name__ == "__main__":
    main()
