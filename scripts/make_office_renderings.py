#!/usr/bin/env python3
"""Renders each sample report as Word and OpenDocument files that no other
generator makes: written again by other programs (pandoc, LibreOffice's
filters) and edited to carry Word's and Writer's features the samples lack.
For tests/renderings.sh (a committed slice) and bench/never_seen.sh.
Python 3 standard library, plus the conversion tools.

usage: make_office_renderings.py OUT_DIR [--samples DIR] [--stems STEM ...]
                                 [--renderings NAME ...] [--list]

A rendering of <stem> (a report in --samples with a .docx, and for the odt-*
edits its .odt, else LibreOffice's .odt of the .docx) is written as
OUT_DIR/<stem>.<rendering>.<ext>; its reference record is that of
<stem>.docx. Renderings made by programs:

  pandoc-docx       `pandoc -f docx -t docx` (pandoc's own Word writer:
                    styles, tables without a grid, no form fields)
  pandoc-odt        `pandoc -f docx -t odt`
  pandoc-md-docx    `pandoc -t markdown`, then `pandoc -f markdown -t docx`
  lo-docx           LibreOffice's "MS Word 2007 XML" filter (Word 2007-365)
  lo-ooxml          LibreOffice's "Office Open XML Text" filter (ISO 29500)
  lo-odt            LibreOffice's .odt of the .docx
  lo-fodt           LibreOffice's flat ODT (.fodt: one XML file, no zip)
  lo-doc            LibreOffice's Word 97-2003 .doc (read by converting it)
  lo-rtf            LibreOffice's RTF (read by converting it)
  lo-odt-docx       .docx -> .odt -> .docx through LibreOffice
  lo-docm, lo-dotx  LibreOffice's "MS Word 2007 XML VBA" (.docm) and
                    "MS Word 2007 XML Template" (.dotx)
  lo-doc-docx       .docx -> Word 97 .doc -> .docx through LibreOffice (a
                    .docx made from an old .doc: its form fields as
                    LibreOffice writes them back)
  lo-word2003       LibreOffice's "MS Word 2003 XML" (WordprocessingML 2003,
                    one XML file `<w:wordDocument>`, no zip)
  pandoc-rtf        `pandoc -s -t rtf` (read by converting it)
  docx-zip          the .docx inside a .zip archive, as mailed
  lo-html           LibreOffice's "Save as web page" of the .docx, the page
                    itself (.html; read through LibreOffice's HTML import,
                    its check boxes `<input type="checkbox">` elements)
  lo-docx-of-odt    LibreOffice's .docx of the sample's own .odt (a form
                    filled in Writer and saved for Word)
  lo-fodt-of-odt, lo-doc-of-odt, lo-rtf-of-odt  the same .odt saved by
                    LibreOffice as flat ODT, Word 97-2003 .doc and RTF
  lo-pdf-import-docx, lo-pdf-import-odt  the sample's .pdf opened in Writer
                    (`--infilter=writer_pdf_import`) and saved as .docx and
                    .odt: each line of each page a text box placed where it
                    stood (refused, `placed_text_boxes`)

Renderings made by editing the .docx's XML (as Word writes these features):

  word-tracked      every answer with a digit or a check mark typed again
                    under tracked changes: the old answer deleted (w:del,
                    w:delText; a ticked box where the box is now empty), the
                    new one inserted (w:ins), a format change whose old
                    properties hid the run (w:rPrChange with w:vanish), a
                    deleted paragraph naming another municipality, a table
                    row deleted with other numbers (w:trPr/w:del)
  word-comments     comments (word/comments.xml) anchored on every number,
                    their text holding other numbers
  word-sdt          content controls: check marks as w14:checkbox controls
                    (legacy FORMCHECKBOX fields and ☒/☐ glyphs alike), each
                    number in a plain-text control (w:text, w:alias), dates
                    in a date picker (w:date), the first answer of an
                    identity cell in a drop-down list (w:dropDownList, its
                    other items never shown), a table row in a repeating
                    section control, an empty cell with placeholder text
  word-fields       e-mail addresses as hyperlinks (w:hyperlink to mailto:
                    and a HYPERLINK field), phones in smart tags
                    (w:smartTag), numbers as the results of w:fldSimple
                    fields, bookmarks and proofing marks around words
  word-textbox      the letterhead (the body's paragraphs before the first
                    table) moved into a text box, written as Word does:
                    mc:AlternateContent with the box both as DrawingML
                    (Choice) and as VML (Fallback)
  word-notes        footnotes and endnotes referenced from labels, a header
                    and a footer (another municipality's letterhead, page
                    numbers) referenced from the section
  word-sym          check marks as Word's symbol characters: w:sym in
                    Wingdings (F0FD crossed box, F0A8 empty box)
  word-nested       every table inside the one cell of an outer layout table
  word-vmerge       every Ja/Nej table's header in two rows: the first
                    column merged down (w:vMerge), "Svar" spanning the mark
                    columns (w:gridSpan) above "Ja"/"Nej"
  word-strict       the main part in strict OOXML's namespaces
                    (http://purl.oclc.org/ooxml/...), named word/main.xml
  word-columns      the body set in two newspaper columns (w:cols), a
                    column break before the first table
  word-altchunk     the last top-level table replaced by an embedded HTML
                    chunk (w:altChunk): Word shows it, the reader does not
                    read it and says so
  word-table-text   every table turned into text as Word's "Convert Table
                    to Text" with tabs does: a row a paragraph, its cells
                    parted by tabs

Renderings made by editing the .odt's content.xml:

  odt-tracked       numbers typed again under tracked changes: the old one
                    in text:tracked-changes (a deletion), the new one between
                    text:change-start and text:change-end
  odt-sections      the body in text:section elements, a hidden section
                    (text:display="none") holding an older report's
                    answers, comments (office:annotation) on numbers, e-mail
                    addresses as links (text:a), soft page breaks

Every rendering is a pure function of its input (fixed zip timestamps; the
programs' own stamps aside: LibreOffice writes its creation date and
version, pandoc none).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rendering_tools  # noqa: E402  the command line and LibreOffice's call, shared
import office_samples  # noqa: E402  write_zip: fixed zip timestamps
AUTHOR = 'w:author="Handläggare" w:date="2022-02-01T10:00:00Z"'

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RUN = re.compile(r"<w:r>(?:(?!</w:r>).)*?</w:r>", re.S)
TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
TABLE = re.compile(r"<w:tbl>.*?</w:tbl>", re.S)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


# ------------------------------------------------------------------ packages

def read_zip(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


class Package:
    """A zip package's parts as text (XML) or bytes, edited in place."""

    def __init__(self, path):
        self.parts = dict(read_zip(path))

    def text(self, name):
        return self.parts[name].decode("utf-8")

    def set(self, name, text):
        self.parts[name] = text.encode("utf-8") if isinstance(text, str) else text

    def add_override(self, part, content_type):
        ct = self.text("[Content_Types].xml")
        ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')
        self.set("[Content_Types].xml", ct)

    def add_relationship(self, rid, rel_type, target, external=False):
        name = "word/_rels/document.xml.rels"
        rels = self.text(name)
        mode = ' TargetMode="External"' if external else ""
        rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{R_NS}/{rel_type}" '
                            f'Target="{escape(target)}"{mode}/></Relationships>')
        self.set(name, rels)

    def save(self, path):
        order = ["mimetype", "[Content_Types].xml"]
        names = [n for n in order if n in self.parts] + sorted(n for n in self.parts if n not in order)
        office_samples.write_zip(path, [(n, self.parts[n]) for n in names])


