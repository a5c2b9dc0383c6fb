#!/usr/bin/env bash
# `redovis check` as a county officer uses it on a mixed inbox: a good report,
# an incomplete one, a blank form, a cover letter with no report, a scan, an
# unreadable file and a second report from the same municipality and year.
# Checks the exit statuses (blank, no report, unreadable and duplicate fail;
# --fail-on), that the findings have a place in the file, the terminal's
# Swedish summary counting files needing action, --lang en, the HTML page
# (parsed, and rendered in headless Chromium), the draft letters against
# tests/data/check_inbox/letters/, and who has not reported (--county).
# usage: tests/check_inbox.sh path/to/redovis    (from the repository root)
# Prints one line per check and "N passed, M failed"; exits 1 on any failure.
. "$(dirname "$0")/lib.sh" "$1"
export SOURCE_DATE_EPOCH=1790000000  # the page's date: 2026-09-21

# --- the inbox ---
in="$work/inkorg"
mkdir -p "$in"
cp samples/004_d72b1a593931a5dc.txt "$in/1-nacka-2016.txt"                    # good: Nacka 2016
sed 's/^Totalt antal klienter\t30\t17$/Totalt antal klienter\t\t17/' \
  samples/003_9905a62abaf84389.txt > "$in/2-tyreso-ofullstandig.txt"           # incomplete: Tyresö 2020
cp samples/002_b542900f2722aa90.txt "$in/3-blank.txt"                         # a blank form
printf 'Hej!\n\nHär kommer vår redovisning av statsbidraget.\n\nVänliga hälsningar\nKalle\n' \
  > "$in/4-foljebrev.txt"                                                     # a cover letter alone
cp samples/001_6c9c6f8633700f23.scanned.pdf "$in/5-vasteras-skannad.pdf"      # a scan (OCR)
head -c 3000 /dev/urandom > "$in/6-trasig.pdf"                                # unreadable
cp samples/nacka_2016_form.txt "$in/7-nacka-igen.txt"                         # Nacka 2016 again
cmp -s "$in/2-tyreso-ofullstandig.txt" samples/003_9905a62abaf84389.txt \
  && bad "the incomplete report was not made (sed matched nothing)"

# --- exit statuses, file by file ---
one() { "$bin" check "$@" -q --timeout 0 >/dev/null 2>&1; echo $?; }
expect_rc "a good report" 0 "$(one "$in/1-nacka-2016.txt")"
expect_rc "a report with only warnings, --fail-on error (the default)" 0 "$(one samples/001_6c9c6f8633700f23.txt)"
expect_rc "seed 001 with --fail-on warning (its age groups do not add up)" 1 \
  "$(one samples/001_6c9c6f8633700f23.txt --fail-on warning)"
expect_rc "a good report with --fail-on info" 0 "$(one "$in/1-nacka-2016.txt" --fail-on info)"
expect_rc "a blank form" 1 "$(one "$in/3-blank.txt")"
expect_rc "a cover letter with no report" 1 "$(one "$in/4-foljebrev.txt")"
expect_rc "an unreadable file" 1 "$(one "$in/6-trasig.pdf")"
expect_rc "two reports from Nacka for 2016" 1 "$(one "$in/1-nacka-2016.txt" "$in/7-nacka-igen.txt")"
expect_rc "--fail-on with an unknown severity" 2 "$(one "$in/1-nacka-2016.txt" --fail-on fatal)"
expect_rc "--lang with an unknown language" 2 "$(one "$in/1-nacka-2016.txt" --lang de)"
expect_rc "--county naming no county" 2 "$(one "$in/1-nacka-2016.txt" --county Atlantis)"

# --- the whole inbox ---
# Run from the work directory, so that the inbox is named as an officer
# would: inkorg/.
(cd "$work" && "$bin" check inkorg -j 2 --timeout 0 -f jsonl -o inbox.jsonl --html inbox.html \
  --letters brev 2> inbox.err)
expect_rc "the mixed inbox" 1 $?
python3 - "$work/inbox.jsonl" <<'PY' > "$work/places.txt" 2>&1
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
by = {r["file"].rsplit("/", 1)[-1]: r for r in recs}
status = {k: v["status"] for k, v in by.items()}
want = {"1-nacka-2016.txt": "complete", "3-blank.txt": "blank", "4-foljebrev.txt": "no_report",
        "6-trasig.pdf": "unreadable", "7-nacka-igen.txt": "complete"}
for f, s in want.items():
    assert status.get(f) == s, f"{f}: status {status.get(f)}, expected {s}"
