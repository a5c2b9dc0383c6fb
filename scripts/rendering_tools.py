#!/usr/bin/env python3
"""What the rendering generators share: the command line over a table of
renderings, running a converter, the calls to pdftotext, pandoc, LibreOffice,
Ghostscript and qpdf, and the seeded random generator. Python 3 standard
library; no rendering of its own.

make_renderings.py, make_office_renderings.py, make_pdf_renderings.py and
make_dump_renderings.py each hold a table `name -> (extension, tool it needs,
function(src_without_ext, dst, stem))` and pass it to `main`.
"""
import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def seeded(stem, rendering):
    """A random generator fixed by the stem and the rendering's name."""
    digest = hashlib.sha256(f"{stem}/{rendering}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def pandoc_text(docx, to, *extra):
    """`pandoc -t to` of `docx` (72 columns) as a string."""
    return subprocess.run(["pandoc", "-f", "docx", "-t", to, "--columns=72", *extra, docx],
                          check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout.decode("utf-8")


def soffice_convert(docx, target, tmp, infilter=None):
    """`docx` converted by LibreOffice (`target`: its --convert-to argument,
    e.g. "pdf" or "txt:Text (encoded):UTF8"; `infilter` the import filter,
    e.g. "writer_pdf_import" for a PDF opened in Writer) with a fresh
    profile in the directory `tmp`; returns the path of the file it wrote
    there."""
    profile = "file://" + os.path.join(tmp, "profile")
    out = os.path.join(tmp, "out")
    run(["soffice", "--headless", f"-env:UserInstallation={profile}",
         *([f"--infilter={infilter}"] if infilter else []), "--convert-to", target,
         "--outdir", out, docx], timeout=300)
    stem = os.path.splitext(os.path.basename(docx))[0]
    return os.path.join(out, stem + "." + target.split(":")[0])


def pdftotext_with(*options):
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        run(["pdftotext", *options, pdf, dst])
        return True
    return make


def from_pdf(convert):
    """A rendering of <stem>.pdf: convert(pdf, dst) writes it; none (False)
    when the sample has no PDF."""
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        convert(pdf, dst)
        return True
    return make


def ghostscript(*options):
    """<stem>.pdf rewritten by Ghostscript's pdfwrite with `options`."""
    return from_pdf(lambda pdf, dst: run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                                          "-sDEVICE=pdfwrite", *options, "-o", dst, pdf]))


def qpdf(*options):
    # --static-id (and, for encryption, --static-aes-iv): the same bytes
    # every run, which a deterministic ID cannot give an encrypted file.
    return from_pdf(lambda pdf, dst: run(["qpdf", "--static-id", "--static-aes-iv", *options,
                                          pdf, dst]))


def edit_qdf(pdf, dst, change, id_option):
    """<pdf> rewritten through qpdf's QDF form: `change(bytes)` returns the
    edited QDF, which fix-qdf mends (offsets, lengths) and qpdf writes to
    `dst` with `id_option` (--deterministic-id or --static-id)."""
    with tempfile.TemporaryDirectory(prefix="qdf-") as tmp:
        qdf = os.path.join(tmp, "x.qdf")
        run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf])
        with open(qdf, "rb") as f:
            data = change(f.read())
        with open(qdf, "wb") as f:
            f.write(data)
        fixed = os.path.join(tmp, "fixed.qdf")
        with open(fixed, "wb") as out:
            subprocess.run(["fix-qdf", qdf], check=True, stdout=out, stderr=subprocess.PIPE)
        run(["qpdf", id_option, fixed, dst])


def stems_in(samples):
    return sorted(f[:-5] for f in os.listdir(samples) if f.endswith(".docx"))


def main(argv, renderings, doc):
    """The command line over `renderings` (name -> (ext, tool, make); tool
    a program's name or a tuple of the names it needs), described by `doc`;
    every generator's own `main`."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--stems", nargs="*")
    ap.add_argument("--renderings", nargs="*")
    ap.add_argument("--list", action="store_true", help="print the renderings' names and exit")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(renderings))
        return 0
    if not args.out:
        ap.error("OUT_DIR is required")
    os.makedirs(args.out, exist_ok=True)
    stems = args.stems or stems_in(args.samples)
    names = args.renderings or list(renderings)
    failed = 0
    for name in names:
        if name not in renderings:
            ap.error(f"unknown rendering {name}")
        ext, tool, make = renderings[name]
        missing = [t for t in ((tool,) if isinstance(tool, str) else tool) if shutil.which(t) is None]
        if missing:
            print(f"skip {name}: {' and '.join(missing)} not installed", file=sys.stderr)
            continue
        for stem in stems:
            dst = os.path.join(args.out, f"{stem}.{name}.{ext}")
            try:
                if not make(os.path.join(args.samples, stem), dst, stem):
                    print(f"skip {stem}.{name}: no input", file=sys.stderr)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
                err = getattr(e, "stderr", b"") or b""
                print(f"FAIL {stem}.{name}: {e} {err.decode(errors='replace')[:300]}", file=sys.stderr)
                failed += 1
    return 1 if failed else 0
