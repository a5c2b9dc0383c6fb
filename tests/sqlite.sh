#!/usr/bin/env bash
# The SQLite archive end to end (extract -f sqlite): built from samples/, then
# again with two more files, of which only those two are read; the views
# answer "clients per municipality and year" and "which reports have unknown
# values" as the JSON Lines records do; a run killed with SIGKILL in the
# middle of its writes leaves a database that passes PRAGMA integrity_check,
# and the next run goes on from what was committed.
#
# usage: tests/sqlite.sh path/to/redovis   (from the repository root; needs sqlite3)
. "$(dirname "$0")/lib.sh" "$1"
q() { sqlite3 -batch -noheader "$@"; }

# Scanned PDFs (OCR, seconds a page) and the .doc and .rtf (a LibreOffice
# conversion each, seconds a file; tests/legacy_formats.sh reads them) are
# left out: they prove nothing more here.
skip=(--exclude '*.scanned.pdf' --exclude '*.doc' --exclude '*.rtf')
db=$work/archive.sqlite
n_samples=$(find samples -type f ! -name '*.scanned.pdf' ! -name '*.doc' ! -name '*.rtf' | wc -l)

# --- built from samples/ ---
"$bin" extract samples/ "${skip[@]}" -j 2 -o "$db" 2>"$work/first.err"
rc=$?
[ "$rc" = 0 ] && grep -q "^redovis: 0 files already in the database, $n_samples new$" "$work/first.err" \
  && [ "$(q "$db" 'SELECT count(*) FROM files')" = "$n_samples" ] \
  && ok "samples/ into a new archive: $n_samples files, all new (exit $rc)" \
  || bad "a new archive from samples/ (exit $rc)" "$(cat "$work/first.err")"
[ "$(q "$db" 'PRAGMA integrity_check')" = ok ] && [ "$(q "$db" 'PRAGMA journal_mode')" = wal ] \
  && ok "the archive passes integrity_check, in WAL mode" || bad "integrity or WAL"

