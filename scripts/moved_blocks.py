#!/usr/bin/env python3
"""Raw pdftotext texts with blocks of numbers moved (issue 14): a probe of
reading-order text written in orders no generator makes. pdftotext's reading
order writes a table's columns as blocks of numbers (a blank line between
two); a block may come after a later group's labels, or past the table
(round 49 saw a column's rest after an empty cell, and the first group's Män
column under its word, written so). This moves such blocks further: in each
<stem>.pdftotext-raw.txt of SRC, between the clients' section heading ("2.
Klienter") and the next ("3. Kontakt"), each block whose lines are numbers
(under a column word or not) is moved, with probability P, to a random later
place among the section's blocks (at most seven a file), with a fixed seed
a file. The texts keep their names in DST, so that the records compare with
the same .docx (tests/compare_renderings.py). Moves the order may never make
(a group's right column before its left one) are among them: a reader that
gives a wrong value here shows what it takes for granted.

usage: scripts/moved_blocks.py SRC_DIR DST_DIR SEED [P]
Python 3 standard library only.
"""
import os
import random
import re
import sys

NUMBER = re.compile(r"^\d+$")
WORDS = {"Kvinnor", "Män", "Kvinn", "or"}


def movable(block):
    lines = [line for line in block.split("\n") if line]
    return (bool(lines) and all(NUMBER.match(l) or l in WORDS for l in lines)
            and any(NUMBER.match(l) for l in lines))


def moved(text, rnd, p):
    a = text.find("2. Klienter")
    b = text.find("3. Kontakt", a)
    if a < 0 or b < 0:
        return None
    a = text.find("\n\n", a)
    if a < 0 or a > b:
        return None
    blocks = text[a:b].split("\n\n")
    i = moves = 0
    while i < len(blocks) and moves < 7:
        if movable(blocks[i]) and i + 1 < len(blocks) - 1 and rnd.random() < p:
            block = blocks.pop(i)
            j = rnd.randint(i + 1, len(blocks) - 1)
            blocks.insert(j, block)
            moves += 1
        else:
            i += 1
    return text[:a] + "\n\n".join(blocks) + text[b:]


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__.split("\n\n")[-2])
    src, dst, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    p = float(sys.argv[4]) if len(sys.argv) == 5 else 0.3
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".pdftotext-raw.txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            text = moved(f.read(), random.Random(f"{seed}:{name}"), p)
        if text is not None:
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
