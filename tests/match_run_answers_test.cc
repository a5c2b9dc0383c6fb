// The walk's answers (match_run_answers.cc): a value beside its label or on
// the line below it, and free text that runs over lines.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/match_run.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
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

TEST_CASE("a free-text answer runs over lines until the next question") {
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"
               "Om ja, ange vilken/vilka utbildningar. Mentorskap knutet till introduktion.\n"
               "Gemensam utbildning i motiverande samtal.\n"
               "Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  const std::string text = recs[0].Get("training.description").ToDisplay();
  CHECK(text.find("Mentorskap knutet till introduktion.") != std::string::npos);
  CHECK(text.find("motiverande samtal") != std::string::npos);
  CHECK(text.find("Om nej") == std::string::npos);
}

TEST_CASE("a free-text answer that runs on to the form's opening is null with a finding") {
  // The pages of a report in reverse order: the last question of a page runs
  // on to the page after it in the file, a cover letter and the form's title.
  const std::string letter =
      "\fVård och omsorgsförvaltningen\nKarin Bodlund\n"
      "Nämnden godkänner redovisningen av verksamheten.\n"
      "REDOVISNING\nStatsbidrag till kommuner som bedriver verksamhet med personligt ombud\n";
  auto recs = ExtractText(
      Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
               "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n" +
               letter));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "wrapped_past_opening");
  CHECK(f->args.at("next") == "REDOVISNING");

  // The same answer ended by the next question keeps its text.
  auto ended =
      ExtractText(Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                           "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n"
                           "Om nej, ange varför.\n" +
                           letter));
  REQUIRE(ended.size() == 1);
  CHECK(ended[0].Get("supervision.description").ToDisplay() == "Extern handledning varje månad.");
}

TEST_CASE("a free-text answer whose words begin right under a footnote is null with a finding") {
  // pandoc's plain text at 28 columns: the table's last question unanswered,
  // then the note its mark refers to, wrapped where its first sentence ended.
  const std::string table =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.¹\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning.\n"
      "Om nej, ange varför.\n\n";
  auto recs =
      ExtractText(Form2020(table + "¹ Anges med två decimaler.\nFör ett ombud på heltid (40\n"
                                   "timmar i veckan) anges 1,00.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "begins_under_note");

  // A blank line between the note and the text: the answer as before.
  auto apart =
      ExtractText(Form2020(table + "¹ Anges med två decimaler.\n\nFör ett ombud på heltid (40\n"
                                   "timmar i veckan) anges 1,00.\n"));
  REQUIRE(apart.size() == 1);
  CHECK_FALSE(apart[0].Get("supervision.not_offered_reason").is_null());
}

TEST_CASE("a question wrapped over two lines is the label whole; its answer starts after it") {
  // pandoc -t markdown --columns=40: the question's lines are joined up to
  // its "?", and its last sentence stands on a line of its own.
  const std::string question =
      "Tendenser till förändring av orsaker till kontakt\n\n"
      "Ser ni några tendenser till förändring\nvad gäller orsaken till att klienter tar\n"
      "kontakt med personligt ombud under 2020?\nI så fall, på vilket sätt?\n\n";
  auto recs = ExtractText(Form2020(question + "Behoven blir mer komplexa.\nFler söker stöd.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.contact_reasons").ToDisplay().rfind("Behoven blir", 0) == 0);

  // A line that only begins like the question's tail is the answer's.
  auto answer = ExtractText(
      Form2020("Tendenser till förändring av orsaker till kontakt\n\n"
               "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
               "kontakt med personligt ombud under 2020?\nPå vilket sätt kan vi veta det.\n"));
  REQUIRE(answer.size() == 1);
  CHECK(answer[0].Get("trends.contact_reasons").ToDisplay() == "På vilket sätt kan vi veta det.");
}

TEST_CASE(
    "a question's second line after a blank line (OCR's text) is the label's, not the answer") {
  // The `tesseract` command's text sets a question's lines apart with a
  // blank line; the second one was taken as the answer's first.
  auto recs = ExtractText(
      Form2020("Tendenser till förändring av vilka grupper som tar kontakt\n\n"
               "Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen "
               "som tar kontakt och söker\n\n"
               "stöd av personligt ombud under 2020? I så fall, på vilket sätt?\n\n"
               "Fler unga vuxna tar kontakt.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.client_groups").ToDisplay() == "Fler unga vuxna tar kontakt.");
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

TEST_CASE("a question matched within the tolerance, its wording on the next line, has no answer") {
  // LibreOffice's PDF of the .odt in a wider font: the question's last words
  // on a line of their own, which the PDF reader did not join to it (the
  // text reader would: the lines are set here as a PDF's are).
  Document doc;
  REQUIRE(ReadDocument(Form2020("5. Organisation, ledning och samverkan\nFIRST\n\nSECOND\n\n"
                                "6. Tillgång till samhällsservice\n"),
                       "t.txt", ReadOptions(), &doc)
              .ok());
  for (Line& l : doc.lines) {
    if (l.cells.size() != 1) continue;
    if (l.cells[0].text == "FIRST")
      l.cells[0].text = "Ange hur kommunen har arbetat för att få representanter från nedanstående";
    if (l.cells[0].text == "SECOND") l.cells[0].text = "huvudmän att delta i ledningsgruppen?";
  }
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.recruitment_efforts").is_null());
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

TEST_CASE("a question wrapped with its answer after its last words is matched across the wrap") {
  // A tabbed text (its lines are not joined as a paragraph) wrapped narrow:
  // the question's last words and the answer share the next line.
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto recs =
      ExtractText(Form2020(
          tabbed + "4. Tillgång till personligt ombud\n"
                   "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under\n"
                   "2020. 3-4 månader\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");

  // The answer goes on over the lines after it, as an answer does, and ends
  // at a table's rule ("----- ---- --", a table pandoc wrote).
  auto longer =
      ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                    "Om ja, uppskatta hur lång väntetiden är eller har varit i er\n"
                                    "kommun under 2020. Fler personer har fått korta insatser.\n"
                                    "De är ej med i statistiken.\n"
                                    "---------------------- ----- -- --\n"
                                    "Bedömningsriktlinjer\n"));
  REQUIRE(longer.size() == 1);
  CHECK(longer[0].Get("access.waiting_time").ToDisplay() ==
        "Fler personer har fått korta insatser.\nDe är ej med i statistiken.");
}

TEST_CASE("a question wrapped narrow whose optional last words stand on a line of their own") {
  // `fmt -w 45` of a tabbed text: "... i er kommun" ends the rule's wording,
  // and "(tre första)", its optional last part, goes on alone on the next
  // line: the label's, not the answer's.
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto recs = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                            "Om ja, rangordna\n"
                                            "prioriteringsordningen i er kommun\n"
                                            "(tre första)\n"
                                            "\n"
                                            "Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(!recs[0].Has("access.priority_order"));
  // An answer after the wrapped label is still read.
  auto answered = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                                "Om ja, rangordna\n"
                                                "prioriteringsordningen i er kommun\n"
                                                "(tre första)\n"
                                                "Unga vuxna först.\n"
                                                "Om nej, ange varför.\n"));
  REQUIRE(answered.size() == 1);
  CHECK(answered[0].Get("access.priority_order").ToDisplay() == "Unga vuxna först.");
}

TEST_CASE("a section heading wrapped over two lines ends the answer before it") {
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"
               "Tendenser till förändring av orsaker till kontakt\n"
               "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
               "kontakt med personligt ombud under 2020? I så fall, på vilket sätt?\n"
               "Behoven blir mer komplexa.\n\n"
               "Tendenser till förändring av vilka\ngrupper som tar kontakt\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.contact_reasons").ToDisplay() == "Behoven blir mer komplexa.");
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

