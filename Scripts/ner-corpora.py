#!/usr/bin/env python3
"""Convert the open named-entity corpora into one CoNLL format (PER / ORG / LOC, IOB2).

Usage: Scripts/ner-corpora.py OUTDIR [--data DIR] [--samples N] [--seed S]

Reads the corpora in DIR (default: ../shared/data next to the repository, see its README.md)
and writes to OUTDIR:

    gum-train.conll gum-dev.conll gum-test.conll      GUM v11 (gum/dep), standard splits
    ewt-dev.conll ewt-test.conll                      Universal NER, English Web Treebank
    wikigold.conll                                    wikigold (IOB1 -> IOB2)
    crossner-train.conll crossner-dev.conll crossner-test.conll   CrossNER politics
    redocred-dev.conll redocred-test.conll            Re-DocRED mentions

Format: every document starts with a line `-DOCSTART-` and a blank line; then one token per
line, `TOKEN<TAB>TAG`, tags IOB2 over PER, ORG, LOC (`B-PER`, `I-ORG`, ..., `O`); a blank line
after each sentence. Tokens contain no whitespace. CrossNER has no document boundaries: each
of its files is one document.

Label mappings: EWT OTH -> O; wikigold MISC -> O; CrossNER politician, person -> PER,
politicalparty, organisation -> ORG, country, location -> LOC, the rest -> O (mapped per chunk,
so a dropped chunk becomes O entirely); Re-DocRED PER/ORG/LOC mentions (overlaps: the longer
mention wins, whatever its type; demonyms typed LOC are dropped, see `Lexicon.is_demonym`);
GUM: mentions of person / organization / place whose head token is PROPN, reduced to the
name inside them ("NASA Administrator Charles Bolden" -> PER "Charles Bolden", ORG "NASA";
rules in `find_name_span`), the outer name winning over overlapping nested ones (see
`gum_named_mentions`); names of other entity types (events, works...) are O and block
the names nested in them ("Beijing" in "Beijing Olympics").

Standard library only; the output is byte-identical on every run. Statistics go to stdout;
`--samples N` (default 40) prints N randomly chosen GUM mentions (seeded) to stderr for
checking the span rules by eye. Every file written is re-read and checked to be well-formed.

The GUM reading (`read_gum_document`, `gum_named_mentions`) is shared with
Scripts/gum-articles.py, which imports this file.
"""

import argparse
import csv
import json
import os
import random
import re
import sys
import urllib.parse
from collections import Counter, OrderedDict

TYPES = ("PER", "ORG", "LOC")
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(SCRIPT_DIR)
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_DIR, "..", "shared", "data"))
COUNTRIES_JSON = os.path.join(REPO_DIR, "Sources", "Extraction", "Resources", "countries.json")


# ---------------------------------------------------------------------------------------------
# IOB helpers


def decode_chunks(tags, scheme="IOB2"):
    """Chunks (start, end exclusive, type) of a tag sequence in IOB1 or IOB2.

    One rule serves both: B-X starts a chunk; I-X continues the chunk just before it if that
    is of type X, else starts one (IOB1's chunk start; in IOB2, a repair of a stray I-X).
    """
    assert scheme in ("IOB1", "IOB2")
    chunks = []
    cur = None  # [start, end, type]
    for i, tag in enumerate(tags):
        if tag == "O" or tag == "":
            cur = None
            continue
        prefix, _, typ = tag.partition("-")
        if prefix not in ("B", "I") or not typ:
            raise ValueError("bad tag %r" % tag)
        if prefix == "B" or cur is None or cur[2] != typ or cur[1] != i:
            cur = [i, i + 1, typ]
            chunks.append(cur)
        else:
            cur[1] = i + 1
    return [tuple(c) for c in chunks]


def encode_iob2(n, spans):
    """IOB2 tags for n tokens from non-overlapping spans (start, end exclusive, type)."""
    tags = ["O"] * n
    for start, end, typ in sorted(spans):
        for i in range(start, end):
            if tags[i] != "O":
                raise ValueError("overlapping spans")
            tags[i] = ("B-" if i == start else "I-") + typ
    return tags


def clean_token(tok):
    """A token without whitespace, or None when it is only whitespace (and must be dropped)."""
    if tok is None:
        return None
    parts = tok.split()
    if not parts:
        return None
    return "_".join(parts)


# ---------------------------------------------------------------------------------------------
# Output


class Writer:
    """Collects documents and writes one CoNLL file; counts documents, sentences, tokens, types."""

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.docs = 0
        self.sents = 0
        self.tokens = 0
        self.mentions = Counter()

    def add_document(self, sentences):
        """sentences: list of (tokens, tags). Empty sentences and empty documents are skipped."""
        sentences = [(t, g) for t, g in sentences if t]
        if not sentences:
            return
        self.docs += 1
        self.lines.append("-DOCSTART-")
        self.lines.append("")
        for toks, tags in sentences:
            assert len(toks) == len(tags)
            self.sents += 1
            for tok, tag in zip(toks, tags):
                if not tok or any(c.isspace() for c in tok):
                    raise ValueError("%s: bad token %r" % (self.name, tok))
                self.lines.append(tok + "\t" + tag)
                self.tokens += 1
            for _, _, typ in decode_chunks(tags, "IOB2"):
                self.mentions[typ] += 1
            self.lines.append("")

    def write(self, outdir):
        path = os.path.join(outdir, self.name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines))
            if self.lines:
                f.write("\n")
        return path

    def stats(self):
        return "%-22s docs %5d  sents %6d  tokens %7d  PER %5d  ORG %5d  LOC %5d" % (
            self.name, self.docs, self.sents, self.tokens,
            self.mentions["PER"], self.mentions["ORG"], self.mentions["LOC"])


