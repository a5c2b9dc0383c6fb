// The walk's values on the lines below a label (match_run_below.cc): the
// value under its label, in its column where the row has positions, a stack
// of labels over a stack of values, a Ja or Nej typed alone under its
// question, and what stops a line below from being the value.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace match_run_below_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::FindCodeFor;
using redovis::testing::Form2020;

TEST_CASE("a label answered on its own line is no label of a stack above the next one's answer") {
  // "Kommun: Tyresö" holds its answer: "Kontaktperson:" alone under it takes
  // the next line, as a bare label does (counted in a stack of two labels,
  // it took the second of the two lines under them).
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun: Tyresö\nKontaktperson:\nAnna Berg\nSocialförvaltningen\n\n"
      "8. Coronapandemin\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("report.municipality").ToDisplay() == "Tyresö");
  CHECK(recs[0].Get("contact.person").ToDisplay() == "Anna Berg");
  // So is a label with a number after it, no colon ("Postnummer 721 87"):
  // MuPDF's text broke the place's name over two lines, and Postort, in a
  // stack of two, took the second ("G"). It takes no piece of a name now.
  auto broken = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun Skinnskatteberg\nPostnummer 721 87\nPostort\nSKINNSKATTEBER\nG\n\n"
      "8. Coronapandemin\n");
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].Get("contact.postcode").ToDisplay() == "72187");
  CHECK(broken[0].Get("contact.city").ToDisplay() != "G");
}

TEST_CASE("a page's rule between a bare label and its value is passed over") {
  // pdftohtml's pages through w3m: "E-postadress" at a page's foot, its
  // address past the rule w3m draws for the page break.
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun Tyresö\nE-postadress\n" +
      std::string(80, '=') + "\nanna.berg@tyreso.se\n\n8. Coronapandemin\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.email").ToDisplay() == "anna.berg@tyreso.se");
}

TEST_CASE("a Ja or Nej typed alone under the digital-approval sentence is its answer") {
  auto sentence = [](const std::string& below) {
    return ExtractText(
        "REDOVISNING\nStatsbidrag avseende år 2020\n"
        "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n"
        "9. Övrigt\nSynpunkter och övriga reflektioner på verksamheten\n"
        "Verksamheten har fungerat väl under året, trots att en tjänst var vakant i tre "
        "månader.\n\n"
        "10. Underskrift av behörig företrädare för kommunen\nTitel: Enhetschef\n"
        "Detta dokument har beslutats digitalt och saknar därmed underskrift\n" +
        below);
  };
  auto yes = sentence("JA\n");
  REQUIRE(yes.size() == 1);
  CHECK(yes[0].Get("signature.digitally_approved").as_bool() == true);
  auto no = sentence("\nNej.\n");
  REQUIRE(no.size() == 1);
  CHECK(no[0].Get("signature.digitally_approved").as_bool() == false);
  // A mark, a sentence or a header written one word a line is no answer.
  for (const char* other :
       {"X\n", "Ja, men först i januari\n", "Ja\nNej\n", "Med vänlig hälsning\n"}) {
    auto none = sentence(other);
    REQUIRE(none.size() == 1);
    CHECK_MESSAGE(none[0].Get("signature.digitally_approved").is_null(), other);
  }
}

TEST_CASE("layout text: a label alone on its line takes the one cell under it") {
  // pdftotext -layout -fixed 10: "Postort" alone, the address's wrap and
  // the city on the line under it; the city is the cell under the label,
  // not the line's first.
  auto recs =
      ExtractText(Form2020("Kommun Västerås\n"
                           "\n"
                           "                                      Postort\n"
                           "Stadshuset                            VÄSTERÅS\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.city").ToDisplay() == "VÄSTERÅS");
}