dup = [f for f in by["7-nacka-igen.txt"]["findings"] if f["code"] == "duplicate_report"]
assert len(dup) == 1 and dup[0]["severity"] == "error", by["7-nacka-igen.txt"]["findings"]
assert "1-nacka-2016.txt" in dup[0]["message"], dup[0]["message"]
assert not any(f["code"] == "duplicate_report" for f in by["1-nacka-2016.txt"]["findings"])
# Every finding has a place in its file, but the codes part A of issue 17
# still leaves without one (a missing answer, a file with no report or one
# that could not be read); those are counted, so the day they get a place
# this list can go.
pending = {"required_missing", "no_report", "wrong_format", "reader_note"}
# A question the tool never found has no place in the file: the report's range.
pending |= {"questions_not_found"}
unplaced, pending_seen = [], 0
for r in recs:
    for f in r["findings"]:
        placed = f.get("page") or f.get("line")
        if placed: continue
        if f["code"] in pending: pending_seen += 1
        else: unplaced.append((r["file"], f["code"]))
assert not unplaced, f"findings with no place: {unplaced}"
print(f"{sum(len(r['findings']) for r in recs)} findings in {len(recs)} reports placed; "
      f"{pending_seen} of codes still without a place ({', '.join(sorted(pending))})")
PY
[ $? = 0 ] && ok "the inbox's statuses, duplicate_report naming the first file, $(cat "$work/places.txt")" \
  || bad "the inbox's records" "$(cat "$work/places.txt")"
grep -q '^redovis: 7 filer, 6 behöver åtgärd, 1 utan anmärkning, ' "$work/inbox.err" \
  && ok "the summary counts files needing action, in Swedish" || bad "the summary" "$(cat "$work/inbox.err")"
# The text reports' language on the inbox without its scan: the whole inbox
# above read it once; OCR again would only cost time.
texts="$work/inkorg-utan-skanning"
cp -r "$in" "$texts" && rm "$texts/5-vasteras-skannad.pdf"
"$bin" check "$texts" -j 2 --timeout 0 --lang en > "$work/inbox-en.txt" 2> "$work/inbox-en.err"
grep -q '^redovis: 6 files, 5 need action, 1 without remarks, ' "$work/inbox-en.err" \
  && grep -q '3-blank.txt (lines .*)  blank form  po-2023' "$work/inbox-en.txt" \
  && ok "--lang en: the summary and the statuses in English" || bad "--lang en" "$(cat "$work/inbox-en.err")"
"$bin" check "$texts" -j 2 --timeout 0 > "$work/inbox-sv.txt" 2>/dev/null
grep -q '3-blank.txt (raderna .*)  tom blankett  po-2023  .*fel 0, varningar 0' "$work/inbox-sv.txt" \
  && grep -q '^  fel duplicate_report .*rad 1: En redovisning från Nacka för 2016 finns redan i .*1-nacka-2016.txt' "$work/inbox-sv.txt" \
  && ok "the text report is Swedish by default" || bad "the Swedish text report" "$(head -30 "$work/inbox-sv.txt")"

# --- the HTML page, parsed ---
python3 - "$work/inbox.html" <<'PY' > "$work/html.txt" 2>&1
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.lang = None; s.rows = []; s.cell = None; s.in_files = False
        s.mailto = []; s.time = ""; s.intime = False; s.summary = ""; s.insum = False
    def handle_starttag(s, t, a):
        a = dict(a)
        if t == "html": s.lang = a.get("lang")
        if t == "table" and a.get("id") == "files": s.in_files = True
        if s.in_files and t == "tr": s.rows.append([])
        if s.in_files and t in ("td", "th"): s.cell = ""
        if t == "a" and a.get("href", "").startswith("mailto:"): s.mailto.append(a["href"])
        if t == "time": s.intime = True
        if t == "p" and a.get("id") == "summary": s.insum = True
    def handle_endtag(s, t):
        if t == "table": s.in_files = False
        if s.in_files and t in ("td", "th") and s.cell is not None: s.rows[-1].append(s.cell.strip()); s.cell = None
        if t == "time": s.intime = False
        if t == "p": s.insum = False
    def handle_data(s, d):
        if s.cell is not None: s.cell += d
        if s.intime: s.time += d
        if s.insum: s.summary += d
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
assert p.lang == "sv", p.lang
assert p.time == "2026-09-21", p.time
head, rows = p.rows[0], p.rows[1:]
assert head[1:] == ["Fil", "Status", "Kommun", "År", "Kontaktperson", "E-post",
                    "Att fråga kommunen", "Att kontrollera själv"], head
