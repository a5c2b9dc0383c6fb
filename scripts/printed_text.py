#!/usr/bin/env python3
"""The `pdftotext -layout` text of <stem>.pdf printed to PDF, as an archive
prints a text file (issue 14): `enscript` sets it in 7-point Courier, no
header, in Latin-1 (check-box glyphs become "?"), and `ps2pdf` makes the
PDF. The rendering `enscript`: a PDF whose tables have no drawn rules, a
row's wrapped cells on lines of their own. make_renderings.py's table calls
it, through stripped_marks.stripped (the `-layout` text through a command,
under a fixed locale). Python 3 standard library, pdftotext, iconv, enscript
and ps2pdf (Ghostscript stamps its creation date: the pages are the same
every run).
"""
from stripped_marks import stripped

# The text in Latin-1, set by enscript, made a PDF by ps2pdf: one shell
# pipe, stdin to stdout.
ENSCRIPT = ("iconv -f UTF-8 -t ISO-8859-1//TRANSLIT"
            " | enscript -q -B -r -f Courier7 -X latin1 -o -"
            " | ps2pdf - -")


def printed_text_renderings():
    """name -> (ext, tool, make) for the printed text renderings."""
    return {"enscript": ("pdf", "enscript", stripped("C.UTF-8", ["sh", "-c", ENSCRIPT]))}
