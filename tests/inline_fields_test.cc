// A row of fields run together on one line (inline_fields.cc): split a
// field a cell where each piece opens with a field's label and the last has
// an answer, where no answer goes on around it; left as written otherwise.
#include "match/inline_fields.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_reader.h"
#include "test_support.h"

namespace inline_fields_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

namespace {

// The texts of the cells line `k` of `text` has after the split, the text's
// lines read by the text reader, split by the 2020 form's rules.
std::vector<std::string> CellsAfter(const std::string& text, size_t k, size_t* split) {
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  const Edition* edition = testing::ProjectPatterns().FindEdition("po-2020");
  REQUIRE(edition != nullptr);
  *split = SplitInlineFields(testing::ProjectPatterns().vocabulary(), *edition, 0, doc.lines.size(),
                             &doc);
  std::vector<std::string> out;
  for (const Cell& c : doc.lines.at(k).cells) out.push_back(c.text);
  return out;
}

// A line of html2text's width (70), then a blank line: no line under it
// is joined to the line above by the reader's wrap test.
const std::string kWide =
    "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud\n\n";

}  // namespace

TEST_CASE("inline fields: a row's fields one space apart become a cell each, placed") {
  size_t split = 0;
  auto cells = CellsAfter("\nPostnummer 13581 Postort Tyresö\n\n", 1, &split);
  CHECK(split == 1);
  CHECK(cells == std::vector<std::string>{"Postnummer 13581", "Postort Tyresö"});
  Document doc;
  REQUIRE(ReadText("Telefon (inkl. riktnummer) 08- 5782 94 91 E-postadress a.b@tyreso.se\n", &doc)
              .ok());
  const Edition* edition = testing::ProjectPatterns().FindEdition("po-2020");
  REQUIRE(edition != nullptr);
  CHECK(SplitInlineFields(testing::ProjectPatterns().vocabulary(), *edition, 0, doc.lines.size(),
                          &doc) == 1);
  REQUIRE(doc.lines[0].cells.size() == 2);
  // Each piece covers its own characters: one space apart.
  CHECK(doc.lines[0].cells[0].x0 == 0);
  CHECK(doc.lines[0].cells[1].x0 == doc.lines[0].cells[0].x1 + 1);
}

TEST_CASE("inline fields: what is no row of fields stays as written") {
  size_t split = 0;
  // A label's word inside an answer, in lower case: no label.
  CHECK(CellsAfter("\nUtdelningsadress Tyresö kommun\n\n", 1, &split).size() == 1);
  CHECK(split == 0);
  // A label with no answer after it (its answer on the next line).
  CellsAfter("\nKommun Tyresö Utdelningsadress\n\n", 1, &split);
  CHECK(split == 0);
  // A row the dump wrapped: the next line goes on with its cells' words.
  CellsAfter("\nNamnförtydligande Inga-Lill Titel Enhetschef\nNilsson\n\n", 1, &split);
  CHECK(split == 0);
  // An answer that cannot end where the next label starts goes on elsewhere.
  CellsAfter("\nNämnd Arbetsmarknads- och Telefon 08-578 294 91\n\n", 1, &split);
  CHECK(split == 0);
  CellsAfter("\nUtdelningsadress Stadshuset, Postnummer 721 87\n\n", 1, &split);
  CHECK(split == 0);
  // A paged text (pdftotext's order may run one row's cell into another's).
  CellsAfter("\nPostnummer 13581 Postort Tyresö\n\n\fSida 2\n", 1, &split);
  CHECK(split == 0);
  // A free-text answer is no field's label.
  CellsAfter("\nVi har ringt Postort Tyresö\n\n", 1, &split);
  CHECK(split == 0);
}