def validate(path):
    """Checks a written file: layout, tags, and IOB2 well-formedness. Returns a list of errors."""
    errors = []
    allowed = {"O"} | {p + "-" + t for p in "BI" for t in TYPES}
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        errors.append("carriage return in file")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    prev = "O"
    in_sentence = False
    for no, line in enumerate(lines, 1):
        if line == "-DOCSTART-":
            if in_sentence:
                errors.append("%d: DOCSTART inside a sentence" % no)
            if no >= len(lines) or lines[no] != "":
                errors.append("%d: DOCSTART not followed by a blank line" % no)
            prev = "O"
            continue
        if line == "":
            prev = "O"
            in_sentence = False
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or any(c.isspace() for c in parts[0]):
            errors.append("%d: bad token line %r" % (no, line))
            continue
        tag = parts[1]
        if tag not in allowed:
            errors.append("%d: bad tag %r" % (no, tag))
        elif tag.startswith("I-") and prev[2:] != tag[2:]:
            errors.append("%d: %s after %s" % (no, tag, prev))
        prev = tag
        in_sentence = True
    if in_sentence:
        errors.append("file does not end with a blank line")
    if lines and lines[0] != "-DOCSTART-":
        errors.append("file does not start with -DOCSTART-")
    return errors


# ---------------------------------------------------------------------------------------------
# Simple column corpora


def convert_tagged_columns(sentences, scheme, mapping):
    """(tokens, tags) with tags mapped per chunk through mapping (missing -> dropped)."""
    out = []
    for toks, tags in sentences:
        chunks = decode_chunks(tags, scheme)
        spans = [(start, end, mapping[typ]) for start, end, typ in chunks if mapping.get(typ) is not None]
        out.append(without_blank_tokens(toks, spans))
    return out


def without_blank_tokens(toks, spans):
    """The sentence without its whitespace-only tokens, as (tokens, IOB2 tags),
    its spans moved onto the tokens that are left."""
    keep = [i for i, t in enumerate(toks) if clean_token(t) is not None]
    index = {old: new for new, old in enumerate(keep)}
    new_spans = []
    for start, end, typ in spans:
        inside = [index[i] for i in range(start, end) if i in index]
        if inside:
            new_spans.append((inside[0], inside[-1] + 1, typ))
    new_toks = [clean_token(toks[i]) for i in keep]
    return new_toks, encode_iob2(len(new_toks), new_spans)


def read_ewt(path):
    """Documents of a UNER IOB2 file: list of sentences (tokens, tags) per `# newdoc`."""
    docs = []
    sent_toks, sent_tags = [], []

    def flush():
        if sent_toks:
            if not docs:
                docs.append([])
            docs[-1].append((list(sent_toks), list(sent_tags)))
            del sent_toks[:]
            del sent_tags[:]

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc"):
                    flush()
                    docs.append([])
                continue
            if not line.strip():
                flush()
                continue
            cols = line.split("\t")
            if not re.fullmatch(r"\d+", cols[0]):
                continue  # multiword token ranges / empty nodes, if any
            sent_toks.append(cols[1])
            sent_tags.append(cols[2])
    flush()
    return docs


def read_wikigold(path):
    """Documents of wikigold: `token TAG` lines, `-DOCSTART- O` separators (the first document
    has none, the file ends with an empty one)."""
    docs = [[]]
    toks, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    docs[-1].append((toks, tags))
                    toks, tags = [], []
                continue
            tok, tag = line.rsplit(" ", 1)
            if tok == "-DOCSTART-":
                if toks:
                    docs[-1].append((toks, tags))
                    toks, tags = [], []
                docs.append([])
                continue
            toks.append(tok)
            tags.append(tag)
    if toks:
        docs[-1].append((toks, tags))
    return [d for d in docs if d]


def read_crossner(path):
    """Sentences of a CrossNER file (`token<TAB>TAG`, blank line between sentences)."""
    sents = []
    toks, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            tok, tag = line.split("\t")
            toks.append(tok)
            tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


EWT_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
WIKIGOLD_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
CROSSNER_MAP = {
    "politician": "PER", "person": "PER",
    "politicalparty": "ORG", "organisation": "ORG",
    "country": "LOC", "location": "LOC",
}


# ---------------------------------------------------------------------------------------------
# Place names and demonyms


