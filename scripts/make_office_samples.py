#!/usr/bin/env python3
"""Makes Word (.docx) and OpenDocument (.odt) samples from the seed texts, and
hostile or broken Office files for the reader tests. Python 3 standard library only.
The seed parsing and the .docx/.odt builders live in office_samples.py.

usage:
  make_office_samples.py [--seeds DIR] [--out DIR]   samples from the seeds (default: samples/)
  make_office_samples.py --bad DIR                    hostile and broken inputs into DIR

Samples: in a seed text a tab separates table cells. Consecutive lines that
hold a tab become one table (one row per line, one cell per field, rows padded
to the table's column count); other lines become paragraphs. The files are
made to look like the county templates:

  000  marks in Ja/Nej/Delvis tables are legacy FORMCHECKBOX fields, and some
       answers are FORMTEXT fields (ODT: both as the fieldmarks LibreOffice
       makes of them)
  001  marks are content-control check boxes (w14:checkbox) (ODT: form check
       box controls in office:forms, placed by draw:control)
  003  marks are ☒/☐ glyphs; the .docx has one tracked insertion and one
       tracked deletion that leave the final text as in the seed
  002  the blank 2023 form: every run of five EN SPACEs is a FORMTEXT field
  2023_filled  the 002 form filled in (answers are FORMTEXT results); its
       text rendering is written as samples/2023_filled.txt

The seed .txt files are copied into the output folder unchanged.
"""

import argparse
import os
import random
import shutil
import struct
import zipfile
import zlib

from office_samples import (answers_2023, FIXED_TIME, ODF_NS, ROOT, SEED_STEMS, SEEDS, W_NS,
                            blocks, build_docx, build_odt, docx_package, filled_2023_text,
                            odt_package, read_seed, write_zip)


# ---------------------------------------------------------------- samples

def make_samples(seeds, out):
    os.makedirs(out, exist_ok=True)
    plan = [  # key, docx check boxes, odt check boxes
        ("000", "legacy", "fieldmark"),
        ("001", "sdt", "form"),
        ("002", None, None),
        ("003", "glyph", "glyph"),
    ]
    written = []
    for key, docx_boxes, odt_boxes in plan:
        stem = SEED_STEMS[key]
        src = os.path.join(seeds, stem + ".txt")
        text = read_seed(src)
        shutil.copyfile(src, os.path.join(out, stem + ".txt"))
        blks = blocks(text)
        docx = build_docx(blks, key, docx_boxes)
        odt = build_odt(blks, key, odt_boxes, tracked=(key == "003"))
        write_zip(os.path.join(out, stem + ".docx"), docx)
        write_zip(os.path.join(out, stem + ".odt"), odt)
        written += [stem + ".txt", stem + ".docx", stem + ".odt"]
    # The 2023 form filled in: fields' results are the answers.
    blank = read_seed(os.path.join(seeds, SEED_STEMS["002"] + ".txt"))
    answers = answers_2023(seeds)
    filled = filled_2023_text(blank, answers)
    with open(os.path.join(out, "2023_filled.txt"), "w", encoding="utf-8") as f:
        f.write(filled)
    blks = blocks(blank)
    write_zip(os.path.join(out, "2023_filled.docx"), build_docx(blks, "2023", None, answers))
    write_zip(os.path.join(out, "2023_filled.odt"), build_odt(blks, "2023", None, answers))
    written += ["2023_filled.txt", "2023_filled.docx", "2023_filled.odt"]
    for name in written:
        print(os.path.join(out, name))


# ------------------------------------------------------------ hostile files

def minimal_docx(body_xml):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {W_NS}><w:body>{body_xml}</w:body></w:document>')
    return docx_package(document)


def docx_with_document(document_xml):
    return docx_package(document_xml)


def zip_bytes(files, compress=zipfile.ZIP_DEFLATED, level=None):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compress
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data,
                       **({"compresslevel": level} if level is not None else {}))
    return buf.getvalue()


def bomb_docx(inflated_mb=300):
    """A docx whose word/document.xml inflates to `inflated_mb` MiB (one
    paragraph of a single repeated letter, about 1000:1), deflated in a
    streaming fashion so that memory stays small."""
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<w:document {W_NS}><w:body><w:p><w:r><w:t>').encode()
    unit = b"a" * (1 << 20)
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    chunks = [comp.compress(head)]
    size = len(head)
    for _ in range(inflated_mb):
        crc = zlib.crc32(unit, crc)
        chunks.append(comp.compress(unit))
        size += len(unit)
    crc = zlib.crc32(tail, crc)
    chunks.append(comp.compress(tail))
    size += len(tail)
    chunks.append(comp.flush())
    data = b"".join(chunks)
    # The other parts through zipfile, then this entry appended by hand.
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in docx_package("")[:-1]:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode())
    return append_entry(buf.getvalue(), "word/document.xml", data, crc, size)


