// The walk's tables (match_run_tables.cc) whose values stand on lines of
// their own under their row's label (a cell a line: a text browser's dump of
// a page, empty cells no line): a value's column is told only where the text
// shows how it writes an empty cell, never guessed from a line the tool
// emptied itself, nor from a mark at the margin where the labels stand (the
// rest of match_run_tables.cc's cases: match_run_tables_test.cc).
#include <doctest/doctest.h>

#include <string>

#include "redovis/extractor.h"
#include "test_support.h"

namespace match_run_tables_stacked_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("a mark right under its row's label in a text with no blank line tells no column") {
  // html2text's dump of MuPDF's XHTML: a cell a line, empty cells no line and
  // no blank line anywhere. The lines a rebuilt table emptied ("Män", "11",
  // "6") and the footnote's body the normaliser left out are no blank lines
  // of the text.
  const std::string text =
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
      "Kommun          Tyresö\n1. Personliga ombud\n"
      "Ange antal tjänster med 2 decimaler: 3,00\n"
      "[1: Anges med två decimaler.]\n"
      "3. Kontakt med verksamheten\nKontaktorsak\nKvinnor\nMän\nEkonomi\n11\n6\nBostad\n7\n4\n"
      "5. Organisation, ledning och samverkan\n"
      "Ange vem som är utförare av verksamheten med personligt ombud i er kommun under\n2020\n"
      "Ja\nNej\nKommun\nX\nFörening\nX\nStiftelse\nX\n"
      "Om annan utförare än kommunen, ange organisationens namn\n8. Coronapandemin\n";
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.economy.women").ToDisplay() == "11");
  for (const char* key : {"provider.municipality", "provider.association", "provider.foundation"})
    CHECK(recs[0].Get(key).is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("'X'") != std::string::npos);
}

TEST_CASE("a mark on the line under a row's label, where the label starts, is in no column") {
  // A reading order's line under a one-line header ("Ja Nej" / "Stiftelse"
  // / "X"): the mark stands at the margin, where the labels do.
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n\n"
               "Ja Nej\nStiftelse\nX\n\n"
               "Om annan utförare än kommunen, ange organisationens namn\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("provider.foundation").is_null());
}

TEST_CASE("a row's first count on its label's line and the next one under it fill the columns") {
  // pdftohtml's page through w3m: its boxes by their tops, "Kvinnor" broken in
  // its cell around "Män", the row's first count beside its label's first
  // line, the second count on a line of its own, then the label's rest.
  auto read = [](const std::string& head, const std::string& counts) {
    auto recs = ExtractText(Form2020(
        "2. Klienter\nKlienter med hemmavarande\n" + head +
        "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² vilka är "
        "kända  " +
        counts + "för verksamheten.\n3. Kontakt med verksamheten\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  for (const std::string head : {"Kvinn\nMän\nor\n", "Kvinnor\nMän\n", "Kvinnor Män\n"}) {
    CAPTURE(head);
    Record r = read(head, "10\n8\n");
    CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
    CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
    // A count short (an empty cell leaves no line), a count too many, or a
    // box after them: which column each stands in is not told.
    for (const std::string counts : {"10\n", "10\n8\n3\n", "10\n8\n☒\n"}) {
      CAPTURE(counts);
      Record s = read(head, counts);
      CHECK(s.Get("clients.with_children.women").is_null());
      CHECK(s.Get("clients.with_children.men").is_null());
    }
  }
}

TEST_CASE(
    "layout text: a page marker between a stacked row's label and its counts is passed over") {
  // pdftotext -layout with each form feed written as a page marker ("=== Sida
  // 4 av 13 ==="): the marker stands where the page turned, between the
  // row's label and its counts, and is no value of the stack.
  auto read = [](const std::string& turn) {
    auto recs = ExtractText(Form2020(
        "2. Klienter\nAnge antal klienter som fått stöd av personligt ombud.\n\n\n"
        "                                        Kvinno\n                                        "
        "r\n"
        "                                        Män\n\n\n"
        "                        Totalt antal klienter\n                        40\n"
        "                        22\n\n\n                     därav mellan 18 och 29 år\n\n" +
        turn +
        "\n10\n6\n\n\ndärav mellan 30 och 49 år\n18\n9\n\n\n"
        "3. Kontakt med verksamheten\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  for (const std::string turn : {"\f", "=== Sida 4 av 13 ===", "--- Page 4 ---"}) {
    CAPTURE(turn);
    Record r = read(turn);
    CHECK(r.Get("clients.total.women").ToDisplay() == "40");
    CHECK(r.Get("clients.total.age_18_29.women").ToDisplay() == "10");
    CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "6");
    CHECK(r.Get("clients.total.age_30_49.men").ToDisplay() == "9");
  }
  // A bare page number there (-nopgbrk's footer) cannot be told from a
  // count: three numbers under two columns leave the row null.
  Record bare = read("4");
  CHECK(bare.Get("clients.total.age_18_29.women").is_null());
  CHECK(bare.Get("clients.total.age_18_29.men").is_null());
  const Finding* f = FindCode(bare, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("more values than columns") != std::string::npos);
  CHECK(bare.Get("clients.total.age_30_49.men").ToDisplay() == "9");
}

}  // namespace match_run_tables_stacked_test
