#!/usr/bin/env python3
"""Text whose diacritics were stripped, as archives hold it after a system
without å, ä, ö (issue 14): the `pdftotext -layout` text of <stem>.pdf
through `iconv -f UTF-8 -t ASCII//TRANSLIT` and through `sed
'y/åäöÅÄÖ/aaoAAO/'`. The locale is fixed, since iconv's transliteration
depends on it: under glibc's C.UTF-8 "å" becomes "a", "é" "e", "¹" "1" and a
check box "?"; under C (or POSIX) every character outside ASCII becomes
"?". make_renderings.py's table calls them. Python 3 standard library,
pdftotext, iconv and sed; no table of its own.
"""
import os
import subprocess

STRIPS = {
    # name: (tool, locale, command)
    "pdftotext-layout-ascii": ("iconv", "C.UTF-8", ["iconv", "-f", "UTF-8", "-t", "ASCII//TRANSLIT"]),
    "pdftotext-layout-ascii-c": ("iconv", "C", ["iconv", "-f", "UTF-8", "-t", "ASCII//TRANSLIT"]),
    "pdftotext-layout-aao": ("sed", "C.UTF-8", ["sed", "y/åäöÅÄÖ/aaoAAO/"]),
}


def stripped(locale, cmd):
    """`pdftotext -layout` of <stem>.pdf in UTF-8 through `cmd` under
    LC_ALL=`locale`; none where the sample has no PDF. iconv exits 1 when it
    could not convert a character (its "?"): the text is kept all the same."""
    def make(src, dst, _stem):
        pdf = src + ".pdf"
        if not os.path.exists(pdf):
            return False
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], check=True,
                              stdout=subprocess.PIPE).stdout
        env = dict(os.environ, LC_ALL=locale)
        done = subprocess.run(cmd, input=text, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
        if done.returncode not in (0, 1) or not done.stdout:
            raise subprocess.CalledProcessError(done.returncode, cmd, done.stdout, done.stderr)
        with open(dst, "wb") as f:
            f.write(done.stdout)
        return True
    return make


def stripped_renderings():
    """name -> (ext, tool, make) for every stripping in STRIPS."""
    return {name: ("txt", tool, stripped(locale, cmd)) for name, (tool, locale, cmd) in STRIPS.items()}