class Lexicon:
    """Country names, capitals and demonyms from countries.json and country-codes.csv."""

    def __init__(self, data_dir):
        self.demonyms = set()
        self.places = set()
        self.countries = set()  # sovereign states: names and aliases, lower case
        with open(COUNTRIES_JSON, encoding="utf-8") as f:
            for c in json.load(f):
                self.demonyms.update(c.get("demonyms", []))
                for n in [c["name"]] + c.get("aliases", []):
                    self.places.add(n)
                    self.countries.add(n.lower())
                self.places.update(c.get("capitals", []))
        path = os.path.join(data_dir, "gazetteers", "country-codes.csv")
        if os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    names = [row.get(k, "") for k in (
                        "CLDR display name", "official_name_en", "UNTERM English Short",
                        "UNTERM English Formal", "ISO4217-currency_country_name")]
                    names = [n.strip() for n in names if n and n.strip()]
                    # "Bolivia (Plurinational State of)", "Bahamas (the)" -> also the short form
                    more = []
                    for n in names:
                        short = re.sub(r"\s*\(.*?\)\s*", " ", n).strip()
                        if short.lower().startswith("the "):
                            short = short[4:]
                        more.append(short)
                    names = [n for n in names + more if n]
                    for n in names:
                        self.places.add(n)
                        if n.isupper():
                            self.places.add(n.title())
                    if row.get("is_independent", "").startswith("Yes"):
                        for n in names:
                            self.countries.add(n.lower())
                    if row.get("Capital"):
                        self.places.add(row["Capital"].strip())
        self.places_lower = {p.lower() for p in self.places}

    def is_country(self, name):
        return name.lower() in self.countries

    STRONG_SUFFIX = re.compile(r"(?:ian|ese|ish)s?$")
    EAN_SUFFIX = re.compile(r"eans?$")
    AN_SUFFIX = re.compile(r"ans?$")
    EXTRA_DEMONYMS = {"English", "Scottish", "Welsh", "European", "Europeans", "African",
                      "Africans", "Asian", "Asians", "Arab", "Arabs", "Soviet", "Jewish",
                      "Kurdish", "Catalan", "Basque", "Flemish", "Scandinavian", "Hispanic",
                      "Latino", "Nordic", "Roman", "Romans", "Korean", "Koreans"}

    # groups of people that GUM annotates as named persons
    GROUP_NAMES = {"White", "Whites", "Black", "Blacks", "African American", "American Indian",
                   "Native American", "Pacific Islander", "Asian American", "Latina", "Latinx",
                   "Caucasian", "Indigenous"}

    def is_listed_demonym(self, token):
        return token in self.demonyms or token in self.EXTRA_DEMONYMS

    def is_group_name(self, words):
        """A demonym or a name of a group of people ("American Indian"), from its words."""
        text = " ".join(words)
        return (len(words) == 1 and self.is_listed_demonym(text)) or text in self.GROUP_NAMES

    def is_demonym(self, token, next_token=None, places=frozenset()):
        """A nationality word ("American", "French", "Japanese") rather than a place name.

        Listed demonyms (countries.json and a few more) always count. Otherwise a capitalised
        word of 5+ letters that is no known country or capital and not in `places` (words seen
        as places, e.g. after "in") counts if it ends in -ian/-ese/-ish (+s); in -ean only
        before a lower-case word ("Caribbean islands", but "the Caribbean"); in -an only if it
        is a place name + n ("Papuan", "Chihuahuan") before a lower-case word. Words in -an,
        -i, -ic are too often places (Wuhan, Sangiran, Karachi, Atlantic) for more.
        """
        if self.is_listed_demonym(token):
            return True
        if len(token) < 5 or not token[:1].isupper():
            return False
        if token.lower() in self.places_lower or token in places:
            return False
        if self.STRONG_SUFFIX.search(token):
            return True
        adjective = bool(next_token) and next_token[:1].islower() and next_token.isalpha()
        if self.EAN_SUFFIX.search(token):
            return adjective
        if self.AN_SUFFIX.search(token):
            stem = token[:-1] if token.endswith("n") else token[:-2]
            return adjective and (stem in places or stem.lower() in self.places_lower)
        return False


# ---------------------------------------------------------------------------------------------
# Re-DocRED

LOCATIVE = {"in", "In", "at", "At", "from", "From", "near", "Near", "to", "across", "throughout",
            "into", "outside", "Outside", "inside", "within"}


def redocred_documents(path, lexicon, dropped):
    with open(path, encoding="utf-8") as f:
        docs = json.load(f)
    # words seen right after a locative preposition anywhere in the file are place names
    attested = set()
    for doc in docs:
        for sent in doc["sents"]:
            for a, b in zip(sent, sent[1:]):
                if a in LOCATIVE and b[:1].isupper():
                    attested.add(b)
    out = []
    for doc in docs:
        sents = doc["sents"]
        mentions = []  # (sent, start, end, type)
        seen = set()
        for ent in doc["vertexSet"]:
            for m in ent:
                s = m["sent_id"]
                start, end = m["pos"]
                key = (s, start, end, m["type"])
                if key in seen or not (0 <= start < end <= len(sents[s])):
                    continue
                seen.add(key)
                if m["type"] == "LOC" and end - start == 1:
                    tok = sents[s][start]
                    nxt = sents[s][end] if end < len(sents[s]) else None
                    if lexicon.is_demonym(tok, nxt, attested):
                        dropped[tok] += 1
                        continue
                mentions.append(key)
        by_sent = {}
        for s, start, end, typ in mentions:
            by_sent.setdefault(s, []).append((start, end, typ))
        sentences = []
        for s, toks in enumerate(sents):
            # the longer mention wins; ties: earlier start, then PER/ORG/LOC before the others
            cands = sorted(by_sent.get(s, []),
                           key=lambda m: (-(m[1] - m[0]), m[0], m[2] not in TYPES, m[2]))
            taken = [False] * len(toks)
            spans = []
            for start, end, typ in cands:
                if any(taken[start:end]):
                    continue
                for i in range(start, end):
                    taken[i] = True
                spans.append((start, end, typ))
            sentences.append(without_blank_tokens(toks, [span for span in spans if span[2] in TYPES]))
        out.append(sentences)
    return out


# ---------------------------------------------------------------------------------------------
# GUM

GUM_SPLITS = ("train", "dev", "test")


def read_gum_splits(path):
    """{split: [docname, ...]} from gum/splits.md."""
    splits = OrderedDict()
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"##\s+(\S+)", line)
            if m:
                cur = m.group(1)
                splits[cur] = []
                continue
            m = re.match(r"\s*\*\s+(\S+)", line)
            if m and cur:
                splits[cur].append(m.group(1))
    return splits


ENTITY_RE = re.compile(r"\(([^()]+)(\))?|([^()]+)\)")


