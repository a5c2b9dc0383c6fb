// Reading-order text (reading_order.cc, JoinWrappedValue and OrphanAfter): a
// value wrapped in its cell, joined where the text shows it goes on, a hyphen
// lost at a line break restored, and a value whose end the order does not
// show left empty with a `wrapped_value` finding. Which text is reading
// order, and its marks: reading_order_test.cc.
#include <doctest/doctest.h>

#include <string>

#include "match/reading_order.h"
#include "test_support.h"

namespace reading_order_wrapped_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("reading-order text: a value wrapped in its cell is joined when the evidence says so") {
  // pdftotext without -layout: each cell's lines together, blocks apart.
  auto recs = ExtractText(Form2020(
      "Utdelningsadress Vård och Omsorgsförvaltningen,\nStadshuset\n\n"
      "Kontaktperson Susanne Aspling Björkstén 021-39\n20 82 susanne.aspling@vasteras.se\n\n"
      "Avdelning/Enhet Personligt\nOmbud Västmanland\n\n"
      "Nämnd Nämnden för personer med\nfunktionsnedsättning\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.address").ToDisplay() == "Vård och Omsorgsförvaltningen, Stadshuset");
  CHECK(r.Get("contact.person").ToDisplay() == "Susanne Aspling Björkstén");
  CHECK(r.Get("contact.person_email").ToDisplay() == "susanne.aspling@vasteras.se");
  CHECK(r.Get("contact.department").ToDisplay() == "Personligt Ombud Västmanland");
  CHECK(r.Get("contact.committee").ToDisplay() == "Nämnden för personer med funktionsnedsättning");
}

TEST_CASE("reading-order text: a label where a wrapped value's last line would be is undecided") {
  auto recs = ExtractText(Form2020(
      "Postort Tyresö\n\nKontaktperson Anna Berg\nPostnummer\n\nE-postadress a@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.city").ToDisplay() == "Tyresö");
  CHECK(r.Get("contact.person").is_null());
  bool found = false;
  for (const auto& f : r.findings) found = found || f.code == "wrapped_value";
  CHECK(found);
  // Numbers are never joined: the next line is another cell.
  auto num =
      ExtractText(Form2020("1. Personliga ombud\nAnge antal tjänster med 2 decimaler: 1,0\n2,0\n"));
  REQUIRE(num.size() == 1);
  CHECK(num[0].Get("ombud.fte").as_decimal() == doctest::Approx(1.0));
}

TEST_CASE(
    "reading-order text: a hyphen lost at a line break is restored as the document writes it") {
  auto recs = ExtractText(
      Form2020("Avdelning/Enhet Arbetsmarknads- och socialförvaltningen\n\n"
               "Nämnd Arbetsmarknadsoch socialnämnden\n\nKontaktperson Inga-Lill Nilsson\n\n"
               "E-postadress ingalill.nilsson@timra.se\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.committee").ToDisplay() == "Arbetsmarknads- och socialnämnden");
  // In an address the hyphen may be the address's own or not: null and a finding.
  CHECK(r.Get("contact.email").is_null());
  bool found = false;
  for (const auto& f : r.findings) found = found || f.code == "lost_hyphen";
  CHECK(found);
}

TEST_CASE(
    "reading-order text: a line of the block no one can claim leaves the value above it "
    "undecided") {
  // pdftotext interleaves the cells of a row: "Engstedt" may end the person's
  // cell or begin another; "Nilsson" stands under the person with no mark
  // of being its last line. Null and wrapped_value, never the name cut.
  auto recs = ExtractText(
      Form2020("Postnummer 13581\nKontaktperson Anna-Lena\nAvdelning/Enhet Arbetsmarknads- och\n"
               "Engstedt\nsocialförvaltningen\n\nNämnd Socialnämnden\n\f"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.person").is_null());
  CHECK(r.Get("contact.department").is_null());
  CHECK(FindCode(r, "wrapped_value") != nullptr);
  // A postcode takes no words; a value whose block holds nothing else stands.
  CHECK(r.Get("contact.postcode").ToDisplay() == "13581");
  CHECK(r.Get("contact.committee").ToDisplay() == "Socialnämnden");
  auto cut = ExtractText(Form2020("Kontaktperson Inga-Lill\nNilsson\nNämnd Socialnämnd\n\f"));
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].Get("contact.person").is_null());
}

