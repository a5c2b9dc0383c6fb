// The walk's answers (match_run_answers.cc): a value beside its label or
// read for it on the line below (the lines below a label:
// match_run_below_test.cc; free text: match_run_text_test.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/match_run.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace match_run_answers_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::FindCodeFor;
using redovis::testing::Form2020;

TEST_CASE("a field's value beside its label or on the next line") {
  auto beside = ExtractText(Form2020("Kontaktperson: Anna Berg\n"));
  REQUIRE(beside.size() == 1);
  CHECK(beside[0].Get("contact.person").ToDisplay() == "Anna Berg");

  auto below = ExtractText(Form2020("Utdelningsadress:\nStorgatan 1\nPostnummer: 135 81\n"));
  REQUIRE(below.size() == 1);
  CHECK(below[0].Get("contact.address").ToDisplay() == "Storgatan 1");
  CHECK(below[0].Get("contact.postcode").ToDisplay() == "13581");
}

TEST_CASE("a value on the line under its label has that line's OCR confidence, not the label's") {
  Document doc;
  REQUIRE(ReadDocument(Form2020("Utdelningsadress:\nStorgatan 1\nPostnummer:\n135 81\n"), "t.txt",
                       ReadOptions(), &doc)
              .ok());
  // As if read by OCR: the label read unsurely, the answer under it surely.
  for (Line& l : doc.lines) {
    l.ocr = true;
    for (Cell& c : l.cells) c.ocr_confidence = c.text.rfind("Postnummer", 0) == 0 ? 40 : 95;
  }
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.postcode").ToDisplay() == "13581");
  CHECK(recs[0].provenance.at("contact.postcode").ocr_confidence == 95);
  CHECK(recs[0].provenance.at("contact.postcode").text == "Postnummer:");  // the label's line still
}

TEST_CASE("a text value read by OCR that ends in a joining mark is left incomplete: a finding") {
  // OCR placed the value's rest on a line apart ("Personligt Ombud
  // Västmanland /" over "Psykiatriboende Öster"): read as typed text, the
  // piece was the whole answer.
  auto read = [](bool ocr) {
    Document doc;
    REQUIRE(ReadDocument(Form2020("Avdelning/Enhet: Personligt Ombud Västmanland /\n"
                                  "Kommun: Västerås\n"),
                         "t.txt", ReadOptions(), &doc)
                .ok());
    for (Line& l : doc.lines) l.ocr = ocr;
    Extractor ex(redovis::testing::ProjectPatterns());
    return ex.ExtractDocument(std::move(doc), Source());
  };
  auto typed = read(false);
  REQUIRE(typed.size() == 1);
  CHECK(typed[0].Get("contact.department").ToDisplay() == "Personligt Ombud Västmanland /");
  auto scanned = read(true);
  REQUIRE(scanned.size() == 1);
  CHECK(scanned[0].Get("contact.department").is_null());
  CHECK(testing::FindCodeFor(scanned[0], "wrapped_value", "contact.department") != nullptr);
}

TEST_CASE("'Label:' alone takes the answer on the next line, never the next label") {
  auto recs = ExtractText(Form2020("Kontaktperson:\nAnna Berg\nE-post: anna.berg@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").ToDisplay() == "Anna Berg");
}