class Mention:
    __slots__ = ("eid", "etype", "infstat", "minspan", "link", "identity", "sent", "start", "end",
                 "order", "head", "named", "span", "kept", "ner_type")

    def __repr__(self):
        return "Mention(%s %s s%d %d-%d)" % (self.eid, self.etype, self.sent, self.start, self.end)


def read_gum_document(path):
    """One GUM .conllu file as a dict:

    name, genre, sentences: [{text, newpar, tokens: [{id, form, upos, xpos, head, deprel,
    space_after}]}], mentions: [Mention] with sent / start / end (token indices, end exclusive).
    Multiword-token range lines and empty nodes are skipped (their SpaceAfter is carried over
    to the last word of the range).
    """
    doc = {"name": os.path.splitext(os.path.basename(path))[0], "genre": None,
           "sentences": [], "mentions": []}
    field_order = ["GRP", "etype", "infstat", "salience", "centering", "minspan", "link",
                   "identity"]
    sent = None
    pending_newpar = False
    open_stack = {}
    order = 0
    mwt_end = 0
    mwt_space = True
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc id"):
                    doc["name"] = line.split("=", 1)[1].strip()
                elif line.startswith("# global.Entity"):
                    field_order = line.split("=", 1)[1].strip().split("-")
                elif line.startswith("# meta::genre"):
                    doc["genre"] = line.split("=", 1)[1].strip()
                elif line == "# newpar" or line.startswith("# newpar "):
                    pending_newpar = True
                elif line.startswith("# text = "):
                    if sent is None:
                        sent = {"text": "", "newpar": False, "tokens": []}
                    sent["text"] = line[len("# text = "):]
                elif line.startswith("# sent_id"):
                    if sent is None:
                        sent = {"text": "", "newpar": False, "tokens": []}
                continue
            if not line.strip():
                if sent is not None and sent["tokens"]:
                    doc["sentences"].append(sent)
                    for eid, stack in open_stack.items():
                        if stack:
                            raise ValueError("%s: entity %s open at sentence end" % (path, eid))
                sent = None
                mwt_end = 0
                continue
            cols = line.split("\t")
            if sent is None:
                sent = {"text": "", "newpar": False, "tokens": []}
            if not sent["tokens"] and pending_newpar:
                sent["newpar"] = True
                pending_newpar = False
            misc = {}
            if cols[9] != "_":
                for item in cols[9].split("|"):
                    k, _, v = item.partition("=")
                    misc[k] = v
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                mwt_end = int(b)
                mwt_space = misc.get("SpaceAfter") != "No"
                continue
            if "." in cols[0]:
                continue
            tid = int(cols[0])
            if tid < mwt_end:
                space_after = False
            elif tid == mwt_end:
                space_after = mwt_space
            else:
                space_after = misc.get("SpaceAfter") != "No"
            tok = {"id": tid, "form": cols[1], "lemma": cols[2], "upos": cols[3],
                   "xpos": cols[4], "head": int(cols[6]) if cols[6].isdigit() else 0,
                   "deprel": cols[7], "space_after": space_after}
            idx = len(sent["tokens"])
            sent["tokens"].append(tok)
            ent = misc.get("Entity")
            if ent:
                for m in ENTITY_RE.finditer(ent):
                    if m.group(1) is not None:
                        parts = m.group(1).split("-", len(field_order) - 1)
                        fields = dict(zip(field_order, parts))
                        men = Mention()
                        men.eid = fields.get("GRP", parts[0])
                        men.etype = fields.get("etype", "")
                        men.infstat = fields.get("infstat", "")
                        men.minspan = fields.get("minspan", "")
                        men.link = fields.get("link", "")
                        ident = fields.get("identity", "")
                        men.identity = urllib.parse.unquote(ident) if ident else ""
                        men.sent = len(doc["sentences"])
                        men.start = idx
                        men.end = None
                        men.order = order
                        order += 1
                        doc["mentions"].append(men)
                        if m.group(2):
                            men.end = idx + 1
                        else:
                            open_stack.setdefault(men.eid, []).append(men)
                    else:
                        eid = m.group(3)
                        stack = open_stack.get(eid)
                        if not stack:
                            raise ValueError("%s: closing unopened entity %s" % (path, eid))
                        stack.pop().end = idx + 1
    if sent is not None and sent["tokens"]:
        doc["sentences"].append(sent)
    for men in doc["mentions"]:
        if men.end is None:
            raise ValueError("%s: unclosed entity %s" % (path, men.eid))
    return doc