TEST_CASE("a text answer whose later line closes a bracket nothing opened is not taken") {
  // Reading-order text in Latin-1, the check boxes dropped: an option's
  // wrapped end ("Delvis (t.ex. ... 3 av 12" / "kommuner)") and a cut "N" /
  // "ej" follow the answer after blank lines.
  auto recs =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n"
                           "er kommun under 2020. 4-6 veckor.\n\nkommuner)\n\nej\n\n"
                           "Har ni bedömningsriktlinjer eller prioriteringsordning\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("kommuner)") != std::string::npos);
  // A list's "2)" opens no bracket of another text.
  auto list =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n"
                           "er kommun under 2020. 1) 4 veckor\n\n2) 6 veckor\n\n"
                           "Har ni bedömningsriktlinjer eller prioriteringsordning\n"));
  REQUIRE(list.size() == 1);
  CHECK(!list[0].Get("access.waiting_time").is_null());
}

TEST_CASE("a text question wrapped over two lines with one blank line between") {
  // A dump of pdftohtml's runs (w3m, lynx) sets a question's lines apart.
  // Before, the question's second line began its answer.
  auto recs =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n\n"
                           "er kommun under 2020. 3-4 månader\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
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

TEST_CASE(
    "a text whose margin was stripped: a bare label a mail may have broken off a row has the "
    "row's wrap under it, not its answer") {
  // The re-wrap broke the row before "Postort"; "Stadshuset", the address's
  // last line, stands under it, the town ("VÄSTERÅS") after.
  const std::string rows =
      "Rad ett          a\nRad två          b\nRad tre          c\nRad fyra         d\n"
      "Rad fem          e\nRad sex          f\nRad sju          g\nRad åtta         h\n";
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
