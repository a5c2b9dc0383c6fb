"""The text-only steps of scripts/make_renderings.py's renderings: what a
mail program, a person tidying a text or a pasted quotation does to a text
after a converter made it. Each takes text and gives text; none runs a
program. The `(text, rng)` ones are make_renderings.py's transforms (rng
seeded by the stem and the rendering's name, or None)."""

def wrap72(line):
    """A line broken at spaces into lines of at most 72 characters, as a mail
    program wraps a pasted text; leading spaces kept on the first piece."""
    if len(line) <= 72:
        return [line]
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 72:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return out


def html_flattened(html, cell_sep):
    """HTML as a mail program shows an HTML mail as plain text: a block
    element (paragraph, heading, list item, table row, line break) starts a
    line, a row's cells are joined by `cell_sep`, runs of white space are one
    space, a checked check box is written [x] and an unchecked one [ ]."""
    from html.parser import HTMLParser

    blocks = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table",
              "blockquote", "ul", "ol", "hr"}

    class Flat(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.lines, self.cur, self.cells = [], [], None

        def flush(self):
            text = " ".join("".join(self.cur).split())
            self.cur = []
            return text

        def end_line(self):
            text = self.flush()
            if self.cells is not None:
                if text:
                    self.cells.append(text)
                return
            if text:
                self.lines.append(text)

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.end_line()
                self.cells = []
            elif tag in ("td", "th"):
                if self.cells is not None:
                    text = self.flush()
                    if text:
                        self.cells.append(text)
            elif tag == "input" and dict(attrs).get("type") == "checkbox":
                self.cur.append(" [x] " if "checked" in dict(attrs) else " [ ] ")
            elif tag in blocks and self.cells is None:
                self.end_line()
            elif tag in blocks:
                self.cur.append(" ")

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cells is not None:
                text = self.flush()
                self.cells.append(text)
            elif tag == "tr" and self.cells is not None:
                text = self.flush()
                if text:
                    self.cells.append(text)
                row = cell_sep.join(self.cells).rstrip()
                self.cells = None
                if row.strip(cell_sep.strip() + " \t"):
                    self.lines.append(row)
            elif tag in blocks and self.cells is None:
                self.end_line()

        def handle_data(self, data):
            self.cur.append(data)

    flat = Flat()
    flat.feed(html)
    flat.close()
    flat.end_line()
    return "\n".join(flat.lines) + "\n"


def soft_hyphens(text, rng):
    """A SOFT HYPHEN inside a third of the words of ten letters or more (after
    their fifth letter), a ZERO WIDTH SPACE after a third of the slashes and
    at-signs between word characters. The columns stay where they show:
    these characters take no width."""
    import re
    text = re.sub(r"\b(\w{5})(\w{5,})\b",
                  lambda m: m.group(1) + "\u00ad" + m.group(2) if rng.random() < 1 / 3 else m.group(0),
                  text)
    return re.sub(r"(?<=\w)([/@])(?=\w)",
                  lambda m: m.group(1) + "\u200b" if rng.random() < 1 / 3 else m.group(1), text)


def quoted_twice(text, _rng):
    # A line of ASCII spaces only is quoted bare; any other character (an
    # empty Word form field's EN SPACEs) is kept.
    return "".join(("> > " + line if line.strip(" ") else "> >") + "\n" for line in text.split("\n")[:-1])


def quoted_rewrapped(text, _rng):
    """`> > ` before every line (`> >` before a blank one), each line then
    wider than 72 characters broken, as a mail program re-wraps a quoted
    text: at the last space within 72 columns that leaves text before it
    (else at the first after them), the spaces at the break dropped and
    the quote put before the rest."""
    out = []
    for line in text.split("\n")[:-1]:
        if not line.strip(" "):
            out.append("> >")
            continue
        cur = "> > " + line
        while len(cur) > 72:
            def breaks(columns):
                # a space there with text (not only the quote) before it
                return (i for i in columns if cur[i] == " " and cur[4:i].strip(" \f"))
            cut = next(breaks(range(72, 4, -1)), next(breaks(range(73, len(cur))), -1))
            rest = cur[cut:].lstrip(" ") if cut > 0 else ""
            if not rest:
                break
            out.append(cur[:cut].rstrip(" "))
            cur = "> > " + rest
        out.append(cur)
    return "".join(l + "\n" for l in out)


def indented(prefix):
    """`prefix` before every line, blank ones too (`sed 's/^/PREFIX/'`)."""
    def transform(text, _rng):
        lines = text.split("\n")
        return "\n".join([prefix + line for line in lines[:-1]] + [prefix + lines[-1] if lines[-1] else ""])
    return transform


def quoted_lines(text, _rng):
    """"> " before every line, a form feed at a line's start after it."""
    lines = text.split("\n")
    return "\n".join(["> " + line for line in lines[:-1]] + (["> " + lines[-1]] if lines[-1] else [""]))


def stripped_lines(text, _rng):
    """Every line's leading spaces taken off (`sed 's/^ *//'`)."""
    return "\n".join(line.lstrip(" ") for line in text.split("\n"))


def nfd(text, _rng):
    import unicodedata
    return unicodedata.normalize("NFD", text)


def mojibake_lossy(text, _rng):
    """The UTF-8 bytes read as windows-1252 by a decoder that puts U+FFFD for
    the bytes it leaves undefined (Python's errors="replace": ☐, E2 98 90,
    reads "â˜�") and saved as UTF-8 again: UTF-8 encoded twice, characters
    lost."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def page_marks(text, _rng):
    """Each form feed written as a page marker on a line of its own ("=== Sida
    3 av 8 ==="), as an archive's text export or a converter parts pages: no
    form feed left."""
    pages = text.split("\f")
    out = pages[0]
    for i, page in enumerate(pages[1:], start=2):
        out += "\n=== Sida %d av %d ===\n" % (i, len(pages)) + page
    return out


def page_numbers(form_feeds):
    """Each page (parted by form feeds) ending in its number alone, centred
    under a blank line, as a form's footer prints it, the form feeds kept or
    (`form_feeds` false) dropped: `pdftotext -layout` or `-layout -nopgbrk`
    of a PDF whose pages are numbered."""
    def transform(text, _rng):
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        out = [page.rstrip("\n") + "\n\n" + " " * 44 + "%d\n" % n for n, page in enumerate(pages, 1)]
        return "\f".join(out) + "\f" if form_feeds else "".join(out)
    return transform


def browser_edges(gap):
    """Each page (parted by form feeds) between a browser's running header
    (its date and time, the page's title) and footer (the page's address, its
    number "n/m"), the two `gap` apart, and the form feeds dropped: a browser's
    print as `pdftotext -nopgbrk` writes it."""
    def transform(text, _rng):
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        out = []
        for n, page in enumerate(pages, 1):
            out.append("2021-01-14 10:32" + gap + "Redovisning statsbidrag personligt ombud\n")
            out.append(page.rstrip("\n") + "\n")
            out.append("file:///C:/Users/handl/Documents/redovisning.html" + gap + f"{n}/{len(pages)}\n")
        return "".join(out)
    return transform


def cut_columns(width):
    """Every line cut after `width` characters, as `cut -c1-WIDTH` means it
    in a UTF-8 locale (`colrm`, a terminal that truncates): the columns right
    of it gone, a word there cut mid-word. A form feed opening a line is one
    of its characters, as `cut` counts it."""
    def transform(text, _rng):
        return "\n".join(line[:width] for line in text.split("\n"))
    return transform


def cut_bytes(width):
    """Every line cut after `width` bytes of its UTF-8, as GNU `cut -b1-WIDTH`
    (and `cut -c`, which counts bytes too) cuts it: a letter of two bytes may
    lose its second, leaving a malformed sequence at the line's end. Given
    back as text whose undecodable bytes are surrogates (surrogateescape),
    written out as the bytes they were."""
    def transform(text, _rng):
        return "\n".join(line.encode("utf-8")[:width].decode("utf-8", errors="surrogateescape")
                          for line in text.split("\n"))
    return transform