NAME_XPOS = ("NNP", "NNPS")
# lower-case words and symbols that may join two name words of one name
CONNECTORS = {"of", "and", "&", "-", "–", "de", "del", "della", "di", "da", "do", "dos", "das",
              "du", "des", "la", "le", "les", "van", "von", "der", "den", "ter", "y", "e", "for",
              "the", "on", "upon", "al", "el", "bin", "ibn"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
SPAN_BREAKS = {",", "(", ")", "[", "]", "{", "}", ";", ":", "/", "|", "—", "–"} | QUOTES
# leading words of a person mention that are titles or roles, not part of the name (compared
# after capitalising: "general" -> "General")
PER_TITLES = {
    "President", "Vice", "Administrator", "Senator", "Sen.", "Dr.", "Dr", "Mr.", "Mr", "Ms.",
    "Ms", "Mrs.", "Mrs", "Miss", "Prof.", "Professor", "Governor", "Gov.", "General", "Gen.",
    "Judge", "Justice", "Chief", "Chancellor", "Minister", "Prime", "Premier", "Secretary",
    "Rep.", "Representative", "Congressman", "Congresswoman", "Mayor", "Captain", "Capt.",
    "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Sergeant", "Sgt.", "Admiral",
    "Adm.", "Commander", "Cmdr.", "Rev.", "Reverend", "Father", "Fr.", "Sister", "Brother",
    "Director", "CEO", "Chairman", "Chairwoman", "Commissioner", "Ambassador", "Officer",
    "Detective", "Det.", "Coach", "Sir", "Dame", "Lady", "Lord", "Lords", "King", "Queen",
    "Prince", "Princess", "Pope", "Emperor", "Empress", "Saint", "St.", "St", "Deputy",
    "Foreign", "Defense", "Defence", "Interior", "Finance", "Environment", "Education",
    "Health", "Home", "Shadow", "State", "Former", "Acting", "Supreme", "Leader", "Speaker",
    "Attorney", "Inspector", "Superintendent", "Bishop", "Archbishop", "Cardinal", "Rabbi",
    "Imam", "Sheikh", "Ayatollah", "Executive", "Spokesman", "Spokeswoman", "Spokesperson",
    "Astronaut", "Private", "Pvt.", "Corporal", "Cpl.", "Sultan", "Shah", "Tsar",
    "Tsarevna", "Tsarevich", "Czar", "Kaiser", "Duke", "Duchess", "Countess", "Baron",
    "Baroness", "Mme.", "Mme", "Mlle.", "Herr", "Frau", "Messrs.", "Uncle", "Aunt",
    "Assistant", "Associate", "Senior", "Rector", "Fellow", "Sheriff", "Petitioner",
    "Appellant", "Respondent", "Plaintiff", "Defendant", "Solicitor", "Councillor",
    "Councilman", "Councilwoman", "Chef", "Dr.-Ing.", "Ald.", "Alderman", "Hon.", "Honourable",
    "Honorable", "Excellency", "Majesty", "Highness", "Undersecretary", "Under-Secretary",
    "MP", "MEP", "MSP", "Marshal", "Field-Marshal", "Republican", "Democrat", "Libertarian", "Conservative",
    "Liberal", "Socialist", "Communist", "Honor", "Honour", "Lordship", "Ladyship",
    # adherents, not names ("a Roman Catholic", "Scientologist Tom Cruise")
    "Catholic", "Protestant", "Muslim", "Jew", "Buddhist", "Hindu", "Sikh",
    "Mormon", "Quaker", "Scientologist", "Anglican", "Methodist", "Baptist", "Lutheran",
}
# role words that head "X of Y" person mentions ("Earl of Clare", "Man of the Match")
ROLES = {"Earl", "Count", "Marquis", "Marquess", "Viscount", "Protector", "Newcomer", "Man",
         "Woman", "Player", "Champion", "Master", "Doctor", "Bachelor", "Member", "Head",
         "Founder", "Patron", "Professor", "Undersecretary", "Under-Secretary",
         "Christian"}  # "a Christian" (but "Christian Bale": never stripped as a title)
# post-nominal letters after a person's name
POSTNOMINALS = {"DBE", "RA", "FRS", "FRSE", "QC", "KC", "SC", "CBE", "OBE", "MBE", "KBE", "GBE",
                "PhD", "Ph.D.", "MD", "M.D.", "Esq.", "MP", "FBA", "FRSL"}
def name_word(form):
    """A word that can carry a name: capitalised or a number ("Bolden", "2Pac", "‘Utu"), or
    lower-case letters before a capital ("wikiHow", "eBay", "d'Herbinville")."""
    core = form.lstrip("'‘’ʻ\"“")
    if not core:
        return False
    if core[0].isupper() or core[0].isdigit():
        return True
    i = 0
    while i < len(core) and core[i].islower():
        i += 1
    if i < len(core) and core[i] in "'’":
        i += 1
    return 0 < i < len(core) and core[i].isupper()


ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)\.?$")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def is_name_token(tok):
    """A word of a name: PROPN, an NNP/NNPS-tagged word ("New" York, Dulles "International"),
    or a capitalised number word inside a name ("Palace of Forty Columns")."""
    if tok["upos"] == "PROPN" or tok["xpos"] in NAME_XPOS:
        return True
    return tok["upos"] == "NUM" and tok["form"].isalpha() and tok["form"][:1].isupper()


def mention_head(sent, men):
    """Index of the mention's head: the span token whose syntactic head lies outside the span
    (the highest in the tree if several, then the leftmost; punctuation only as a last resort)."""
    toks = sent["tokens"]
    ids = {toks[i]["id"] for i in range(men.start, men.end)}
    by_id = {t["id"]: i for i, t in enumerate(toks)}

    def depth(i):
        d, seen = 0, set()
        while toks[i]["head"] != 0 and i not in seen:
            seen.add(i)
            i = by_id.get(toks[i]["head"], i)
            d += 1
        return d

    cands = [i for i in range(men.start, men.end) if toks[i]["head"] not in ids]
    non_punct = [i for i in cands if toks[i]["upos"] != "PUNCT"]
    cands = non_punct or cands or list(range(men.start, men.end))
    return min(cands, key=lambda i: (depth(i), i))


def alnum_key(text):
    return "".join(c for c in text.lower() if c.isalnum())


def identity_keys(identity):
    """Letters and digits of a Wikipedia title without its disambiguator, and of the part
    before its first comma ("Oakland,_California" -> "oakland")."""
    title = identity.replace("_", " ").strip()
    title = re.sub(r"\s*\([^()]*\)$", "", title).strip()
    keys = [alnum_key(title)]
    if "," in title:
        keys.append(alnum_key(title.split(",")[0]))
    return [k for k in keys if k]