assert len(rows) == 7, len(rows)
assert p.summary == "7 filer: 6 behöver åtgärd, 1 utan anmärkning", p.summary
byfile = {r[1].rsplit("/", 1)[-1]: r for r in rows}
nacka = byfile["1-nacka-2016.txt"]
assert nacka[3] == "Nacka" and nacka[5] == "Marie Kronosjö" and nacka[6] == "marie.kronosjo@nacka.se", nacka
assert "mailto:marie.kronosjo@nacka.se" in p.mailto
assert nacka[7] == "" and nacka[8] == "" and "utan anmärkning" in nacka[2], nacka
assert "Blanketten är inte ifylld" in byfile["3-blank.txt"][7]
assert "ingen redovisning" in byfile["4-foljebrev.txt"][7]
assert "Nacka för 2016 finns redan" in byfile["7-nacka-igen.txt"][7]
assert "behöver åtgärd" in byfile["6-trasig.pdf"][2]
print(f"lang sv, dated, {len(rows)} rows, {len(p.mailto)} mailto links, the action lists in Swedish")
PY
[ $? = 0 ] && ok "the HTML page: $(cat "$work/html.txt")" || bad "the HTML page" "$(cat "$work/html.txt")"

# --- the HTML page, in headless Chromium ---
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then
  if msg=$(python3 tests/check_html_render.py "$work/inbox.html" 1-nacka-2016.txt 3-blank.txt \
      4-foljebrev.txt 6-trasig.pdf 7-nacka-igen.txt --codes duplicate_report \
      --text "Att fråga kommunen,Blanketten är inte ifylld,Nacka för 2016 finns redan,behöver åtgärd" \
      --mailto marie.kronosjo@nacka.se 2>&1); then
    ok "the HTML page in headless Chromium: $msg"
  else
    bad "the HTML page in headless Chromium" "$msg"
  fi
else
  echo "skip the HTML page in headless Chromium: chromium is not installed and scripts/install-deps.sh could not install it"
fi

# --- the draft letters ---
expected=tests/data/check_inbox/letters
if diff -r "$expected" "$work/brev" > "$work/letters.diff"; then
  ok "the draft letters equal $expected ($(ls "$work/brev" | tr '\n' ' '))"
else
  bad "the draft letters differ from $expected" "$(cat "$work/letters.diff")"
fi
grep -q "utkast till brev i brev" "$work/inbox.err" && grep -q '2 filer behöver åtgärd men kommunen är okänd' "$work/inbox.err" \
  && ok "the summary names the letters and the files no letter could go to" || bad "the letters' summary" "$(cat "$work/inbox.err")"

# --- who has not reported ---
"$bin" check "$in/1-nacka-2016.txt" "$in/2-tyreso-ofullstandig.txt" --county 01 -q > "$work/county.txt"
line=$(grep '^Har inte redovisat (Stockholms län): ' "$work/county.txt")
if [ -n "$line" ] && ! grep -qE '(: |, )(Nacka|Värmdö|Tyresö)(,|$)' <<<"$line" && grep -q 'Danderyd' <<<"$line" \
  && [ "$(tr ',' '\n' <<<"$line" | wc -l)" = 23 ]; then
  ok "--county 01: 23 of Stockholm's 26 without a report (Värmdö covered by Nacka's report)"
else
  bad "--county 01" "$line"
fi
"$bin" check "$in/1-nacka-2016.txt" "$in/2-tyreso-ofullstandig.txt" -q > "$work/inferred.txt"
grep -q '^Har inte redovisat (Stockholms län): ' "$work/inferred.txt" \
  && ok "the county inferred when every report names the same one" || bad "no county inferred" "$(tail -2 "$work/inferred.txt")"
"$bin" check "$in/1-nacka-2016.txt" samples/001_6c9c6f8633700f23.txt -q > "$work/two.txt"
! grep -q 'Har inte redovisat' "$work/two.txt" && ok "no county inferred from reports of two counties" \
  || bad "a county inferred from two" "$(tail -2 "$work/two.txt")"
"$bin" check "$in/1-nacka-2016.txt" --county "Stockholms län" -q -f jsonl > /dev/null 2> "$work/county.err"
[ ! -s "$work/county.err" ] && ok "-q silences the roster with a JSON format" || bad "-q and the roster" "$(cat "$work/county.err")"

finish
