// The walk's columns (match_run_columns.cc): what stands below a row's cell
// goes on it only where the text proves the column (a layout whose margin was
// stripped, columns out of line with their headers, a row slid off its
// lines, reading order: undecided otherwise); the rest of the tables' cases:
// match_run_tables_test.cc.
#include <doctest/doctest.h>

#include <string>

#include "redovis/extractor.h"
#include "test_support.h"

namespace match_run_columns_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE(
    "a text whose margin was stripped: a line at column 0 below two cells is any cell's wrap") {
  auto recs = ExtractText(
      Form2020(std::string(redovis::testing::kStrippedRows) +
               "10. Underskrift av behörig företrädare för kommunen\n"
               "Titel Enhetschef                      Tjänsteställe Personligt ombud Västra\n"
               "Göinge\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.title").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE(
    "a text whose margin was stripped: another section's label at column 0 below two cells is a "
    "wrap") {
  // "Kommun" is the identity section's label, no question of the signature:
  // here it is the workplace's last word, or the title's.
  auto recs = ExtractText(
      Form2020(std::string(redovis::testing::kStrippedRows) +
               "10. Underskrift av behörig företrädare för kommunen\n"
               "Titel Enhetschef                      Tjänsteställe Socialtjänsten Timrå\n"
               "Kommun\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE(
    "a text whose margin was stripped: a line in lower case at column 0 below two cells is a "
    "wrap, whatever label it reads as") {
  // "kommun" reads as the identity section's "Kommun" label, but a label is
  // written capitalised: it is the address's last word, or the town's.
  auto recs = ExtractText(Form2020(
      std::string(redovis::testing::kStrippedRows) +
      "Utdelningsadress Tyresö        Postnummer 13581                           Postort Tyresö\n"
      "kommun\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE(
    "a text whose margin was stripped: words without a digit at column 0 never go on a number "
    "or a Ja") {
  // The e-mail address wrapped under its cell and moved to column 0 is no
  // part of the phone number beside it, nor is the label's last word part
  // of its Ja: those values stand; the address, whose wrap it may be, does not.
  auto recs =
      ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                           "10. Underskrift av behörig företrädare för kommunen\n"
                           "Telefon (inkl. riktnummer) 060-16 34 92        E-postadress inga-\n"
                           "lill.nilsson@timra.se\n"
                           "Detta dokument har beslutats digitalt och saknar därmed        JA\n"
                           "underskrift\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.phone").ToDisplay() == "060-163492");
  CHECK(recs[0].Get("signature.digitally_approved").ToDisplay() == "true");
  CHECK(recs[0].Get("signature.email").is_null());
}

TEST_CASE(
    "a text whose margin was stripped: a line at column 0 below a line of one cell may be its "
    "wrap") {
  // A mail's re-wrap broke "Titel Enhetschef   Tjänsteställe Socialtjänsten
  // Timrå" at its gap; "Kommun", the workplace's last word, stood under it.
  // The title, over a label of its own section, stands.
  auto recs = ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                                   "10. Underskrift av behörig företrädare för kommunen\n\n"
                                   "Titel Enhetschef\n"
                                   "Tjänsteställe Socialtjänsten Timrå\n"
                                   "Kommun\n"
                                   "Telefon (inkl. riktnummer) 060-16 34 92\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
  CHECK(recs[0].Get("signature.title").ToDisplay() == "Enhetschef");
  CHECK(recs[0].Get("signature.phone").ToDisplay() == "060-163492");
}

TEST_CASE(
    "a text whose margin was stripped: a line at column 0 after a value's joined lines may go "
    "on it") {
  // "Psykiatriboende" goes on the value left open by its slash; "Öster",
  // the next line at column 0, may too, or be a row of its own.
  auto recs = ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                                   "10. Underskrift av behörig företrädare för kommunen\n\n"
                                   "Tjänsteställe Personligt Ombud Västmanland /\n"
                                   "Psykiatriboende\n"
                                   "Öster\n"
                                   "Telefon (inkl. riktnummer) 021-39 20 82\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("layout text: a compound waiting for its last part past a blank line is undecided") {
  // Form feeds made line feeds (`tr '\f' '\n'`): the workplace's cell broken
  // over a page, its rest after the blank line that stood for the break.
  const std::string rest = std::string(58, ' ') +
                           "socialförvalt- ningen\n"
                           "Telefon (inkl. riktnummer) 08- 5782 94 91" +
                           std::string(17, ' ') + "E-postadress anna-lena.engstedt@tyreso.se\n";
  const std::string head =
      "10. Underskrift av behörig företrädare för kommunen\n\n"
      "Titel Förvaltningschef" +
      std::string(38, ' ') + "Tjänsteställe ";
  auto recs = ExtractText(Form2020(head + "Arbetsmarknads- och\n\n" + rest));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Arbetsmarknads- och") != std::string::npos);
  // A value that ends whole: the blank line ends its cell.
  auto whole = ExtractText(Form2020(head + "Socialtjänsten\n\n" + rest));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("signature.workplace").ToDisplay() == "Socialtjänsten");
}

TEST_CASE(
    "a text whose margin was stripped: a line at column 0 on the next page may be the wrap of a "
    "line of one cell") {
  // The workplace's cell broken over a page: its last word at column 0 at
  // the next page's top, whose wrap it may be.
  auto recs = ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                                   "10. Underskrift av behörig företrädare för kommunen\n\n"
                                   "Tjänsteställe Arbetsmarknads- och\n"
                                   "\n\f"
                                   "socialförvaltningen\n"
                                   "Telefon (inkl. riktnummer) 08-5782 94 91\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
  CHECK(recs[0].Get("signature.phone").ToDisplay() == "08-57829491");
}

TEST_CASE(
    "a text whose margin was stripped: words without a digit at column 0 never go on a phone "
    "number of one cell") {
  // Lines typed at column 0: the phone's line is one cell, the next line
  // (a label this section's rules do not spell so) takes nothing from it.
  auto recs =
      ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                           "10. Underskrift av behörig företrädare för kommunen\n\n"
                           "Telefon - 060-16 34 92\n"
                           "E-post - inga-lill.nilsson@timra.se\n"
                           "Detta dokument har beslutats digitalt och saknar därmed underskrift\n"
                           "JA\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.phone").ToDisplay() == "060-163492");
}

TEST_CASE(
    "a text whose margin was stripped: a value ending in a joining mark or a suspended compound "
    "over a row of its own went on further down") {
  // A mail's re-wrap broke the row after "Postnummer 721 87"; the address's
  // last line, "Stadshuset", stands further down. "Arbetsmarknads- och"
  // waits for its last part.
  auto recs =
      ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                           "Utdelningsadress Vård och Omsorgsförvaltningen,    Postnummer 721 87\n"
                           "Nämnd Arbetsmarknads- och    Telefon (inkl. riktnummer) 021-39 00 00\n"
                           "E-postadress nf@vasteras.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(recs[0].Get("contact.committee").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
  CHECK(recs[0].Get("contact.postcode").ToDisplay() == "72187");
  CHECK(recs[0].Get("contact.email").ToDisplay() == "nf@vasteras.se");
}

TEST_CASE(
    "a text whose margin was stripped: a row over a line of one cell a mail may have broken off "
    "it") {
  // "Postort Tyresö" is the tail of the row above; "kommun", the address's
  // last word, stands under it: the address and the town are undecided.
  auto recs =
      ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                           "Utdelningsadress Tyresö        Postnummer 13581\n"
                           "Postort Tyresö\n"
                           "kommun\n"
                           "Kontaktperson Anna-Lena        Avdelning/Enhet Socialtjänsten\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(recs[0].Get("contact.city").is_null());
  CHECK(recs[0].Get("contact.postcode").ToDisplay() == "13581");
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
  SUBCASE("a short row, a text typed a label a line, was never broken") {
    auto typed = ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                                      "10. Underskrift av behörig företrädare för kommunen\n\n"
                                      "Namnförtydligande:  Inga-Lill Nilsson\n"
                                      "Titel\n"
                                      "Enhetschef\n"));
    REQUIRE(typed.size() == 1);
    CHECK(typed[0].Get("signature.name").ToDisplay() == "Inga-Lill Nilsson");
  }
}