# --- again, with two more files: only those two are read ---
mkdir "$work/more"
cp samples/000_2b37c49d4415161a.txt samples/003_9905a62abaf84389.txt "$work/more/"
for f in "$work"/more/*.txt; do printf '\n' >> "$f"; done  # new bytes, a new SHA-256
"$bin" extract samples/ "$work/more" "${skip[@]}" -j 2 -o "$db" 2>"$work/second.err"
rc=$?
[ "$rc" = 0 ] && grep -q "^redovis: $n_samples files already in the database, 2 new$" "$work/second.err" \
  && grep -q "^redovis: 2 files, " "$work/second.err" \
  && [ "$(q "$db" 'SELECT count(*) FROM files')" = $((n_samples + 2)) ] \
  && ok "samples/ and two more: only the two new files read" \
  || bad "incremental run (exit $rc)" "$(cat "$work/second.err")"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$db" --rebuild -q
[ "$(q "$db" 'SELECT count(*) FROM files')" = 1 ] && ok "--rebuild empties the archive and reads again" \
  || bad "--rebuild"
"$bin" extract samples/ "$work/more" "${skip[@]}" -j 2 -o "$db" --rebuild -q

# --- the two questions, from the views, as the JSON Lines records answer them ---
"$bin" extract samples/ "$work/more" "${skip[@]}" -j 2 -q -f jsonl > "$work/all.jsonl"
q -separator '|' "$db" 'SELECT municipality_code, year, clients FROM clients_per_municipality_year
  ORDER BY municipality_code, year' > "$work/clients.sql"
q -separator '|' "$db" "SELECT file || '#' || seq FROM reports_with_unknown_values ORDER BY 1" \
  > "$work/unknown.sql"
python3 - "$work/all.jsonl" "$work/clients.sql" "$work/unknown.sql" <<'PY' > "$work/views.txt" 2>&1
import collections, json, sys
records = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
seq = collections.Counter()
unknown, per = [], collections.defaultdict(set)
for r in records:
    seq[r["source"]["file"]] += 1
    f = r["fields"]
    if any(v is None for v in f.values()):
        unknown.append(r["source"]["file"] + "#" + str(seq[r["source"]["file"]]))
    code, year = f.get("report.municipality_code"), f.get("report.year")
    if code is not None and year is not None:
        w, m = f.get("clients.total.women"), f.get("clients.total.men")
        per[(code, year)].add((w, m))
want_clients = []
for (code, year), counts in sorted(per.items()):
    ws, ms = {w for w, _ in counts if w is not None}, {m for _, m in counts if m is not None}
    total = str(next(iter(ws)) + next(iter(ms))) if len(ws) == 1 and len(ms) == 1 else ""
    want_clients.append(f"{code}|{year}|{total}")
got_clients = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
got_unknown = open(sys.argv[3], encoding="utf-8").read().split("\n")[:-1]
assert got_clients == want_clients, (got_clients, want_clients)
assert sorted(got_unknown) == sorted(unknown), (got_unknown, unknown)
assert any(c.split("|")[2] for c in got_clients), "no municipality with clients"
assert unknown, "no report with unknown values: the test proves nothing"
print(len(got_clients), len(got_unknown))
PY
[ $? = 0 ] && ok "the views answer as the records do (municipality-years, reports with unknowns: $(cat "$work/views.txt"))" \
  || bad "the views" "$(cat "$work/views.txt")"

# --- kill -9 during the writes: the database stays valid, the next run goes on ---
mkdir "$work/many"
for i in $(seq 1 120); do
  for f in samples/00[0-4]_*.txt; do
    { cat "$f"; printf '\n%d\n' "$i"; } > "$work/many/$i-$(basename "$f")"
  done
done
kill_db=$work/killed.sqlite
"$bin" extract "$work/many" -j 2 -q -o "$kill_db" &
pid=$!
for _ in $(seq 1 600); do  # until the first transaction is committed (at most 60 s)
  n=$(q "$kill_db" 'SELECT count(*) FROM files' 2>/dev/null || echo 0)
  [ "${n:-0}" -gt 0 ] && break
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
sleep 0.5  # the workers see their pipes close and end
n=$(q "$kill_db" 'SELECT count(*) FROM files')
check=$(q "$kill_db" 'PRAGMA integrity_check')
[ "$check" = ok ] && [ "$n" -gt 0 ] && [ "$n" -lt 600 ] && [ $((n % 32)) = 0 ] \
  && ok "kill -9 mid-write: integrity_check ok, $n files committed (whole transactions)" \
  || bad "kill -9 mid-write: integrity '$check', $n files"
"$bin" extract "$work/many" -j 2 -o "$kill_db" 2>"$work/resume.err"
grep -q "^redovis: $n files already in the database, $((600 - n)) new$" "$work/resume.err" \
  && [ "$(q "$kill_db" 'SELECT count(DISTINCT sha256) FROM files')" = 600 ] \
  && ok "the next run reads only the files not committed" || bad "resume after kill" "$(cat "$work/resume.err")"

# --- the command line ---
"$bin" extract samples/000_2b37c49d4415161a.txt -f sqlite -q 2>"$work/no-o.err"
rc=$?
[ "$rc" = 2 ] && grep -q "needs -o FILE" "$work/no-o.err" && ok "-f sqlite without -o: exit 2" \
  || bad "-f sqlite without -o (exit $rc)"
"$bin" extract samples/000_2b37c49d4415161a.txt -f csv -o "$work/x.db" -q 2>"$work/clash.err"
rc=$?
[ "$rc" = 2 ] && grep -q -- "--format csv clashes" "$work/clash.err" && ok "-f csv -o x.db: exit 2" \
  || bad "-f csv -o x.db (exit $rc)"
echo "not a database, only text that is long enough to be read as a header" > "$work/text.sqlite"
"$bin" extract samples/000_2b37c49d4415161a.txt -o "$work/text.sqlite" -q 2>"$work/text.err"
rc=$?
[ "$rc" = 2 ] && grep -q "text.sqlite" "$work/text.err" && ok "a file that is not a database: exit 2, named" \
  || bad "not a database (exit $rc)" "$(cat "$work/text.err")"
"$bin" extract samples/000_2b37c49d4415161a.txt --rebuild -q > /dev/null 2>&1
[ $? = 2 ] && ok "--rebuild without an archive: exit 2" || bad "--rebuild without an archive"

finish