TEST_CASE("layout text: one cell under two labels of a row is neither's: ambiguous_column") {
  // `links -dump` of LibreOffice's HTML: two values a gap too narrow apart
  // to part them, one cell under both labels. Whose words are whose is not
  // told: null and a finding, never the whole line for each.
  auto recs =
      ExtractText(Form2020("\n    Kontaktperson         Avdelning/Enhet\n"
                           "    Inga-Lill Nilsson Socialförvaltningen\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.department").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Inga-Lill Nilsson Socialförvaltningen") != std::string::npos);
  // Each value under its own label is read.
  auto apart =
      ExtractText(Form2020("\n    Kontaktperson         Avdelning/Enhet\n"
                           "    Inga-Lill Nilsson     Socialförvaltningen\n"));
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].Get("contact.person").ToDisplay() == "Inga-Lill Nilsson");
  CHECK(apart[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
}

TEST_CASE(
    "a text whose margin was stripped: a value under its label with a piece at column 0 under "
    "it is left empty, the piece may be its rest") {
  // `pdftotext -layout | sed 's/^ *//'`: the town's last letter wrapped in
  // its cell ("SKINNSKATTEBER" / "G") stands at column 0 as every cell's
  // wrapped line does, where the address's would too.
  const std::string rows = redovis::testing::kStrippedRows;
  auto recs = ExtractText(
      Form2020(rows +
               "Utdelningsadress Vård och               Postnummer 721 87          Postort\n"
               "Omsorgsförvaltningen, Stadshuset                                   SKINNSKATTEBER\n"
               "G\n"
               "Nämnd Nämnden för personer med          Telefon (inkl. riktnummer)\n"
               "funktionsnedsättning                    021-39 00 00\n"
               "e\n"
               "Kontaktperson Märta Åkesson\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.city").is_null());
  const Finding* f = FindCodeFor(recs[0], "wrapped_value", "contact.city");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("SKINNSKATTEBER") != std::string::npos);
  // A phone number of digits alone never goes on with a piece without one.
  CHECK(recs[0].Get("contact.phone").ToDisplay() == "021-390000");
  SUBCASE("a label at column 0 under the value is the next row: the value stands") {
    auto next = ExtractText(
        Form2020(rows +
                 "Utdelningsadress Storgatan 1               Postnummer 721 87          Postort\n"
                 "Stadshuset                                                            VÄSTERÅS\n"
                 "Kontaktperson Märta Åkesson\n"));
    REQUIRE(next.size() == 1);
    CHECK(next[0].Get("contact.city").ToDisplay() == "VÄSTERÅS");
  }
}

TEST_CASE("a label left open by '=' takes nothing from the line under it: its own example may be") {
  // A narrow table's label cell wrapped before its example ("= 1,00"),
  // which stands on the line under it, beside the unit of the cell before.
  auto recs = ExtractText(
      Form2020("7. Ekonomi\n"
               "Förbrukat statsbidrag\n"
               "Förbrukat statsbidrag,  Årsanställningar på heltid/deltid exkl. tjänstledighet "
               "Anges med två decimaler, t.ex. två halvtider =\n"
               "kr                      1,00\n"
               "402 638 kr              2,0\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.used_fte").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "label_open_below");
}

TEST_CASE("a number's label over a table's column words takes none of them: it was left empty") {
  // odt2txt: a cell a paragraph. The FTE question's answer left empty, the
  // ombud table's header words under it. Before, "Antal kvinnor" was read as
  // the FTE's answer (`unreadable_number`) and the table had no header.
  auto recs =
      ExtractText(Form2020("1. Personliga ombud\n\nTotalt antal ombudstjänster i kommunen:\n\n"
                           "Ange antal tjänster med 2 decimaler¹:\n\nAntal kvinnor\n\nAntal män\n\n"
                           "Ange antalet personliga ombud\n\n1\n\n2\n\nUtbildning\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("ombud.fte").is_null());
  CHECK(FindCode(r, "unreadable_number") == nullptr);
  CHECK(r.Get("ombud.women").as_decimal() == doctest::Approx(1.0));
  CHECK(r.Get("ombud.men").as_decimal() == doctest::Approx(2.0));
  // A number under the label is its answer still.
  auto given = ExtractText(
      Form2020("1. Personliga ombud\n\nTotalt antal ombudstjänster i kommunen:\n\n"
               "Ange antal tjänster med 2 decimaler¹:\n\n2,50\n\nAntal kvinnor\n\nAntal män\n\n"
               "Ange antalet personliga ombud\n\n1\n\n2\n\nUtbildning\n"));
  REQUIRE(given.size() == 1);
  CHECK(given[0].Get("ombud.fte").as_decimal() == doctest::Approx(2.5));
}

}  // namespace match_run_below_test
