#!/usr/bin/env bash
# The outputs for analysts, opened as analysts open them:
#   - the workbook (-f xlsx) converted by LibreOffice Calc, headless, to CSV:
#     its Rapporter sheet holds the wide CSV's cells (codes as text, numbers
#     as numbers), and the XML holds typed cells;
#   - the Excel-style CSV (--csv-style excel) opened by Calc with Swedish
#     settings (`;`, UTF-8, locale sv-SE): one value per column, Timrå intact,
#     0138 text, 1,5 a number;
#   - "which reports have unknown values" answered from every output format
#     (JSON Lines, wide CSV, long CSV, SQLite, xlsx) gives the same answer, and
#     every file (unreadable and no-report ones too) is in the long CSV;
#   - years and counts are integers in every JSON output (extract and check).
#
# usage: tests/spreadsheets.sh path/to/redovis   (from the repository root;
# needs soffice from libreoffice-calc-nogui, sqlite3 and python3)
. "$(dirname "$0")/lib.sh" "$1"
# LibreOffice with a private profile, so that it runs beside any other.
calc() { soffice --headless "-env:UserInstallation=file://$work/lo-profile" "$@" > "$work/lo.log" 2>&1; }

# A small set with every kind of record: Timrå (000, its granted FTE made
# 1,5), Tyresö (0138), a bundle of three reports, a docx, a letter with no
# report and a file that cannot be read.
mkdir -p "$work/in"
cp samples/tyreso_2020_windows1252.txt samples/bundle_three_editions.txt samples/2023_filled.docx "$work/in/"
sed '178s/\t2,0$/\t1,5/' samples/000_2b37c49d4415161a.txt > "$work/in/timra_fte.txt"
cmp -s samples/000_2b37c49d4415161a.txt "$work/in/timra_fte.txt" && bad "the FTE line of sample 000 has moved"
printf 'Hej!\nHär kommer inget formulär, bara ett brev.\n' > "$work/in/letter.txt"
printf '%%PDF-1.4\n%% cut short\n' > "$work/in/broken.pdf"
in=("$work/in")

"$bin" extract "${in[@]}" -q -f jsonl > "$work/all.jsonl"
"$bin" extract "${in[@]}" -q -o "$work/wide.csv"
"$bin" extract "${in[@]}" -q -f csv-long -o "$work/long.csv"
"$bin" extract "${in[@]}" -q -o "$work/book.xlsx"
rc=$?
"$bin" extract "${in[@]}" -q -o "$work/archive.sqlite"
"$bin" extract "${in[@]}" -q --csv-style excel -o "$work/excel.csv"

[ "$rc" = 1 ] && [ -s "$work/book.xlsx" ] && [ "$(head -c 2 "$work/book.xlsx")" = PK ] \
  && ok "-o x.xlsx writes a workbook (exit 1: one input unreadable)" || bad "-o x.xlsx: rc=$rc"

mkdir -p "$work/tmp"
TMPDIR="$work/tmp" "$bin" extract "$work/in/timra_fte.txt" -q -f xlsx -o /dev/full 2> "$work/full.err"
rc=$?
[ "$rc" = 3 ] && grep -q "No space left on device" "$work/full.err" && [ -z "$(ls -A "$work/tmp")" ] \
  && ok "-f xlsx -o /dev/full: exit 3 with the reason, no temporary file left" \
  || bad "xlsx to /dev/full: rc=$rc" "$(cat "$work/full.err"; ls -A "$work/tmp")"

# --- the workbook through LibreOffice Calc ---
if ! command -v soffice > /dev/null; then
  bad "soffice (libreoffice-calc-nogui) is not installed"
