#!/usr/bin/env python3
"""Scores extraction on the annotated sets (relation F1 at pair + type +
direction, and typed entity F1) and compares two runs relation by
relation, which is how a rule is judged before it is kept: it stays only if no
set loses a relation it had right.

  python3 Scripts/score-sets.py                      # relation F1 on the mined sets
  python3 Scripts/score-sets.py dev6 test            # named sets only
  python3 Scripts/score-sets.py --save /tmp/a.rels   # also keep every miss and false relation
  python3 Scripts/score-sets.py --save /tmp/b.rels --compare /tmp/a.rels

A set is `seeds` or a folder name under Tests/Fixtures whose articles have
`*.gold.json` beside them. Uses the release build (`swift build -c release`).
Held-out sets (dev6 and the newest dev set, `test`) are not in the default list:
score them only to report, never to decide a rule.
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build/release/newsgraph"
MINED = ["seeds", "articles", "heldout", "unseen"] + [f"dev{n}" for n in (2, 3, 4, 5, *range(7, 23))]


def folder(name):
    return ROOT / "seeds" if name == "seeds" else ROOT / "Tests/Fixtures" / name


def evaluate(name):
    path = folder(name)
    output = subprocess.run([str(BINARY), "eval", "--gold", str(path), str(path), "--json", "--details"],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def outcome_lines(name, report):
    for document in report["documents"]:
        for relation in document["missedRelations"]:
            yield f"{name}\t{document['document']}\tMISSED\t{relation}"
        for relation in document["spuriousRelations"]:
            yield f"{name}\t{document['document']}\tFALSE\t{relation}"


def compare(old_lines, new_lines):
    old, new = set(old_lines), set(new_lines)
    sections = [("lost (now missed)", lambda l: l.split("\t")[2] == "MISSED", new - old),
                ("gained (no longer missed)", lambda l: l.split("\t")[2] == "MISSED", old - new),
                ("new false relations", lambda l: l.split("\t")[2] == "FALSE", new - old),
                ("false relations gone", lambda l: l.split("\t")[2] == "FALSE", old - new)]
    for title, keep, lines in sections:
        chosen = sorted(line for line in lines if keep(line))
        print(f"== {title}: {len(chosen)}")
        for line in chosen:
            print("  " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=MINED)
    parser.add_argument("--save", help="write every missed and false relation to this file")
    parser.add_argument("--compare", help="an earlier --save file to compare with")
    arguments = parser.parse_args()
    lines = []
    print(f"{'set':10} {'F1':>6} {'P':>6} {'R':>6}   gold  found   entity F1")
    for name in arguments.sets:
        report = evaluate(name)
        score = report["relations"]
        print(f"{name:10} {score['f1']:6.3f} {score['precision']:6.3f} {score['recall']:6.3f}"
              f"   {score['truePositives'] + score['falseNegatives']:4}  {score['truePositives'] + score['falsePositives']:5}"
              f"   {report['typedEntities']['f1']:9.3f}")
        lines.extend(outcome_lines(name, report))
    if arguments.save:
        pathlib.Path(arguments.save).write_text("".join(line + "\n" for line in lines))
    if arguments.compare:
        compare(pathlib.Path(arguments.compare).read_text().splitlines(), lines)


if __name__ == "__main__":
    sys.exit(main())
