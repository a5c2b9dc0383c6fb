// The walk's tables (match_run_tables.cc), cells run together: a value
// that holds another question's label (LabelInside) is no answer, in layout
// text, squeezed text and a Word paragraph with a gap of spaces (the rest of
// match_run_tables.cc's cases: match_run_tables_test.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "docx_test_support.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace match_run_tables_label_inside_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("layout text: cells run together with another question's label give null") {
  auto recs = ExtractText(
      Form2020("Kontaktperson Susanne Berg 021-39 20 Avdelning/Enhet Personligt\n"
               "Nämnd Socialnämnden                 Telefon (inkl. riktnummer) 021-39 00 00\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.person_phone").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Avdelning/Enhet Personligt") != std::string::npos);
  CHECK(recs[0].Get("contact.committee").ToDisplay() == "Socialnämnden");
  CHECK(recs[0].Get("contact.phone").ToDisplay() == "021-390000");
}

TEST_CASE("layout text: a value that opens with another question's label and answer is null") {
  // w3m at 60 columns: the postcode's label and answer one space after the
  // address's label, the address itself on the line under them.
  auto recs =
      ExtractText(Form2020("Utdelningsadress Postnummer 13581        Postort Tyresö\n"
                           "Tyresö kommun\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Postnummer 13581") != std::string::npos);
  CHECK(recs[0].Get("contact.city").ToDisplay() == "Tyresö");
}

TEST_CASE("squeezed layout text: a value holding another question's label and answer is null") {
  // pdftotext -layout with every run of spaces squeezed to one: three cells'
  // lines interleave, and the reader joins the wrapped line to the label's.
  // Fourteen words, past the dozen where one form word in free text is let
  // be: the phone's and the e-mail's labels with their answers inside the
  // committee's value make it no value.
  auto recs = ExtractText(
      Form2020("Kommun Västerås\n"
               "Nämnd Nämnden för personer med Telefon (inkl. riktnummer) 021- E-postadress\n"
               "funktionsnedsättning 39 00 00 nf@vasteras.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Telefon (inkl. riktnummer) 021-") != std::string::npos);
}

TEST_CASE("squeezed layout text: a value with another question's label glued on is null") {
  // pdftotext -layout -fixed 6 prints two columns' words with no space
  // between: "TyresöPostnummer", "Anna-LenaAvdelning/Enhet", "medTelefon".
  auto recs =
      ExtractText(Form2020("Kommun Tyresö\n"
                           "Utdelningsadress TyresöPostnummer 13581                Postort Tyresö\n"
                           "\n"
                           "Kontaktperson Anna-LenaAvdelning/Enhet Arbetsmarknads- och\n"
                           "\n"
                           "Nämnd Nämnden för personer medTelefon (inkl. riktnummer)\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
}

TEST_CASE("a person's cell run on through a flattened row's other labels gives null") {
  // lynx's table, its cells one space apart, the row's lines joined: more
  // than a dozen words, yet a name holds no other question's label. With a
  // line after it that may be its cells' wrapped words, the row is not cut
  // into its fields (match/inline_fields.h).
  const std::string row =
      "Kontaktperson Inga-Lill Nilsson Avdelning/Enhet Socialförvaltningen Nämnd "
      "Socialnämnd Telefon (inkl. riktnummer) 060- 16 31 00 E-postadress "
      "sociala@timra.se\n";
  auto recs = ExtractText(Form2020(row + "Timrå Kommun\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.person_phone").is_null());
  CHECK(recs[0].Get("contact.person_email").is_null());
  REQUIRE(FindCode(recs[0], "label_as_value") != nullptr);
  // After a field's line, before a blank line: a row of fields, each read.
  recs = ExtractText(Form2020(row));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").ToDisplay() == "Inga-Lill Nilsson");
  CHECK(recs[0].Get("contact.committee").ToDisplay() == "Socialnämnd");
  CHECK(recs[0].Get("contact.email").ToDisplay() == "sociala@timra.se");
}

TEST_CASE("a Word paragraph with a gap of spaces before another label gives null") {
  // A laid-out text opened in LibreOffice and saved as Word: each line a
  // paragraph, its gaps kept, its margin lost ("Nilsson", the name's rest,
  // at the margin under the row).
  using redovis::testing::docx::DocxBytes;
  using redovis::testing::docx::P;
  using redovis::testing::docx::R;
  auto read = [](const std::vector<std::string>& lines) {
    std::string body;
    for (const std::string& l :
         {std::string("REDOVISNING"), std::string("Statsbidrag avseende år 2020"),
          std::string("Kontaktuppgifter till den kommun som beviljats statsbidraget"),
          std::string("Kommun: Timrå")})
      body += P(R(l));
    for (const std::string& l : lines) body += P(R(l));
    body += P(R("8. Coronapandemin"));
    return ExtractText(DocxBytes(body), "t.docx");
  };
  auto recs = read({
      "Kontaktperson Inga-Lill          Avdelning/Enhet Socialförvaltningen",
      "Nilsson",
      "Nämnd Nämnden för personer med          Telefon (inkl. riktnummer)     E-postadress",
  });
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.committee").is_null());  // a label alone after the gap
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Avdelning/Enhet Socialförvaltningen") != std::string::npos);

  // A gap before the value, or none at all: the value is the paragraph's.
  auto kept = read({"Kontaktperson          Inga-Lill Nilsson", "Nämnd Socialnämnden"});
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].Get("contact.person").ToDisplay() == "Inga-Lill Nilsson");
  CHECK(kept[0].Get("contact.committee").ToDisplay() == "Socialnämnden");
}

TEST_CASE("a Word paragraph going on on a spaced one is looked through as spaced") {
  // A laid-out page saved as Word with its lines' gaps collapsed in one
  // paragraph ("Nämnd Arbetsmarknads- och Telefon ...": three cells run
  // together with single spaces) and kept in the next ("socialnämnden",
  // a gap, "tedt@tyreso.se"). The value joined over the two paragraphs
  // holds the phone's and the e-mail's labels with their answers: null.
  using redovis::testing::docx::DocxBytes;
  using redovis::testing::docx::P;
  using redovis::testing::docx::R;
  std::string body;
  for (const std::string& l :
       {std::string("REDOVISNING"), std::string("Statsbidrag avseende år 2020"),
        std::string("Kontaktuppgifter till den kommun som beviljats statsbidraget"),
        std::string("Kommun: Tyresö"),
        std::string("Nämnd Arbetsmarknads- och Telefon (inkl. riktnummer) 08- 5782 94 91 "
                    "E-postadress anna-lena.engs-"),
        std::string("socialnämnden                                          tedt@tyreso.se"),
        std::string("8. Coronapandemin")})
    body += P(R(l));
  auto recs = ExtractText(DocxBytes(body), "t.docx");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Telefon (inkl. riktnummer) 08-") != std::string::npos);
}

TEST_CASE("cells joined by a separator: a value with another question's label after ';' is null") {
  // A text whose cells a script joined with ';' (a sheet saved by hand,
  // rows not padded, so not taken for delimited values): the committee's
  // cell runs on into the phone's and the e-mail's, the title into the
  // workplace's label.
  auto recs = ExtractText(
      Form2020("Kommun Timrå\n"
               "Nämnd Socialnämnd;Telefon (inkl. riktnummer) 060- 16 31 00;E-postadress "
               "sociala@timra.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(recs[0], "label_as_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Telefon (inkl. riktnummer)") != std::string::npos);
}

}  // namespace match_run_tables_label_inside_test