TEST_CASE("another question's label is never a value: null and a finding") {
  // The address's own line is empty; the next line is the next question's label.
  auto recs = ExtractText(Form2020("Kontaktperson: Postnummer:\nAvdelning/Enhet: IFO\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  bool found = false;
  for (const auto& f : recs[0].findings) found = found || f.code == "label_as_value";
  CHECK(found);
  CHECK(recs[0].Get("contact.department").ToDisplay() == "IFO");
}

TEST_CASE("an answer left empty leaves the phone and e-mail read inside it unread too") {
  // The person's answer holds their phone and e-mail (`phone=`, `email=`):
  // left empty, the finding names them too, never left null as if not given
  // (Ghostscript's txtwrite: "Kontaktperson Anna Berg 08-578 291
  // Avdelning/Enhet ...", the phone's last group on the next line).
  auto recs = ExtractText(Form2020("Kontaktperson: Postnummer:\nAvdelning/Enhet: IFO\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  CHECK(recs[0].Get("contact.person_phone").is_null());
  CHECK(redovis::testing::FindCodeFor(recs[0], "label_as_value", "contact.person") != nullptr);
  CHECK(redovis::testing::FindCodeFor(recs[0], "label_as_value", "contact.person_phone") !=
        nullptr);
  CHECK(redovis::testing::FindCodeFor(recs[0], "label_as_value", "contact.person_email") !=
        nullptr);
}

TEST_CASE("a field's value set off by a dash or in brackets is read without them") {
  auto recs =
      ExtractText(Form2020("Avdelning (Socialförvaltningen)\nTelefon - 060-16 34 92\n"
                           "E-postadress: anna.berg@tyreso.se\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.department").ToDisplay() == "Socialförvaltningen");
  CHECK(r.Get("contact.phone").ToDisplay() == "060-163492");
  CHECK(r.Get("contact.email").ToDisplay() == "anna.berg@tyreso.se");
}

TEST_CASE("'E-post' without 'adress' is the contact address in the contact details only") {
  // A cover letter before the form writes its sender's address the same way.
  auto recs = ExtractText(
      "Hej, här kommer redovisningen.\nE-post: karin.bodlund@vasteras.se\n\n"
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n"
      "E-POST:\nsociala@tyreso.se\n\n8. Coronapandemin\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.email").ToDisplay() == "sociala@tyreso.se");
  auto letter_only = ExtractText(
      "Hej, här kommer redovisningen.\nE-post: karin.bodlund@vasteras.se\n\n"
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n"
      "\n8. Coronapandemin\n");
  REQUIRE(letter_only.size() == 1);
  CHECK(letter_only[0].Get("contact.email").is_null());
}

TEST_CASE("'E-post' in the signature is its address only right under the signature's phone") {
  // A retyped signature writes "E-post" for "E-postadress"; a cover letter
  // after the report (a bundle's next sender) writes its own after its
  // greeting, which also opens a signature.
  const std::string signature =
      "10. Underskrift av behörig företrädare för kommunen\n"
      "Namnförtydligande: Inga-Lill Nilsson\nTelefon: 060-16 34 92\n"
      "E-post: inga-lill.nilsson@timra.se\n";
  auto signed_form = ExtractText(Form2020(signature));
  REQUIRE(signed_form.size() == 1);
  CHECK(signed_form[0].Get("signature.email").ToDisplay() == "inga-lill.nilsson@timra.se");
  // The phone's value on its own line, the address two lines under its label.
  auto below =
      ExtractText(Form2020("10. Underskrift av behörig företrädare för kommunen\n"
                           "Telefon:\n060-16 34 92\nE-post:\ninga-lill.nilsson@timra.se\n"));
  REQUIRE(below.size() == 1);
  CHECK(below[0].Get("signature.email").ToDisplay() == "inga-lill.nilsson@timra.se");
  auto letter =
      ExtractText(Form2020("Med vänliga hälsningar\nKommunledningskontoret\n"
                           "Karin Bodlund\nEpost: karin.bodlund@vasteras.se\n"));
  REQUIRE(letter.size() == 1);
  CHECK(letter[0].Get("signature.email").is_null());
  CHECK(std::any_of(letter[0].findings.begin(), letter[0].findings.end(), [](const Finding& f) {
    return f.code == "ambiguous_label" && f.message_id == "label_away_from_its_block";
  }));
}

TEST_CASE("a label alone over a tabbed line of several cells takes none: ambiguous_column") {
  // A tabbed row broken after its first cell (`fold` at a tab): whether the
  // label's value is the first cell or the second is not told.
  auto recs =
      ExtractText(Form2020("7. Ekonomi\nBeviljat statsbidrag, kr\t\n"
                           "Årsanställningar, ange antal ombudstjänster i kommunen. Anges med två "
                           "decimaler, t.ex. två halvtider = 1,00\n"
                           "804 246:-\t2,0\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_fte").is_null());
  const Finding* f = redovis::testing::FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->keys == std::vector<std::string>{"grant.awarded_fte"});
}

TEST_CASE("a value before a bare label whose words go on onto the next line may go on too") {
  // `-layout` squeezed and refilled by `fmt`: a row's cells set on one line
  // and wrapped together. The phone's label goes on below ("(inkl.
  // riktnummer)"), and so may the committee's name before it: null and
  // wrapped_value, not the name cut short.
  auto wrapped =
      ExtractText(Form2020("Nämnd Nämnden för personer med Telefon\n"
                           "(inkl. riktnummer) E-postadress\n"
                           "funktionsnedsättning 021-39 00 00 nf@vasteras.se\n"));
  REQUIRE(wrapped.size() == 1);
  CHECK(wrapped[0].Get("contact.committee").is_null());
  const Finding* f = FindCode(wrapped[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("riktnummer") != std::string::npos);
  // The label whole on its line, its answer below: the value before it stands.
  auto whole = ExtractText(Form2020("Nämnd Socialnämnden Telefon\n021-39 00 00\n"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("contact.committee").ToDisplay() == "Socialnämnden");
}

TEST_CASE(
    "a text whose margin was stripped: a bare label a mail may have broken off a row has the "
    "row's wrap under it, not its answer") {
  // The re-wrap broke the row before "Postort"; "Stadshuset", the address's
  // last line, stands under it, the town ("VÄSTERÅS") after.
  const std::string rows = redovis::testing::kStrippedRows;
  auto recs = ExtractText(
      Form2020(rows + "Utdelningsadress Vård och Omsorgsförvaltningen,    Postnummer 721 87\n"
                      "Postort\n"
                      "Stadshuset\n"
                      "VÄSTERÅS\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.city").is_null());
  CHECK(FindCode(recs[0], "wrapped_value") != nullptr);
  SUBCASE("under a short row, a text typed a label a line, the answer stands") {
    auto typed =
        ExtractText(Form2020(rows + "10. Underskrift av behörig företrädare för kommunen\n\n"
                                    "Namnförtydligande:  Inga-Lill Nilsson\n"
                                    "Titel\n"
                                    "Enhetschef\n"));
    REQUIRE(typed.size() == 1);
    CHECK(typed[0].Get("signature.title").ToDisplay() == "Enhetschef");
  }
}

// The grant's two labels as mutool's text writes them: a line each, no blank
// line between, then a blank line.
const std::string kGrantLabels =
    "7. Ekonomi\nBeviljat statsbidrag, kr\n"
    "Årsanställningar, ange antal ombudstjänster i kommunen. Anges med två "
    "decimaler, t.ex. två halvtider = 1,00\n\n";

TEST_CASE("reading order: a pair of number labels with no blank line between reads its numbers") {
  // mutool's text of the grant's table: the two labels' cells a line each,
  // no blank line between, then a blank line and the two numbers. The pair
  // is read by the numbers' form before the stack's way (which wants the
  // values right under the labels and gave the first label nothing).
  auto recs = ExtractText(Form2020(kGrantLabels + "804 246:-\n2,0\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  // Their form against the order: neither, and the finding says so.
  auto swapped = ExtractText(Form2020(kGrantLabels + "2,0\n804 246:-\n\f"));
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("grant.awarded_sek").is_null());
  CHECK(swapped[0].Get("grant.awarded_fte").is_null());
  CHECK(testing::FindCodeFor(swapped[0], "ambiguous_column", "grant.awarded_sek") != nullptr);
}

TEST_CASE("reading order: a number with its unit under its label is whole, not wrapped") {
  // "402 638 kr": its letters are the unit's, so the line after it ("1,0",
  // the other label's number) is no rest of it.
  auto recs = ExtractText(Form2020(kGrantLabels + "402 638 kr\n1,0\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "402638");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(1.0));
  CHECK(testing::FindCodeFor(recs[0], "wrapped_value", "grant.awarded_sek") == nullptr);
}

TEST_CASE("two options on one line: each is marked by the box right before its words") {
  // MuPDF's paragraph of two options dumped as one line: the first option's
  // box a cell of its own, the second's inside the first option's text.
  auto recs = ExtractText(Form2020(
      "8. Coronapandemin\n"
      "Om ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er verksamhet "
      "med personliga ombud?\n\n"
      "☒Verksamheten för personligt ombud har fått flera klienter som söker stöd ☐"
      "Verksamheten för personliga ombud har tillhandahållit ett ökat utbud av stödinsatser\n"
      "\n☒Verksamheten för personliga ombud har ställt om och ändrat sina arbetssätt\n"));
  REQUIRE(recs.size() == 1);
  const Value& effects = recs[0].Get("covid.effects");
  REQUIRE(effects.is_list());
  CHECK(effects.as_list() == std::vector<std::string>{"more_clients", "changed_methods"});
}

TEST_CASE("a text answer ends at the next question's label before a refill's mark") {
  // fmt refilled the answer's last line and the next question's into one
  // line, which it ended after the question (kRefilledBreak): the answer
  // ends at the question; the mark is the question's line's.
  const std::string text =
      "Handledning\n\nOm ja, ange vilken slags handledning. Ombudens belastning och "
      "komplexitet i sina olika ärenden Om nej, ange varför.";
  auto recs = ExtractText(testing::Form2020(text + kRefilledBreak + "\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").ToDisplay() ==
        "Ombudens belastning och komplexitet i sina olika ärenden");
  // Before the mark, an answer that may go on at the next line stays
  // unread, as before.
  recs =
      ExtractText(testing::Form2020(text.substr(0, text.find(" Om nej")) + kRefilledBreak + "\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").is_null());
}

TEST_CASE("a value beside its label, whose cell wrapped onto a row going on below, is undecided") {
  // html2text of LibreOffice's HTML: the cell "Kontaktperson Märta Lindqvist"
  // wrapped in its column, "Lindqvist" at the label's column on the next
  // line, which goes on the row ("Socialförvaltningen" under its label). Read
  // as written, the person was "Märta".
  auto wrapped =
      ExtractText(Form2020("Kontaktperson   Märta  Avdelning/Enhet\n"
                           "Lindqvist              Socialförvaltningen\n"));
  REQUIRE(wrapped.size() == 1);
  CHECK(wrapped[0].Get("contact.person").is_null());
  CHECK(wrapped[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
  const Finding* f = FindCode(wrapped[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Lindqvist") != std::string::npos);
  // w3m's dump of the same: the rest alone on the next line, under a line of
  // three cells (the label, its value and the next field's).
  auto w3m =
      ExtractText(Form2020("Kontaktperson   Maja   Avdelning/Enhet Socialförvaltningen\n"
                           "Sjöberg\n"));
  REQUIRE(w3m.size() == 1);
  CHECK(w3m[0].Get("contact.person").is_null());
  CHECK(FindCode(w3m[0], "wrapped_value") != nullptr);
  // The next row under it, opened by a label of the form's: no wrap.
  const std::string head =
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n"
      "10. Underskrift\n";
  auto next_row =
      ExtractText(head +
                  "Titel   Enhetschef                      Tjänsteställe Socialtjänsten\n"
                  "Telefon (inkl. riktnummer) 060-16 34 92 E-postadress a.b@ange.se\n");
  REQUIRE(next_row.size() == 1);
  CHECK(next_row[0].Get("signature.title").ToDisplay() == "Enhetschef");
  // A line of one cell at the label's column is the next line of a form
  // written a label a line.
  auto one_cell =
      ExtractText(Form2020("Kontaktperson   Märta Lindqvist\n"
                           "Avdelning/Enhet Socialförvaltningen\n"));
  REQUIRE(one_cell.size() == 1);
  CHECK(one_cell[0].Get("contact.person").ToDisplay() == "Märta Lindqvist");
}

}  // namespace match_run_answers_test