else
  (cd "$work" && calc --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/lo" book.xlsx)
  python3 - "$work" <<'PY' && ok "xlsx: Calc reads the Rapporter sheet as the wide CSV, cell for cell" || bad "xlsx in Calc" "$(ls "$work/lo" 2>&1; tail -3 "$work/lo.log")"
import csv, sys, os
work = sys.argv[1]
ours = list(csv.reader(open(os.path.join(work, "wide.csv"), encoding="utf-8", newline="")))
name = [f for f in os.listdir(os.path.join(work, "lo")) if "Rapporter" in f]
assert name, os.listdir(os.path.join(work, "lo"))
calc = list(csv.reader(open(os.path.join(work, "lo", name[0]), encoding="utf-8", newline="")))
assert len(ours) == len(calc), (len(ours), len(calc))
def same(a, b):
    if a == b: return True
    if a in ("true", "false"): return b.upper() == a.upper()
    try: return float(a) == float(b)
    except ValueError: return a.replace("\r\n", "\n") == b.replace("\r\n", "\n")
bad = []
for i, (ro, rc) in enumerate(zip(ours, calc)):
    rc = rc + [""] * (len(ro) - len(rc))
    for j, (a, b) in enumerate(zip(ro, rc)):
        if not same(a, b): bad.append((i, ours[0][j], a, b))
assert not bad, bad[:5]
col = ours[0].index("report.municipality_code")
assert "0138" in [r[col] for r in calc], [r[col] for r in calc]
PY
  python3 - "$work/book.xlsx" <<'PY' && ok "xlsx: codes are text cells, counts and FTE number cells, no formulas" || bad "xlsx cell types"
import sys, zipfile, re
import xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
rows = {}
for c in sheet.iter("{%s}c" % ns["m"]):
    assert c.find("m:f", ns) is None, "a formula"
    ref = c.get("r"); col = re.match(r"[A-Z]+", ref).group(0); row = int(ref[len(col):])
    v = c.find("m:v", ns).text
    rows.setdefault(row, {})[col] = (c.get("t"), strings[int(v)] if c.get("t") == "s" else v)
head = {v[1]: k for k, v in rows[1].items()}
def cells(key): return [r[head[key]] for n, r in rows.items() if n > 1 and head[key] in r]
assert ("s", "0138") in cells("report.municipality_code"), cells("report.municipality_code")
assert all(t == "s" for t, _ in cells("report.county_code"))
assert all(t is None for t, _ in cells("report.year")) and cells("report.year")
assert all(t is None for t, _ in cells("grant.awarded_fte")) and cells("grant.awarded_fte")
assert all(t is None for t, _ in cells("clients.total.women"))
assert (None, "1.5") in cells("grant.awarded_fte"), cells("grant.awarded_fte")
PY
fi

# --- the Excel-style CSV in Calc with Swedish settings ---
if command -v soffice > /dev/null; then
  # 59 ';', 34 '"', 76 UTF-8, from line 1, default column types, 1053 sv-SE,
  # quoted fields not forced to text, special numbers detected.
  (cd "$work" && calc --infilter='CSV:59,34,76,1,,1053,false,true' --convert-to xlsx --outdir "$work/lo-excel" excel.csv)
  python3 - "$work" <<'PY' && ok "Excel-style CSV in Calc (sv-SE): one value per column, Timrå, 0138 as text, 1,5 a number" || bad "Excel-style CSV in Calc" "$(tail -3 "$work/lo.log")"
import csv, io, os, sys, re, zipfile
import xml.etree.ElementTree as ET
work = sys.argv[1]
raw = open(os.path.join(work, "excel.csv"), "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
ours = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(os.path.join(work, "lo-excel", "excel.xlsx"))
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
rows = {}
for c in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}c" % ns["m"]):
    v = c.find("m:v", ns)
    if v is None: continue
    ref = c.get("r"); col = re.match(r"[A-Z]+", ref).group(0); row = int(ref[len(col):])
    t = c.get("t")
    rows.setdefault(row, {})[col] = (t, strings[int(v.text)] if t == "s" else v.text)
def colname(i):
    s = ""
    i += 1
    while i: i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s
header = [rows[1][colname(i)][1] for i in range(len(ours[0]))]
assert header == ours[0], "the header is not one name per column"
assert len(rows) == len(ours), (len(rows), len(ours))
h = {name: colname(i) for i, name in enumerate(header)}
def col(key): return [rows[n].get(h[key]) for n in sorted(rows) if n > 1]
assert ("s", "Timrå") in col("report.municipality"), col("report.municipality")
code = col("report.municipality_code")
assert ("str", "0138") in code, code          # a text result: the zero kept
assert all(c is None or c[0] in ("s", "str") for c in code), code
fte = [c for c in col("grant.awarded_fte") + col("ombud.fte") if c]
assert fte and all(c[0] in (None, "n") for c in fte), fte   # numbers
assert ("n", "1.5") in fte, fte                              # 1,5 read as the number 1.5
years = [c for c in col("report.year") if c]
assert years and all(c[0] in (None, "n") for c in years), years
# Every cell shows what the RFC 4180 CSV holds: the guard and the ="..." change nothing seen.
exact = list(csv.reader(open(os.path.join(work, "wide.csv"), encoding="utf-8", newline="")))
diff = []
for n, want in enumerate(exact[1:], start=2):
    for i, w in enumerate(want):
        got = rows[n].get(colname(i))
        g = "" if got is None else got[1]
        if got and got[0] in (None, "n"):
            same = w != "" and float(w) == float(g)
        else:
            g, w = g.replace("\r\n", "\n"), w.replace("\r\n", "\n")
            # A text with a line break cannot be a formula's string: it keeps the
            # apostrophe guard where it would run (docs/output.md).
            same = g == w or ("\n" in w and w[0] in "=+-@" and g == "'" + w)
        if not same: diff.append((n, header[i], w, got))
assert not diff, diff[:5]
PY
fi

# --- "which reports have unknown values", from every format ---
python3 - "$work" <<'PY' && ok "unknown values: JSON Lines, wide CSV, long CSV, SQLite and xlsx give the same answer" || bad "unknown values differ between formats"
import csv, json, os, re, sqlite3, sys, zipfile
import xml.etree.ElementTree as ET
work = sys.argv[1]
p = lambda n: os.path.join(work, n)
def ident(file, line): return (file, str(line or ""))
# JSON Lines: the keys whose value is null
from_jsonl = set()
for raw in open(p("all.jsonl"), encoding="utf-8"):
    r = json.loads(raw)
    line = (r["source"].get("lines") or [""])[0]
    for k, v in r["fields"].items():
        if v is None: from_jsonl.add(ident(r["source"]["file"], line) + (k,))
# wide CSV: the unanswered column
from_wide = set()
for r in csv.DictReader(open(p("wide.csv"), encoding="utf-8", newline="")):
    for k in filter(None, r["unanswered"].split("; ")):
        from_wide.add(ident(r["source.file"], r["source.first_line"]) + (k,))
# long CSV: the rows not answered
from_long = set()
files_long = set()
for r in csv.DictReader(open(p("long.csv"), encoding="utf-8", newline="")):
    files_long.add(r["source.file"])
    if r["key"] and r["state"] != "answered":
        from_long.add(ident(r["source.file"], r["source.first_line"]) + (r["key"],))
# SQLite: the answers not answered
db = sqlite3.connect(p("archive.sqlite"))
from_sqlite = {ident(f, l) + (k,) for f, l, k in db.execute(
    "SELECT r.file, r.first_line, a.key FROM answers a JOIN reports r USING (report_id) "
    "WHERE a.state <> 'answered'")}
view = {ident(f, l) for f, l in db.execute(
    "SELECT v.file, r.first_line FROM reports_with_unknown_values v JOIN reports r USING (report_id)")}
# xlsx: the Värden sheet's rows not answered
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(p("book.xlsx"))
strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"]))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter("{%s}sheet" % ns["m"])]
sheet = ET.fromstring(z.read("xl/worksheets/sheet%d.xml" % (names.index("Värden") + 1)))
rows = {}
for c in sheet.iter("{%s}c" % ns["m"]):
    ref = c.get("r"); col = re.match(r"[A-Z]+", ref).group(0); row = int(ref[len(col):])
    v = c.find("m:v", ns).text
    rows.setdefault(row, {})[col] = strings[int(v)] if c.get("t") == "s" else v
head = {v: k for k, v in rows[1].items()}
from_xlsx = set()
for n, r in rows.items():
    if n == 1: continue
    get = lambda name: r.get(head[name], "")
    if get("key") and get("state") != "answered":
        line = get("source.first_line")
        from_xlsx.add(ident(get("source.file"), int(float(line)) if line else "") + (get("key"),))
assert from_jsonl, "the set has no unknown values: the test proves nothing"
for name, got in [("wide", from_wide), ("long", from_long), ("sqlite", from_sqlite), ("xlsx", from_xlsx)]:
    assert got == from_jsonl, (name, sorted(got ^ from_jsonl)[:5])
assert view == {t[:2] for t in from_jsonl}, "the view"
# every file is in the long CSV, the unreadable and the letter too
files = {json.loads(l)["source"]["file"] for l in open(p("all.jsonl"), encoding="utf-8")}
assert files == files_long and len(files) == 6, (files, files_long)
print(len(from_jsonl), "unknown values in", len({t[:2] for t in from_jsonl}), "reports")
PY

# --- years and counts are JSON integers in every JSON output ---
"$bin" check "${in[@]}" -q -f jsonl > "$work/check.jsonl"
"$bin" extract "${in[@]}" -q -f json > "$work/all.json"
python3 - "$work" <<'PY' && ok "JSON, JSON Lines and check's JSON: years and counts are integers (2021, not 2021.0)" || bad "integers in JSON"
import json, os, sys
work = sys.argv[1]
ints = {l.split("\t")[0] for l in open("patterns/catalogue.tsv", encoding="utf-8") if l.split("\t")[1:2] == ["int"]}
records = [json.loads(l) for l in open(os.path.join(work, "all.jsonl"), encoding="utf-8")]
records += json.load(open(os.path.join(work, "all.json"), encoding="utf-8"))
seen = 0
for r in records:
    for k, v in r["fields"].items():
        if k in ints and v is not None:
            assert type(v) is int, (k, v); seen += 1
assert seen > 100, seen
checks = [json.loads(l) for l in open(os.path.join(work, "check.jsonl"), encoding="utf-8")]
assert any(c["year"] is not None for c in checks)
assert all(c["year"] is None or type(c["year"]) is int for c in checks), [c["year"] for c in checks]
PY

# --- the bundle's three reports are three rows told apart ---
python3 - "$work/wide.csv" <<'PY' && ok "wide CSV: a bundle's reports differ in their line ranges" || bad "bundle rows"
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")) if "bundle" in r["source.file"]]
assert len(rows) == 3, len(rows)
assert len({(r["source.first_line"], r["source.last_line"]) for r in rows}) == 3
assert all(r["status"] and r["edition"] and r["source.sha256"] for r in rows)
PY

finish