def append_entry(zip_data, name, compressed, crc, size):
    """Adds one deflated entry to a finished zip (rewriting its directory)."""
    eocd = zip_data.rfind(b"PK\x05\x06")
    n_entries, cd_size, cd_offset = struct.unpack("<HII", zip_data[eocd + 10:eocd + 20])
    central = zip_data[cd_offset:cd_offset + cd_size]
    local_offset = cd_offset
    nb = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0x6000, 0x5821, crc,
                        len(compressed), size, len(nb), 0) + nb
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0x6000, 0x5821, crc,
                        len(compressed), size, len(nb), 0, 0, 0, 0, 0, local_offset) + nb
    body = zip_data[:cd_offset] + local + compressed
    new_central = central + entry
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n_entries + 1, n_entries + 1,
                      len(new_central), len(body), 0)
    return body + new_central + end


def encrypted_docx():
    """A docx whose word/document.xml is flagged as encrypted (traditional PKWARE)."""
    plain = zip_bytes(minimal_docx('<w:p><w:r><w:t>secret</w:t></w:r></w:p>'))
    data = bytearray(plain)
    # Set general-purpose bit 0 (encrypted) on the local and central headers of document.xml.
    target = b"word/document.xml"
    pos = 0
    while True:
        i = data.find(b"PK\x03\x04", pos)
        if i < 0:
            break
        nlen = struct.unpack("<H", data[i + 26:i + 28])[0]
        if bytes(data[i + 30:i + 30 + nlen]) == target:
            data[i + 6] |= 1
        pos = i + 4
    pos = 0
    while True:
        i = data.find(b"PK\x01\x02", pos)
        if i < 0:
            break
        nlen = struct.unpack("<H", data[i + 28:i + 30])[0]
        if bytes(data[i + 46:i + 46 + nlen]) == target:
            data[i + 8] |= 1
        pos = i + 4
    return bytes(data)


def many_entries_docx(n=10000):
    files = minimal_docx('<w:p><w:r><w:t>many</w:t></w:r></w:p>')
    files += [(f"word/media/x{i}.xml", "") for i in range(n)]
    return zip_bytes(files, compress=zipfile.ZIP_STORED)


def make_bad(out, with_large=False):
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20240115)
    good = zip_bytes(minimal_docx('<w:p><w:r><w:t>Hej</w:t></w:r></w:p>'))
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + f']>\n<w:document {W_NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
              '</w:body></w:document>')
    xxe = ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
           f'<w:document {W_NS}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p>'
           '</w:body></w:document>')
    # 100000 nested elements; short names keep the part under the 1 MiB below
    # which the compression ratio is not judged, so that the depth limit is what trips.
    deep = (f'<?xml version="1.0"?>\n<w:document {W_NS}><w:body>' + "<a>" * 100000 +
            "</a>" * 100000 + '</w:body></w:document>')
    cases = {
        "empty.docx": b"",
        "random.docx": bytes(rnd.getrandbits(8) for _ in range(4096)),
        "truncated.docx": good[: len(good) // 2],
        "not_a_zip.docx": b"PK this is plain text pretending to be a zip file\n" * 4,
        "no_document.docx": zip_bytes([("word/other.xml", "<x/>"), ("[Content_Types].xml", "<T/>")]),
        "no_content.odt": zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"),
                                     ("styles.xml", "<x/>")]),
        "bomb.docx": bomb_docx(300),
        "encrypted.docx": encrypted_docx(),
        "xxe.docx": zip_bytes(docx_with_document(xxe)),
        "billion_laughs.docx": zip_bytes(docx_with_document(laughs)),
        "deep.docx": zip_bytes(docx_with_document(deep)),
        "invalid_xml.docx": zip_bytes(docx_with_document(
            f'<?xml version="1.0"?>\n<w:document {W_NS}><w:body><w:p><w:r><w:t>open'
            '</w:r></w:p></w:body></w:document>')),
        "xxe.odt": zip_bytes(odt_package(
            '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
            f'<office:document-content {ODF_NS}><office:body><office:text><text:p>&e;</text:p>'
            '</office:text></office:body></office:document-content>')),
        "invalid_xml.odt": zip_bytes(odt_package(
            f'<?xml version="1.0"?>\n<office:document-content {ODF_NS}><office:body>'
            '<office:text><text:p>open</office:text></office:body></office:document-content>')),
    }
    if with_large:
        cases["many_entries.docx"] = many_entries_docx(10000)
    for name, data in cases.items():
        path = os.path.join(out, name)
        with open(path, "wb") as f:
            f.write(data)
        print(f"{path}\t{len(data)} bytes")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default=SEEDS, help="folder with the seed .txt files")
    ap.add_argument("--out", default=os.path.join(ROOT, "samples"), help="output folder")
    ap.add_argument("--bad", metavar="DIR", help="write hostile and broken inputs into DIR instead")
    ap.add_argument("--with-large", action="store_true",
                    help="with --bad, also write many_entries.docx (10000 entries, about 1 MB; "
                         "the unit tests build it in memory instead)")
    args = ap.parse_args()
    if args.bad:
        make_bad(args.bad, args.with_large)
    else:
        make_samples(args.seeds, args.out)


if __name__ == "__main__":
    main()
