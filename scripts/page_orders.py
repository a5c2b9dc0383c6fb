#!/usr/bin/env python3
"""Pages out of order, as archives hold scanned or merged reports: <stem>.pdf
with its pages reversed, swapped in pairs (2,1,4,3,...), its halves swapped
(3,4,1,2 for four pages) or shuffled by a seeded generator, written by
`qpdf --empty --pages`; and the `pdftotext -layout` text of each.
make_renderings.py's table calls them. Python 3 standard library, qpdf and
pdftotext; no table of its own.
"""
import os
import subprocess
import tempfile

from rendering_tools import run, seeded


def reversed_order(n, _rng):
    return list(range(n, 0, -1))


def pairs_swapped(n, _rng):
    """2,1,4,3,...; an odd last page stays last."""
    order = []
    for first in range(1, n + 1, 2):
        order += [first + 1, first] if first < n else [first]
    return order


def halves_swapped(n, _rng):
    """The second half first: 3,4,1,2 for four pages, 3,4,5,1,2 for five."""
    half = n // 2
    return list(range(half + 1, n + 1)) + list(range(1, half + 1))


def shuffled(n, rng):
    """A seeded shuffle; never the pages as they were when there are two or
    more (drawn again until it differs)."""
    pages = list(range(1, n + 1))
    order = pages[:]
    while n > 1 and order == pages:
        rng.shuffle(order)
    return order


def page_count(pdf):
    return int(subprocess.run(["qpdf", "--show-npages", pdf], check=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE).stdout)


def write_in_order(pdf, dst, order):
    run(["qpdf", "--static-id", "--empty", "--pages", pdf, ",".join(map(str, order)), "--", dst])


def pages_in_order(arrange, rendering, text=False):
    """<stem>.pdf with its pages in the order `arrange(n, rng)` gives (rng
    seeded by the stem and `rendering`), or, with `text`, that PDF's
    `pdftotext -layout`."""
    def make(src, dst, stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        order = arrange(page_count(pdf), seeded(stem, rendering))
        if not text:
            write_in_order(pdf, dst, order)
            return True
        with tempfile.TemporaryDirectory(prefix="pages-") as tmp:
            moved = os.path.join(tmp, "x.pdf")
            write_in_order(pdf, moved, order)
            run(["pdftotext", "-layout", "-enc", "UTF-8", moved, dst])
        return True
    return make


ORDERS = {"reversed": reversed_order, "pairs": pairs_swapped, "halves": halves_swapped,
          "shuffled": shuffled}


def page_order_renderings():
    """name -> (ext, tool, make) for every order: pdf-pages-<order> and
    pdftotext-layout-pages-<order>. The text of a shuffled order is that of
    the PDF shuffled the same way (one seed: the PDF rendering's name)."""
    table = {}
    for name, arrange in ORDERS.items():
        seed = f"pdf-pages-{name}"
        table[seed] = ("pdf", "qpdf", pages_in_order(arrange, seed))
        table[f"pdftotext-layout-pages-{name}"] = ("txt", "pdftotext", pages_in_order(arrange, seed, True))
    return table