def edit_docx(change):
    """A rendering that edits word/document.xml (and may add parts)."""
    def make(src, dst, stem):
        pkg = Package(src + ".docx")
        xml = pkg.text("word/document.xml")
        pkg.set("word/document.xml", change(xml, pkg, stem))
        pkg.save(dst)
        return True
    return make


def run_text(r):
    return "".join(TEXT.findall(r))


def map_runs(xml, fn):
    """`fn(run_xml, text)` for every w:r holding a w:t; it returns the replacement."""
    return RUN.sub(lambda m: fn(m.group(0), run_text(m.group(0))) if "<w:t" in m.group(0) else m.group(0), xml)


def bump(text, by=7):
    """The text with each number changed: what an older answer said."""
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + by), text)


# ------------------------------------------------------------ Word edits

def tracked(xml, _pkg, _stem):
    n = [0]

    def nid():
        n[0] += 1
        return n[0]

    def change(r, t):
        s = t.strip()
        if s in ("☐",):  # now empty: the box was ticked before
            old = r.replace("☐", "☒")
        elif s == "☒" or re.search(r"\d", s):
            old = r.replace(t, "☐") if s == "☒" else r.replace(">" + t + "<", ">" + bump(t) + "<")
        else:
            return r
        old = re.sub(r"<w:t( [^>]*)?>", r"<w:delText\1>", old).replace("</w:t>", "</w:delText>")
        new = r.replace("<w:r>", f'<w:r><w:rPr><w:rPrChange w:id="{nid()}" {AUTHOR}><w:rPr><w:vanish/>'
                        "</w:rPr></w:rPrChange></w:rPr>", 1) if "<w:rPr>" not in r else r
        return (f'<w:del w:id="{nid()}" {AUTHOR}>{old}</w:del>'
                f'<w:ins w:id="{nid()}" {AUTHOR}>{new}</w:ins>')
    # Check-box controls keep their changes inside: before each, the old
    # control with the other state, its glyph deleted (Word's record of a
    # control removed with tracking on); legacy check-box fields likewise,
    # the whole old field inside w:del.
    def old_control(m):
        whole = m.group(0)
        on = '<w14:checked w14:val="1"/>' in whole
        old = whole.replace(f'<w14:checked w14:val="{int(on)}"/>', f'<w14:checked w14:val="{int(not on)}"/>')
        old = re.sub(r"<w:sdtContent>.*</w:sdtContent>",
                     f'<w:sdtContent><w:del w:id="{nid()}" {AUTHOR}><w:r><w:delText>{"☐" if on else "☒"}'
                     "</w:delText></w:r></w:del></w:sdtContent>", old, flags=re.S)
        return old + whole
    xml = re.sub(r"<w:sdt>(?:(?!</w:sdt>).)*?<w14:checkbox>.*?</w:sdt>", old_control, xml, flags=re.S)

    def old_field(m):
        whole = m.group(0)
        old = re.sub(r"<w:checked(?: w:val=\"[^\"]*\")?/>|<w:default w:val=\"\d\"/>", "", whole)
        on = re.search(r'<w:checked(?: w:val="(1|true|on)")?/>', whole) is not None
        old = old.replace("<w:checkBox>", "<w:checkBox>" + ("" if on else "<w:checked/>"), 1)
        old = re.sub(r"<w:instrText", "<w:delInstrText", old).replace("</w:instrText>", "</w:delInstrText>")
        return f'<w:del w:id="{nid()}" {AUTHOR}>{old}</w:del>' + whole
    xml = re.sub(r'<w:r>(?:(?!</w:r>).)*?<w:fldChar w:fldCharType="begin">(?:(?!</w:r>).)*?<w:checkBox>'
                 r'.*?<w:fldChar w:fldCharType="end"/></w:r>', old_field, xml, flags=re.S)
    xml = map_runs(xml, change)
    # A deleted paragraph (its mark deleted too) before the first table.
    gone = (f'<w:p><w:pPr><w:rPr><w:del w:id="{nid()}" {AUTHOR}/></w:rPr></w:pPr>'
            f'<w:del w:id="{nid()}" {AUTHOR}><w:r><w:delText>Kommun Sundsvall</w:delText></w:r></w:del></w:p>')
    xml = xml.replace("<w:tbl>", gone + "<w:tbl>", 1)
    # A row deleted with other numbers: a copy of the first row holding a digit.
    for m in re.finditer(r"<w:tr>(?:(?!</w:tr>).)*?</w:tr>", xml, re.S):
        row = m.group(0)
        if re.search(r"<w:t[^>]*>[^<]*\d", row) and "<w:tbl>" not in row:
            dead = row.replace("<w:tr>", f'<w:tr><w:trPr><w:del w:id="{nid()}" {AUTHOR}/></w:trPr>', 1)
            dead = re.sub(r"(<w:delText[^>]*>)([^<]*)", lambda k: k.group(1) + bump(k.group(2), 3), dead)
            dead = re.sub(r"(<w:t[^>]*>)([^<]*)", lambda k: k.group(1) + bump(k.group(2), 3), dead)
            xml = xml[:m.start()] + dead + xml[m.start():]
            break
    return xml


