#!/usr/bin/env python3
"""Write GUM documents as plain-text articles with gold entity annotations.

Usage: Scripts/gum-articles.py OUTDIR [--split test|dev|train] [--genres news,interview,...]
                                      [--data DIR]

For every GUM document (gum/dep/*.conllu in the shared data folder, default ../shared/data
next to the repository) of the split (default test) and genres (default: every genre the
split has), writes

    OUTDIR/<docname>.txt        the document's text from its `# text = ` lines: the first
                                sentence (the title) first, a blank line between paragraphs
                                (`# newpar`), the sentences of a paragraph joined by spaces
    OUTDIR/<docname>.gold.json  {"document", "entities", "relations": [], "optional"} in the
                                project's gold format (Sources/Evaluation/GoldDocument.swift)

An entity is one GUM coreference chain of type person, organization or place with at least
one *named* mention (head token PROPN), spelt as Scripts/ner-corpora.py reduces names ("NASA
Administrator Charles Bolden" -> "Charles Bolden"): name = its longest name, aliases = its other
distinct names; kind person / organization / location, or country for a place whose Wikipedia
identity (else its name) is a sovereign state (countries.json, gazetteers/country-codes.csv) and
for an organization whose identity is one (GUM types a state acting as "organization": "North
Korea said"). Chains of one type sharing a name or identity are merged (GUM leaves some repeated
mentions unlinked). The name is the longest spelling of the chain's Wikipedia identity if any
("NASA", not "Administration"), else its longest name.
`optional` lists the names of named mentions of other types (events, works, objects...) and of
chains whose names only occur inside a longer name ("Boston" in "Boston Red Sox"): neither
required nor penalised. Output is deterministic. A summary goes to stdout.
"""

import argparse
import importlib.util
import json
import os
import re
import sys
from collections import Counter, OrderedDict

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))


