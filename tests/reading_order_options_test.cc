// Reading-order text, its option lists and a section's only mark
// (reading_order_options.cc): a list's boxes tied to its options where the
// order proves it (a run of boxes before a run of options, or each option
// right after its own box), and refused otherwise (null and a finding).
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

namespace reading_order_options_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

namespace {

// covid.affected as raw pdftotext's order gives it, `list` (its boxes and
// options) between the question and the next one.
Value CovidAffected(const std::string& list) {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKommun Tyresö\n\f8. Coronapandemin\n"
      "Har Coronapandemin påverkat er användning av statsbidraget under 2020?\n" +
      list +
      "\nOm ja, ange hur Coronapandemin har påverkat er verksamhet med personliga ombud?\n\f");
  REQUIRE(recs.size() == 1);
  return recs[0].Get("covid.affected");
}

}  // namespace

TEST_CASE("reading-order text: a list's boxes written before its options tick them in order") {
  auto read = [](const std::string& boxes) {
    return CovidAffected(boxes + "\nJa\nNej\nKan inte bedöma\n");
  };
  CHECK(read("☐\n☐\n☒\n").ToDisplay() == "cannot_assess");
  CHECK(read("☐\n☒\n☐\n").ToDisplay() == "no");
  // As many boxes as options, or nothing: two boxes for three options are
  // not tied to any of them.
  CHECK(read("☐\n☒\n").is_null());
  // Boxes cut from their options by another line are not theirs.
  CHECK(read("☐\n☐\n☒\nFlera alternativ kan anges.\n").is_null());
}

TEST_CASE("reading-order text: a list's boxes and options a blank line apart (pdfminer)") {
  // pdf2txt writes a blank line after every line: the runs are still three
  // boxes and three options, and the box next to "Ja" is the third's.
  CHECK(CovidAffected("☐\n\n☐\n\n☒\n\nJa\n\nNej\n\nKan inte bedöma\n").ToDisplay() ==
        "cannot_assess");
  CHECK(CovidAffected("☐\n\n☒\n\n☐\n\nJa\n\nNej\n\nKan inte bedöma\n").ToDisplay() == "no");
  // Two boxes for three options: nothing.
  CHECK(CovidAffected("☐\n\n☒\n\nJa\n\nNej\n\nKan inte bedöma\n").is_null());
}

TEST_CASE("reading-order text: the section's only mark answers its only question of a mark") {
  // The signature's table written column after column: "JA", the answer to
  // "Detta dokument har beslutats digitalt ...", comes after the other
  // column's cells.
  const std::string head =
      "10. Underskrift av behörig företrädare för kommunen\nDatum 2020-01-12\nTitel Enhetschef\n"
      "Detta dokument har beslutats digitalt och saknar därmed underskrift\n\n"
      "Namnförtydligande Inga-Lill Nilsson\nE-postadress a.b@timra.se\n";
  auto recs = ExtractText(Form2020(head + "JA\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.digitally_approved").ToDisplay() == "true");
  CHECK(recs[0].Get("signature.email").ToDisplay() == "a.b@timra.se");
  // Two marks in the section, or a box besides the mark: whose is not shown.
  for (const char* tail : {"JA\nX\n\f", "☐\nJA\n\f"}) {
    auto two = ExtractText(Form2020(head + tail));
    REQUIRE(two.size() == 1);
    CHECK(two[0].Get("signature.digitally_approved").is_null());
  }
}

TEST_CASE("reading-order text: a list's options each right after its own box") {
  // pdftohtml's lines dumped by w3m, html2text or lynx: "☐" / "Ja" / "☐" /
  // "Nej" / "☒" / "Kan inte bedöma". Before, such a list was read by no
  // order (the boxes stand in no run of their own) and its ticked box was a
  // stray mark: value_unreadable.
  auto read = CovidAffected;
  CHECK(read("☐\nJa\n☐\nNej\n☒\nKan inte bedöma\n").ToDisplay() == "cannot_assess");
  CHECK(read("☐\nJa\n☒\nNej\n☐\nKan inte bedöma\n").ToDisplay() == "no");
  // Each option before its box ("Ja" / "☐" / ...): the list opens with an
  // option, and the last box has no option after it: not read so.
  CHECK(read("Ja\n☐\nNej\n☐\nKan inte bedöma\n☒\n").is_null());
  // A box after the last option: it may be that option's.
  CHECK(read("☐\nJa\n☐\nNej\n☒\nKan inte bedöma\n☐\n").is_null());
  // Two boxes before an option: not one box an option.
  CHECK(read("☐\n☐\nJa\n☐\nNej\n☒\nKan inte bedöma\n").is_null());
}