namespace {

/// A `-layout` table of counts whose tabs were re-expanded at width 2
/// (`unexpand -a | expand -t 2`): each row slid off its header by its own
/// amount, five rows of six out of line.
constexpr const char* kSlidCounts =
    "2. Klienter\n\n"
    "                      Kvinnor    Män\n"
    "Totalt antal klienter                 30     17\n"
    "därav mellan 18 och 29 år           9      5\n"
    "därav mellan 30 och 49 år           17       9\n"
    "därav mellan 50 och 64 år           4      2\n"
    "därav 65 år och över              0        1\n\n";

}  // namespace

TEST_CASE("columns out of line: a row's lone value is no column's, full rows go by order") {
  auto recs =
      ExtractText(Form2020("1. Personliga ombud\n\n"
                           "                   Antal kvinnor       Antal män\n"
                           "Ange antalet personliga ombud            1,0\n\n" +
                           std::string(kSlidCounts)));
  REQUIRE(recs.size() == 1);
  // "1,0" slid under "Antal män": which column it is cannot be told.
  CHECK(recs[0].Get("ombud.men").is_null());
  CHECK(recs[0].Get("ombud.women").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  // Each row fills both columns: its counts in the header's order.
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "30");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "17");
  CHECK(recs[0].Get("clients.total.age_65_plus.women").ToDisplay() == "0");
  CHECK(recs[0].Get("clients.total.age_65_plus.men").ToDisplay() == "1");
}