TEST_CASE("inline fields: pages a browser's page count gave back are no pdftotext order") {
  // w3m's dump of MuPDF's XHTML of a browser's print: no form feeds, each
  // page's footer "file:///...html n/5". The reader gives the pages back
  // from the count; the rows are still HTML's, a row a paragraph. Before,
  // any page made the text pdftotext's order: no row was split, and the
  // city, the contact person and the rest were lost.
  std::string text = "\nPostnummer 13581 Postort Tyresö\n\n";
  for (int p = 1; p <= 4; ++p)
    text += "Rad " + std::to_string(p) + "\nfile:///C:/Users/handl/Documents/redovisning.html " +
            std::to_string(p) + "/4\n";
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  CHECK(doc.pages_from_count);
  CHECK(doc.lines[1].page == 1);
  size_t split = 0;
  CHECK(CellsAfter(text, 1, &split) ==
        std::vector<std::string>{"Postnummer 13581", "Postort Tyresö"});
  CHECK(split == 1);
  // The same pages told by form feeds: pdftotext's order, not split.
  std::string fed = "\nPostnummer 13581 Postort Tyresö\n\n";
  for (int p = 1; p <= 4; ++p) fed += "Rad " + std::to_string(p) + "\n\f";
  Document fed_doc;
  REQUIRE(ReadText(fed, &fed_doc).ok());
  CHECK_FALSE(fed_doc.pages_from_count);
  CellsAfter(fed, 1, &split);
  CHECK(split == 0);
}

TEST_CASE("inline fields: a paged text whose words stood as far apart as its columns") {
  // `pdftotext -layout -fixed 2.5`: each line one row of the page as laid
  // out, read as one cell (wide_gaps.h); its form feeds are the PDF's pages,
  // not its order. Before, the page made it pdftotext's order: the
  // signature's row of fields was not split and its values were lost.
  std::string prose;
  for (int k = 0; k < 6; ++k)
    prose += "Ange      antal      klienter      som      fått    stöd    av    personligt\n";
  std::string text = prose + "\nPostnummer        13581        Postort       Tyresö\n\n\f" + prose;
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  CHECK(doc.wide_word_gaps);
  size_t row = 0;
  while (row < doc.lines.size() &&
         (doc.lines[row].cells.empty() || doc.lines[row].cells[0].text.rfind("Postnummer", 0) != 0))
    ++row;
  REQUIRE(row < doc.lines.size());
  CHECK(doc.lines[row].page == 1);
  size_t split = 0;
  CHECK(CellsAfter(text, row, &split) ==
        std::vector<std::string>{"Postnummer 13581", "Postort Tyresö"});
  CHECK(split == 1);
}

TEST_CASE("inline fields: a report whose identity and signature rows run together") {
  // MuPDF's XHTML dumped by w3m: each table row a paragraph, its cells one
  // space apart. Before, "13581 Postort Tyresö" was no postcode and the
  // city, the title and the workplace were read by no rule.
  auto recs =
      ExtractText(Form2020("\nPostnummer 13581 Postort Tyresö\n\n"
                           "10. Underskrift av behörig företrädare för kommunen\n\n"
                           "Titel Förvaltningschef Tjänsteställe Socialförvaltningen\n\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.postcode").ToDisplay() == "13581");
  CHECK(recs[0].Get("contact.city").ToDisplay() == "Tyresö");
  CHECK(recs[0].Get("signature.title").ToDisplay() == "Förvaltningschef");
  CHECK(recs[0].Get("signature.workplace").ToDisplay() == "Socialförvaltningen");
}

TEST_CASE("inline fields: rows a line each, no blank lines between, html2text's way") {
  // html2text of MuPDF's XHTML: each row a line. The lines around a row open
  // with a field's label or the form's wording, so no answer goes on there.
  size_t split = 0;
  const std::string contact = kWide +
                              "Kommun\n"
                              "Utdelningsadress Postnummer Postort Timrå\n"
                              "Kontaktperson Inga-Lill Nilsson\n"
                              "Avdelning/Enhet Socialförvaltningen\n";
  // Fields left empty, their labels one after the other.
  CHECK(CellsAfter(contact, 3, &split) ==
        std::vector<std::string>{"Utdelningsadress", "Postnummer", "Postort Timrå"});
  CHECK(split == 1);
  // The form's field without a key first ("Namnsteckning", as some forms
  // spell it); a row whose next line may be its cells' wrapped words
  // ("Timrå Kommun": the title's or the workplace's) stays as written.
  const std::string signature =
      kWide +
      "Datum 2020-01-12\n"
      "Namnsteckning Namnförtydligande Inga-Lill Nilsson\n"
      "Titel Enhetschef Tjänsteställe Socialtjänsten\n"
      "Timrå Kommun\n"
      "Telefon (inkl. riktnummer) 060-16 34 92 E-postadress a@timra.se\n"
      "Detta dokument har beslutats digitalt och saknar därmed underskrift\n";
  CHECK(CellsAfter(signature, 3, &split) ==
        std::vector<std::string>{"Namnsteckning", "Namnförtydligande Inga-Lill Nilsson"});
  CHECK(CellsAfter(signature, 4, &split).size() == 1);
  // After "Timrå Kommun" (no field's line), a row opening with a label of
  // the form's own, before the form's wording of two words or more.
  CHECK(CellsAfter(signature, 6, &split) ==
        std::vector<std::string>{"Telefon (inkl. riktnummer) 060-16 34 92",
                                 "E-postadress a@timra.se"});
  CHECK(split == 2);
}