TEST_CASE("reading-order text: a list's box and option a block, one blank line between blocks") {
  // MuPDF's text (`mutool draw -F txt`): each box and its option a block,
  // "☐" / "Ja" / blank / "☐" / "Nej" / blank / "☒" / "Kan inte bedöma".
  auto read = CovidAffected;
  CHECK(read("☐\nJa\n\n☐\nNej\n\n☒\nKan inte bedöma\n").ToDisplay() == "cannot_assess");
  CHECK(read("☒\nJa\n\n☐\nNej\n☐\nKan inte bedöma\n").ToDisplay() == "yes");
  // Each option over its box, a block each: no box stands right above an
  // option but the one of the block before: not read.
  CHECK(read("Ja\n☐\n\nNej\n☒\n\nKan inte bedöma\n☐\n").is_null());
  // A box after a blank line after the last option, with no option after
  // it: it may be that option's.
  CHECK(read("☐\nJa\n\n☐\nNej\n\n☒\nKan inte bedöma\n\n☐\n").is_null());
  // A box parted from its option by a blank line ties to no option.
  CHECK(read("☐\n\nJa\n☐\n\nNej\n☒\n\nKan inte bedöma\n").is_null());
}

namespace {

// The 2021 form's covid.effects as plain pdftotext's order gives it: seven
// boxes in two runs, then seven options in two runs, the third option's last
// word past the blank line that parts the runs ("... stödinsatser till" /
// "" / "klienterna"). `boxes` replaces the boxes.
Value CovidEffects2021(const std::string& boxes) {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2021\nKommun Tyresö\n\f8. Coronapandemin\n"
      "Har Coronapandemin påverkat er verksamhet med personliga ombud under 2021?\n"
      "☐\n☒\n☐\n☐\n\nJa\nDelvis\nNej\nKan inte bedöma\n\n"
      "Om ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er verksamhet med "
      "personliga ombud?\n" +
      boxes +
      "\nVerksamheten för personligt ombud har fått flera klienter som söker stöd och hjälp\n"
      "Verksamheten för personliga ombud har tillhandahållit ett ökat utbud av stödinsatser till\n"
      "klienterna\n"
      "Verksamheten för personliga ombud har tillhandahållit ett minskat utbud av stödinsatser "
      "till\n"
      "\nklienterna\n"
      "Verksamheten för personliga ombud har ställt om och ändrat sina arbetssätt med klienterna\n"
      "genom t.ex. fler telefonkontakter\n"
      "Vi har inte kunna erbjuda planerade utbildningar till personliga ombud\n"
      "Vi har inte kunna erbjuda handledning till personliga ombud\n"
      "Annan förändring, ange vad:\n\nKommentera gärna ert svar:\n\f");
  REQUIRE(recs.size() == 1);
  return recs[0].Get("covid.effects");
}

}  // namespace

TEST_CASE("reading-order text: an option's last word past the blank line between two runs") {
  // Before, the first option's walk stopped at the blank line (three
  // options, four boxes above them: untied), the fourth's walk went up past
  // it and tied all seven: the list read ["changed_methods"] for
  // ["more_clients", "changed_methods"]. Every option now finds one run.
  CHECK(CovidEffects2021("☒\n☐\n☐\n\n☒\n☐\n☐\n☐\n").ToDisplay() == "more_clients; changed_methods");
  CHECK(CovidEffects2021("☐\n☐\n☐\n\n☐\n☐\n☒\n☐\n").ToDisplay() == "supervision_cancelled");
  // Six boxes for seven options: no mark is tied, none read.
  CHECK(CovidEffects2021("☒\n☐\n\n☒\n☐\n☐\n☐\n").is_null());
}

}  // namespace reading_order_options_test
