#!/usr/bin/env python3
"""The `pdftotext -layout` text of <stem>.pdf through an everyday text tool,
as archives hold it (issue 14): `fold -s -w 90` (a laid-out page's rows
wider than 90 bytes broken after the last blank that fits, mostly inside a
gap between columns), `fold -s -w 120` (only the widest rows broken),
`fold -w 80`, `-w 72` and `-w 100` (every line past the width in bytes cut
there, anywhere, inside a word or a letter's UTF-8 bytes, its rest on the
next line), `tr '\\f' '\\n'` (each page's form feed made a line feed: a
page's break a blank line), `cat -n` (every line numbered: a printout or
an editor's copy with line numbers), `fmt -w 120` (every run of lines
of one indentation refilled as a paragraph: a text dump tidied), `sed G`
(an empty line after every line: double spacing), `sed 's/$/\\r\\r/'`
("\\r\\r\\n" line ends: a CRLF text written again in text mode) and
`sed 's/  / \\xc2\\xa0/g'` (every two spaces a space and a no-break
space: an HTML editor's "&nbsp; &nbsp;" for a run of spaces) and
`sed 's/^ *//; s/ *$//'` (each line's margin and trailing spaces taken off,
as an editor's "trim whitespace" does: a table's header line moved to
column 0, away from its columns) and then every run of spaces a tab
(`s/  */\t/g`: a page made "TSV" for a spreadsheet, a word a cell).
make_renderings.py's table calls them, through stripped_marks.stripped (the
same `-layout` text through a command, under a fixed locale). Python 3
standard library, pdftotext, fold, tr, cat, fmt and GNU sed.
"""
from stripped_marks import stripped

PIPES = {
    # name: (tool, command)
    "pdftotext-layout-folds90": ("fold", ["fold", "-s", "-w", "90"]),
    "pdftotext-layout-folds120": ("fold", ["fold", "-s", "-w", "120"]),
    "pdftotext-layout-fold80": ("fold", ["fold", "-w", "80"]),
    "pdftotext-layout-fold72": ("fold", ["fold", "-w", "72"]),
    "pdftotext-layout-fold100": ("fold", ["fold", "-w", "100"]),
    "pdftotext-layout-ffnl": ("tr", ["tr", "\\f", "\\n"]),
    "pdftotext-layout-catn": ("cat", ["cat", "-n"]),
    "pdftotext-layout-fmt120": ("fmt", ["fmt", "-w", "120"]),
    "pdftotext-layout-dblspace": ("sed", ["sed", "G"]),
    "pdftotext-layout-crcrlf": ("sed", ["sed", "s/$/\\r\\r/"]),
    "pdftotext-layout-nbspgaps": ("sed", ["sed", "s/  / \\xc2\\xa0/g"]),
    "pdftotext-layout-strip": ("sed", ["sed", "s/^ *//; s/ *$//"]),
    "pdftotext-layout-wordtabs": ("sed", ["sed", "s/^ *//; s/ *$//; s/  */\t/g"]),
}


def layout_pipe_renderings():
    """name -> (ext, tool, make) for every pipe in PIPES."""
    return {name: ("txt", tool, stripped("C.UTF-8", cmd)) for name, (tool, cmd) in PIPES.items()}