TEST_CASE(
    "reading-order text: a value under its bare label, an unclaimed line after it, is undecided") {
  // pdftohtml's runs dumped by a text browser: the address's wrapped line
  // ("Stadshuset") written after the next label, the city's after it.
  auto recs = ExtractText(
      Form2020("Utdelningsadress Vård och Omsorgsförvaltningen,\nPostnummer 721 87\nPostort\n"
               "Stadshuset\nVÄSTERÅS\nKontaktperson Susanne Aspling Björkstén 021-39\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.city").is_null());
  const Finding* said = testing::FindCodeFor(recs[0], "wrapped_value", "contact.city");
  REQUIRE(said != nullptr);
  CHECK(said->message.find("VÄSTERÅS") != std::string::npos);
  // The next label after the value: it is the label's, as the order writes it.
  auto ordered = ExtractText(
      Form2020("Utdelningsadress\nKristinavägen 6\nPostnummer\n711 80\nPostort\nLindesberg\n"
               "Kontaktperson\nMaria Holm\n\f"));
  REQUIRE(ordered.size() == 1);
  CHECK(ordered[0].Get("contact.address").ToDisplay() == "Kristinavägen 6");
  CHECK(ordered[0].Get("contact.city").ToDisplay() == "Lindesberg");
}

TEST_CASE("reading-order text: a page's rule parts no answer, which goes on past it") {
  // pdftohtml's one-page HTML dumped by w3m: a page's <hr/> drawn "━━━…"
  // (html2text: "===…") where the answer broke over the page. Before, the
  // rule was taken as the answer's line (w3m) or ended it (html2text).
  for (const std::string& rule : {std::string(), std::string("━"), std::string("=")}) {
    std::string drawn;
    for (int k = 0; k < 200; ++k) drawn += rule;
    auto recs = ExtractText(
        Form2020("6. Tillgång till samhällsservice\n"
                 "Sammanfatta uppmärksammade brister i fråga om tillgång till vård och service.\n"
                 "Digitalisering kräver bankid, svårt att rätta till missade tider\n" +
                 (drawn.empty() ? std::string() : drawn + "\n") +
                 "Habiliteringen tar inte emot då det inte finns tider\n"
                 "Ge exempel på åtgärder som har vidtagits under året.\n\f"));
    REQUIRE(recs.size() == 1);
    // The lines a rule parts are two lines of the answer (a line break).
    std::string summary = recs[0].Get("deficiencies.summary").ToDisplay();
    std::replace(summary.begin(), summary.end(), '\n', ' ');
    CHECK_MESSAGE(summary ==
                      "Digitalisering kräver bankid, svårt att rätta till missade tider "
                      "Habiliteringen tar inte emot då det inte finns tider",
                  rule);
  }
}

TEST_CASE("reading-order text: a page's rule after an answer's block is no line of the answer") {
  // html2text's dump of pdftohtml's page: the signature's e-mail, a label
  // with its answer, and the page's rule ("===…") last. Before, the rule was
  // taken for the e-mail's next line: wrapped_value, left empty.
  const std::string head =
      "REDOVISNING\nStatsbidrag avseende år 2020\nKommun: Tyresö\n\f"
      "10. Underskrift av behörig företrädare för kommunen\n\nE-postadress anna.berg@tyreso.se\n";
  const std::string rule = std::string(200, '=') + "\n";
  // Right after the answer's line, or after one blank line.
  for (const std::string& gap : {std::string(), std::string("\n")}) {
    auto recs = ExtractText(head + gap + rule + "\f");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("signature.email").ToDisplay() == "anna.berg@tyreso.se");
  }
  // A line of text after the rule may still be the e-mail's.
  auto more = ExtractText(head + rule + "se\n\f");
  REQUIRE(more.size() == 1);
  CHECK(more[0].Get("signature.email").is_null());
}