def comments(xml, pkg, _stem):
    notes = []

    def anchor(r, t):
        if not re.search(r"\d", t):
            return r
        k = len(notes)
        notes.append(f'<w:comment w:id="{k}" {AUTHOR} w:initials="H"><w:p><w:r><w:t xml:space="preserve">'
                     f'Stämmer {escape(bump(t, 11))}? Tidigare {k + 3}.</w:t></w:r></w:p></w:comment>')
        return (f'<w:commentRangeStart w:id="{k}"/>{r}<w:commentRangeEnd w:id="{k}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{k}"/></w:r>')
    xml = map_runs(xml, anchor)
    pkg.set("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:comments xmlns:w="{W_NS}">{"".join(notes)}</w:comments>')
    pkg.add_override("word/comments.xml",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")
    pkg.add_relationship("rIdComments", "comments", "comments.xml")
    return xml


CHECKBOX_SDT = ('<w:sdt><w:sdtPr><w:id w:val="{id}"/><w14:checkbox><w14:checked w14:val="{on}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
                'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                '<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
W14_NS = ('xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def with_w14(xml):
    if "xmlns:w14=" in xml:
        return xml
    return xml.replace("<w:document ", f'<w:document {W14_NS} mc:Ignorable="w14" ', 1)


def sdt(xml, _pkg, _stem):
    n = [500000]

    def nid():
        n[0] += 1
        return n[0]
    # Legacy check-box fields (begin .. end in one paragraph) as controls.
    field = re.compile(r'<w:r>(?:(?!</w:r>).)*?<w:fldChar w:fldCharType="begin">(?:(?!</w:r>).)*?<w:checkBox>'
                       r'(.*?)</w:checkBox>.*?<w:fldChar w:fldCharType="end"/></w:r>', re.S)

    def box(m):
        inner = m.group(1)
        on = re.search(r'<w:checked(?: w:val="(1|true|on)")?/>', inner) is not None
        return CHECKBOX_SDT.format(id=nid(), on=int(on), glyph="☒" if on else "☐")
    xml = field.sub(box, xml)

    def runs(r, t):
        s = t.strip()
        if s in ("☒", "☐") and "<w:sdtContent>" not in r:
            return CHECKBOX_SDT.format(id=nid(), on=int(s == "☒"), glyph=s)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
            return (f'<w:sdt><w:sdtPr><w:id w:val="{nid()}"/><w:date w:fullDate="{s}T00:00:00Z">'
                    '<w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/><w:calendar w:val="gregorian"/>'
                    f'</w:date></w:sdtPr><w:sdtContent>{r}</w:sdtContent></w:sdt>')
        if re.fullmatch(r"[\d ,.]+", s) and re.search(r"\d", s):
            return (f'<w:sdt><w:sdtPr><w:alias w:val="Antal"/><w:tag w:val="n{nid()}"/><w:id w:val="{nid()}"/>'
                    f'<w:text/></w:sdtPr><w:sdtContent>{r}</w:sdtContent></w:sdt>')
        return r
    xml = RUN.sub(lambda m: runs(m.group(0), run_text(m.group(0))), xml)
    # Already a check-box control: do not wrap its run again (the pattern
    # above skips runs inside sdtContent only by their text).
    xml = re.sub(r"(<w:sdtContent>)<w:sdt>.*?<w:sdtContent>(<w:r>.*?</w:r>)</w:sdtContent></w:sdt>(</w:sdtContent>)",
                 r"\1\2\3", xml, flags=re.S)
    # A drop-down list around the text of the first identity cell's answer.
    m = re.search(r'(<w:r><w:t xml:space="preserve">)(Kommun) ([^<]+)(</w:t></w:r>)', xml)
    if m:
        choice = escape(m.group(3))
        items = "".join(f'<w:listItem w:displayText="{v}" w:value="{v}"/>'
                        for v in ("Välj ett objekt.", "Sundsvall", choice, "Timrå"))
        xml = xml.replace(m.group(0), f'{m.group(1)}{m.group(2)} {m.group(4)}<w:sdt><w:sdtPr><w:id w:val="{nid()}"/>'
                          f'<w:dropDownList>{items}</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>{choice}'
                          '</w:t></w:r></w:sdtContent></w:sdt>', 1)
    # A table row as a repeating section item (a row-level control).
    m = re.search(r"<w:tr>(?:(?!</w:tr>).)*?</w:tr>", xml, re.S)
    if m:
        xml = xml.replace(m.group(0), f'<w:sdt><w:sdtPr><w:id w:val="{nid()}"/></w:sdtPr><w:sdtContent>'
                          f'{m.group(0)}</w:sdtContent></w:sdt>', 1)
    # Placeholder text in the first empty table cell.
    xml = xml.replace("</w:tcPr><w:p></w:p></w:tc>",
                      f'</w:tcPr><w:sdt><w:sdtPr><w:id w:val="{nid()}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                      '<w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Klicka '
                      'eller tryck här för att ange text 2021.</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc>', 1)
    return with_w14(xml)


def fields(xml, pkg, _stem):
    n = [0]
    mail = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    phone = re.compile(r"\b0\d{1,3}-[\d ]{5,10}\d")

    def change(r, t):
        n[0] += 1
        if mail.search(t) and n[0] % 2:
            addr = mail.search(t).group(0)
            before, after = t.split(addr, 1)
            rid = f"rIdMail{n[0]}"
            pkg.add_relationship(rid, "hyperlink", "mailto:" + addr, external=True)
            return (re.sub(r">[^<]*</w:t>", ">" + escape(before) + "</w:t>", r, 1) if before else "") + \
                (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                 f'<w:t>{escape(addr)}</w:t></w:r></w:hyperlink>') + \
                (f'<w:r><w:t xml:space="preserve">{escape(after)}</w:t></w:r>' if after else "")
        if mail.search(t):
            addr = mail.search(t).group(0)
            before, after = t.split(addr, 1)
            return (f'<w:r><w:t xml:space="preserve">{escape(before)}</w:t></w:r>'
                    f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                    f'HYPERLINK "mailto:{escape(addr)}" </w:instrText></w:r><w:r><w:fldChar '
                    f'w:fldCharType="separate"/></w:r><w:r><w:t>{escape(addr)}</w:t></w:r><w:r><w:fldChar '
                    f'w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">{escape(after)}</w:t></w:r>')
        if phone.search(t):
            tel = phone.search(t).group(0)
            before, after = t.split(tel, 1)
            return (f'<w:r><w:t xml:space="preserve">{escape(before)}</w:t></w:r>'
                    f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="phone">'
                    f'<w:r><w:t>{escape(tel)}</w:t></w:r></w:smartTag>'
                    f'<w:r><w:t xml:space="preserve">{escape(after)}</w:t></w:r>')
        if re.fullmatch(r"\s*\d[\d ,.]*\s*", t):
            return f'<w:fldSimple w:instr=" MERGEFIELD Antal{n[0]} \\* MERGEFORMAT ">{r}</w:fldSimple>'
        if len(t) > 40 and n[0] % 3 == 0:
            words = t.split(" ")
            k = len(words) // 2
            first, second = " ".join(words[:k]) + " ", " ".join(words[k:])
            return (f'<w:bookmarkStart w:id="{n[0]}" w:name="_Ref{n[0]}"/><w:r><w:t xml:space="preserve">'
                    f'{escape(first)}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">'
                    f'{escape(second)}</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="{n[0]}"/>')
        return r
    return map_runs(xml, change)


def textbox(xml, _pkg, _stem):
    body = xml.index("<w:body>") + len("<w:body>")
    first_table = xml.index("<w:tbl>")
    head = xml[body:first_table]
    paras = re.findall(r"<w:p>.*?</w:p>|<w:p/>", head, re.S)
    # The letterhead: the paragraphs before the form's heading.
    cut = head.find("REDOVISNING")
    cut = head.rfind("<w:p>", 0, cut) if cut >= 0 else len(head)
    letter = head[:cut]
    if not letter.strip() or len(paras) < 2:
        letter = head
        cut = len(head)
    content = f"<w:txbxContent>{letter}</w:txbxContent>"
    drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
               'distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
               'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
               '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
               '</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="1800000"/><wp:wrapTopAndBottom/>'
               '<wp:docPr id="1" name="Textruta 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/'
               f'office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape '
               'id="Textruta 1" style="width:425pt;height:142pt" type="#_x0000_t202"><v:textbox>'
               f'{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    ns = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" ')
    xml = xml[:body] + f"<w:p>{drawing}</w:p>" + head[cut:] + xml[first_table:]
    xml = with_w14(xml).replace("<w:document ", "<w:document " + ns, 1)
    return xml.replace('mc:Ignorable="w14"', 'mc:Ignorable="w14 wp14"').replace(
        "<w:document ", '<w:document xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ', 1)


def notes(xml, pkg, stem):
    body_notes = []

    def note_ref(kind, k):
        return (f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/><w:vertAlign w:val="superscript"/>'
                f'</w:rPr><w:{kind}Reference w:id="{k}"/></w:r>')
    count = [0]

    def change(r, t):
        if not re.match(r"(Totalt antal|Antal|Kommun|Datum)", t.strip()) or count[0] >= 4:
            return r
        count[0] += 1
        k = count[0]
        body_notes.append(k)
        return r + note_ref("footnote" if k % 2 else "endnote", k)
    xml = map_runs(xml, change)

    def part(kind):
        sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
               f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               f'</w:p></w:{kind}>')
        items = "".join(f'<w:{kind} w:id="{k}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> '
                        f'Avser 2019: {k * 17} personer, Kommun Sundsvall.</w:t></w:r></w:p></w:{kind}>'
                        for k in body_notes if (k % 2 == 1) == (kind == "footnote"))
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W_NS}">{sep}{items}</w:{kind}s>'
    for kind in ("footnote", "endnote"):
        pkg.set(f"word/{kind}s.xml", part(kind))
        pkg.add_override(f"word/{kind}s.xml",
                         f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml")
        pkg.add_relationship(f"rId{kind}s", f"{kind}s", f"{kind}s.xml")
    for kind, text in (("header", "Kommun Sundsvall · Socialförvaltningen · Dnr 2022/123"),
                       ("footer", "Telefon 060-19 10 00 · E-post kommunen@sundsvall.se")):
        pkg.set(f"word/{kind}1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind[0]}dr '
                f'xmlns:w="{W_NS}"><w:p><w:r><w:t>{escape(text)}</w:t></w:r><w:r><w:tab/></w:r><w:r>'
                f'<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r>'
                f'<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
                f'w:fldCharType="end"/></w:r></w:p></w:{kind[0]}dr>')
        pkg.add_override(f"word/{kind}1.xml",
                         f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml")
        pkg.add_relationship(f"rId{kind}1", kind, f"{kind}1.xml")
    refs = ('<w:headerReference w:type="default" r:id="rIdheader1"/>'
            '<w:footerReference w:type="default" r:id="rIdfooter1"/>')
    if "<w:sectPr" in xml:
        xml = re.sub(r"<w:sectPr([^>]*)>", lambda m: f"<w:sectPr{m.group(1)}>{refs}", xml, count=1)
    else:
        xml = xml.replace("</w:body>", f"<w:sectPr>{refs}</w:sectPr></w:body>")
    return xml


def sym(xml, _pkg, _stem):
    glyphs = {"☒": "F0FD", "☐": "F0A8"}

    def change(r, t):
        s = t.strip()
        if s not in glyphs or "<w:sdt" in r:
            return r
        return f'<w:r><w:sym w:font="Wingdings" w:char="{glyphs[s]}"/></w:r>'
    return map_runs(xml, change)


def nested(xml, _pkg, _stem):
    def wrap(m):
        return ('<w:tbl><w:tblPr><w:tblW w:w="9800" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="9800"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9800" '
                f'w:type="dxa"/></w:tcPr>{m.group(0)}<w:p/></w:tc></w:tr></w:tbl>')
    return TABLE.sub(wrap, xml)


def vmerge(xml, _pkg, _stem):
    def header(m):
        row = m.group(0)
        cells = re.findall(r"<w:tc>.*?</w:tc>", row, re.S)
        words = [run_text(c).strip().lower() for c in cells]
        if len(cells) < 3 or words[0] or words[1:3] != ["ja", "nej"]:
            return row
        first = cells[0]
        top = first.replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="restart"/>', 1)
        below = first.replace("<w:tcPr>", "<w:tcPr><w:vMerge/>", 1)
        span = len(cells) - 1
        svar = (f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>Svar</w:t></w:r></w:p></w:tc>')
        return f"<w:tr>{top}{svar}</w:tr><w:tr>{below}{''.join(cells[1:])}</w:tr>"
    return re.sub(r"<w:tr>(?:(?!</w:tr>).)*?</w:tr>", header, xml, flags=re.S)


def table_text(xml, _pkg, _stem):
    """Word's "Convert Table to Text" with tabs: each table row one
    paragraph, its cells' contents parted by tabs (a cell's paragraphs by a
    space)."""
    def row_paragraph(row):
        cells = []
        for cell in re.findall(r"<w:tc>.*?</w:tc>", row, re.S):
            paras = [re.sub(r"<w:pPr>.*?</w:pPr>", "", p, flags=re.S)
                     for p in re.findall(r"<w:p\b[^>]*>(.*?)</w:p>", cell, re.S)]
            cells.append('<w:r><w:t xml:space="preserve"> </w:t></w:r>'.join(paras))
        return "<w:p>" + "<w:r><w:tab/></w:r>".join(cells) + "</w:p>"

    def convert(m):
        return "".join(row_paragraph(r) for r in re.findall(r"<w:tr\b.*?</w:tr>", m.group(0), re.S))
    return TABLE.sub(convert, xml)


STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
}


def strict(src, dst, _stem):
    pkg = Package(src + ".docx")
    xml = pkg.text("word/document.xml")
    for old, new in STRICT.items():
        xml = xml.replace(f'"{old}"', f'"{new}"')
    xml = xml.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
    pkg.set("word/main.xml", xml)
    del pkg.parts["word/document.xml"]
    rels = pkg.parts.pop("word/_rels/document.xml.rels", None)
    if rels is not None:
        pkg.set("word/_rels/main.xml.rels", rels.decode("utf-8").replace(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/"))
    ct = pkg.text("[Content_Types].xml").replace("/word/document.xml", "/word/main.xml")
    pkg.set("[Content_Types].xml", ct)
    root = pkg.text("_rels/.rels").replace("word/document.xml", "word/main.xml").replace(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
    pkg.set("_rels/.rels", root)
    pkg.save(dst)
    return True


def altchunk(xml, pkg, _stem):
    tables = list(TABLE.finditer(xml))
    top = [m for m in tables if xml.count("<w:tc>", 0, m.start()) == xml.count("</w:tc>", 0, m.start())]
    if not top:
        return xml
    m = top[-1]
    rows = []
    for row in re.findall(r"<w:tr>.*?</w:tr>", m.group(0), re.S):
        cells = re.findall(r"<w:tc>.*?</w:tc>", row, re.S)
        rows.append("<tr>" + "".join(f"<td>{escape(run_text(c))}</td>" for c in cells) + "</tr>")
    html = ('<html><head><meta charset="utf-8"></head><body><table border="1">' + "".join(rows) +
            "</table></body></html>")
    pkg.set("word/afchunk1.html", html)
    pkg.add_override("word/afchunk1.html", "text/html")
    pkg.add_relationship("rIdChunk1", "aFChunk", "afchunk1.html")
    return xml[:m.start()] + '<w:altChunk r:id="rIdChunk1"/>' + xml[m.end():]


def columns(xml, _pkg, _stem):
    xml = re.sub(r"<w:cols\b[^>]*/>", "", xml)
    xml = re.sub(r"(<w:sectPr\b[^>]*>)", r'\1<w:cols w:num="2" w:space="425"/>', xml)
    first = TABLE.search(xml)
    if first:
        xml = xml[:first.start()] + '<w:p><w:r><w:br w:type="column"/></w:r></w:p>' + xml[first.start():]
    return xml


# ------------------------------------------------------------ ODT edits

def odt_source(src, tmp):
    if os.path.exists(src + ".odt"):
        return src + ".odt"
    return soffice(src + ".docx", "odt", tmp)


def edit_odt(change):
    def make(src, dst, stem):
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            pkg = Package(odt_source(src, tmp))
        pkg.set("content.xml", change(pkg.text("content.xml"), stem))
        pkg.save(dst)
        return True
    return make


def odt_paragraph_texts(xml):
    return re.finditer(r"(<text:(?:p|h)\b[^>]*>)([^<]*\d[^<]*)(</text:(?:p|h)>)", xml)


def odt_tracked(xml, _stem):
    regions = []

    def change(m):
        k = len(regions) + 1
        old = bump(m.group(2))
        regions.append(f'<text:changed-region xml:id="ct{k}" text:id="ct{k}"><text:deletion><office:change-info>'
                       '<dc:creator>Handläggare</dc:creator><dc:date>2022-02-01T10:00:00</dc:date>'
                       f'</office:change-info><text:p>{old}</text:p></text:deletion></text:changed-region>')
        k2 = len(regions) + 1
        regions.append(f'<text:changed-region xml:id="ct{k2}" text:id="ct{k2}"><text:insertion><office:change-info>'
                       '<dc:creator>Handläggare</dc:creator><dc:date>2022-02-01T10:00:00</dc:date>'
                       '</office:change-info></text:insertion></text:changed-region>')
        return (f'{m.group(1)}<text:change text:change-id="ct{k}"/><text:change-start text:change-id="ct{k2}"/>'
                f'{m.group(2)}<text:change-end text:change-id="ct{k2}"/>{m.group(3)}')
    xml = re.sub(r"(<text:(?:p|h)\b[^>]*>)([^<]*\d[^<]*)(</text:(?:p|h)>)", change, xml)
    if 'xmlns:dc=' not in xml:
        xml = xml.replace("<office:document-content ", '<office:document-content xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
    at = office_text_start(xml)
    return xml[:at] + "<text:tracked-changes>" + "".join(regions) + "</text:tracked-changes>" + xml[at:]


def office_text_start(xml):
    """Where the body's content starts: past <office:text ...>, whatever
    attributes the writer gave it (LibreOffice's text:use-soft-page-breaks)."""
    return re.search(r"<office:text\b[^>]*>", xml).end()


def odt_sections(xml, _stem):
    start = office_text_start(xml)
    end = xml.index("</office:text>")
    body = xml[start:end]
    # Declarations stay first; the rest goes into two sections split at a table.
    decls = re.match(r"(?:<text:(?:sequence|variable|user-field)-decls>.*?</text:\w+-decls>|"
                     r"<text:(?:sequence|variable|user-field)-decls/>|<office:forms[^>]*/>|"
                     r"<office:forms.*?</office:forms>)*", body, re.S).group(0)
    rest = body[len(decls):]
    split = rest.find("<table:table ", len(rest) // 2)
    split = split if split > 0 else len(rest) // 2
    hidden = ('<text:section text:style-name="Sect1" text:name="Gammal" text:display="none">'
              '<text:p>Kommun Sundsvall</text:p><text:p>Totalt antal klienter 99 88</text:p>'
              '<text:p>Datum 2019-02-01</text:p></text:section>')
    first, second = rest[:split], rest[split:]
    n = [0]

    def note(m):
        n[0] += 1
        if n[0] % 4:
            return m.group(0)
        return (m.group(1) + m.group(2) + '<office:annotation><dc:creator>Handläggare</dc:creator>'
                f'<text:p>Kontrollera {bump(m.group(2), 5)}</text:p></office:annotation>' + m.group(3))
    second = re.sub(r"(<text:p\b[^>]*>)([^<]*\d[^<]*)(</text:p>)", note, second)
    second = re.sub(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
                    lambda m: f'<text:a xlink:type="simple" xlink:href="mailto:{m.group(1)}">{m.group(1)}</text:a>',
                    second)
    first = first.replace("</text:p><text:p", "</text:p><text:soft-page-break/><text:p", 1)
    body = (decls + '<text:section text:style-name="Sect1" text:name="Del1">' + first + "</text:section>" + hidden +
            '<text:section text:style-name="Sect1" text:name="Del2">' + second + "</text:section>")
    for ns, uri in (("dc", "http://purl.org/dc/elements/1.1/"), ("xlink", "http://www.w3.org/1999/xlink")):
        if f"xmlns:{ns}=" not in xml:
            xml = xml.replace("<office:document-content ", f'<office:document-content xmlns:{ns}="{uri}" ', 1)
            start, end = office_text_start(xml), xml.index("</office:text>")
    return xml[:start] + body + xml[end:]


# ------------------------------------------------------------ programs

soffice = rendering_tools.soffice_convert


def lo(target, via=None):
    def make(src, dst, _stem):
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            path = src + ".docx"
            if via:
                path = soffice(path, via, tmp)
                os.makedirs(os.path.join(tmp, "again"))
                moved = os.path.join(tmp, "again", os.path.basename(path))
                shutil.move(path, moved)
                shutil.rmtree(os.path.join(tmp, "out"))
                path = moved
            shutil.move(soffice(path, target, tmp), dst)
        return True
    return make


def lo_of_odt(target):
    """The sample's own .odt converted by LibreOffice (none without one)."""
    def make(src, dst, _stem):
        if not os.path.exists(src + ".odt"):
            return False
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            shutil.move(soffice(src + ".odt", target, tmp), dst)
        return True
    return make


def lo_pdf_import(target):
    """The sample's .pdf opened in Writer and saved as `target` (none without one)."""
    def make(src, dst, _stem):
        if not os.path.exists(src + ".pdf"):
            return False
        with tempfile.TemporaryDirectory(prefix="lo-") as tmp:
            shutil.move(soffice(src + ".pdf", target, tmp, infilter="writer_pdf_import"), dst)
        return True
    return make


def pandoc_to(to, *extra):
    def make(src, dst, _stem):
        run(["pandoc", "-f", "docx", "-t", to, *extra, "-o", dst, src + ".docx"])
        return True
    return make


def pandoc_md_docx(src, dst, _stem):
    md = subprocess.run(["pandoc", "-f", "docx", "-t", "markdown", "--columns=72", src + ".docx"],
                        check=True, stdout=subprocess.PIPE).stdout
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", dst], input=md, check=True)
    return True


def docx_zip(src, dst, stem):
    with open(src + ".docx", "rb") as f:
        office_samples.write_zip(dst, [(f"{stem}.docx", f.read())])
    return True


# name -> (extension, tool it needs, function(src_without_ext, dst, stem))
RENDERINGS = {
    "pandoc-docx": ("docx", "pandoc", pandoc_to("docx")),
    "pandoc-odt": ("odt", "pandoc", pandoc_to("odt")),
    "pandoc-md-docx": ("docx", "pandoc", pandoc_md_docx),
    "lo-docx": ("docx", "soffice", lo("docx:MS Word 2007 XML")),
    "lo-ooxml": ("docx", "soffice", lo("docx:Office Open XML Text")),
    "lo-odt": ("odt", "soffice", lo("odt")),
    "lo-fodt": ("fodt", "soffice", lo("fodt")),
    "lo-doc": ("doc", "soffice", lo("doc:MS Word 97")),
    "lo-rtf": ("rtf", "soffice", lo("rtf")),
    "lo-odt-docx": ("docx", "soffice", lo("docx:MS Word 2007 XML", via="odt")),
    "lo-docm": ("docm", "soffice", lo("docm:MS Word 2007 XML VBA")),
    "lo-dotx": ("dotx", "soffice", lo("dotx:MS Word 2007 XML Template")),
    "lo-doc-docx": ("docx", "soffice", lo("docx:MS Word 2007 XML", via="doc:MS Word 97")),
    "lo-word2003": ("xml", "soffice", lo("xml:MS Word 2003 XML")),
    "pandoc-rtf": ("rtf", "pandoc", pandoc_to("rtf", "--standalone")),
    "docx-zip": ("zip", "python3", docx_zip),
    "lo-html": ("html", "soffice", lo("html:HTML (StarWriter)")),
    "lo-docx-of-odt": ("docx", "soffice", lo_of_odt("docx:MS Word 2007 XML")),
    "lo-fodt-of-odt": ("fodt", "soffice", lo_of_odt("fodt")),
    "lo-doc-of-odt": ("doc", "soffice", lo_of_odt("doc:MS Word 97")),
    "lo-rtf-of-odt": ("rtf", "soffice", lo_of_odt("rtf")),
    "lo-pdf-import-docx": ("docx", "soffice", lo_pdf_import("docx:MS Word 2007 XML")),
    "lo-pdf-import-odt": ("odt", "soffice", lo_pdf_import("odt")),
    "word-tracked": ("docx", "python3", edit_docx(tracked)),
    "word-comments": ("docx", "python3", edit_docx(comments)),
    "word-sdt": ("docx", "python3", edit_docx(sdt)),
    "word-fields": ("docx", "python3", edit_docx(fields)),
    "word-textbox": ("docx", "python3", edit_docx(textbox)),
    "word-notes": ("docx", "python3", edit_docx(notes)),
    "word-sym": ("docx", "python3", edit_docx(sym)),
    "word-nested": ("docx", "python3", edit_docx(nested)),
    "word-vmerge": ("docx", "python3", edit_docx(vmerge)),
    "word-strict": ("docx", "python3", strict),
    "word-columns": ("docx", "python3", edit_docx(columns)),
    "word-altchunk": ("docx", "python3", edit_docx(altchunk)),
    "word-table-text": ("docx", "python3", edit_docx(table_text)),
    "odt-tracked": ("odt", "soffice", edit_odt(odt_tracked)),
    "odt-sections": ("odt", "soffice", edit_odt(odt_sections)),
}


if __name__ == "__main__":
    sys.exit(rendering_tools.main(sys.argv[1:], RENDERINGS, __doc__))