TEST_CASE("inline fields: a row after its section's heading, and rows judged before any is cut") {
  // html2text of MuPDF's XHTML: "Kommun" opens the row, which an answer's
  // wrapped words may open, but a section's heading ends no answer. The row
  // after it is judged on it as read (one cell), not as cut.
  size_t split = 0;
  const std::string text = kWide +
                           "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
                           "Kommun Tyresö Utdelningsadress Tyresö kommun\n"
                           "Postnummer 13581 Postort Tyresö\n"
                           "Kontaktperson Anna-Lena Engstedt\n";
  CHECK(CellsAfter(text, 3, &split) ==
        std::vector<std::string>{"Kommun Tyresö", "Utdelningsadress Tyresö kommun"});
  CHECK(CellsAfter(text, 4, &split) ==
        std::vector<std::string>{"Postnummer 13581", "Postort Tyresö"});
  CHECK(split == 2);
}

TEST_CASE("inline fields: a row the reader joined whose last answer is one word") {
  // html2text broke the row at its width (70) before "E-postadress"; the
  // reader joined it back. Its last answer of one word took no line of the
  // next row's wrapped cells; one of two words may have ("Titel Enhetschef"
  // / "Nilsson": above).
  size_t split = 0;
  CHECK(CellsAfter(kWide + "Nämnd Socialnämnd Telefon (inkl. riktnummer) 060- 16 31 00\n"
                           "E-postadress sociala@timra.se\n"
                           "Den eller de kommuner, förutom redovisande kommun, som\n",
                   2, &split) ==
        std::vector<std::string>{"Nämnd Socialnämnd", "Telefon (inkl. riktnummer) 060- 16 31 00",
                                 "E-postadress sociala@timra.se"});
  CHECK(split == 1);
  CellsAfter(kWide +
                 "Nämnd Socialnämnd Telefon (inkl. riktnummer) 060- 16 31 00\n"
                 "E-postadress sociala@timra.se Nilsson\n"
                 "Den eller de kommuner, förutom redovisande kommun, som\n",
             2, &split);
  CHECK(split == 0);
}

TEST_CASE("inline fields: a row whose last answer is an address left in pieces") {
  // MuPDF's XHTML through html2text broke the address at its hyphens; the
  // reader joined the lines back, and the normaliser left the breaks it
  // could not decide ("anna- lena.engs- tedt@solna.se"): still one answer.
  size_t split = 0;
  CHECK(CellsAfter(kWide + "Telefon (inkl. riktnummer) 08- 5782 94 91 E-postadress anna-\n"
                           "lena.engs-\n"
                           "tedt@solna.se\n"
                           "Den eller de kommuner, förutom redovisande kommun, som\n",
                   2, &split) ==
        std::vector<std::string>{"Telefon (inkl. riktnummer) 08- 5782 94 91",
                                 "E-postadress anna- lena.engs- tedt@solna.se"});
  CHECK(split == 1);
}

TEST_CASE("inline fields: rows a line each that may go on around them stay as written") {
  size_t split = 0;
  // "Kommun" opens the row after a line that is no field's: it may be the
  // end of the answer above ("... i Timrå" / "Kommun").
  CellsAfter(
      "Socialtjänsten i Timrå\nKommun Timrå Postort Timrå\nKontaktperson Inga-Lill Nilsson\n", 1,
      &split);
  CHECK(split == 0);
  // A label alone after it may be an answer's last word.
  CellsAfter("\nPostnummer 13581 Postort Tyresö\nKommun\n", 1, &split);
  CHECK(split == 0);
  // A row of labels over a row of answers: the field left empty has its
  // answer below, the last label's wording runs on.
  CellsAfter(
      "\nBeviljat statsbidrag, kr Årsanställningar, ange antal ombudstjänster i kommunen. "
      "Anges med två\n\n804 246:- 2,0\n",
      1, &split);
  CHECK(split == 0);
}

}  // namespace inline_fields_test