def load_ner_corpora():
    sys.dont_write_bytecode = True  # no __pycache__ in Scripts/
    spec = importlib.util.spec_from_file_location(
        "ner_corpora", os.path.join(SCRIPT_DIR, "ner-corpora.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


nc = load_ner_corpora()

KINDS = {"person": "person", "organization": "organization", "place": "location"}


def document_text(doc):
    """Paragraphs (blank line between) of the sentences' `# text` lines."""
    paragraphs = []
    for sent in doc["sentences"]:
        text = sent["text"] or nc.surface(sent["tokens"], 0, len(sent["tokens"]))
        if sent["newpar"] or not paragraphs:
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def identity_country(identity, lexicon):
    """True / False when the Wikipedia title decides whether the place is a sovereign state,
    None when there is no title."""
    if not identity:
        return None
    title = identity.replace("_", " ").strip()
    m = re.match(r"^(.*?)\s*\(([^()]*)\)$", title)
    if m:
        base, qualifier = m.group(1), m.group(2).lower()
        return "country" in qualifier and lexicon.is_country(base)
    return lexicon.is_country(title)


def name_key(name):
    """Case, punctuation and a leading "the" ignored (roughly the evaluator's NameKey)."""
    words = re.findall(r"\w+", name.lower())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def majority(values):
    """The most frequent value, the smallest one on ties (deterministic)."""
    counts = Counter(values)
    return max(sorted(counts), key=lambda v: counts[v]) if counts else ""


def gold_for(doc, lexicon):
    """The gold annotation of one GUM document (a dict) and counters for the summary."""
    nc.gum_named_mentions(doc, lexicon)

    def name_of(men):
        toks = doc["sentences"][men.sent]["tokens"]
        return nc.surface(toks, men.span[0], men.span[1])

    def position(men):
        return (men.sent, men.start)

    # chains (entity ids) in order of first mention
    chains = OrderedDict()
    for men in sorted(doc["mentions"], key=lambda m: (m.sent, m.start, m.order)):
        chains.setdefault(men.eid, []).append(men)

    # GUM sometimes leaves repeated mentions of one referent in separate chains ("Houston",
    # "Museum of Flight" twice in GUM_news_nasa): chains of one type that share a name or a
    # Wikipedia identity become one entity
    groups = []  # [etype, mentions, names(set of keys), identities(set)]
    other_names = []
    stats = Counter()
    for eid, mentions in chains.items():
        named = [m for m in mentions if m.named and m.span is not None]
        if not named:
            continue
        etype = majority(m.etype for m in mentions)
        if etype not in KINDS:
            other_names.extend(name_of(m) for m in named)
            stats["optional other type"] += 1
            continue
        keys = {name_key(name_of(m)) for m in named if m.kept and m.ner_type}
        idents = {m.identity for m in mentions if m.identity}
        target = None
        for g in groups:
            if g[0] == etype and (keys & g[2] or idents & g[3]):
                target = g
                break
        if target is None:
            groups.append([etype, list(mentions), keys, idents])
        else:
            target[1].extend(mentions)
            target[2] |= keys
            target[3] |= idents

    entities = []
    for etype, mentions, _, _ in groups:
        named = sorted((m for m in mentions if m.named and m.span is not None), key=position)
        # names that only ever occur inside a longer name, or demonyms / groups of people
        free = [m for m in named if m.kept and m.ner_type]
        if not free:
            other_names.extend(name_of(m) for m in named)
            stats["optional nested"] += 1
            continue
        names = []
        for m in free:
            n = name_of(m)
            if n not in names:
                names.append(n)
        ident = majority(m.identity for m in mentions if m.identity)
        # the name: the longest spelling of the Wikipedia identity if one is used ("NASA",
        # not "the Administration"), else the longest name; ties: the first
        id_keys = set(nc.identity_keys(ident)) if ident else set()
        preferred = [n for n in names if nc.alnum_key(n) in id_keys] or names
        name = max(preferred, key=lambda n: (len(n), -names.index(n)))
        aliases = []
        for n in names:
            if name_key(n) != name_key(name) and name_key(n) not in {name_key(a) for a in aliases}:
                aliases.append(n)
        kind = KINDS[etype]
        if etype == "place":
            decided = identity_country(ident, lexicon)
            if decided is None:
                decided = any(lexicon.is_country(n) for n in names)
            if decided:
                kind = "country"
        elif etype == "organization" and identity_country(ident, lexicon):
            # a state acting ("North Korea said", "the United States" as a party to a case):
            # the project's guidelines make governments countries
            kind = "country"
        entities.append(OrderedDict([("name", name), ("kind", kind), ("aliases", aliases)]))
        stats[kind] += 1

    forms = {name_key(n) for e in entities for n in [e["name"]] + e["aliases"]}
    optional = []
    for n in other_names:
        if name_key(n) and name_key(n) not in forms:
            forms.add(name_key(n))
            optional.append(n)
    gold = OrderedDict([
        ("document", doc["name"] + ".txt"),
        ("entities", entities),
        ("relations", []),
        ("optional", optional),
    ])
    return gold, stats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--genres", default="",
                    help="comma-separated genres (news, interview, bio, voyage, academic, "
                         "court); default: all in the split")
    ap.add_argument("--data", default=nc.DEFAULT_DATA, help="the shared data folder")
    args = ap.parse_args(argv)
    genres = {g.strip() for g in args.genres.split(",") if g.strip()}
    splits = nc.read_gum_splits(os.path.join(args.data, "gum", "splits.md"))
    lexicon = nc.Lexicon(args.data)
    os.makedirs(args.outdir, exist_ok=True)
    total = Counter()
    problems = []
    for name in splits.get(args.split, []):
        path = os.path.join(args.data, "gum", "dep", name + ".conllu")
        if not os.path.exists(path):
            continue
        doc = nc.read_gum_document(path)
        genre = doc["genre"] or (name.split("_")[1] if name.count("_") >= 2 else "")
        if genres and genre not in genres:
            continue
        text = document_text(doc)
        gold, stats = gold_for(doc, lexicon)
        with open(os.path.join(args.outdir, name + ".txt"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
        with open(os.path.join(args.outdir, name + ".gold.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        for e in gold["entities"]:
            for n in [e["name"]] + e["aliases"]:
                if n not in text:
                    problems.append("%s: %r not in the text" % (name, n))
        total["documents"] += 1
        total.update(stats)
        print("%-32s %-9s sents %4d  entities %3d (person %d, organization %d, location %d, "
              "country %d)  optional %d" % (
                  name, genre, len(doc["sentences"]), len(gold["entities"]), stats["person"],
                  stats["organization"], stats["location"], stats["country"],
                  len(gold["optional"])))
    print("total: %d documents; person %d, organization %d, location %d, country %d; "
          "chains left optional: %d of other types, %d only inside longer names" % (
              total["documents"], total["person"], total["organization"], total["location"],
              total["country"], total["optional other type"], total["optional nested"]))
    for p in problems:
        print("WARNING " + p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
