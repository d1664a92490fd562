#!/usr/bin/env python3
"""Checks hand-written gold annotations (`*.gold.json` beside each article)
against ../shared/eval/GUIDELINES.md's format before they are used to score:
kinds and types from the guidelines, relation ends that are annotated
entities, evidence sentences and aliases that occur in the article's text.

Usage: python3 Scripts/validate-gold.py DIR [DIR...]   (exit 1 on any error)
"""
import json
import pathlib
import re
import sys

KINDS = {"person", "organization", "country", "policy", "location"}
TYPES = {"leads", "member_of", "opposes", "supports", "targets", "enacts",
         "applies_to", "located_in", "meets", "reported"}


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def check(gold_path):
    errors, warnings = [], []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.with_name(gold.get("document", ""))
    if not article.is_file():
        return [f"document {gold.get('document')!r} not found beside the gold"], []
    text = squeeze(article.read_text(encoding="utf-8"))
    names = {}
    for entity in gold.get("entities", []):
        name = entity.get("name", "")
        if entity.get("kind") not in KINDS:
            errors.append(f"{name}: unknown kind {entity.get('kind')!r}")
        if name.lower() in names:
            errors.append(f"{name}: annotated twice")
        names[name.lower()] = entity
        forms = [name] + entity.get("aliases", [])
        if not any(squeeze(form) in text for form in forms):
            errors.append(f"{name}: neither the name nor an alias occurs in the text")
        for alias in entity.get("aliases", []):
            if squeeze(alias) not in text:
                warnings.append(f"{name}: alias {alias!r} does not occur in the text")
    seen = set()
    for relation in gold.get("relations", []):
        source, kind, target = relation.get("source"), relation.get("type"), relation.get("target")
        label = f"{source} {kind} {target}"
        if kind not in TYPES:
            errors.append(f"{label}: unknown type")
        for end in (source, target):
            if (end or "").lower() not in names:
                errors.append(f"{label}: {end!r} is not an annotated entity")
        if source == target:
            errors.append(f"{label}: a relation from an entity to itself")
        if (source, kind, target) in seen:
            warnings.append(f"{label}: annotated twice")
        seen.add((source, kind, target))
        evidence = relation.get("evidence", "")
        if not evidence:
            warnings.append(f"{label}: no evidence sentence")
        elif squeeze(evidence) not in text:
            errors.append(f"{label}: evidence does not occur in the text: {evidence[:80]!r}")
    return errors, warnings


def main(dirs):
    failed = False
    for directory in dirs:
        for gold_path in sorted(pathlib.Path(directory).glob("*.gold.json")):
            try:
                errors, warnings = check(gold_path)
            except (ValueError, OSError) as error:
                errors, warnings = [str(error)], []
            for message in errors:
                print(f"{gold_path}: error: {message}")
            for message in warnings:
                print(f"{gold_path}: warning: {message}")
            failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