def nested_mentions(doc, men):
    """Mentions of other entities strictly inside `men`."""
    out = []
    for other in doc["_by_sent"].get(men.sent, []):
        if other is men or other.eid == men.eid:
            continue
        if men.start <= other.start and other.end <= men.end and (
                other.end - other.start) < (men.end - men.start):
            out.append(other)
    return out


def identity_span(doc, men):
    """The contiguous sub-span of the mention spelling its Wikipedia identity (letters and
    digits compared), or None. Never across a comma, bracket or quote; never inside a nested
    mention (that mention names itself); prefers the span holding the head, then the longest."""
    toks = doc["sentences"][men.sent]["tokens"]
    keys = identity_keys(men.identity)
    if not keys:
        return None
    longest = max(len(k) for k in keys)
    nested = [(o.start, o.end) for o in nested_mentions(doc, men)]
    best = None
    for i in range(men.start, men.end):
        if not alnum_key(toks[i]["form"]):
            continue
        acc = ""
        for j in range(i, men.end):
            if toks[j]["form"] in SPAN_BREAKS:
                break
            acc += alnum_key(toks[j]["form"])
            if len(acc) > longest:
                break
            if acc in keys and alnum_key(toks[j]["form"]) and not any(
                    s <= i and j < e for s, e in nested):
                rank = (i <= men.head <= j, j - i, -i)
                if best is None or rank > best[0]:
                    best = (rank, (i, j))
    return best[1] if best else None


def person_blocked(doc, men):
    """Tokens of nested mentions of another type inside a person mention."""
    blocked = set()
    for o in nested_mentions(doc, men):
        if o.etype != men.etype:
            blocked.update(range(o.start, o.end))
    return blocked


def name_run(doc, men, h):
    """The run of name tokens around token h (see ner_span), as inclusive (a, b)."""
    toks = doc["sentences"][men.sent]["tokens"]
    person = men.etype == "person"
    blocked = person_blocked(doc, men) if person else set()
    connectors = CONNECTORS | QUOTES if person else CONNECTORS
    by_id = {t["id"]: i for i, t in enumerate(toks)}

    def can_cross(c0, c1, left, right):
        forms = [toks[i]["form"] for i in range(c0, c1 + 1)]
        if any(f in ("and", "&") for f in forms):
            if person:
                return False
            # a coordination of whole names: "Paris and London", "Irving Independent School
            # District and the Irving Police Department": the word after "and" hangs from a
            # conjunct of the head
            x, seen = right, set()
            while men.start <= x < men.end and x != h and x not in seen:
                seen.add(x)
                if toks[x]["deprel"].startswith("conj") and toks[x]["head"] == toks[h]["id"]:
                    return False
                x = by_id.get(toks[x]["head"], -1)
        return True

    a = b = h
    i = a - 1
    while i >= men.start:
        if is_name_token(toks[i]) and i not in blocked:
            a = i
            i -= 1
            continue
        k = i  # one or two connectors, then a name word
        while k >= men.start and k >= i - 1 and toks[k]["form"] in connectors:
            k -= 1
        if k < i and k >= men.start and is_name_token(toks[k]) and k not in blocked \
                and can_cross(k + 1, i, k, a):
            a = k
            i = k - 1
            continue
        break
    if not person and a - 1 >= men.start and ORDINAL.match(toks[a - 1]["form"]):
        a -= 1  # "10th Street"
    j = b + 1
    while j < men.end:
        t = toks[j]
        if is_name_token(t) and j not in blocked:
            b = j
            j += 1
            continue
        if (t["upos"] == "NUM" and t["deprel"] == "flat") or (
                ROMAN.match(t["form"]) and t["deprel"] in ("amod", "flat", "nummod", "appos",
                                                            "compound")):
            b = j  # "Orbiter Processing Facility-1", "Shah Abbas I"
            j += 1
            continue
        k = j
        while k < men.end and k <= j + 1 and toks[k]["form"] in connectors:
            k += 1
        if k > j and k < men.end and k not in blocked and (
                is_name_token(toks[k]) or (toks[k]["upos"] == "NUM" and
                                           toks[k]["deprel"] == "flat")) \
                and can_cross(j, k - 1, b, k):
            b = k
            j = k + 1
            continue
        break
    return a, b


def ner_span(doc, men):
    """The name inside a named mention (see find_name_span); None also when no word of it
    starts with a capital or a digit or is spelt like "wikiHow", "d'Herbinville" (IPA
    transcriptions are annotated as persons: "[ʒan mɔʁo]", "d(ə)-VOR-zha(h)k")."""
    span = find_name_span(doc, men)
    if span is None:
        return None
    toks = doc["sentences"][men.sent]["tokens"]
    if not any(name_word(toks[i]["form"]) for i in range(span[0], span[1])):
        return None
    return span