TEST_CASE("reading-order text: a value left incomplete beside another cell is undecided") {
  // w3m's dump of pdftohtml's page: the address's first line and the
  // postcode's cell on one line, the address's rest ("Stadshuset") written
  // after the next label. Before, the address was "... Omsorgsförvaltningen,".
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "Anteckning " + std::to_string(i) + "\n";
  auto recs =
      ExtractText(Form2020("Utdelningsadress Vård och Omsorgsförvaltningen,  Postnummer 721 87\n"
                           "Postort VÄSTERÅS\nStadshuset\nKontaktperson Anna Berg\n" +
                           filler + "\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(recs[0].Get("contact.postcode").ToDisplay() == "72187");
  CHECK(testing::FindCodeFor(recs[0], "wrapped_value", "contact.address") != nullptr);
}

TEST_CASE("reading-order text: a value that cannot end where its line does is left empty") {
  // "Arbetsmarknads- och" waits for its last word; "Nämnd ... och Telefon 08-
  // ..." ran another cell, a label with its answer, into the committee's.
  auto recs = ExtractText(
      Form2020("Avdelning/Enhet Arbetsmarknads- och\n\n"
               "Nämnd Arbetsmarknads- och Telefon 08- 5782 94 91 E-postadress a@tyreso.se\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.department").is_null());
  CHECK(recs[0].Get("contact.committee").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("reading-order text: another label with its answer inside a value leaves it empty") {
  // The order ran the e-mail's cell, label and answer, into the committee's:
  // where the committee's name ends cannot be told.
  auto recs = ExtractText(Form2020("Nämnd Socialnämnden E-postadress a@tyreso.se\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("E-postadress a@tyreso.se") != std::string::npos);
}

TEST_CASE("reading-order text: digits that go on a number's digits are no page number") {
  // The phone's cell wrapped its last digits onto a line of their own, which
  // looks like a page number; it is not this page's number at its edge, so
  // it ends the phone, and the department's block holds nothing unclaimed.
  auto recs = ExtractText(Form2020(
      "Avdelning/Enhet Socialförvaltningen\n\nTelefon (inkl. riktnummer) 08- 5782 94\n91\n\n"
      "E-postadress a@tyreso.se\n\fREDOVISNING 2\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.phone").ToDisplay() == "08-57829491");
  CHECK(recs[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
  CHECK(FindCode(recs[0], "wrapped_value") == nullptr);
}

TEST_CASE("a browser print's footer is no part of an answer") {
  auto recs = ExtractText(Form2020(
      "Tendenser till förändring av vilka grupper\nSer ni några tendenser till förändring vad "
      "gäller vilka grupper inom målgruppen som tar kontakt och söker stöd av personligt ombud "
      "under 2020? I så fall, på vilket sätt?\nFler unga vuxna tar kontakt.\n"
      "file:///C:/Users/handl/Documents/redovisning.html\n6/11\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.client_groups").ToDisplay() == "Fler unga vuxna tar kontakt.");
}

TEST_CASE("reading-order text: a cell's wrapped line after one blank line leaves its value open") {
  // Before, each value above the blank line was taken as the whole answer:
  // "Inga-Lill", "Tyresö", "08-578294".
  auto recs = ExtractText(Form2020(
      "Kontaktperson Inga-Lill\n\nNilsson\n\nUtdelningsadress Tyresö\n\nkommun\n\n"
      "Telefon (inkl. riktnummer) 08- 5782 94\n\n91\n\nAvdelning/Enhet Socialförvaltningen\n\n"
      "Nämnd Socialnämnd\n\f"));
  REQUIRE(recs.size() == 1);
  for (const char* key : {"contact.person", "contact.address", "contact.phone"}) {
    CHECK_MESSAGE(recs[0].Get(key).is_null(), key);
    CHECK_MESSAGE(testing::FindCodeFor(recs[0], "wrapped_value", key) != nullptr, key);
  }
  // A label after the blank line ends the value above it.
  CHECK(recs[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
  CHECK(recs[0].Get("contact.committee").ToDisplay() == "Socialnämnd");
}

TEST_CASE(
    "a text whose margin was stripped: a value on a line a mail may have broken off a row takes "
    "no line below") {
  // "E-postadress anna-lena.engs-" is the tail of the row above it: the
  // lines under it may go on any of that row's cells ("socialnämnden" goes
  // on the committee's), so the address is not pieced from them.
  const std::string rows = redovis::testing::kStrippedRows;
  auto recs = ExtractText(Form2020(rows + "Nämnd Arbetsmarknads- och     Telefon 08- 5782 94 91\n"
                                          "E-postadress anna-lena.engs-\n"
                                          "socialnämnden\n"
                                          "tedt@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.email").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
}

TEST_CASE("reading-order text: a suspended compound's finding names the line that may go on it") {
  // "Arbetsmarknads- och" waits for its last part; past a blank line and a
  // page break stands "socialnämnden", which the order may have written for
  // it: left empty, and the finding shows that line, not the value again.
  auto recs = ExtractText(Form2020("Nämnd Arbetsmarknads- och\n\n\fsocialnämnden\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = testing::FindCodeFor(recs[0], "wrapped_value", "contact.committee");
  REQUIRE(f != nullptr);
  CHECK(f->args.at("raw") == "Arbetsmarknads- och");
  CHECK(f->args.at("next") == "socialnämnden");
}

TEST_CASE("reading-order text: a line of digits further down its block may be a phone's rest") {
  // "08- 5782 94", the e-mail's line, then "91" that nothing claims: the
  // order wrote the row's other cell between the phone and its last group.
  auto recs =
      ExtractText(Form2020("Telefon 08- 5782 94\nE-postadress anna@tyreso.se\n91\n\nSlut\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.phone").is_null());
  const Finding* f = testing::FindCodeFor(recs[0], "wrapped_value", "contact.phone");
  REQUIRE(f != nullptr);
  CHECK(f->args.at("next") == "91");
  // Nothing after it but another answered label: the phone is read.
  auto whole = ExtractText(Form2020("Telefon 08- 5782 94 91\nE-postadress anna@tyreso.se\n\f"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("contact.phone").ToDisplay() == "08-57829491");
}

namespace {

// `rows` after thirty lines of one cell each (a heading's words, no rule's):
// a reading-order text, one line of two cells among them.
std::string AfterOneCellLines(const std::string& rows) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Inledande rad nummer " + std::to_string(i) + "\n";
  return Form2020(text + rows + "\f");
}

}  // namespace

TEST_CASE("reading-order text: a row's cells on one line tell no column of the lines below") {
  // The last cell's words may go on on a line below that nothing claims;
  // so may the first cell's: neither is joined by column.
  auto recs = ExtractText(AfterOneCellLines(
      "Kontaktperson Anna Berg  Avdelning/Enhet Personligt\nOmbud Västmanland\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.department").is_null());
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(testing::FindCodeFor(recs[0], "wrapped_value", "contact.department") != nullptr);
  CHECK(testing::FindCodeFor(recs[0], "wrapped_value", "contact.person") != nullptr);
  // Two cells left open, the text below at the margin: whose it is, no column says.
  auto open = ExtractText(AfterOneCellLines(
      "Nämnd Arbetsmarknads- och  E-postadress anna-lena.engs-\nsocialnämnden\ntedt@tyreso.se\n"));
  REQUIRE(open.size() == 1);
  CHECK(open[0].Get("contact.committee").is_null());
  // The first cell left incomplete for the line below (digits going on
  // digits), no other cell open: its rest, as the order writes it.
  auto digits = ExtractText(AfterOneCellLines(
      "Kontaktperson Anna Berg 021-39  Avdelning/Enhet Socialtjänsten\n20 82\n\nSlut\n"));
  REQUIRE(digits.size() == 1);
  CHECK(digits[0].Get("contact.person").ToDisplay() == "Anna Berg");
}

TEST_CASE("reading-order text: an address alone in lower case is no rest of a value without one") {
  // PyMuPDF's sorted text of a form: the committee's cell wrapped over two
  // lines, then the rest of the e-mail address broken on the line above.
  // Joined, the committee was "Arbetsmarknads- och socialnämnden
  // tedt@tyreso.se"; an address's lower case is no sign that a name goes on.
  auto recs = ExtractText(Form2020(
      "Telefon (inkl. riktnummer) 08- 5782 94 91 E-postadress anna-lena.engs-\n"
      "Nämnd Arbetsmarknads- och\nsocialnämnden\ntedt@tyreso.se\n"
      "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.committee").is_null());
  const Finding* f = testing::FindCodeFor(recs[0], "wrapped_value", "contact.committee");
  REQUIRE(f != nullptr);
  CHECK(f->args.at("next") == "tedt@tyreso.se");
  // The address's own pieces still go on one another, and a label's line
  // takes the address under it; the break is joined where the document
  // writes the joined word (the contact person's name), and not otherwise.
  auto pieces = ExtractText(
      Form2020("Kontaktperson Anna Engstedt\n\nNämnd Socialnämnden\n\nE-postadress\nanna.engs-\n"
               "tedt@tyreso.se\n\f"));
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].Get("contact.email").ToDisplay() == "anna.engstedt@tyreso.se");
  auto unproven =
      ExtractText(Form2020("Nämnd Socialnämnden\n\nE-postadress\nanna.engs-\ntedt@tyreso.se\n\f"));
  REQUIRE(unproven.size() == 1);
  CHECK(unproven[0].Get("contact.email").is_null());
  CHECK(testing::FindCodeFor(unproven[0], "lost_hyphen", "contact.email") != nullptr);
  auto under = ExtractText(Form2020("Nämnd Socialnämnden\n\nE-postadress\nsociala@timra.se\n\f"));
  REQUIRE(under.size() == 1);
  CHECK(under[0].Get("contact.email").ToDisplay() == "sociala@timra.se");
}

TEST_CASE("reading-order text: an address alone goes on a value whose rule takes one") {
  // The Kontaktperson cell holds the name, the phone and the e-mail; the
  // order wrapped the address onto a line of its own.
  // (A wide line: the reader joins no line ending in two counts, far short
  // of the text's width, to the line under it.)
  auto recs = ExtractText(Form2020(
      "Kontaktperson Per Ekström 021-39 20 82\nper.ekstrom@kungsor.se\n"
      "Nämnd Nämnden för personer med\nfunktionsnedsättning\n"
      "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").ToDisplay() == "Per Ekström");
  CHECK(recs[0].Get("contact.person_email").ToDisplay() == "per.ekstrom@kungsor.se");
  CHECK(recs[0].Get("contact.person_phone").ToDisplay() == "021-392082");
}

}  // namespace reading_order_wrapped_test
