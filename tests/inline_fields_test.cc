// A row of fields run together on one line (inline_fields.cc): split a
// field a cell where each piece opens with a field's label and has an
// answer, in a paragraph of its own; left as written otherwise.
#include "match/inline_fields.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_reader.h"
#include "test_support.h"

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