def find_name_span(doc, men):
    """The name inside a named mention, as (start, end exclusive) token indices, or None.

    1. If the mention contains its Wikipedia identity's words as a contiguous sub-span, that
       sub-span ("NASA Administrator Charles Bolden" -> "Charles Bolden"; "Aceh, Indonesia"
       -> "Aceh"; "the Hell's Angels" -> "Hell's Angels"), unless it is only part of the name
       run around the head ("Time Magazine", identity Time_(magazine); "Washington Dulles
       International Airport"; not for persons).
    2. Otherwise the run of name tokens (PROPN, NNP/NNPS) around the head, crossing
       connectors ("of", "&", "-", "de", "the", ...; at most two in a row) only between two name
       tokens of the run: not "and"/"&" before a conjunct of the head ("Paris and London"),
       never a possessive 's ("Seattle's Museum of Flight"), never a comma. A flat number or a
       Roman numeral may follow ("Facility-1", "Abbas I"), an ordinal precede ("10th Street").
       A person's run stops at nested mentions of another type ("NASA Administrator ...") and
       never crosses "and"/"&"; it may cross a quoted nickname.
    3. A leading lower-case "the" is dropped. Persons: a plural head (NNPS: "Muslims", "the
       Olsens") is a group, not a name. Without an identity match: leading titles go
       ("President", "Dr.", "Administrator"), trailing post-nominals too ("DBE", "FRS"); a
       role ("the President", "NASA Administrator", "Governor of Virginia", "2nd Earl of
       Clare", "Man of the Match") is no name, but a name after a role head (or after a head
       inside a nested mention of another type) is taken ("Undersecretary for Education Mr.
       Toccafondi" -> "Toccafondi").
    """
    toks = doc["sentences"][men.sent]["tokens"]
    person = men.etype == "person"
    if person and toks[men.head]["xpos"] == "NNPS":
        return None
    span = identity_span(doc, men) if men.identity else None
    if span is not None:
        run = name_run(doc, men, men.head)
        extra = [i for i in range(run[0], run[1] + 1) if not span[0] <= i <= span[1]]
        if run[0] <= span[0] and span[1] <= run[1] and extra and not person and \
                all(is_name_token(toks[i]) for i in extra) and \
                (run[0] == 0 or toks[run[0] - 1]["form"] not in ("-", "–")):
            span = run  # only adjacent name words: "Washington Dulles International Airport"
        a, b = span
        while a < b and toks[a]["form"] == "the":
            a += 1
        return a, b + 1
    if not person:
        a, b = name_run(doc, men, men.head)
        while a < b and toks[a]["form"] == "the":
            a += 1
        return a, b + 1
    # the last word of the identity is a name even if it looks like a title ("King" for
    # Stephen_King), unlike a role's ("President" for President_of_the_United_States)
    keep = set()
    if men.identity:
        words = re.sub(r"\s*\([^()]*\)$", "", men.identity.replace("_", " ")).split()
        if words:
            keep.add(words[-1])
    # a role head ("the President"), or a head inside a nested mention of another type
    # ("US President Barack Obama" parsed as flat under "US"): look for a name after it
    role_head = (is_title_word(toks[men.head]["form"]) and toks[men.head]["form"] not in keep) \
        or men.head in person_blocked(doc, men)
    span = None if role_head else person_name(toks, name_run(doc, men, men.head), keep)
    if role_head:
        # "Undersecretary for Education Mr. Toccafondi": a name after the role head
        blocked = person_blocked(doc, men)
        j = men.head + 1
        while j < men.end:
            if is_name_token(toks[j]) and j not in blocked:
                run = name_run(doc, men, j)
                cand = person_name(toks, run, keep)
                names = [i for i in range(run[0], run[1] + 1) if is_name_token(toks[i])]
                # a title stripped ("Mr. Toccafondi") or two name words; not in brackets
                if cand is not None and (cand[0] > run[0] or len(names) >= 2) and \
                        (run[0] == 0 or toks[run[0] - 1]["form"] not in ("(", "[")) and \
                        not any(i in blocked for i in range(run[0], run[1] + 1)):
                    span = cand
                j = run[1] + 1
            else:
                j += 1
    if span is None:
        return None
    return span[0], span[1] + 1


def is_title_word(form):
    """A title or post-nominal ("President", "general", "Dr.", "QC")."""
    return form in PER_TITLES or form in POSTNOMINALS or form[:1].upper() + form[1:] in PER_TITLES


def person_name(toks, run, keep=frozenset()):
    """A person's name inside a name run (inclusive bounds): without leading titles and
    trailing post-nominals, or None when the run names a role, not a person. Words in `keep`
    are name words whatever they look like."""
    a, b = run
    while a < b and toks[a]["form"] == "the":
        a += 1
    forms = [toks[i]["form"] for i in range(a, b + 1)]

    def is_title(f):
        return f not in keep and is_title_word(f)

    if all(is_title(f) or (f in ROLES and f not in keep) or f in CONNECTORS for f in forms):
        return None  # "the President", "Shadow Home Secretary", "2nd Earl (of Clare)"
    for k in range(1, len(forms) - 1):
        if forms[k] in ("of", "for") and (is_title(forms[k - 1]) or forms[k - 1] in ROLES):
            return None  # "Governor of Virginia", "2nd Earl of Clare", "Man of the Match"
    while b > a and toks[b]["form"] in POSTNOMINALS:
        b -= 1
    stripped = False
    while a < b and (is_title(toks[a]["form"]) or (
            toks[a]["form"] in ("-", "–") and is_title(toks[a + 1]["form"]))):
        a += 1
        stripped = True
    if stripped and (toks[a]["form"] in CONNECTORS or not toks[a]["form"][:1].isupper()):
        return None  # "President of France"
    return a, b