TEST_CASE("columns out of line: a wrapped cell's rest left of its cell is joined to none") {
  // "Kommun", the workplace's last word, slid left of "Tjänsteställe".
  auto recs = ExtractText(
      Form2020(std::string(kSlidCounts) +
               "10. Underskrift av behörig företrädare för kommunen\n"
               "Titel Enhetschef                Tjänsteställe Socialtjänsten Timrå\n"
               "                    Kommun\n"
               "Telefon (inkl. riktnummer) 060-16 34 92           E-postadress x@timra.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(recs[0].Get("signature.title").ToDisplay() == "Enhetschef");
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("layout text: a piece below in the gap left of a cell may be that cell's wrap") {
  // pdftotext prints a wrap from its cell's start: "91" under no cell of
  // the row shows it slid, and may be the phone number's last digits.
  auto recs = ExtractText(
      Form2020("Nämnd Arbetsmarknads-    Telefon (inkl. riktnum- mer) 08- 5782 94   E-postadress "
               "anna@tyreso.se\n"
               "och socialnämnden    91\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.phone").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("a number glued to a row's label over its last letters tells no column") {
  // html2text laid the table out narrower than its labels and wrote the
  // Kvinnor cell over the label's last letters ("år" -> "å9").
  auto recs =
      ExtractText(Form2020("2. Klienter\n"
                           "                          Kvinnor Män\n"
                           "Totalt antal klienter     29      5\n"
                           "därav mellan 18 och 29 år 14      2\n"
                           "därav mellan 30 och 49 å9       3\n"
                           "därav mellan 50 och 64 å6 0\n"
                           "\n3. Kontakt med verksamheten\n"
                           "Kontaktorsak                    Kvinnor Män\n"
                           "Ekonomi                         16      10\n"
                           "Stöd i kontakten med sjukvårde14      6\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "29");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "5");
  CHECK(recs[0].Get("contact_reasons.economy.women").ToDisplay() == "16");
  for (const char* key :
       {"clients.total.age_30_49.women", "clients.total.age_30_49.men",
        "clients.total.age_50_64.women", "clients.total.age_50_64.men",
        "contact_reasons.healthcare_contact.women", "contact_reasons.healthcare_contact.men"})
    CHECK(recs[0].Get(key).is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  REQUIRE(f->parts.size() == 1);
  CHECK(f->parts[0].id == "doubt.number_glued_to_label");
  CHECK(f->message.find("glued") != std::string::npos);
}

TEST_CASE("a count ending a row's label line under no column tells no column") {
  // html2text laid the table out narrower than the label: the Kvinnor count
  // ends the label's first line left of "Kvinnor" (its wrapped last word on
  // the next line), the Män count stands under "Kvinnor". Read by place, 8
  // was the women's; the label's count in no column, which is whose is not
  // told.
  const std::string rows =
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är kända för "
      "10      8\n"
      "verksamheten.\n";
  auto recs =
      ExtractText(Form2020("2. Klienter\n"
                           "Klienter med hemmavarande                                              "
                           "                       "
                           "     Kvinnor Män\n" +
                           rows));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").is_null());
  CHECK(recs[0].Get("clients.with_children.men").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  REQUIRE(f->parts.size() == 1);
  CHECK(f->parts[0].id == "doubt.count_ends_label");
  CHECK(f->parts[0].args.at("raw") == "'10'");
  CHECK(f->message.find("under no column") != std::string::npos);
  // A count at a column's word is that column's ("Ange antalet personliga
  // ombud 7" under "Antal kvinnor").
  auto ombud =
      ExtractText(Form2020("1. Personliga ombud\n"
                           "                              Antal kvinnor Antal män\n"
                           "Ange antalet personliga ombud 7             3\n"));
  REQUIRE(ombud.size() == 1);
  CHECK(ombud[0].Get("ombud.women").ToDisplay() == "7.0");
  CHECK(ombud[0].Get("ombud.men").ToDisplay() == "3.0");
}

TEST_CASE(
    "layout text: a label's cell holding a piece that reached under its answer's is no answer") {
  // Two spaces after each label (a form typed with a tab after its labels):
  // the answer's wrap at the label's column was joined to the label's cell,
  // which now reaches under the answer's cell. Whose line it is cannot be
  // told: the workplace is null, never "Psykiatriboende Öster".
  auto recs = ExtractText(
      Form2020("10. Underskrift av behörig företrädare för kommunen\n"
               "Titel  Enhetschef                           Tjänsteställe  Personligt Ombud "
               "Västmanland /\n"
               "                                            Psykiatriboende Öster\n"
               "Telefon (inkl. riktnummer)  021-39 20 82    E-postadress\n"
               "                                            x@vasteras.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(recs[0].Get("signature.title").ToDisplay() == "Enhetschef");
  CHECK(recs[0].Get("signature.email").ToDisplay() == "x@vasteras.se");
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Personligt Ombud") != std::string::npos);
}

TEST_CASE(
    "layout text: a label's cell with a value beside an answer left incomplete is no answer") {
  // "ningen", narrower than the label, was joined to "Tjänsteställe" without
  // reaching the next cell: beside it, "Arbetsmarknads- och socialförvalt-"
  // waits for its rest. Two answers for one label: null.
  auto recs = ExtractText(
      Form2020("10. Underskrift av behörig företrädare för kommunen\n"
               "Titel  Förvaltningschef                 Tjänsteställe  Arbetsmarknads- och "
               "socialförvalt-\n"
               "                                        ningen\n"
               "Telefon (inkl. riktnummer)  08-57829491 E-postadress  x@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(recs[0].Get("signature.title").ToDisplay() == "Förvaltningschef");
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("layout text: a piece under a waiting value's bare label alone may be the value's rest") {
  // "socialförvalt- ningen" starts left of "Tjänsteställe" and stands under
  // it alone; the answer two spaces off, "Arbetsmarknads- och", waits for
  // its last part: the piece is the label's wrap or the answer's.
  auto recs = ExtractText(
      Form2020("10. Underskrift av behörig företrädare för kommunen\n"
               "Titel  Förvaltningschef                   Tjänsteställe  Arbetsmarknads- och\n"
               "                                   socialförvalt- ningen\n"
               "Telefon (inkl. riktnummer)  08-57829491   E-postadress  x@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.workplace").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("a stripped text: a column word's rest at column 0 under its header completes it") {
  // "Kvinn" / "or": the form's narrow cell broke the word, and the strip
  // moved its rest from under it to column 0. The Kvinnor column is read.
  auto recs = ExtractText(
      Form2020(std::string(redovis::testing::kStrippedRows) +
               "2. Klienter\n"
               "Klienter med hemmavarande                                        Kvinn    Män\n"
               "or\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn      78       21\n"
               "för verksamheten.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").ToDisplay() == "78");
  CHECK(recs[0].Get("clients.with_children.men").ToDisplay() == "21");
  // A rest that completes no column word ("xyz") leaves the column unread.
  auto other = ExtractText(
      Form2020(std::string(redovis::testing::kStrippedRows) +
               "2. Klienter\n"
               "Klienter med hemmavarande                                        Kvinn    Män\n"
               "xyz\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn      78       21\n"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].Get("clients.with_children.women").is_null());
}

TEST_CASE(
    "layout text: a label's line under a value is the next row, though two of its pieces "
    "stand under it") {
  // "Kontaktperson" and "Susanne Aspling" both stand under "VÄSTERÅS": a
  // retyped form's "Label  value" lines, the next one a label's.
  auto recs = ExtractText(Form2020("Postort  VÄSTERÅS\nKontaktperson  Susanne Aspling\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.city") == Value::Text("VÄSTERÅS"));
  CHECK(recs[0].Get("contact.person") == Value::Text("Susanne Aspling"));
  CHECK(FindCode(recs[0], "wrapped_value") == nullptr);
  // Two pieces under the value that no rule reads: a row of its own, or the
  // value's wrap beside another cell's; undecided.
  auto other = ExtractText(Form2020("Postort  VÄSTERÅS CENTRUM\nNorra Stadsdelen  Ost\n"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].Get("contact.city").is_null());
  CHECK(FindCode(other[0], "wrapped_value") != nullptr);
  // A label further on the line proves nothing of the piece before it: a
  // refilled row's rest ("... personer med" / "funktionsnedsättning" below).
  auto refilled = ExtractText(
      Form2020("Nämnd  Nämnden för personer med\n(inkl. riktnummer) 021-   E-postadress\n"));
  REQUIRE(refilled.size() == 1);
  CHECK(refilled[0].Get("contact.committee").is_null());
  CHECK(FindCode(refilled[0], "wrapped_value") != nullptr);
  // Another section's label first under the value ("Kommun", the identity's)
  // may be the value's last word: undecided.
  auto foreign = ExtractText(
      Form2020("10. Underskrift av behörig företrädare för kommunen\n"
               "Tjänsteställe  Socialtjänsten Timrå\n               Kommun    Tel 060\n"));
  REQUIRE(foreign.size() == 1);
  CHECK(foreign[0].Get("signature.workplace").is_null());
  CHECK(FindCode(foreign[0], "wrapped_value") != nullptr);
}

}  // namespace match_run_columns_test
