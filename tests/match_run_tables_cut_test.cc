// The walk's tables (match_run_tables.cc) on lines a cut left (cut_lines.h's
// mark at a line's end: `cut -c1-80` of a laid-out page, a hard fold not
// proven): a row's column past the cut is the tool's loss, never a blank,
// and a column word the cut left whole still names its column (the rest of
// match_run_tables.cc's cases: match_run_tables_test.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "read/text/cut_lines.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace match_run_tables_cut_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

TEST_CASE("a row on a line marked cut names each column it holds no cell in") {
  // A hard fold's row that could not be proven (cut_lines.h's MarkCutRows):
  // "Totalt antal klienter 29" at the width, the Män count on the rest. The
  // Män key is the tool's loss, never a blank left: it gets the finding too.
  const std::string cut = kCutLine;
  auto recs =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t29" + cut + "\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.men").is_null());
  const Finding* f = testing::FindCodeFor(r, "value_unreadable", "clients.total.men");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "cut_line");
}

namespace {

// A laid-out line (`pdftotext -layout`): `label`, then `cell` from column
// `at`, padded with blanks to column `width` (a cut's place) when given.
std::string LaidOut(const std::string& label, const std::string& cell, size_t at,
                    size_t width = 0) {
  std::string line = label + std::string(at - label.size(), ' ') + cell;
  if (width > line.size()) line += std::string(width - line.size(), ' ');
  return line;
}

bool NamesKey(const Record& r, const std::string& message_id, const std::string& key) {
  for (const Finding& f : r.findings)
    if (f.message_id == message_id && testing::NamesKey(f, key)) return true;
  return false;
}

}  // namespace

TEST_CASE("a text cut right after a whole column word: its counts are read, the rest a cut's") {
  // `pdftotext -layout | cut -c1-80`: "Kvinnor " is left of the cut whole
  // (a blank after it), "Män" and its counts are gone. Each line reaching
  // the cut ends in kCutLine, as the text reader marks it.
  const std::string cut = kCutLine;
  const std::string body = "2. Klienter\n\n" + LaidOut("", "Kvinnor", 72, 80) + cut + "\n" +
                           LaidOut("Totalt antal klienter", "29", 72, 80) + cut + "\n" +
                           LaidOut("Antal nya klienter", "9", 72, 80) + cut + "\n";
  auto recs = ExtractText(Form2020(body));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.new.women").ToDisplay() == "9");
  CHECK(r.Get("clients.total.men").is_null());
  CHECK(NamesKey(r, "cut_line", "clients.total.men"));
  CHECK(NamesKey(r, "cut_line", "clients.new.men"));

  // Cut in bytes (`cut -b1-80`): a row with å and ä ends two columns short,
  // its cut under the word's last letters; its count is still the word's.
  const std::string bytes = "2. Klienter\n\n" + LaidOut("", "Kvinnor", 72, 80) + cut + "\n" +
                            LaidOut("Totalt antal klienter", "29", 72, 80) + cut + "\n" +
                            LaidOut("därav mellan 18 och 29 år", "14", 72, 78) + cut + "\n";
  auto b = ExtractText(Form2020(bytes));
  REQUIRE(b.size() == 1);
  CHECK(b[0].Get("clients.total.age_18_29.women").ToDisplay() == "14");
  CHECK(b[0].Get("clients.total.age_18_29.men").is_null());

  // The word reaching the cut ("Kvinnor" of "Kvinnorna ..."?) is not whole:
  // no column, no count.
  const std::string reaching = "2. Klienter\n\n" + LaidOut("", "Kvinnor", 73, 80) + cut + "\n" +
                               LaidOut("Totalt antal klienter", "29", 73, 80) + cut + "\n";
  auto w = ExtractText(Form2020(reaching));
  REQUIRE(w.size() == 1);
  CHECK(w[0].Get("clients.total.women").is_null());
}

TEST_CASE(
    "a text cut inside a column word: that column's keys are the cut's; after a row label's "
    "header") {
  // `cut -c1-100`: the header's "Män" cut to "Mä"; the rows end before the
  // cut, their counts under "Mä" whole but in a column no header names.
  const std::string cut = kCutLine;
  const std::string body = "3. Kontakt med verksamheten\n\n" +
                           LaidOut("Kontaktorsak", "Kvinnor", 80) + LaidOut("", "Mä", 11) + cut +
                           "\n" + LaidOut("Ekonomi", "14", 80) + LaidOut("", "7", 16) + "\n" +
                           LaidOut("Bostad", "", 80) + LaidOut("", "4", 18) + "\n";
  auto recs = ExtractText(Form2020(body));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "14");
  CHECK(r.Get("contact_reasons.economy.men").is_null());
  CHECK(NamesKey(r, "cut_header", "contact_reasons.economy.men"));
  CHECK(r.Get("contact_reasons.housing.men").is_null());
  CHECK(NamesKey(r, "cut_header", "contact_reasons.housing.men"));
  // The column the header names keeps its blank: no finding of the cut.
  CHECK(r.Get("contact_reasons.housing.women").is_null());
  CHECK_FALSE(NamesKey(r, "cut_header", "contact_reasons.housing.women"));
  CHECK_FALSE(NamesKey(r, "cut_line", "contact_reasons.housing.women"));

  // The whole word after the row labels' header ("Kontaktorsak ... Kvinnor "
  // and the cut): read as in a header of column words alone.
  const std::string whole = "3. Kontakt med verksamheten\n\n" +
                            LaidOut("Kontaktorsak", "Kvinnor", 72, 80) + cut + "\n" +
                            LaidOut("Ekonomi", "16", 72, 80) + cut + "\n";
  auto w = ExtractText(Form2020(whole));
  REQUIRE(w.size() == 1);
  CHECK(w[0].Get("contact_reasons.economy.women").ToDisplay() == "16");
  CHECK(NamesKey(w[0], "cut_line", "contact_reasons.economy.men"));
}

}  // namespace match_run_tables_cut_test