def gum_named_mentions(doc, lexicon=None):
    """Annotates every mention of a GUM document (from read_gum_document):

    men.head   index of its head token
    men.named  head token is PROPN
    men.span   (start, end) of the name inside the mention (see ner_span), or None
    men.kept   span survives overlap resolution: among named mentions, the outer (longer)
               mention's name wins over a nested one whose name overlaps it
    men.ner_type  PER/ORG/LOC for kept named person/organization/place mentions, else None
               (also None, when a lexicon is given, for a name that is a demonym or a
               group of people: "American", "African American")
    Returns the mentions.
    """
    by_sent = {}
    for men in doc["mentions"]:
        by_sent.setdefault(men.sent, []).append(men)
    doc["_by_sent"] = by_sent
    for men in doc["mentions"]:
        sent = doc["sentences"][men.sent]
        men.head = mention_head(sent, men)
        men.named = sent["tokens"][men.head]["upos"] == "PROPN"
        men.span = None
        men.kept = False
        men.ner_type = None
    for men in doc["mentions"]:
        if men.named:
            men.span = ner_span(doc, men)
    for s, mens in sorted(by_sent.items()):
        cands = [m for m in mens if m.span is not None]
        cands.sort(key=lambda m: (-(m.end - m.start), m.start, m.order))
        taken = set()
        for m in cands:
            rng = set(range(m.span[0], m.span[1]))
            if rng & taken:
                continue
            taken |= rng
            m.kept = True
            typ = GUM_TYPES.get(m.etype)
            if typ and lexicon is not None:
                toks = doc["sentences"][s]["tokens"]
                if lexicon.is_group_name([toks[i]["form"] for i in range(*m.span)]):
                    continue
            m.ner_type = typ
    return doc["mentions"]


def gum_sentences(doc):
    """(tokens, tags) per sentence from the kept named mentions."""
    out = []
    by_sent = doc["_by_sent"]
    for s, sent in enumerate(doc["sentences"]):
        toks = [clean_token(t["form"]) or "_" for t in sent["tokens"]]
        spans = [(m.span[0], m.span[1], m.ner_type) for m in by_sent.get(s, [])
                 if m.kept and m.ner_type]
        out.append((toks, encode_iob2(len(toks), spans)))
    return out


def surface(tokens, a, b):
    """Text of tokens[a:b] with the file's spacing (SpaceAfter=No)."""
    out = []
    for i in range(a, b):
        out.append(tokens[i]["form"])
        if i < b - 1 and tokens[i]["space_after"]:
            out.append(" ")
    return "".join(out)


def print_samples(docs, n, seed, stream):
    pool = []
    for doc in docs:
        for men in doc["mentions"]:
            if men.named and GUM_TYPES.get(men.etype):
                pool.append((doc, men))
    rng = random.Random(seed)
    picks = rng.sample(pool, min(n, len(pool)))
    print("== %d random named GUM mentions (seed %d) ==" % (len(picks), seed), file=stream)
    for doc, men in picks:
        toks = doc["sentences"][men.sent]["tokens"]
        full = surface(toks, men.start, men.end)
        if men.span is None:
            name, status = "-", "no name"
        else:
            name = surface(toks, men.span[0], men.span[1])
            status = men.ner_type if men.kept and men.ner_type else (
                "overlapped" if not men.kept else "dropped")
        ctx = []
        for i, t in enumerate(toks):
            w = t["form"]
            if men.span and i == men.span[0]:
                w = "[[" + w
            if men.span and i == men.span[1] - 1:
                w = w + "]]"
            ctx.append(w)
        print("%s %s/%s: mention %r -> %r (%s) id=%s\n    %s" % (
            doc["name"], men.etype, men.eid, full, name, status, men.identity or "-",
            " ".join(ctx)), file=stream)


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--data", default=DEFAULT_DATA, help="the shared data folder")
    ap.add_argument("--samples", type=int, default=40,
                    help="GUM mentions to print to stderr for checking (0: none)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    data = args.data
    os.makedirs(args.outdir, exist_ok=True)
    lexicon = Lexicon(data)
    writers = []

    # GUM
    splits = read_gum_splits(os.path.join(data, "gum", "splits.md"))
    gum_docs = []
    for split in GUM_SPLITS:
        w = Writer("gum-%s.conll" % split)
        for name in splits.get(split, []):
            path = os.path.join(data, "gum", "dep", name + ".conllu")
            if not os.path.exists(path):
                continue
            doc = read_gum_document(path)
            gum_named_mentions(doc, lexicon)
            gum_docs.append(doc)
            w.add_document(gum_sentences(doc))
        writers.append(w)

    # EWT
    for split in ("dev", "test"):
        w = Writer("ewt-%s.conll" % split)
        for doc in read_ewt(os.path.join(data, "uner-ewt", "en_ewt-ud-%s.iob2" % split)):
            w.add_document(convert_tagged_columns(doc, "IOB2", EWT_MAP))
        writers.append(w)

    # wikigold
    w = Writer("wikigold.conll")
    for doc in read_wikigold(os.path.join(data, "wikigold", "wikigold.conll.txt")):
        w.add_document(convert_tagged_columns(doc, "IOB1", WIKIGOLD_MAP))
    writers.append(w)

    # CrossNER politics: no document boundaries, one document per file
    for split in ("train", "dev", "test"):
        w = Writer("crossner-%s.conll" % split)
        sents = read_crossner(os.path.join(data, "crossner-politics", "%s.txt" % split))
        w.add_document(convert_tagged_columns(sents, "IOB2", CROSSNER_MAP))
        writers.append(w)

    # Re-DocRED
    dropped = Counter()
    for split in ("dev", "test"):
        w = Writer("redocred-%s.conll" % split)
        for doc in redocred_documents(
                os.path.join(data, "redocred", "%s_revised.json" % split), lexicon, dropped):
            w.add_document(doc)
        writers.append(w)

    failed = False
    for w in writers:
        path = w.write(args.outdir)
        errors = validate(path)
        print(w.stats())
        for e in errors[:10]:
            print("  MALFORMED %s: %s" % (w.name, e))
        failed = failed or bool(errors)
    print("Re-DocRED LOC demonyms dropped: %d (%s)" % (
        sum(dropped.values()), ", ".join("%s %d" % kv for kv in sorted(
            dropped.items(), key=lambda kv: (-kv[1], kv[0]))[:15])))
    if args.samples > 0:
        print_samples(gum_docs, args.samples, args.seed, sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
